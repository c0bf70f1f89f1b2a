"""The actors stage in spaCy: an entity ruler fed from the dictionary, placed before `ner`,
and `newsgraph_actors`, which turns entities into resolved `model.Mention`s.

The small English model labels "Mali" PERSON and "Bamako" ORG; the ruler fixes the names
the dictionary knows (states, capitals, demonyms, groups, organisations, persons) before
the statistical model sees the text, and `ner` fills in the rest. Capitals the places stage
marked as actors ("Paris said") become mentions of that country's government.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.actors.dictionary import ActorDictionary, load, normalise
from newsgraph.actors.resolve import (
    ARMED_OPPOSITION,
    PLACE_LABELS,
    DocumentResolver,
    Resolution,
    acronym_pairs,
    is_generic,
    nationality_kind,
)
from newsgraph.actors.roles import (
    ROLE_PHRASE,
    code_at,
    holder_of,
    role_at,
    role_kind,
    role_span,
    title_in,
)
from newsgraph.model import Actor, Mention, Place, Role
from newsgraph.nlp.extensions import register_extensions

__all__ = [
    "PLACES_RULER",
    "RULER_NAME",
    "STAGE",
    "ActorsComponent",
    "add_to_pipeline",
    "ruler_patterns",
]

STAGE = "newsgraph_actors"
RULER_NAME = "newsgraph_actors_ruler"
PLACES_RULER = "newsgraph_places_ruler"  # the places stage's ruler: ours goes before it
_POSSESSIVE = frozenset({"'s", "’s"})
_LOCATED = re.compile(
    r"\b(?:in|into|across|to|of|northern|southern|eastern|western|central)\s+(?:the\s+)?$"
)
ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
_TYPE_LABELS = {
    "person": "PERSON",
    "state": "GPE",
    "armed_group": "ARMED_GROUP",
    "government": "GOVERNMENT",
    "ethnic_group": "NORP",
    "identity_group": "NORP",
    "faith": "NORP",
}
# Adjectives of armed opposition the small model often leaves untagged.
_OPPOSITION_NORP = ("Islamist", "Islamists", "jihadist", "jihadists", "Salafist", "Salafists")
# Places named after a state, tagged whole so "Chad" in "Lake Chad" is not the state.
_STATE_NAMED_PLACES = ("Lake Chad", "Lake Chad Basin", "Gulf of Guinea", "Niger River",
                       "River Niger", "Niger Delta", "Congo River", "Libyan Desert")


def _variants(name: str) -> Iterable[str]:
    """The forms a name takes in running text: as listed, capitalised at a sentence start,
    without a leading article."""
    yield name
    yield name[:1].upper() + name[1:]
    if name.lower().startswith("the "):
        yield name[4:]


def ruler_patterns(dictionary: ActorDictionary) -> list[dict[str, str]]:
    """Entity-ruler phrase patterns (case-sensitive) for every name the dictionary lists."""
    seen: set[tuple[str, str]] = set()
    patterns = []
    names_by_label = dict(dictionary.ruler_names)
    names_by_label["NORP"] = (*names_by_label.get("NORP", ()), *_OPPOSITION_NORP)
    names_by_label["LOC"] = (*names_by_label.get("LOC", ()), *_STATE_NAMED_PLACES)
    for label, names in names_by_label.items():
        for name in names:
            for variant in _variants(name):
                if (label, variant) not in seen:
                    seen.add((label, variant))
                    patterns.append({"label": label, "pattern": variant})
    return patterns


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    text: str
    label: str
    following: tuple[str, ...] = ()  # words after the name, for "French warplanes"
    phrase: bool = False  # `following` is the parsed noun phrase up to its head


_NOUN_HEADS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_TO_HEAD = frozenset({"amod", "compound", "conj", "nmod", "npadvmod", "poss", "nummod"})


def _following_words(doc: Doc, span: Span, limit: int = 4) -> tuple[tuple[str, ...], bool]:
    """The words of the noun phrase after a name, up to its head: from the parse where there
    is one ("Malian and African troops" -> troops; True), else the next few words (False)."""
    head = span.root
    if doc.has_annotation("DEP"):
        while (head.dep_ in _TO_HEAD and head.head.i > head.i
               and head.head.pos_ in _NOUN_HEADS and head.head.i - span.end < 6):
            head = head.head
    if head.i >= span.end:
        return tuple(
            t.text for t in doc[span.end : head.i + 1]
            if not t.is_punct and t.dep_ != "cc" and not t.ent_type_ and t.text not in _POSSESSIVE
        ), True
    window = doc[span.end : span.end + limit]
    return tuple(t.text for t in window if t.text not in _POSSESSIVE), False


def _sentence_index(doc: Doc) -> tuple[tuple[int, int], ...]:
    document = doc._.document
    if document is not None and document.sentences:
        return tuple(document.sentences)
    if doc.has_annotation("SENT_START"):
        return tuple((s.start_char, s.end_char) for s in doc.sents)
    return ((0, len(doc.text)),)


def _sentence_at(sentences: Sequence[tuple[int, int]], offset: int) -> int:
    return bisect_right(sentences, (offset, len(sentences) and sentences[-1][1])) - 1


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


class ActorsComponent:
    """Writes `doc._.mentions` and `doc._.actors`."""

    def __init__(self, nlp: Language, name: str, dictionary: ActorDictionary) -> None:
        self.name = name
        self.dictionary = dictionary

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.document
        doc_id = document.id if document is not None else ""
        published: date | None = document.published if document is not None else None
        sentences = _sentence_index(doc)
        places: list[Place] = list(doc._.places or ())
        # A state's own name used as an actor ("Algeria approved") is the state, resolved
        # with the other entities; a capital ("Paris said") is the government.
        actor_places = [p for p in places if p.role == "actor" and not self._is_state(p.text)]
        place_spans = [(p.start, p.end) for p in places if p.role == "place"]
        taken = [(p.start, p.end) for p in actor_places]

        text = doc.text  # spaCy rebuilds Doc.text on every access
        resolver = DocumentResolver(self.dictionary, published)
        pairs = acronym_pairs(text)
        resolver.learn_acronyms(pairs)

        candidates = [
            self._candidate(doc, ent)
            for ent in doc.ents
            if ent.label_ in ENTITY_LABELS and not _overlaps(ent.start_char, ent.end_char, taken)
        ]
        for pair in pairs:  # a name the text defines wins over the pieces the model saw
            for start, end, name in ((pair.long_start, pair.long_end, pair.long),
                                     (pair.acronym_start, pair.acronym_end, pair.acronym)):
                inside = [c for c in candidates if start <= c.start and c.end <= end]
                if any((c.start, c.end) == (start, end) for c in inside):
                    continue
                if not _overlaps(start, end, [(c.start, c.end) for c in candidates
                                              if c not in inside] + taken):
                    candidates = [c for c in candidates if c not in inside]
                    candidates.append(_Candidate(start, end, name, "ORG"))
        candidates.sort(key=lambda c: c.start)
        ent_spans = [(c.start, c.end) for c in candidates] + taken

        # Full names first, so "Clinton" later (or earlier) finds "Hillary Clinton".
        for c in candidates:
            if c.label == "PERSON" and len(c.text.split()) > 1:
                found = resolver.resolve(c.text, c.label)
                if found.actor_id and self._is_person(found.actor_id, resolver):
                    resolver.learn_person(found.actor_id, c.text)

        mentions: list[Mention] = []
        role_hints: dict[str, str] = {}
        armed: list[int] = []  # mentions of unnamed armed opposition, placed after the loop
        for c in candidates:
            mention = self._mention(text, c, resolver, place_spans, sentences, doc_id)
            if mention is None:
                continue
            if self._is_armed_opposition(c, mention, resolver):
                armed.append(len(mentions))
            if mention.actor_id and self._is_person(mention.actor_id, resolver):
                # The first mention with a title in its words sets the role hint.
                hint = role_span(text, c.start, c.end)
                if role_kind(hint) and role_kind(role_hints.get(mention.actor_id)) is None:
                    role_hints[mention.actor_id] = hint
                else:
                    role_hints.setdefault(mention.actor_id, hint)
            mentions.append(mention)
        self._place_armed_opposition(mentions, armed, self._states_named(text, mentions))
        mentions.extend(
            self._role_phrases(text, ent_spans, mentions, published, sentences, doc_id)
        )
        mentions.extend(self._capitals(actor_places, sentences, doc_id))

        states = self._states_named(text, mentions)
        self._code_new_officials(resolver, role_hints, mentions, states)
        roles = {
            actor_id: role_at(self._actor(actor_id, resolver), published, self.dictionary, hint)
            for actor_id, hint in role_hints.items()
        }
        mentions = [
            replace(m, role=roles[m.actor_id]) if m.actor_id in roles and m.role is None else m
            for m in mentions
        ]
        mentions.sort(key=lambda m: (m.start, m.end))
        doc._.mentions = mentions
        ids = dict.fromkeys(m.actor_id for m in mentions if m.actor_id)
        focus = _focus(states)
        doc._.actors = [
            _dated(self._actor(actor_id, resolver), published, focus) for actor_id in ids
        ]
        return doc

    def _candidate(self, doc: Doc, ent: Span) -> _Candidate:
        return _Candidate(ent.start_char, ent.end_char, ent.text, ent.label_,
                          *_following_words(doc, ent))

    def _actor(self, actor_id: str, resolver: DocumentResolver) -> Actor:
        return resolver.discovered.get(actor_id) or self.dictionary.actors[actor_id]

    def _is_person(self, actor_id: str, resolver: DocumentResolver) -> bool:
        return self._actor(actor_id, resolver).type == "person"

    def _mention(
        self,
        text: str,
        c: _Candidate,
        resolver: DocumentResolver,
        place_spans: Sequence[tuple[int, int]],
        sentences: Sequence[tuple[int, int]],
        doc_id: str,
    ) -> Mention | None:
        if not normalise(c.text) or c.text.endswith("-"):
            return None  # empty, or a prefix the model split off ("pro-" in "pro-Bamako")
        context = text[max(0, c.start - 40) : c.start]
        found = resolver.resolve(c.text, c.label, context)
        if found.method == "discovered" and (
            _overlaps(c.start, c.end, place_spans) or is_generic(c.text)
        ):
            return None  # a place the places stage knows, or a common noun
        label = c.label
        if found.actor_id is None and c.following:
            found = self._capital_body(c, found)
        if found.actor_id is None:
            if c.label not in PLACE_LABELS:
                return None
        else:
            actor = self._actor(found.actor_id, resolver)
            if actor.type in ("state", "region") and c.following:
                found = self._nationality(actor, c, found)
                actor = self._actor(found.actor_id or actor.id, resolver)
            if c.label != "NORP" or actor.type == "person":
                label = _TYPE_LABELS.get(actor.type, "ORG")
        return Mention(
            doc_id=doc_id,
            start=c.start,
            end=c.end,
            text=c.text,
            label=label,
            sentence=_sentence_at(sentences, c.start),
            stage=STAGE,
            confidence=found.confidence if found.actor_id else 0.5,
            actor_id=found.actor_id,
        )

    def _is_armed_opposition(
        self, c: _Candidate, mention: Mention, resolver: DocumentResolver
    ) -> bool:
        """'Islamist', 'jihadists', or a community under arms ('Tuareg forces')."""
        if normalise(c.text) in ARMED_OPPOSITION:
            return True
        actor = self._actor(mention.actor_id, resolver) if mention.actor_id else None
        return (actor is not None and actor.type == "ethnic_group"
                and nationality_kind(c.following, c.phrase) in ("mil", "reb"))

    def _states_named(self, text: str, mentions: Sequence[Mention]) -> list[_StateMention]:
        """Every mention bound to a state (the state, its government, its officials...)."""
        states = []
        for m in mentions:
            actor = self.dictionary.actors.get(m.actor_id or "")
            operation = actor is not None and actor.type == "military" and not (
                actor.id.endswith("-mil"))  # Serval is France's, but fought in Mali
            if (actor is not None and not operation and actor.country
                    and self.dictionary.state_of(actor.country)):
                located = _LOCATED.search(text[max(0, m.start - 12) : m.start]) is not None
                states.append(
                    _StateMention(m.sentence, actor.country, located, actor.type == "state")
                )
        return states

    def _place_armed_opposition(
        self, mentions: list[Mention], armed: Sequence[int], states: Sequence[_StateMention]
    ) -> None:
        """Code unnamed armed opposition as the insurgents of a state (CAMEO <ISO>REB): the
        article's focus if its sentence names it, else the state its sentence puts
        something "in", else the only state it names, else the article's focus."""
        focus = _focus(states)
        if focus is None:
            return
        for i in armed:
            m = mentions[i]
            near = [s for s in states if s.sentence == m.sentence]
            isos = {s.iso for s in near}
            located = {s.iso for s in near if s.located}
            code = focus
            if focus not in isos and (len(located) == 1 or len(isos) == 1):
                code = next(iter(located or isos))
            mentions[i] = replace(m, actor_id=self.dictionary.derived_of(code, "reb"),
                                  confidence=0.6)

    def _capital_body(self, c: _Candidate, found: Resolution) -> Resolution:
        """'the Khartoum government', 'Bamako's troops': a capital naming the state's
        government or military by the noun after it."""
        iso = self.dictionary.capitals.get(normalise(c.text))
        kind = nationality_kind(c.following, c.phrase) if iso else "state"
        if kind not in ("gov", "mil"):
            return found
        return Resolution(self.dictionary.derived_of(iso, kind), 0.8, "capital")

    def _nationality(self, state: Actor, c: _Candidate, found: Resolution) -> Resolution:
        """'French warplanes' -> France's military; 'US officials' -> its government."""
        kind = nationality_kind(c.following, c.phrase)
        actor_id = None if kind == "state" else self.dictionary.derived_of(state.code, kind)
        if actor_id is None:
            return found
        return Resolution(actor_id, round(found.confidence * 0.9, 3), "demonym")

    def _role_phrases(
        self,
        text: str,
        taken: Sequence[tuple[int, int]],
        mentions: Sequence[Mention],
        published: date | None,
        sentences: Sequence[tuple[int, int]],
        doc_id: str,
    ) -> list[Mention]:
        """'the defence minister' with no name: the holder of that office at the date, in
        the country the phrase or its sentence names."""
        if published is None:
            return []
        found = []
        for match in ROLE_PHRASE.finditer(text):
            if _overlaps(match.start(), match.end(), taken):
                continue
            iso = self._country_before(match.start(), mentions, sentences)
            kind = role_kind(match.group())
            holder = holder_of(kind, iso, published, self.dictionary) if iso and kind else None
            if holder is None:
                continue
            actor = self.dictionary.actors[holder]
            found.append(Mention(
                doc_id=doc_id, start=match.start(), end=match.end(), text=match.group(),
                label="PERSON", sentence=_sentence_at(sentences, match.start()), stage=STAGE,
                confidence=0.7, actor_id=holder,
                role=role_at(actor, published, self.dictionary, match.group()),
            ))
        return found

    def _country_before(
        self, offset: int, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]]
    ) -> str | None:
        """The country of the nearest state-bound mention before `offset`, in its sentence
        or the one before ('French warplanes struck. The defence minister said ...')."""
        sentence = _sentence_at(sentences, offset)
        for mention in sorted(mentions, key=lambda m: -m.start):
            if (mention.start >= offset or not mention.actor_id
                    or mention.sentence not in (sentence, sentence - 1)):
                continue
            actor = self.dictionary.actors.get(mention.actor_id)
            if actor is not None and actor.type in ("state", "government", "military"):
                return actor.country
        return None

    def _code_new_officials(
        self,
        resolver: DocumentResolver,
        hints: dict[str, str],
        mentions: Sequence[Mention],
        states: Sequence[_StateMention],
    ) -> None:
        """A person the dictionary lacks but the text gives an office ('Planning Minister
        Tran Xuan Gia', 'Colombian General ...') gets that office and a CAMEO code: the
        state its title names, else the state its sentence names, else the article's."""
        focus = _focus(states)
        for actor_id, hint in hints.items():
            actor = resolver.discovered.get(actor_id)
            office = title_in(hint) if actor is not None and actor.type == "person" else None
            if actor is None or office is None:
                continue
            named = [self._country_word(w) for w in hint.split()]
            sentence = next(m.sentence for m in mentions if m.actor_id == actor_id)
            near = [s.iso for s in states if s.sentence == sentence]
            iso = next((i for i in named if i), None) or (near[0] if near else focus)
            if iso is None:
                continue
            resolver.discovered[actor_id] = replace(
                actor, code=f"{iso}{office[1]}", country=iso, roles=(Role(office[0], iso),)
            )

    def _country_word(self, word: str) -> str | None:
        """The ISO code a word names: a demonym ("Vietnamese") or a state ("Colombia,")."""
        key = normalise(word)
        if key in self.dictionary.demonyms:
            return self.dictionary.demonyms[key]
        states = [self.dictionary.actors[i] for i in self.dictionary.lookup(word)]
        return next((a.code for a in states if a.type == "state"), None)

    def _is_state(self, name: str) -> bool:
        return any(self.dictionary.actors[i].type == "state" for i in self.dictionary.lookup(name))

    def _capitals(
        self, places: Sequence[Place], sentences: Sequence[tuple[int, int]], doc_id: str
    ) -> list[Mention]:
        """Capitals the places stage read as actors: the country's government."""
        mentions = []
        for place in places:
            iso = place.country_code or self.dictionary.capitals.get(normalise(place.text))
            actor_id = self.dictionary.government_of(iso)
            mentions.append(Mention(
                doc_id=doc_id, start=place.start, end=place.end, text=place.text,
                label="GOVERNMENT", sentence=_sentence_at(sentences, place.start), stage=STAGE,
                confidence=round(0.9 * place.confidence, 3), actor_id=actor_id,
            ))
        return mentions


