"""Dated roles: which office a person held on the article's date, and who held an office.

A role title ("Minister of the Armed Forces", "defence minister", "US Secretary of Defense")
reduces to a kind (defence, foreign, head_of_state, ...) so the words a journalist uses meet
the titles in the dictionary; "the defence minister" in a French context in January 2013
is then whoever held a defence role in France on that day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date

from newsgraph.actors.dictionary import ActorDictionary
from newsgraph.model import Actor, Role

__all__ = [
    "ROLE_PHRASE",
    "active_on",
    "code_at",
    "format_role",
    "holder_of",
    "role_at",
    "role_kind",
    "role_span",
    "title_in",
]

# Ordered: the first kind whose pattern matches a title wins.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("secretary_general", r"secretary[- ]general"),
        ("vice_president", r"\bvice[- ]president"),
        ("defence", r"defen[cs]e|armed forces|\bwar\b"),
        ("foreign", r"foreign|secretary (?:of )?state|external affairs"),
        ("interior", r"interior|home secretary"),
        ("head_of_government", r"prime minister|\bpremier\b|\bchancellor\b|\bpm\b"),
        ("commander", r"\bcommander\b|\bchief of staff\b|chairman of the joint chiefs"),
        ("head_of_state", r"\bpresident\b|\bhead of state\b|^leader$|\bking\b"),
        ("ambassador", r"\bambassador\b|\benvoy\b"),
        ("group_leader", r"^(?:leader|founder|spokesman|secretary-general) of\b"),
    )
)

# A title a journalist writes without a name: "the defence minister", "Mali's president".
ROLE_PHRASE = re.compile(
    r"\b(?i:defen[cs]e minister|minister of defen[cs]e|defen[cs]e secretary|secretary of "
    r"defen[cs]e|foreign minister|minister of foreign affairs|foreign secretary|secretary of "
    r"state|prime minister|premier|president)\b(?!\s+[A-Z])"
)


def role_kind(title: str | None) -> str | None:
    """The kind of office a title names, or None."""
    if not title:
        return None
    for kind, pattern in _KINDS:
        if pattern.search(title.strip()):
            return kind
    return None


def _bounds(value: str, end: bool) -> date:
    """'2012', '2012-05' or '2012-05-16' as the first (or last) day it covers."""
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        return date(year, month, parts[2])
    return date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def active_on(role: Role, on: date) -> bool:
    """Whether the role was held on `on`; undated roles never are."""
    if role.start is None and role.end is None:
        return False
    if role.start is not None and on < _bounds(role.start, end=False):
        return False
    return role.end is None or on <= _bounds(role.end, end=True)


def _ended_before(role: Role, on: date) -> bool:
    return role.end is not None and _bounds(role.end, end=True) < on


def format_role(role: Role, dictionary: ActorDictionary, former: bool = False) -> str:
    """'Minister of Defence (France)'; a role in an organisation names it in its title."""
    country = dictionary.country_name(role.country) if role.country else None
    text = f"{role.title} ({country})" if country else role.title
    return f"former {text}" if former else text


def _prefer(roles: Iterable[Role], kind: str | None) -> Role | None:
    roles = list(roles)
    if not roles:
        return None
    matching = [r for r in roles if kind and role_kind(r.title) == kind]
    return (matching or roles)[-1]


def role_at(
    actor: Actor, on: date | None, dictionary: ActorDictionary, hint: str | None = None
) -> str | None:
    """The role `actor` held on `on`, as text. `hint` is the title the text gives
    ("US Secretary of Defense"): it picks among roles held at once, and is the only
    guide when the date is unknown. After the last role ends: 'former ...'."""
    if not actor.roles:
        return None
    kind = role_kind(hint)
    if all(r.start is None and r.end is None for r in actor.roles):  # as a text gave it
        return format_role(_prefer(actor.roles, kind) or actor.roles[0], dictionary)
    if on is None:
        matching = [r for r in actor.roles if kind and role_kind(r.title) == kind]
        chosen = matching[-1] if matching else (actor.roles[0] if len(actor.roles) == 1 else None)
        return format_role(chosen, dictionary) if chosen else None
    active = _prefer((r for r in actor.roles if active_on(r, on)), kind)
    if active:
        return format_role(active, dictionary)
    past = sorted((r for r in actor.roles if _ended_before(r, on)),
                  key=lambda r: _bounds(r.end or "1", end=True))
    chosen = _prefer(past, kind)
    return format_role(chosen, dictionary, former=True) if chosen else None


def code_at(actor: Actor, on: date | None) -> str | None:
    """A person's CAMEO code at a date: a state official out of office is an elite (ELI),
    as Phoenix codes former leaders ('Touré' in late 2012: MLIELI, not MLIGOV)."""
    code = actor.code
    if on is None or not code or len(code) != 6 or code[3:] not in ("GOV", "MIL"):
        return code
    if any(active_on(r, on) for r in actor.roles):
        return code
    return f"{code[:3]}ELI" if any(_ended_before(r, on) for r in actor.roles) else code


def holder_of(kind: str, iso: str, on: date, dictionary: ActorDictionary) -> str | None:
    """The person who held an office of `kind` in country `iso` on `on`, if exactly one."""
    holders = [
        actor.id
        for actor in dictionary.actors.values()
        if actor.type == "person"
        and any(r.country == iso and role_kind(r.title) == kind and active_on(r, on)
                for r in actor.roles)
    ]
    return holders[0] if len(set(holders)) == 1 else None


_TITLE = re.compile(
    r"\b(?:vice[- ])?president\b|\bprime minister\b|\b(?:deputy |foreign |defen[cs]e |interior "
    r"|[A-Z][a-z]+ )?minister(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*)?|\bsecretary of "
    r"(?:state|defen[cs]e)\b|\bsecretary[- ]general\b|\bambassador\b|\bgeneral\b|"
    r"\bcolonel\b|\bcommander\b|\bchief of staff\b|\bchancellor\b|\bpremier\b|\bking\b|"
    r"\bemir\b|\bgovernor\b",
    re.IGNORECASE,
)
_MILITARY_TITLES = frozenset({"general", "colonel", "commander", "chief of staff"})


def title_in(hint: str) -> tuple[str, str] | None:
    """The office a text gives a name ('Planning and Investment Minister Tran ...') and
    its CAMEO sector: GOV, or MIL for military ranks and commands."""
    found = list(_TITLE.finditer(hint))
    if not found:
        return None
    title = found[-1].group()
    sector = "MIL" if title.lower() in _MILITARY_TITLES else "GOV"
    return title[:1].upper() + title[1:], sector


def role_span(text: str, start: int, end: int) -> str:
    """The words around a name that may carry its title: up to 60 characters before it
    in the same clause, and an appositive after a comma ('Ham, chief of ...')."""
    before = text[max(0, start - 60) : start]
    before = re.split(r"[.;:!?\"“”()\n]", before)[-1]
    after = text[end : end + 60]
    after = after[1:].split(",")[0] if after.startswith(",") else ""
    return f"{before} {after}".strip()
