from newsgraph.places.names import fold, skeleton, strip_accents


def test_names_fold_ignores_case_accents_and_dots() -> None:
    assert fold("Sévaré") == fold("SEVARE") == "sevare"
    assert fold("U.S.") == "us"


def test_names_skeleton_unifies_french_and_english_spellings() -> None:
    assert skeleton("Diabaly") == skeleton("Diabali")
    assert skeleton("Konna") == skeleton("Kona")
    assert skeleton("Ouagadougou") == skeleton("Wagadugu")
    assert skeleton("Ségou") == skeleton("Segu")
    assert skeleton("Gao") != skeleton("Goa")


def test_names_strip_accents_keeps_case() -> None:
    assert strip_accents("Ségou") == "Segou"
