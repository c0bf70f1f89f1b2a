from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language

from newsgraph.actors.component import RULER_NAME, STAGE, add_to_pipeline
from newsgraph.model import Document, Mention, Place
from newsgraph.pipeline import prepare


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    add_to_pipeline(nlp)
    return nlp


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + 1
        spans.append((start, min(end, len(text))))
        start = end + 1
    return tuple(spans)


def _run(nlp: Language, text: str, published: date | None,
         places: list[Place] | None = None) -> list[Mention]:
    document = Document(id="t", text=text, published=published, sentences=_sentences(text))
    doc = prepare(nlp, document)
    doc._.places = places
    return nlp(doc)._.mentions


def _by_text(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


def _at(mentions: list[Mention], text: str, phrase: str) -> Mention:
    return next(m for m in mentions if m.start == text.index(phrase))


def test_component_pipeline_order(blank: Language) -> None:
    assert blank.pipe_names == [RULER_NAME, STAGE]


def test_component_ruler_goes_before_the_places_ruler() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="newsgraph_places_ruler")  # stands in for the places stage
    add_to_pipeline(nlp)
    assert nlp.pipe_names == [RULER_NAME, "newsgraph_places_ruler", STAGE]


def test_component_nigeria_mentions_resolve_with_roles(blank: Language) -> None:
    text = ("Nigerian troops clashed with Boko Haram near Maiduguri on Monday. "
            "The Islamic State West Africa Province (ISWAP) later claimed the attack. "
            "Buhari said the army would respond.")
    mentions = _run(blank, text, date(2019, 4, 10))
    m = _by_text(mentions)
    assert _at(mentions, text, "Nigerian troops").actor_id == "nga-mil"
    assert m["Boko Haram"].actor_id == "boko-haram" and m["Boko Haram"].label == "ARMED_GROUP"
    assert m["ISWAP"].actor_id == m["Islamic State West Africa Province"].actor_id == "iswap"
    assert m["Buhari"].actor_id == "muhammadu-buhari"
    assert m["Buhari"].role == "President (Nigeria)"
    assert all(x.doc_id == "t" and x.stage == STAGE and 0 < x.confidence <= 1 for x in m.values())
    assert m["Buhari"].sentence == 2


def test_component_capitals_the_places_stage_marks_as_actors(blank: Language) -> None:
    text = "Tripoli said it would retaliate against the LNA, which shelled Tripoli."
    places = [
        Place(doc_id="t", start=0, end=7, text="Tripoli", stage="newsgraph_places",
              confidence=0.9, country_code="LY", role="actor"),
        Place(doc_id="t", start=63, end=70, text="Tripoli", stage="newsgraph_places",
              confidence=0.9, country_code="LY", role="place"),
    ]
    mentions = _run(blank, text, date(2019, 4, 10), places)
    first, lna, last = mentions
    assert (first.label, first.actor_id, first.start) == ("GOVERNMENT", "lby-gov", 0)
    assert lna.actor_id == "lna"
    assert (last.label, last.actor_id) == ("GPE", None)  # the place, not the government


def test_component_state_names_the_places_stage_marks_as_actors_stay_states(
    blank: Language,
) -> None:
    text = "Algeria approved the plan."
    places = [Place(doc_id="t", start=0, end=7, text="Algeria", stage="newsgraph_places",
                    confidence=0.9, country_code="DZ", role="actor")]
    [mention] = _run(blank, text, date(2012, 11, 3), places)
    assert (mention.actor_id, mention.label) == ("dza", "GPE")


def test_component_without_places_stage_reads_capitals_as_places(blank: Language) -> None:
    mentions = _run(blank, "Paris and Washington present their plans.", date(2012, 11, 3))
    assert [(m.text, m.label, m.actor_id) for m in mentions] == [
        ("Paris", "GPE", None), ("Washington", "GPE", None)
    ]


