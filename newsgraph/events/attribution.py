"""Who reports or claims an event: the subject of the speech or accusation verb that governs
it ("One US official said ...", "Initial reports said ...", "Maiga accused ..."), or the object
of "according to" in its sentence. Speakers resolve to actors where the actors stage knows
them; otherwise they keep their words ("initial reports") under a "src:" id.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.events.mode import SPEECH_LEMMAS
from newsgraph.events.refs import ActorIndex, core_phrase, normalise
from newsgraph.model import ActorRef

__all__ = ["REPORT_LEMMAS", "according_to", "reporter", "speaker_of"]

REPORT_LEMMAS = SPEECH_LEMMAS | {"accuse", "allege", "blame"}


def _phrase_ref(index: ActorIndex, token: Token) -> tuple[ActorRef, str]:
    """An actor for a speaker phrase, with the phrase's own text."""
    core = core_phrase(token)
    text = index.text[core[0].idx : core[-1].idx + len(core[-1])]
    arg = index.resolve(token)
    if arg is not None and arg.actor is not None:
        ref = arg.actor
        if ref.actor_id.startswith("agent:") and arg.agent in ("GOV", "MIL", "COP", "SPY"):
            return ActorRef(ref.actor_id, text, ref.code), text  # "One US official": keep words
        return ref, text
    return ActorRef(f"src:{normalise(text)}", text, None), text


def speaker_of(verb: Token, index: ActorIndex) -> tuple[ActorRef, str] | None:
    """The subject of a speech verb, through "who said" and "adding:" (a conjoined verb)."""
    hops = 0
    while hops < 3:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
                subject = subject.head.head
            return _phrase_ref(index, subject)
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            verb, hops = verb.head, hops + 1
            continue
        return None
    return None


def according_to(sentence: Span) -> Token | None:
    """The object of "according to" in a sentence."""
    for token in sentence:
        if token.lower_ == "according":
            for prep in token.children:
                if prep.lower_ == "to":
                    objects = [c for c in prep.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
            if token.i + 2 < len(token.doc) and token.nbor().lower_ == "to":
                return token.doc[token.i + 2]
    return None


def reporter(trigger: Token, sentence: Span, index: ActorIndex) -> ActorRef | None:
    """Who the text says reports or claims the event that `trigger` names."""
    token, hops = trigger, 0
    while token.head.i != token.i and hops < 8:
        child, token, hops = token, token.head, hops + 1
        if token.lemma_.lower() not in REPORT_LEMMAS or token.pos_ != "VERB":
            continue
        content = child.dep_ in ("ccomp", "xcomp", "parataxis") or (
            child.dep_ == "prep" and child.lower_ in ("of", "for")  # "accused X of arming"
        )
        if content:
            found = speaker_of(token, index)
            if found is not None:
                return found[0]
    source = according_to(sentence)
    if source is not None:
        return _phrase_ref(index, source)[0]
    return None
