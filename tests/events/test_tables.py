"""The code tables carry the codebooks' vocabularies, and the lexicon only uses them."""

from __future__ import annotations

from newsgraph.events.tables import (
    Lexicon,
    acled_taxonomy,
    cameo_labels,
    lexicon,
    plover_types,
    read_petrarch_verbs,
    read_rows,
)


def test_tables_acled_has_six_types_and_twenty_five_sub_types():
    types = acled_taxonomy()["event_types"]
    assert len(types) == 6
    assert sum(len(subs) for subs in types.values()) == 25
    assert "Air/drone strike" in types["Explosions/Remote violence"]


def test_tables_cameo_roots_have_labels():
    labels = cameo_labels()
    roots = [f"{n:02d}" for n in range(1, 21)]
    assert all(labels[root][0] for root in roots)
    assert labels["18"][0] == "ASSAULT" and labels["195"][0] == "Employ aerial weapons"


def test_tables_plover_types_and_assault_modes():
    types = plover_types()
    assert len(types) == 16
    assert {"aerial", "drone", "abduct"} <= set(types["ASSAULT"]["modes"])


def test_tables_lexicon_and_instruments_use_only_codebook_values():
    acled = acled_taxonomy()["event_types"]
    plover = plover_types()
    cameo = cameo_labels()
    rows = read_rows("lexicon.tsv") + read_rows("instruments.tsv")
    for row in rows:
        # an act only ACLED codes (defusing a bomb) has no CAMEO code
        assert row["cameo"] in cameo or (not row["cameo"] and row["acled_event_type"]), row
        if row.get("plover_type"):
            assert row["plover_type"] in plover, row
        if row["acled_event_type"]:
            assert row["acled_event_type"] in acled, row
        if row["acled_sub_event_type"]:
            assert row["acled_sub_event_type"] in acled[row["acled_event_type"]], row


def test_tables_lexicon_lookup_phrase_before_lemma():
    words = lexicon()
    assert words.lookup("seizure", "NOUN", "power").plover_context == "pro_autocracy"
    assert words.lookup("seizure", "NOUN", "Diabaly").territory
    assert words.lookup("help", "VERB") is None
    broad = words.lookup("help", "VERB", broad=True)
    assert broad is not None and broad.cameo_root == "07" and not broad.curated


def test_tables_read_petrarch_verbs_synsets_and_own_codes(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(
        "---  KILL   [190]  ---\n+WIPE_OUT\nKILL\nSTRANGLE  [180]  # note\n"
        "- * DEMONSTRATOR   [175]\n---  ACCELERATE   [---]  ---\nSPEED\n",
        encoding="latin-1",
    )
    assert read_petrarch_verbs(path) == {"kill": "190", "strangle": "180"}
    words = Lexicon(read_petrarch_verbs(path))
    assert words.lookup("kill", "VERB", broad=True).cameo == "190"
    assert words.lookup("kill", "VERB").cameo == "1823"  # the curated lexicon unless broad