def test_component_nationality_adjectives(blank: Language) -> None:
    text = ("French warplanes bombed the town while the Malian army retreated. "
            "Algerian officials met US diplomats.")
    mentions = _run(blank, text, date(2013, 1, 15))
    expected = {"French warplanes": "fra-mil", "Malian army": "mli-mil",
                "Algerian officials": "dza-gov", "US diplomats": "usa-gov"}
    assert {k: _at(mentions, text, k).actor_id for k in expected} == expected
    assert _at(mentions, text, "French warplanes").text == "French"


def test_component_unnamed_office_holder_at_the_date(blank: Language) -> None:
    text = "French warplanes struck again. The defence minister said the raids would go on."
    m = _by_text(_run(blank, text, date(2013, 1, 15)))
    assert m["defence minister"].actor_id == "jean-yves-le-drian"
    assert m["defence minister"].role == "Minister of Defence (France)"
    assert "defence minister" not in _by_text(_run(blank, text, None))


def test_component_actors_lists_every_referenced_actor(blank: Language) -> None:
    text = "The Sahel Liberation Vanguard (SLV) attacked Chadian soldiers. SLV denied it."
    document = Document(id="t", text=text, published=date(2020, 1, 1))
    doc = blank(prepare(blank, document))
    ids = {m.actor_id for m in doc._.mentions if m.actor_id}
    actors = {a.id: a for a in doc._.actors}
    assert set(actors) == ids
    assert actors["x-sahel-liberation-vanguard"].origin == "discovered"
    assert actors["x-sahel-liberation-vanguard"].code == "TCDREB"  # the state in focus
    assert actors["tcd-mil"].code == "TCDMIL"


def test_component_unnamed_armed_opposition_is_coded_by_country(blank: Language) -> None:
    text = ("Islamist fighters seized Konna in central Mali. The army of Mali fled. "
            "In Nigeria, jihadists attacked a base in Borno. Tuareg forces stayed in Kidal.")
    mentions = _run(blank, text, date(2013, 1, 10))
    assert _at(mentions, text, "Islamist").actor_id == "mli-reb"
    assert _at(mentions, text, "jihadists").actor_id == "nga-reb"
    assert _at(mentions, text, "Tuareg").actor_id == "mli-reb"  # focus: Mali


def test_component_communities_take_the_article_state_code(blank: Language) -> None:
    text = "Tuaregs in northern Mali met Fulani herders in Mali. Mali said little."
    doc = blank(prepare(blank, Document("t", text, sentences=_sentences(text))))
    codes = {a.id: a.code for a in doc._.actors}
    assert codes["tuareg"] == "MLIETH" and codes["fulani"] == "MLIETH"


def test_component_capital_with_a_government_noun(blank: Language) -> None:
    text = "The Khartoum government denied it. Fighting went on in Khartoum."
    mentions = _run(blank, text, date(2004, 5, 1))
    assert _at(mentions, text, "Khartoum government").actor_id == "sdn-gov"
    assert [m.actor_id for m in mentions if m.text == "Khartoum"] == ["sdn-gov", None]


def test_component_new_officials_get_their_office_and_code(blank: Language) -> None:
    text = ("Vietnamese Planning Minister Tran Xuan Gia met donors. "
            "In Colombia, General Jaime Ruiz said the talks failed.")
    document = Document(id="t", text=text, published=date(2000, 1, 1),
                        sentences=_sentences(text))
    doc = blank.get_pipe(RULER_NAME)(prepare(blank, document))
    start = text.index("Tran")
    jaime = text.index("Jaime")
    doc.set_ents([doc.char_span(start, start + len("Tran Xuan Gia"), label="PERSON"),
                  doc.char_span(jaime, jaime + len("Jaime Ruiz"), label="PERSON")],
                 default="unmodified")
    doc = blank.get_pipe(STAGE)(doc)
    actors = {a.name: a for a in doc._.actors}
    assert actors["Tran Xuan Gia"].code == "VNMGOV"
    assert actors["Jaime Ruiz"].code == "COLMIL"
    roles = {m.text: m.role for m in doc._.mentions}
    assert roles["Tran Xuan Gia"] == "Planning Minister (Vietnam)"
