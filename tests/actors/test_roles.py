from __future__ import annotations

from datetime import date

from newsgraph.actors.dictionary import load
from newsgraph.actors.roles import ROLE_PHRASE, active_on, holder_of, role_at, role_kind
from newsgraph.model import Role


def test_roles_kind_meets_journalists_words_and_dictionary_titles() -> None:
    assert role_kind("French Defense Minister") == role_kind("Minister of the Armed Forces")
    assert role_kind("US Secretary State") == role_kind("Minister of Foreign Affairs")
    assert role_kind("Secretary-General of the United Nations") == "secretary_general"
    assert role_kind("Prime Minister") == "head_of_government"
    assert role_kind("longtime president") == "head_of_state"
    assert role_kind("said on Monday") is None


def test_roles_active_on_reads_partial_dates() -> None:
    role = Role("Minister of Defence", "MLI", start="2014-05", end="2015")
    assert active_on(role, date(2014, 5, 1)) and active_on(role, date(2015, 12, 31))
    assert not active_on(role, date(2014, 4, 30)) and not active_on(role, date(2016, 1, 1))
    assert not active_on(Role("Leader"), date(2014, 1, 1))


def test_roles_role_at_follows_the_article_date() -> None:
    d = load()
    le_drian = d.actor("jean-yves-le-drian")
    assert role_at(le_drian, date(2013, 1, 16), d) == "Minister of Defence (France)"
    assert role_at(le_drian, date(2019, 3, 1), d) == "Minister of Foreign Affairs (France)"
    assert role_at(le_drian, date(2023, 1, 1), d) == "former Minister of Foreign Affairs (France)"
    assert role_at(le_drian, date(2000, 1, 1), d) is None


def test_roles_role_at_without_date_uses_the_title_in_the_text() -> None:
    d = load()
    clinton = d.actor("hillary-clinton")
    assert role_at(clinton, None, d, "said US Secretary State") == (
        "Secretary of State (United States)"
    )
    assert role_at(clinton, None, d) is None  # two roles and nothing to choose by


def test_roles_holder_of_an_office_at_a_date() -> None:
    d = load()
    assert holder_of("defence", "FRA", date(2013, 1, 16), d) == "jean-yves-le-drian"
    assert holder_of("defence", "FRA", date(2018, 1, 1), d) == "florence-parly"
    assert holder_of("head_of_state", "NGA", date(2016, 1, 1), d) == "muhammadu-buhari"
    assert holder_of("head_of_state", "LBY", date(2010, 1, 1), d) == "muammar-gaddafi"


def test_roles_phrase_skips_titles_followed_by_a_name() -> None:
    found = [m.group() for m in ROLE_PHRASE.finditer(
        "The defence minister said. President Hollande met the prime minister."
    )]
    assert found == ["defence minister", "prime minister"]
