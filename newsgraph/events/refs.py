"""Turn a parse token (an argument head) into an actor or a place.

Reads the earlier stages where they ran: `doc._.mentions`/`doc._.actors` (actors) and
`doc._.places` (places; role "actor" marks a capital used as a government). Where actors did
not run, spaCy's entities stand in (actor_id "ent:<normalised text>", code None); where places
did not run, nothing is taken for a place. Generic agents ("the insurgents", "French
warplanes") resolve through the CAMEO agent nouns so that they can still be sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.events.tables import agent_codes
from newsgraph.model import Actor, ActorRef, Place

__all__ = ["Arg", "ActorIndex", "core_phrase", "normalise"]

_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_CORE_DEPS = {"compound", "amod", "nmod", "poss", "det", "nummod", "flat", "case", "quantmod"}
_RELATIVE = {"which", "that", "who", "whom"}
_PLACE_NOUNS = {"town", "city", "capital", "village", "region", "area", "province", "district"}


def normalise(text: str) -> str:
    """Lower-case, possessive and punctuation stripped: a stable key for unresolved names."""
    text = re.sub(r"['\u2019]s\b", "", text.lower())
    return re.sub(r"[^\w]+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class Arg:
    """An event argument: an actor, or a place where the argument is a location."""

    start: int
    end: int
    text: str
    head: int  # token index of the argument's head
    actor: ActorRef | None = None
    place: Place | None = None
    agent: str | None = None  # CAMEO agent code of a generic head noun (MIL, REB, CVL, ...)


def core_phrase(token: Token) -> list[Token]:
    """The token and its nominal modifiers: the phrase that names the argument."""
    out = [token]
    for child in token.children:
        if child.dep_ in _CORE_DEPS:
            out.extend(core_phrase(child))
    return sorted(out, key=lambda t: t.i)


def _antecedent(token: Token) -> Token:
    """The noun a relative clause modifies; "Town in Country, which ..." is about the town
    (the parser attaches the clause to the nearest noun, the country)."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "in" and prep.i > 0:
        before = token.doc[prep.i - 1]
        if before.pos_ == "PROPN":
            return before
    return token


class ActorIndex:
    """Per-document lookup from character spans to actors and places."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds doc.text on every access: keep one copy
        actors: dict[str, Actor] = {a.id: a for a in (doc._.actors or ())}
        self._actors = actors
        self.has_mentions = doc._.mentions is not None
        self._spans: list[tuple[int, int, ActorRef]] = []
        if self.has_mentions:
            for mention in doc._.mentions:
                actor = actors.get(mention.actor_id) if mention.actor_id else None
                actor_id = mention.actor_id or f"ent:{normalise(mention.text)}"
                name = actor.name if actor else mention.text
                code = actor.code if actor else None
                self._spans.append((mention.start, mention.end, ActorRef(actor_id, name, code)))
        else:
            for ent in doc.ents:
                if ent.label_ in _ENTITY_LABELS:
                    ref = ActorRef(f"ent:{normalise(ent.text)}", ent.text, None)
                    self._spans.append((ent.start_char, ent.end_char, ref))
        self.places: list[Place] = list(doc._.places or ())

    def actor_type(self, ref: ActorRef | None) -> str | None:
        """The dictionary type of a resolved actor (state, military, armed_group, ...)."""
        actor = self._actors.get(ref.actor_id) if ref else None
        return actor.type if actor else None

    def place_at(self, start: int, end: int) -> Place | None:
        """A place (role "place") overlapping the span, the longest first."""
        hits = [p for p in self.places if p.role == "place" and p.start < end and start < p.end]
        return max(hits, key=lambda p: p.end - p.start) if hits else None

    def actor_at(self, start: int, end: int) -> tuple[int, int, ActorRef] | None:
        hits = [s for s in self._spans if s[0] < end and start < s[1]]
        return min(hits, key=lambda s: s[0]) if hits else None

    def resolve_all(self, token: Token) -> list[Arg]:
        """One argument per coordinated modifier ("Ugandan and Kenyan troops"), else one."""
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts:
                args = [self._modifier(token, m) for m in (child, *child.conjuncts)]
                found = [a for a in args if a is not None]
                if len(found) > 1:
                    return found
        arg = self.resolve(token)
        return [] if arg is None else [arg]

    def _modifier(self, head: Token, modifier: Token) -> Arg | None:
        hit = self.actor_at(modifier.idx, modifier.idx + len(modifier))
        if hit is None:
            return None
        agent = agent_codes().get(head.lemma_.lower())
        ref = hit[2]
        if agent and ref.code and len(ref.code) == 3:
            ref = ActorRef(ref.actor_id, ref.name, ref.code + agent)
        start, end = modifier.idx, head.idx + len(head)
        return Arg(start, end, self.text[start:end], head.i, actor=ref, agent=agent)

    def resolve(self, token: Token) -> Arg | None:
        """The actor or place a token (an argument head) names, or None."""
        if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
            token = _antecedent(token.head.head)
        if token.lower_ in _PLACE_NOUNS:
            named = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            objects = [g for c in named for g in c.children if g.dep_ == "pobj"]
            if objects:
                token = objects[0]
        core = core_phrase(token)
        start, end = core[0].idx, core[-1].idx + len(core[-1])
        text = self.text[start:end]
        head_start, head_end = token.idx, token.idx + len(token)
        place = self.place_at(head_start, head_end)
        hit = self.actor_at(head_start, head_end)
        if place is not None:
            if not (place.feature or "").startswith("A.PCL"):
                return Arg(start, end, text, token.i, place=place)  # a town is where, not who
            # a country both acts and locates: "France sent troops", "bombed Mali"
            ref = hit[2] if hit else ActorRef(f"ent:{normalise(place.text)}", place.text, None)
            return Arg(start, end, text, token.i, actor=ref, place=place)
        agent = agent_codes().get(token.lemma_.lower())
        hit = hit or self.actor_at(start, end)
        if hit is not None:
            ref = hit[2]
            if agent and ref.code and len(ref.code) == 3:
                ref = ActorRef(ref.actor_id, ref.name, ref.code + agent)
            return Arg(start, end, text, token.i, actor=ref, agent=agent)
        named = [c for c in token.children if c.dep_ in ("appos", "flat") and c.pos_ == "PROPN"]
        if named:
            return self.resolve(named[0])
        if agent:
            name = re.sub(r"^(the|a|an|its|their|his|her)\s+", "", text, flags=re.I)
            return Arg(start, end, text, token.i, ActorRef(f"agent:{normalise(name)}", name, agent),
                       agent=agent)
        return None
