"""Direct and indirect speech with its speaker.

Direct: a quotation-mark span of at least three words whose sentence (or the sentence just
before, when it ends in a colon) holds a speech verb or "according to". Indirect: the
clausal complement of a speech verb ("told the Associated Press that he feared ..."). The
speaker is the verb's subject, through "who said" and conjoined verbs ("..., adding:").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.events.attribution import according_to, speaker_of
from newsgraph.events.mode import SPEECH_LEMMAS
from newsgraph.events.refs import ActorIndex, core_phrase, normalise
from newsgraph.model import ActorRef, Quote

__all__ = ["STAGE", "find_quotes"]

STAGE = "newsgraph_events"
_AFTER = 60  # characters after a closing quote where "said X" still belongs to it
_QUOTE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{2,3000}?)[\u201d\"]")


def _speech_verbs(tokens: list[Token], skip: tuple[int, int]) -> list[Token]:
    return [
        t for t in tokens
        if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"
        and not skip[0] <= t.idx < skip[1]
    ]


def _speaker(
    verbs: list[Token], sentence: Span, index: ActorIndex
) -> tuple[ActorRef | None, str | None, str | None]:
    """(speaker, speaker text, cue): the first verb with a subject, else "according to"."""
    for verb in verbs:
        found = speaker_of(verb, index)
        if found is not None:
            return found[0], found[1], verb.text
    source = according_to(sentence)
    if source is not None:
        words = core_phrase(source)
        text = index.text[words[0].idx : words[-1].idx + len(words[-1])]
        arg = index.resolve(source)
        ref = arg.actor if arg is not None and arg.actor is not None else None
        return ref or ActorRef(f"src:{normalise(text)}", text, None), text, "according to"
    return None, None, None


def _direct(doc: Doc, index: ActorIndex, doc_id: str) -> list[Quote]:
    """Quoted spans with a speech cue: before the quote in its sentence (or a sentence
    ending in a colon), "according to", or right after it ("..., said Ghislaine Lydon")."""
    out: list[Quote] = []
    for match in _QUOTE.finditer(index.text):
        start, end = match.span(1)
        if len(match.group(1).split()) < 3:
            continue  # scare quotes: "democracy", "very present"
        first = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        last = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
        if first is None or last is None:
            continue
        opening = first.sent
        verbs = sorted(
            _speech_verbs(list(opening), (match.start(), match.end())),
            key=lambda v: -v.i,
        )
        before = doc[opening.start - 1].sent if opening.start > 0 else None
        if before is not None and before.text.rstrip().endswith(":"):
            verbs += _speech_verbs(list(before), (match.start(), match.end()))
        closing = [t for t in last.sent if match.end() <= t.idx < match.end() + _AFTER]
        verbs += _speech_verbs(closing, (match.start(), match.end()))
        speaker, text, cue = _speaker(verbs, opening, index)
        if cue is None:
            continue
        confidence = 0.9 if speaker and not speaker.actor_id.startswith("src:") else 0.75
        out.append(Quote(doc_id, start, end, index.text[start:end], STAGE, confidence,
                         speaker, text, cue, direct=True))
    return out


def _indirect(doc: Doc, index: ActorIndex, doc_id: str, quoted: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for verb in (t for t in doc if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"):
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            if any(q.start <= end and start <= q.end for q in quoted):
                continue
            if any(q.start <= verb.idx < q.end for q in quoted):
                continue
            found = speaker_of(verb, index)
            speaker, text = found if found else (None, None)
            said = index.text[start:end].rstrip(" ,.;:")
            out.append(Quote(doc_id, start, start + len(said), said, STAGE,
                             0.7 if speaker else 0.5, speaker, text, verb.text, direct=False))
    return out


def find_quotes(doc: Doc, index: ActorIndex, doc_id: str) -> list[Quote]:
    """Direct quotes first, then indirect speech that no direct quote covers."""
    direct = _direct(doc, index, doc_id)
    return sorted(direct + _indirect(doc, index, doc_id, direct), key=lambda q: q.start)
