"""spaCy components of the places stage.

`newsgraph_places_ruler` runs before `ner` and marks unambiguous place names from the
gazetteer (countries, capitals, the regional layer's first-level regions and main towns), so
that the small model does not tag "Mali" as PERSON or "Bamako" as ORG; a match inside a
longer capitalised name ("Michael Jordan", "Bank of Mali Street") or after a title is left to
the model. `newsgraph_places` runs after `ner`: it takes GPE/LOC/FAC entities, and entities
of other labels whose text is a strong gazetteer name ("Gao" as PERSON, "Sévaré" as
PRODUCT), resolves them with the document's context and writes `doc._.places`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.model import Place
from newsgraph.nlp.extensions import register_extensions
from newsgraph.places.gazetteer import Entry, Gazetteer, default
from newsgraph.places.names import strip_accents
from newsgraph.places.resolve import DIRECTION_WORD, Toponym, base_name, best_entry, resolve

__all__ = ["PlacesComponent", "PlacesRuler", "add_to_pipeline", "toponym_spans"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model gives place names by mistake; such an entity becomes a toponym only
# when its text is a strong gazetteer name (`_strong`).
MISLABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "sir"})
RULER_MIN_POPULATION = 20_000
# Below this resolution score a recognised name is left unresolved rather than put on a
# village that only shares an alternate name with it (2.0 is an exact name, no prior).
MIN_SCORE = 2.2
MIN_NAME = 0.85
SMALL_TOWN = 2_000  # fuzzy matches below this ("Normand" -> Normandy) stay unresolved
CAPITAL_MIN_POPULATION = 100_000
LOCATIVES = frozenset({"in", "at", "near", "outside", "from", "into", "across", "around"})
LOCATED_TOWN = 10_000  # a mislabelled name after "in" is a place when a town this large
CITY = 100_000  # an alternate name ("New York", "Saint Petersburg") is credible for a city
# A dateline: upper-case words opening a paragraph, then a comma, "(AP)" or a dash.
DATELINE = re.compile(r"(?:^|\n)[ \t]*([A-Z]{2,}(?:[ ]+[A-Z]{2,})*)[ \t]*(?:,|\(|—|–|-)")


def _detailed_countries(gazetteer: Gazetteer) -> set[str]:
    """Countries covered village by village (regional layer and imports)."""
    return {
        e.country_code
        for e in gazetteer.entries
        if e.layer in ("westafrica", "import") and e.country_code
    }


def _common_word(name: str, vocabulary: set[str]) -> bool:
    lower = name.lower()
    return lower in STOP_WORDS or (" " not in name and lower in vocabulary) or len(name) < 4


def ruler_names(gazetteer: Gazetteer, vocabulary: set[str]) -> dict[str, str]:
    """Surface form -> entity label for the ruler: countries and large capitals always;
    admin1 regions and main towns of the detailed countries unless a common English word."""
    detailed = _detailed_countries(gazetteer)
    names: dict[str, str] = {}
    for index, entry in enumerate(gazetteer.entries):
        label = _ruler_label(entry, detailed)
        if label is None:
            continue
        strong = entry.feature == "A.PCLI" or (
            entry.feature == "P.PPLC" and entry.population >= CAPITAL_MIN_POPULATION
        )
        surfaces = {entry.name, strip_accents(entry.name), *gazetteer.variants.get(index, ())}
        for surface in surfaces:
            if not surface[:1].isupper() or (len(surface) < 4 and "." not in surface):
                continue
            if strong or not _common_word(surface, vocabulary):
                names.setdefault(surface, label)
    return names


def _ruler_label(entry: Entry, detailed: set[str]) -> str | None:
    if entry.feature == "A.PCLI":
        return "GPE"
    if entry.feature == "P.PPLC" and entry.population >= CAPITAL_MIN_POPULATION:
        return "GPE"
    if entry.country_code not in detailed:
        return None
    if entry.feature in ("A.ADM1", "P.PPLA", "P.PPLA2") or (
        entry.feature.startswith("P.") and entry.population >= RULER_MIN_POPULATION
    ):
        return "GPE"
    return None


class PlacesRuler:
    """Marks gazetteer place names before `ner` (see module docstring)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default()
        vocabulary = _english_vocabulary(nlp)
        self.labels = ruler_names(self.gazetteer, vocabulary)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list[Doc]] = {}
        for surface, label in self.labels.items():
            by_label.setdefault(label, []).append(nlp.make_doc(surface))
        for label, patterns in by_label.items():
            self.matcher.add(label, patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.matcher(doc)
            if _standalone(doc, start, end)
        ]
        kept = [s for s in filter_spans(spans) if not _overlaps(s, doc.ents)]
        if kept:
            doc.set_ents(kept, default="unmodified")
        return doc


def _english_vocabulary(nlp: Language) -> set[str]:
    """Common English words (the lemmatizer's word lists), to keep 'Plateau' or 'Centre'
    regions from being marked in running text."""
    if "lemmatizer" not in nlp.pipe_names:
        return set()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return set()
    return {word for words in lookups.get_table("lemma_index").values() for word in words}


def _standalone(doc: Doc, start: int, end: int) -> bool:
    """Not part of a longer capitalised name and not after a title."""
    if start > 0:
        previous = doc[start - 1]
        if previous.lower_.rstrip(".") in TITLES:
            return False
        if previous.is_title and not previous.is_sent_start and previous.lower_ not in STOP_WORDS:
            return False
    following = doc[end] if end < len(doc) else None
    return following is None or not following.is_title or following.lower_ in STOP_WORDS


