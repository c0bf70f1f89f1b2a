"""The canonical actor dictionary: the YAML files in `data/`, loaded once per process.

Every state (and region) also yields derived actors (`DERIVED`): its government
(`<id>-gov`, code `<ISO>GOV`), military (`-mil`, `<ISO>MIL`), civilians (`-cvl`),
intelligence services (`-spy`) and insurgents fighting in it (`-reb`), named from the
state's demonyms ("Malian army", "French government"), so no file spells them out for ~90
states; `military.yaml` adds names to them. Lookups go through `normalise`, which folds case,
accents, punctuation and possessives, so "al-Qaïda", "Al Qaeda" and "AL QAEDA" meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsgraph.model import Actor, Affiliation, Role

__all__ = [
    "ActorDictionary",
    "DATA_DIR",
    "DERIVED",
    "load",
    "normalise",
    "person_keys",
    "surname_keys",
]

DATA_DIR = Path(__file__).resolve().parent / "data"

# Derived actors of every state and region, by kind: CAMEO sector code, the name built from
# the first demonym, and the nouns that follow a nationality in their aliases.
DERIVED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "gov": ("GOV", "Government of {name}",
            ("government", "authorities", "regime", "administration", "state")),
    "mil": ("MIL", "{demonym} Armed Forces",
            ("army", "military", "armed forces", "forces", "troops", "soldiers", "air force")),
    "cvl": ("CVL", "{demonym} civilians", ("civilians", "citizens", "nationals", "people")),
    "spy": ("SPY", "{demonym} intelligence services",
            ("intelligence", "intelligence services", "secret services", "spies")),
    "reb": ("REB", "Insurgents ({name})", ("rebels", "insurgents", "militants")),
}

_DERIVED_TYPES = {"gov": "government", "mil": "military", "cvl": "civilians", "spy": "agency",
                  "reb": "armed_group"}
_PARTICLES = frozenset(
    {"le", "la", "de", "du", "van", "von", "al", "el", "ag", "ould", "bin", "ben"}
)
_DETACHABLE = frozenset({"al", "el"})  # "al-Sarraj" is also written "Sarraj"


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """A lookup key: casefolded, accents and punctuation dropped, possessive 's removed,
    leading article removed ("The Associated Press" = "Associated Press")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"'s\b", "", text)
    text = text.replace(".", "")
    text = re.sub(r"[^\w]+", " ", text).strip()
    text = re.sub(r"^the\s+", "", text)
    return text


def person_keys(name: str) -> tuple[str, ...]:
    """Keys for a person's name: as written and without middle initials ("Carter F. Ham")."""
    key = normalise(name)
    tokens = key.split()
    if len(tokens) < 3:
        return (key,)
    bare = " ".join(t for i, t in enumerate(tokens) if len(t) > 1 or i in (0, len(tokens) - 1))
    return (key,) if bare == key else (key, bare)


def surname_keys(name: str) -> tuple[str, ...]:
    """The family name(s) a text uses alone: "Le Drian", "Sarraj" and "al Sarraj"."""
    tokens = normalise(name).split()
    if len(tokens) < 2:
        return ()
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in _PARTICLES:
        start -= 1
    keys = [" ".join(tokens[start:])]
    if tokens[start] in _DETACHABLE and start < len(tokens) - 1:
        keys.append(" ".join(tokens[start + 1 :]))
    return tuple(keys)


@dataclass(frozen=True)
class ActorDictionary:
    """All canonical actors with the indexes resolution needs."""

    actors: Mapping[str, Actor]
    aliases: Mapping[str, tuple[str, ...]]  # normalised name or alias -> actor ids
    surnames: Mapping[str, tuple[str, ...]]  # normalised family name -> person ids
    demonyms: Mapping[str, str]  # normalised demonym -> ISO alpha-3
    capitals: Mapping[str, str]  # normalised capital -> ISO alpha-3
    iso2: Mapping[str, str] = field(default_factory=dict)  # alpha-2 -> alpha-3
    states: Mapping[str, str] = field(default_factory=dict)  # ISO alpha-3 -> state id
    ruler_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # label -> names
    fuzzy_keys: tuple[str, ...] = ()  # keys fuzzy matching may reach: no states, no derived
    state_keys: tuple[str, ...] = ()  # state names and aliases, for misspelt states
    fuzzy_cache: dict[str, tuple[str, float] | None] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def lookup(self, name: str) -> tuple[str, ...]:
        """Actor ids whose name or alias normalises like `name` (person initials ignored)."""
        for key in person_keys(name):
            if key in self.aliases:
                return self.aliases[key]
        return ()

    def state_of(self, iso: str | None) -> str | None:
        """The state actor id for an ISO alpha-3 or alpha-2 code."""
        if not iso:
            return None
        iso = iso.upper()
        return self.states.get(self.iso2.get(iso, iso))

    def government_of(self, iso: str | None) -> str | None:
        return self.derived_of(iso, "gov")

    def derived_of(self, iso: str | None, kind: str) -> str | None:
        """The derived actor of `kind` (gov, mil, cvl, spy) of a state or region code."""
        state = self.state_of(iso)
        return f"{state}-{kind}" if state else None

    def country_name(self, iso: str | None) -> str | None:
        state = self.state_of(iso)
        return self.actors[state].name if state else None


