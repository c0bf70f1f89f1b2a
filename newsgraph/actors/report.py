"""Tables behind `newsgraph actors`, `newsgraph actor NAME_OR_ID` and `export actors|mentions`.

Pure functions from `Records` to plain rows (dicts of JSON-ready values), so the CLI, the
exporters (JSON Lines, CSV, Parquet) and the API format the same data.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from newsgraph.actors.dictionary import ActorDictionary, load, normalise
from newsgraph.model import Actor, Records

__all__ = ["actor_detail", "actor_rows", "find_actor", "mention_rows"]


def _canonical(actor: Actor, dictionary: ActorDictionary) -> Actor:
    """The dictionary's entry (its undated code) where there is one."""
    return dictionary.actors.get(actor.id, actor)


def actor_rows(
    records: Iterable[Records], dictionary: ActorDictionary | None = None
) -> list[dict[str, Any]]:
    """One row per actor mentioned: id, name, type, code, country, origin, aliases (the
    dictionary's and every name the texts used), mentions (count), documents (ids);
    most-mentioned first."""
    dictionary = dictionary or load()
    actors: dict[str, Actor] = {}
    mentions: Counter[str] = Counter()
    documents: dict[str, dict[str, None]] = defaultdict(dict)
    names: dict[str, dict[str, None]] = defaultdict(dict)
    for record in records:
        for actor in record.actors:
            actors.setdefault(actor.id, _canonical(actor, dictionary))
        for m in record.mentions:
            if m.actor_id:
                mentions[m.actor_id] += 1
                documents[m.actor_id][m.doc_id] = None
                names[m.actor_id][m.text] = None
    rows = []
    for actor_id, count in mentions.most_common():
        actor = actors.get(actor_id) or dictionary.actors.get(actor_id)
        if actor is None:
            continue
        aliases = dict.fromkeys((*actor.aliases, *names[actor_id]))
        aliases.pop(actor.name, None)
        rows.append({
            "id": actor.id, "name": actor.name, "type": actor.type, "code": actor.code,
            "country": actor.country, "origin": actor.origin, "aliases": list(aliases),
            "mentions": count, "documents": list(documents[actor_id]),
        })
    return rows


def mention_rows(records: Iterable[Records]) -> list[dict[str, Any]]:
    """Every mention with its document, span, sentence, label, actor and role."""
    return [asdict(m) for record in records for m in record.mentions]


def find_actor(
    name_or_id: str, records: Iterable[Records], dictionary: ActorDictionary | None = None
) -> str | None:
    """The actor id a user means: an id, a dictionary name or alias, or a name seen."""
    dictionary = dictionary or load()
    if name_or_id in dictionary.actors:
        return name_or_id
    ids = dictionary.lookup(name_or_id)
    if ids:
        return ids[0]
    key = normalise(name_or_id)
    for record in records:
        for actor in record.actors:
            if actor.id == name_or_id or normalise(actor.name) == key:
                return actor.id
        for m in record.mentions:
            if m.actor_id and normalise(m.text) == key:
                return m.actor_id
    return None


def actor_detail(
    name_or_id: str, records: Iterable[Records], dictionary: ActorDictionary | None = None
) -> dict[str, Any] | None:
    """Everything about one actor: its entry (roles, affiliations), the names the texts
    use and how often, the names each outlet uses, and each mention with its sentence."""
    dictionary = dictionary or load()
    records = list(records)
    actor_id = find_actor(name_or_id, records, dictionary)
    if actor_id is None:
        return None
    actor: Actor | None = dictionary.actors.get(actor_id)
    seen: Counter[str] = Counter()
    by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    mentions = []
    for record in records:
        document = record.document
        actor = actor or next((a for a in record.actors if a.id == actor_id), None)
        for m in record.mentions:
            if m.actor_id != actor_id:
                continue
            seen[m.text] += 1
            by_outlet[document.outlet or "unknown"][m.text] += 1
            start, end = (document.sentences[m.sentence]
                          if 0 <= m.sentence < len(document.sentences) else (m.start, m.end))
            mentions.append({
                "doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text,
                "role": m.role, "sentence": document.text[start:end].strip(),
            })
    if actor is None:
        return None
    return {
        "id": actor.id, "name": actor.name, "type": actor.type, "code": actor.code,
        "country": actor.country, "origin": actor.origin, "aliases": list(actor.aliases),
        "roles": [asdict(r) for r in actor.roles],
        "affiliations": [asdict(a) for a in actor.affiliations],
        "names_seen": dict(seen.most_common()),
        "names_by_outlet": {outlet: dict(c.most_common()) for outlet, c in by_outlet.items()},
        "mentions": mentions,
    }