def _overlaps(span: Span, ents: Iterable[Span]) -> bool:
    return any(span.start < e.end and e.start < span.end for e in ents)


def _strong(gazetteer: Gazetteer, ent: Span, focus: set[str]) -> bool:
    """A mislabelled entity is a place when its whole text is the name of a country or a
    capital, or of a place of a country the document names: its own name or an alternate
    ("Konna"), never a transliteration or fuzzy variant; codes ("UN", "PS") never count."""
    if len(ent.text) < 3 or ent.text.isupper():
        return False
    for index, score in gazetteer.lookup(ent.text, fuzzy=False):
        entry = gazetteer.entries[index]
        if score >= 1.0 and entry.feature in ("A.PCLI", "P.PPLC"):
            return True
        if score >= 0.93 and entry.country_code in focus and entry.feature[0] in "PAL":
            return True
    return False


def _located(gazetteer: Gazetteer, doc: Doc, ent: Span) -> bool:
    """A mislabelled entity after a locative preposition ("in Enugu", "at Riverdale") is a
    place when its whole text is the own name of a town of some size or of a region."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in LOCATIVES or ent.text.isupper():
        return False
    for index, score in gazetteer.lookup(ent.text, fuzzy=False):
        entry = gazetteer.entries[index]
        if score >= 1.0 and (
            entry.feature in ("A.PCLI", "A.ADM1")
            or (entry.feature.startswith("P.") and entry.population >= LOCATED_TOWN)
        ):
            return True
    return False


def _minor(entry: Entry | None) -> bool:
    return entry is None or entry.feature not in ("A.PCLI", "P.PPLC", "A.ADM1")


def toponym_spans(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """The entities the stage resolves: place labels, and strong names under other labels."""
    multiword_people = {
        word for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for word in e.text.split()
    }
    best = {
        e.text: best_entry(gazetteer, e.text)
        for e in doc.ents
        if e.label_ in PLACE_LABELS and not DIRECTION_WORD.fullmatch(e.text)
    }
    places = [
        e
        for e in doc.ents
        if e.text in best and not (e.text in multiword_people and _minor(best[e.text]))
    ]  # "Clinton" after "Hillary Clinton" is the person, whatever the model says
    places += [
        span
        for span in _datelines(doc)
        if not _overlaps(span, places) and _dateline_place(best_entry(gazetteer, span.text))
    ]
    focus = {entry.country_code for e in places if (entry := best.get(e.text))}
    for ent in doc.ents:
        if ent.label_ not in MISLABELS or ent.text in multiword_people:
            continue
        if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in TITLES:
            continue
        if _strong(gazetteer, ent, focus) or _located(gazetteer, doc, ent):
            places.append(ent)
    return sorted(places, key=lambda e: e.start)


def _datelines(doc: Doc) -> list[Span]:
    """Upper-case names that open the text or a paragraph before a comma, "(" or a dash
    ("BEIRUT (AP) —", "SAN ANTONIO, Texas"): the place a report was filed from."""
    spans = (doc.char_span(*m.span(1), label="GPE") for m in DATELINE.finditer(doc.text))
    return [span for span in spans if span is not None]


def _dateline_place(entry: Entry | None) -> bool:
    return entry is not None and entry.feature[0] in "PA" and entry.population >= SMALL_TOWN


def _credible(gazetteer: Gazetteer, place: Place) -> bool:
    """The model also tags brands and people as GPE ("Google", "Jones"): a small town of
    the world layer counts only under its own name and when it is not tiny; under an
    alternate name ("New York" for New York City) only when it is a city."""
    found = {
        gazetteer.entries[i].geonameid: (i, s) for i, s in gazetteer.lookup(base_name(place.text))
    }
    if place.geonameid not in found:
        return True  # derived (relative) places and longer names
    index, score = found[place.geonameid]
    entry = gazetteer.entries[index]
    if entry.layer != "cities500" or not entry.feature.startswith("P.PPL"):
        return True
    if score >= 1.0:
        return entry.population >= SMALL_TOWN
    return score >= 0.93 and entry.population >= CITY


class PlacesComponent:
    """Resolves the document's toponyms and writes `doc._.places`."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default()

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.document
        doc_id = document.id if document is not None else ""
        toponyms = [
            Toponym(span.start_char, span.end_char, span.text)
            for span in toponym_spans(doc, self.gazetteer)
        ]
        places: list[Place] = resolve(
            doc_id, doc.text, toponyms, self.gazetteer, min_score=MIN_SCORE, min_name=MIN_NAME
        )
        doc._.places = [p for p in places if _credible(self.gazetteer, p)]
        return doc


@Language.factory("newsgraph_places_ruler", requires=["token.is_sent_start"], assigns=["doc.ents"])
def make_places_ruler(nlp: Language, name: str) -> PlacesRuler:
    return PlacesRuler(nlp)


@Language.factory("newsgraph_places", requires=["doc.ents"], assigns=["doc._.places"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent()


def add_to_pipeline(nlp: Language) -> None:
    """Add the ruler before `ner` (or last when there is none) and the resolver after it."""
    register_extensions()
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_places_ruler", before="ner")
        nlp.add_pipe("newsgraph_places", after="ner")
    else:
        nlp.add_pipe("newsgraph_places_ruler")
        nlp.add_pipe("newsgraph_places")
