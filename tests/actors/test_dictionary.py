from __future__ import annotations

import re

from newsgraph.actors.dictionary import load, normalise, person_keys, surname_keys


def test_dictionary_normalise_folds_case_accents_punctuation_and_possessive() -> None:
    assert normalise("al-Qaïda") == normalise("Al Qaida") == "al qaida"
    assert normalise("U.S.") == normalise("US") == "us"
    assert normalise("Mali’s army") == normalise("Mali army")
    assert normalise("The Associated Press") == "associated press"


def test_dictionary_person_keys_drop_middle_initials() -> None:
    assert person_keys("Carter F. Ham") == ("carter f ham", "carter ham")
    assert person_keys("Leon Panetta") == ("leon panetta",)


def test_dictionary_surname_keys_keep_particles() -> None:
    assert surname_keys("Jean-Yves Le Drian") == ("le drian",)
    assert surname_keys("Fayez al-Sarraj") == ("al sarraj", "sarraj")
    assert surname_keys("Iyad Ag Ghaly") == ("ag ghaly",)


def test_dictionary_codes_follow_cameo_conventions() -> None:
    d = load()
    expected = {
        "fra": "FRA", "usa": "USA", "dza": "DZA", "mli": "MLI", "mli-mil": "MLIMIL",
        "mli-gov": "MLIGOV", "usa-gov": "USAGOV", "un": "IGOUNO", "unsc": "IGOUNO",
        "ecowas": "IGOWAFECW", "au": "IGOAFRAU", "eu": "IGOEUREEC", "nato": "IGOWSTNAT",
        "africom": "USAMIL", "ansar-dine": "MLIREB", "boko-haram": "NGAREB",
        "al-qaeda": "IMGMUSALQ",
    }
    assert {k: d.actor(k).code for k in expected} == expected


def test_dictionary_derives_state_sectors_for_every_state_and_region() -> None:
    d = load()
    for iso, state in d.states.items():
        for kind, sector in (("gov", "GOV"), ("mil", "MIL"), ("cvl", "CVL"), ("spy", "SPY")):
            assert d.actor(f"{state}-{kind}").code == f"{iso}{sector}"
    assert d.actor("afr-mil").name == "African Armed Forces"
    assert d.lookup("Africa") == ()  # a region's name is a place
    assert d.lookup("French citizens") == ("fra-cvl",)
    assert d.lookup("the Malian army") == ("mli-mil",)
    assert d.lookup("Mali's military") == ("mli-mil",)
    assert d.lookup("FAMa") == ("mli-mil",)


def test_dictionary_aliases_cover_english_and_french() -> None:
    d = load()
    for name in ("MUJAO", "MUJWA", "Movement for Oneness and Jihad in West Africa",
                 "Mouvement pour l'unicité et le jihad en Afrique de l'Ouest"):
        assert d.lookup(name) == ("mujao",), name
    assert d.lookup("AQMI") == ("aqim",)
    assert d.lookup("CEDEAO") == ("ecowas",)


def test_dictionary_affiliations_and_roles_point_to_known_actors() -> None:
    d = load()
    for actor in d.actors.values():
        for link in actor.affiliations:
            assert link.actor_id in d.actors, (actor.id, link.actor_id)
        for role in actor.roles:
            assert role.country is None or role.country in d.actors or d.state_of(role.country)
            for value in (role.start, role.end):
                assert value is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)
    relations = {(a.relation, a.actor_id) for a in d.actor("mujao").affiliations}
    assert ("merged_into", "al-mourabitoun") in relations
    assert ("affiliated_to", "al-qaeda") in {
        (a.relation, a.actor_id) for a in d.actor("aqim").affiliations
    }


def test_dictionary_no_alias_names_two_actors() -> None:
    shared = {k: v for k, v in load().aliases.items() if len(v) > 1}
    assert shared == {}


def test_dictionary_demonyms_and_capitals() -> None:
    d = load()
    assert d.demonyms["french"] == "FRA" and d.demonyms["malian"] == "MLI"
    assert d.capitals["paris"] == "FRA" and d.capitals["bamako"] == "MLI"
    assert d.government_of("FR") == "fra-gov" == d.government_of("FRA")