@dataclass(frozen=True, slots=True)
class _StateMention:
    sentence: int
    iso: str
    located: bool  # used as a location: "in Mali", "northern Mali"
    direct: bool  # the state's own name, not its government, forces or officials


def _focus(states: Sequence[_StateMention]) -> str | None:
    """The state an article is about: the one whose own name it uses most, a location
    ("in Mali") counting triple; its forces and officials count only where no state is
    named ("French troops" say who acts, not where)."""
    weights: Counter[str] = Counter()
    for s in [s for s in states if s.direct] or states:
        weights[s.iso] += 3 if s.located else 1
    return weights.most_common(1)[0][0] if weights else None


def _dated(actor: Actor, published: date | None, focus: str | None) -> Actor:
    """The actor as coded in this article: a person by the office held at its date; a
    community spread over several states (Tuareg) as the article's state's (MLIETH); an
    armed group the dictionary lacks as that state's insurgents (MLIREB)."""
    if actor.type == "person":
        return replace(actor, code=code_at(actor, published))
    if focus and actor.code is None and actor.type == "armed_group":
        return replace(actor, code=f"{focus}REB")
    if focus and actor.country is None and actor.type == "ethnic_group":
        return replace(actor, code=f"{focus}ETH")
    return actor


@Language.factory(
    STAGE,
    assigns=["doc._.mentions", "doc._.actors"],
    requires=["doc.ents"],
)
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp, name, load())


def add_to_pipeline(nlp: Language) -> None:
    """Add the dictionary ruler before `ner` and before the places stage's ruler (so "Azawad"
    inside "National Movement for the Liberation of Azawad" stays part of the group's
    name), or last in a pipeline without either; then the resolver at the end, after the
    places stage has marked capitals used as governments."""
    register_extensions()
    anchor = next((n for n in (PLACES_RULER, "ner") if n in nlp.pipe_names), None)
    where = {"before": anchor} if anchor else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"phrase_matcher_attr": "ORTH"},
                         **where)
    ruler.add_patterns(ruler_patterns(load()))
    nlp.add_pipe(STAGE)
