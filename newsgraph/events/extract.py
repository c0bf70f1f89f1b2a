"""Find event triggers in the dependency parse and their source, target and place arguments.

One pass per sentence: every verb or event noun the lexicon codes is a trigger. Arguments
come from the parse: subject/object in the active voice, `nsubjpass`/`agent` in the passive,
possessor/"by" (source) and "of"/"on"/"to" (target) for nominal events ("the insurgents'
capture of Diabaly"), subjects inherited through control verbs ("AQIM has threatened to
attack"), coordination expanded into one candidate per source-target pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product

from spacy.tokens import Span, Token

from newsgraph.events.refs import ActorIndex, Arg
from newsgraph.events.tables import Coding, Instrument, Lexicon, lexicon

__all__ = ["Candidate", "find_candidates"]

_TARGET_PREPS = {"on", "against", "to", "at", "with"}
_PLACE_PREPS = {"in", "at", "near", "around", "outside", "into"}
_SKIP_DEPS = {"amod", "compound"}  # "French-backed forces", "armed forces": modifiers, not events
_CASUALTY_VERBS = {"kill", "die", "wound", "injure"}
# Verbs through which an event noun addresses someone: "the resolution gave ECOWAS until ..."
_ADDRESSING = {"give", "grant", "allow", "authorize", "order", "ask", "urge", "call", "require",
               "demand", "direct", "task", "mandate", "invite"}
_ASCRIBING = {"link", "attribute", "blame", "claim", "tie"}
_PERSONAL = {"they", "it", "he", "she", "we"}
# "deploy troops", "provide aid", "offer troops to X": the object is what moves or is given,
# the target is the recipient ("to X", or the first object of "give X Y" / "provide X with Y")
_THING_OBJECTS = {"MOBILIZE", "AID"}
_GIVING = {"offer", "pledge", "promise", "grant", "give"}
# Aid verbs whose direct object is the one helped, not the thing given: "arming militias"
_HELPING = {"arm", "fund", "finance", "train", "equip", "assist", "help", "aid", "bankroll",
            "sponsor", "back"}
# Verbs whose subject is the agent of the event noun they take: "ECOWAS announced the deployment"
_AGENTIVE = {"announce", "launch", "begin", "start", "conduct", "carry", "continue", "order",
             "complete", "resume", "intensify", "step", "plan", "prepare", "undertake", "renew",
             "hold", "declare", "stage", "organize", "organise", "mount", "lead", "join",
             "participate"}
# The small model's lemmatizer errors on agentive verbs ("staged" -> "stag")
_LEMMA_FIXES = {"stag": "stage"}


@dataclass(slots=True)
class Candidate:
    """A trigger with its arguments, before mode, date and dedup turn it into an `Event`."""

    trigger: Token
    coding: Coding
    sentence: Span
    source: Arg | None = None
    target: Arg | None = None
    places: list[Arg] = field(default_factory=list)
    instrument: Instrument | None = None
    nominal: bool = False
    object_lemma: str | None = None  # the object's head, resolved or not ("village")

    @property
    def lemma(self) -> str:
        return self.trigger.lemma_.lower()


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    return [
        obj
        for prep in token.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps
        for obj in _children(prep, "pobj")
    ]


def _subject(verb: Token) -> list[Token]:
    """The verb's subject, inherited through xcomp/conj/advcl ("threatened to attack")."""
    seen = 0
    while verb is not None and seen < 4:
        subjects = _children(verb, "nsubj")
        if subjects:
            return subjects
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            return _children(verb.head.head, "dobj")  # "accused X of arming": X arms
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and verb.head.i != verb.i:
            if verb.dep_ == "ccomp" and not _children(verb, "aux"):
                return []
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return [verb.head]
        return []
    return []


