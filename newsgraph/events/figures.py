"""Numbers the text reports about people: fatalities, injured, hostages, displaced, and force
sizes with their actor and status.

Ranges ("600 to 900 troops") and qualifiers ("at least", "mostly civilians") are kept.
"500 troops each from Niger, Burkina Faso, Senegal and Togo" is four figures, one per country.
A change of force size ("triple its armed forces in Mali to 2,500 from the current 800") is
two figures: the current size (status "deployed", qualifier "current") and the announced
target (status of the governing verb, qualifier "target, from 800"); each is a state of the
force at one time, which is what a timeline of force sizes needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.events.attribution import reporter, speaker_of
from newsgraph.events.refs import ActorIndex
from newsgraph.model import ActorRef

__all__ = ["FigureDraft", "find_figures", "parse_number"]

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12, "million": 1_000_000,
}
# Vague plurals: (min, max) as a careful coder reads them.
_VAGUE = {"dozens": (24, None), "hundreds": (200, None), "thousands": (2000, None),
          "scores": (40, None), "several": (3, None)}
_PEOPLE = {
    "people", "person", "civilian", "soldier", "troop", "fighter", "militant", "insurgent",
    "rebel", "jihadist", "infantryman", "man", "woman", "child", "policeman", "police",
    "gendarme", "peacekeeper", "citizen", "villager", "resident", "worker", "hostage",
    "member", "personnel", "officer", "student", "protester", "demonstrator", "refugee",
    "islamist", "gunman", "attacker", "victim", "force", "marine", "commando", "paratrooper",
}
_FORCE = {"troop", "soldier", "infantryman", "force", "personnel", "peacekeeper", "fighter",
          "jihadist", "militant", "police", "gendarme", "marine", "commando", "paratrooper"}
_KIND_LEMMAS = {
    **dict.fromkeys(("kill", "die", "dead", "death", "massacre", "execute", "murder", "slay",
                     "behead", "perish"), "fatalities"),
    **dict.fromkeys(("wound", "injure", "hurt", "injured", "wounded"), "injured"),
    **dict.fromkeys(("hostage", "kidnap", "abduct", "seize_hostage"), "hostages"),
    **dict.fromkeys(("displace", "flee", "displaced"), "displaced"),
}
_STATUS = {
    **dict.fromkeys(("promise", "pledge", "promises"), "pledged"),
    **dict.fromkeys(("agree", "commit"), "agreed"),
    **dict.fromkeys(("announce", "declare", "unveil"), "announced"),
    **dict.fromkeys(("plan", "intend", "will", "expect", "propose"), "planned"),
    **dict.fromkeys(("deploy", "send", "station", "arrive", "guard", "patrol", "base",
                     "deployment", "current"), "deployed"),
}
_STATUS_RANK = ("pledged", "agreed", "announced", "planned", "deployed")
_QUALIFIERS = {"about", "around", "roughly", "some", "nearly", "approximately", "almost",
               "estimated", "least", "than", "over", "up", "confirmed"}
_PRONOUNS = {"it", "they", "he", "she", "its", "their"}


@dataclass(frozen=True, slots=True)
class FigureDraft:
    """A figure before it is linked to its event; `anchor` is the token that governs it."""

    kind: str
    start: int
    end: int
    text: str
    min: int | None
    max: int | None
    anchor: int
    actor: ActorRef | None = None
    status: str | None = None
    qualifier: str | None = None
    reported_by: ActorRef | None = None


def parse_number(text: str) -> tuple[int | None, int | None] | None:
    """(min, max) of a number written in digits or words; None if it is not a number."""
    word = text.lower().replace(",", "").strip()
    if word in _VAGUE:
        return _VAGUE[word]
    if re.fullmatch(r"\d+(\.\d+)?", word):
        value = float(word)
        return int(value), int(value)
    if word in _WORDS:
        return _WORDS[word], _WORDS[word]
    return None


def _value(number: Token) -> tuple[int | None, int | None, str | None]:
    """(min, max, qualifier) of a number token with its quantifier words and range start."""
    parsed = parse_number(number.text)
    low, high = parsed if parsed else (None, None)
    for child in number.children:
        if child.dep_ not in ("quantmod", "compound", "nummod", "advmod"):
            continue
        multiplier = parse_number(child.text)
        if child.lower_ in ("hundred", "thousand", "million") or (
            number.lower_ in ("hundred", "thousand", "million") and multiplier
        ):
            continue
        if multiplier and child.i < number.i and child.like_num:
            low = multiplier[0]  # "600 to 900"
    words = {c.lower_ for c in number.children} | {c.lower_ for c in number.head.children}
    qualifier = None
    if "least" in words or ("than" in words and ("more" in words or "over" in words)):
        qualifier, high = ("at least" if "least" in words else "more than"), None
    elif {"about", "around", "roughly", "some", "nearly", "approximately", "almost"} & words:
        qualifier = "about"
    if number.lower_ in _VAGUE:
        qualifier = number.lower_
    return low, high, qualifier


def _ancestors(token: Token, hops: int = 5) -> list[Token]:
    out = []
    while token.head.i != token.i and len(out) < hops:
        token = token.head
        out.append(token)
    return out


def _kind(noun: Token) -> str | None:
    """Fatalities, injured, hostages or displaced from the words around the counted noun."""
    near = [noun, *noun.children]
    for ancestor in _ancestors(noun, 3):
        near += [ancestor, *[c for c in ancestor.children if c.dep_ in ("xcomp", "acomp", "oprd")]]
    for word in near:
        kind = _KIND_LEMMAS.get(word.lemma_.lower()) or _KIND_LEMMAS.get(word.lower_)
        if kind:
            return kind
    return "force" if noun.lemma_.lower() in _FORCE else None


def _status(noun: Token) -> str | None:
    found = set()
    for token in [noun, *_ancestors(noun)]:
        for word in (token, *[c for c in token.children if c.dep_ in ("aux", "amod")]):
            status = _STATUS.get(word.lemma_.lower())
            if status:
                found.add(status)
    return next((s for s in _STATUS_RANK if s in found), None)


def _from_actors(noun: Token, sentence: Span, index: ActorIndex) -> tuple[list[ActorRef], bool]:
    """Actors named by the nearest "from X" after the counted noun, and whether "each" or
    "mostly" qualifies them ("500 troops each from A and B": one figure per actor)."""
    stop = next((t.i for t in sentence if t.i > noun.i and t.like_num), sentence.end)
    for token in sentence.doc[noun.i + 1 : stop]:
        if token.lower_ == "from" and token.dep_ == "prep":
            objects = [c for c in token.children if c.dep_ == "pobj"]
            refs = []
            for obj in objects[:1]:
                for conj in [obj, *obj.conjuncts]:
                    arg = index.resolve(conj)
                    if arg is not None and arg.actor is not None and arg.actor not in refs:
                        refs.append(arg.actor)
            before = sentence.doc[max(noun.i + 1, token.i - 2) : token.i]
            mostly = any(t.lower_ in ("mostly", "mainly", "largely") for t in before)
            return refs, not mostly
    return [], False


def _governing_actor(noun: Token, index: ActorIndex) -> ActorRef | None:
    """The actor whose force it is: a "force of N" head, else the subject of the nearest verb
    above (past pronouns: "France has announced it will triple its forces")."""
    if noun.head.dep_ == "prep" and noun.head.lower_ == "of":
        arg = index.resolve(noun.head.head)
        if arg is not None and arg.actor is not None:
            return arg.actor
    for ancestor in _ancestors(noun, 6):
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        found = speaker_of(ancestor, index)
        subjects = [c for c in ancestor.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in _PRONOUNS:
            continue
        if found is not None and not found[0].actor_id.startswith("src:"):
            return found[0]
    return None


def _counted_noun(number: Token) -> Token | None:
    """The noun a number counts: "500 troops", "hundreds of jihadists", "to 2,500" (forces)."""
    token = number
    while token.dep_ == "quantmod" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "nummod":
        return token.head
    if token.lower_ in _VAGUE or token.pos_ == "NOUN":
        objects = [g for c in token.children if c.lower_ == "of" for g in c.children]
        if objects:
            return objects[0]
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "from"):
        verb = token.head.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            return objects[0]
    return None


def find_figures(sentence: Span, index: ActorIndex) -> list[FigureDraft]:
    """Every people-count figure in one sentence."""
    out: list[FigureDraft] = []
    for number in sentence:
        if number.dep_ == "quantmod" or not (number.like_num or number.lower_ in _VAGUE):
            continue
        if number.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
            continue
        noun = _counted_noun(number)
        if noun is None or noun.lemma_.lower() not in _PEOPLE:
            continue
        kind = _kind(noun)
        if kind is None:
            continue
        low, high, qualifier = _value(number)
        if low is None:
            continue
        first = number.left_edge if number.left_edge.i <= number.i else number
        last = noun if noun.i > number.i else number
        start, end = first.idx, last.idx + len(last)
        status = "reported" if kind != "force" else _status(noun)
        actors: list[ActorRef | None] = [None]
        if kind == "force":
            if noun.i < number.i:  # "to 2,500 from the current 800": a change of force size
                status, qualifier = _status(number.head.head) or "announced", "target"
                counts = [c for c in sentence if c.i > number.i and c.like_num]
                if counts and counts[0].head.head.lower_ == "from":
                    qualifier = f"target, from {counts[0].text}"
            elif any(c.lower_ == "current" for c in noun.children):
                status, qualifier = "deployed", "current"
            refs, distribute = _from_actors(noun, sentence, index)
            if refs and distribute:
                actors = list(refs)
            else:
                if refs:  # "3,300 troops, mostly from Nigeria, Niger": the force is not theirs
                    qualifier = "mostly from " + ", ".join(r.name for r in refs)
                actors = [_governing_actor(noun, index)]
        else:
            extra = [t for t in sentence if t.lower_ in ("mostly", "mainly", "including")
                     and t.head.lemma_.lower() in _PEOPLE and t.head.i != noun.i]
            if extra:
                mod = extra[0]
                qualifier = f"{mod.text} {mod.head.text}"
            elif any(a.lemma_ == "confirm" for a in _ancestors(noun, 2)):
                qualifier = "confirmed"
        anchor = noun.i if kind == "force" else next(
            (a.i for a in _ancestors(noun, 3) if a.pos_ == "VERB"), noun.i
        )
        source = reporter(noun, sentence, index)
        for actor in actors:
            out.append(FigureDraft(kind, start, end, index.text[start:end], low, high, anchor,
                                   actor, status, qualifier, source))
    return out