def _text(value: Any) -> str | None:
    """YAML reads 2012-05-16 as a date and 2012 as an int: keep every date as ISO text."""
    return None if value is None else str(value)


def _roles(raw: Iterable[Mapping[str, Any]]) -> tuple[Role, ...]:
    return tuple(
        Role(title=r["title"], country=r.get("country"), start=_text(r.get("start")),
             end=_text(r.get("end")))
        for r in raw
    )


def _affiliations(raw: Iterable[Mapping[str, Any]]) -> tuple[Affiliation, ...]:
    return tuple(
        Affiliation(actor_id=a["to"], relation=a["relation"], start=_text(a.get("start")),
                    end=_text(a.get("end")))
        for a in raw
    )


def _entry_actor(entry: Mapping[str, Any], default_type: str) -> Actor:
    return Actor(
        id=entry["id"],
        name=entry["name"],
        type=entry.get("type", default_type),
        code=entry.get("code"),
        country=entry.get("country") or (entry.get("code") if default_type == "state" else None),
        aliases=tuple(entry.get("aliases") or ()),
        roles=_roles(entry.get("roles") or ()),
        affiliations=_affiliations(entry.get("affiliations") or ()),
    )


def _derived(state: Actor, demonyms: list[str]) -> list[Actor]:
    """The state's (or region's) government, military, civilians and intelligence
    services, named from its name and demonyms."""
    names = ([state.name] if state.type == "state" else []) + demonyms
    demonym = demonyms[0] if demonyms else state.name
    return [
        Actor(
            id=f"{state.id}-{kind}",
            name=pattern.format(name=state.name, demonym=demonym),
            type=_DERIVED_TYPES[kind],
            code=f"{state.code}{sector}",
            country=state.code if state.type == "state" else None,
            aliases=tuple(f"{n} {w}" for n in names for w in words),
        )
        for kind, (sector, pattern, words) in DERIVED.items()
    ]


def _read(path: Path) -> tuple[str, list[dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data["type"], list(data["entries"])


def build(data_dir: Path = DATA_DIR) -> ActorDictionary:
    """Read every YAML file in `data_dir` and index it."""
    actors: dict[str, Actor] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    iso2: dict[str, str] = {}
    states: dict[str, str] = {}
    ruler: dict[str, list[str]] = {"GPE": [], "NORP": [], "PERSON": [], "ORG": []}
    files = sorted(data_dir.glob("*.yaml"), key=lambda p: (p.name != "states.yaml", p.name))
    for path in files:
        default_type, entries = _read(path)
        for entry in entries:
            actor = _entry_actor(entry, default_type)
            if actor.type in ("state", "region"):
                iso = actor.code or ""
                states[iso] = actor.id
                if actor.type == "state":
                    iso2[str(entry["iso2"])] = iso
                    capitals[normalise(entry["capital"])] = iso
                    ruler["GPE"].append(entry["capital"])
                for demonym in entry.get("demonyms") or ():
                    demonyms[normalise(demonym)] = iso
                    ruler["NORP"].append(demonym)
                for derived in _derived(actor, list(entry.get("demonyms") or ())):
                    actors[derived.id] = derived
            elif actor.id in actors:  # extra names for a derived government or military
                base = actors[actor.id]
                actor = replace(actor, aliases=actor.aliases + base.aliases)
            label = {"state": "GPE", "person": "PERSON", "ethnic_group": "NORP"}.get(
                actor.type, "ORG"
            )
            if actor.type != "region":  # "Africa" is a place; "African" is the actor
                ruler[label].extend((actor.name, *(entry.get("aliases") or ())))
            actors[actor.id] = actor
    aliases: dict[str, list[str]] = {}
    surnames: dict[str, list[str]] = {}
    fuzzy: dict[str, None] = {}
    state_keys: dict[str, None] = {}
    for actor in actors.values():
        reachable = actor.type != "state" and actor.id.split("-")[-1] not in DERIVED
        if actor.type == "region":
            continue
        for name in (actor.name, *actor.aliases):
            keys = person_keys(name) if actor.type == "person" else (normalise(name),)
            for key in keys:
                if key and actor.id not in aliases.setdefault(key, []):
                    aliases[key].append(actor.id)
                if key and reachable:
                    fuzzy[key] = None
                if key and actor.type == "state":
                    state_keys[key] = None
        if actor.type == "person":
            for key in surname_keys(actor.name):
                surnames.setdefault(key, []).append(actor.id)
    norp_taken = {normalise(n) for n in ruler["GPE"]}
    ruler["NORP"] = [n for n in ruler["NORP"] if normalise(n) not in norp_taken]
    return ActorDictionary(
        actors=actors,
        aliases={k: tuple(v) for k, v in aliases.items()},
        surnames={k: tuple(v) for k, v in surnames.items()},
        demonyms=demonyms,
        capitals=capitals,
        iso2=iso2,
        states=states,
        ruler_names={k: tuple(dict.fromkeys(v)) for k, v in ruler.items()},
        fuzzy_keys=tuple(fuzzy),
        state_keys=tuple(state_keys),
    )


@lru_cache(maxsize=1)
def load() -> ActorDictionary:
    """The shipped dictionary, built once per process."""
    return build()