def _antecedent(pronoun: Token) -> Token:
    """A subject pronoun in reported speech is the speaker: "officials told AP they plan"."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in _PERSONAL:
        return pronoun
    verb = pronoun.head
    while verb.dep_ in ("ccomp", "xcomp", "conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subjects:
            return subjects[0]
    return pronoun


def _passive(verb: Token) -> bool:
    """Passive voice; an `auxpass` beside an active subject is a mis-parse ("IS militants
    killed": the acronym read as "is"), so the subject wins."""
    deps = {c.dep_ for c in verb.children}
    if "nsubjpass" in deps:
        return True
    if "auxpass" in deps:
        return "nsubj" not in deps
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _complement(token: Token) -> str | None:
    """The object lemma of a light-verb phrase: 'take control', 'seizure of power'."""
    objects = _children(token, "dobj") if token.pos_ == "VERB" else _prep_objects(token, {"of"})
    return objects[0].lemma_.lower() if objects else None


def _temporal(token: Token) -> bool:
    """A date or time ("On 23 July"): a prepositional object that is no target."""
    return token.ent_type_ in ("DATE", "TIME")


def _shared_object(verb: Token) -> list[Token]:
    """The object of coordinated verbs is shared: "shot and killed a merchant"."""
    for conj in _children(verb, "conj"):
        if conj.pos_ == "VERB" and not _children(conj, "nsubj"):
            return _children(conj, "dobj")
    return []


def _verb_args(verb: Token, phrase: bool = False) -> tuple[list[Token], list[Token], list[Token]]:
    """(sources, targets, places) heads of a verbal trigger; in a light-verb phrase, or when
    the object is a weapon, the object is no target, so a prepositional one comes first
    ("opened fire on X", "fired rockets at X")."""
    places = _prep_objects(verb, _PLACE_PREPS)
    if _passive(verb):
        targets = _children(verb, "nsubjpass")
        if verb.dep_ == "acl":
            head = verb.head
            targets = [head.head if head.dep_ == "appos" else head]
        sources = _prep_objects(verb, {"by"})
    else:
        sources = [_antecedent(s) for s in _subject(verb)]
        objects = _children(verb, "dobj", "dative") or _shared_object(verb)
        preps = [t for t in _prep_objects(verb, _TARGET_PREPS) if not _temporal(t)]
        weapons = [o for o in objects if o.lemma_.lower() in lexicon().instruments]
        preps += [t for w in weapons for t in _prep_objects(w, _TARGET_PREPS)]
        targets = (preps or objects) if phrase or weapons else (objects or preps)
    return sources, targets, places


def _object_targets(verb: Token) -> list[Token]:
    """Targets named inside the object: "restore ties with Gondor", "sign an accord with X"."""
    return [t for obj in _children(verb, "dobj") for t in _prep_objects(obj, _TARGET_PREPS)]


def _noun_args(noun: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """(sources, targets, places) heads of a nominal trigger."""
    sources = _children(noun, "poss") + _prep_objects(noun, {"by"})
    sources += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_ in _ASCRIBING:
        sources += _prep_objects(noun.head, {"to", "on", "by"})  # "the attack was linked to X"
    targets = _prep_objects(noun, {"of", "on", "against", "to", "with"})  # "talks with X"
    if not targets and noun.dep_ == "nsubj" and noun.head.lemma_ in _ADDRESSING:
        targets = _children(noun.head, "dative", "dobj")  # "a resolution gave ECOWAS ..."
    return sources, targets, _prep_objects(noun, _PLACE_PREPS)


def _instrument(trigger: Token, heads: list[Token]) -> Instrument | None:
    """The weapon or platform named around the trigger: agent, compound, object ("fired
    rockets"), "with"/"by" object."""
    instruments = lexicon().instruments
    words = [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod", "dobj")]
    words += _prep_objects(trigger, {"with", "by", "using", "from"})
    for head in heads:
        words += [head, *head.children]
    for word in words:
        hit = instruments.get(word.lemma_.lower())
        if hit is not None:
            return hit
    return None


_COLLECTIVES = {"group", "number", "band", "crowd", "dozen", "hundred", "couple", "convoy"}


def _members(head: Token) -> Token:
    """"a number of residents" -> residents: the collective's members are the actor."""
    if head.lemma_.lower() in _COLLECTIVES:
        members = _prep_objects(head, {"of"})
        if members:
            return members[0]
    return head


def _object_noun(head: Token) -> str:
    """The lemma that says what was hit: "a group of civilians" -> civilian, "a civilian
    convoy" -> civilian, else the head's own lemma."""
    if any(c.dep_ == "amod" and c.lemma_.lower() == "civilian" for c in head.children):
        return "civilian"
    return _members(head).lemma_.lower()


def _agentive_governor(noun: Token) -> Token | None:
    """The verb whose subject is the agent of an event noun: "ECOWAS announced the
    deployment", "students staged a march", "hundreds took part in a demonstration"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    lemma = verb.lemma_.lower()
    return verb if _LEMMA_FIXES.get(lemma, lemma) in _AGENTIVE else None


def _is_trigger_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and lexicon().lookup(token.lemma_.lower(), "NOUN") is not None


def _resolved(index: ActorIndex, heads: list[Token]) -> list[Arg]:
    out: list[Arg] = []
    for head in heads:
        for token in _conjuncts(head):
            for arg in index.resolve_all(token):
                if all(a.start != arg.start for a in out):
                    out.append(arg)
    return out


def _candidates_for(
    token: Token, coding: Coding, sentence: Span, index: ActorIndex
) -> list[Candidate]:
    nominal = token.pos_ in ("NOUN", "PROPN")
    source_heads, target_heads, place_heads = (
        _noun_args(token) if nominal else _verb_args(token, coding.phrase)
    )
    source_heads = [_members(h) for h in source_heads]
    sources = [a for a in _resolved(index, source_heads) if a.actor is not None]
    targets = _resolved(index, target_heads)
    if not nominal and not any(a.actor for a in targets):
        targets += _resolved(index, _object_targets(token))
    places = [a for a in _resolved(index, place_heads) if a.place is not None]
    places += [a for a in targets if a.place is not None]
    targets = [a for a in targets if a.actor is not None]
    if (coding.plover_type in _THING_OBJECTS or token.lemma_.lower() in _GIVING) and not nominal:
        recipients = set(_prep_objects(token, {"to", "into"}) + _children(token, "dative"))
        if _prep_objects(token, {"with"}) or token.lemma_.lower() in _HELPING:
            recipients.update(_children(token, "dobj"))  # "provided Mali with weapons"
        targets = [a for a in targets if index.doc[a.head] in recipients] or [
            a for a in _resolved(index, list(recipients)) if a.actor is not None]
    governor = _agentive_governor(token) if nominal and not sources else None
    if governor is not None:
        sources = [a for a in _resolved(index, _subject(governor)) if a.actor is not None]
    if not coding.curated and not (sources and targets):
        return []  # the broad dictionary codes only dyadic events, as PETRARCH does
    if token.lemma_.lower() in _CASUALTY_VERBS and not sources and not (
        _children(token, "dobj") and not _passive(token)
    ):
        return []  # "five people were killed": a figure, not an event of its own
    instrument = _instrument(token, source_heads + target_heads)
    obj = _object_noun(target_heads[0]) if target_heads else None
    return [
        Candidate(token, coding, sentence, source, target, places, instrument, nominal, obj)
        for source, target in product(sources or [None], targets or [None])
    ]


def _protest_aim(token: Token, words: Lexicon) -> bool:
    """"staged a demonstration to demand X", "barricaded the road, demanding X": the demand
    is the protest's aim, made through it, not an event of its own (PLOVER codes the protest)."""
    if token.dep_ not in ("advcl", "xcomp") or token.head.i == token.i:
        return False
    acts = [token.head, *_children(token.head, "dobj")]
    codings = [words.lookup(t.lemma_.lower(), t.pos_, _complement(t)) for t in acts]
    return any(c is not None and c.plover_type == "PROTEST" for c in codings)


def find_candidates(
    sentence: Span, index: ActorIndex, broad: bool = False, words: Lexicon | None = None
) -> list[Candidate]:
    """Every coded trigger in one sentence with its arguments."""
    words = words or lexicon()
    out: list[Candidate] = []
    for token in sentence:
        if token.pos_ not in ("VERB", "NOUN") or token.dep_ in _SKIP_DEPS:
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in _CASUALTY_VERBS:
            subjects = _children(token, "nsubj")
            if subjects and _is_trigger_noun(subjects[0]):
                continue  # "the bombing killed 60": the bombing is the event
        coding = words.lookup(
            token.lemma_.lower(), token.pos_, _complement(token), broad=broad
        )
        if coding is None or (coding.plover_type != "PROTEST" and _protest_aim(token, words)):
            continue
        out.extend(_candidates_for(token, coding, sentence, index))
    return out
