"""Event mode: did it happen, or was it planned, threatened, demanded, denied, hypothetical or
alleged? Read from the words that govern the trigger in the parse, the nearest cue winning.

Events the text says did not happen ("no plans for direct military intervention", "failed to
retake Konna") are coded "denied", never "occurred".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import EventMode

__all__ = ["CUE_LEMMAS", "SPEECH_LEMMAS", "event_mode"]

CUE_LEMMAS: dict[str, EventMode] = {
    **dict.fromkeys(("deny", "fail", "refuse", "decline", "reject"), "denied"),
    **dict.fromkeys(
        ("plan", "intend", "prepare", "expect", "schedule", "aim", "decide", "propose",
         "consider", "seek", "want", "hope", "promise", "pledge", "agree", "offer", "commit",
         "proposal", "promises", "going"),
        "planned",
    ),
    **dict.fromkeys(("threaten", "vow", "warn", "threat"), "threatened"),
    **dict.fromkeys(
        ("demand", "call", "urge", "ask", "press", "push", "request", "appeal", "lobby",
         "insist", "pressure"),
        "demanded",
    ),
    **dict.fromkeys(("accuse", "allege", "blame", "suspect", "accusation"), "alleged"),
}
SPEECH_LEMMAS = frozenset(
    ("say", "tell", "report", "announce", "claim", "state", "add", "indicate", "suggest",
     "confirm", "quote", "write", "argue", "declare", "explain", "note", "insist", "stress",
     "acknowledge", "admit", "reaffirm")
)
_MODIFIER_MODES: dict[str, EventMode] = {
    "planned": "planned", "proposed": "planned", "future": "planned", "possible": "hypothetical",
    "potential": "hypothetical", "alleged": "alleged", "allegedly": "alleged",
    "suspected": "alleged", "would": "hypothetical", "could": "hypothetical",
    "might": "hypothetical", "may": "hypothetical", "will": "planned", "shall": "planned",
    "must": "demanded", "should": "demanded",
}
_PLANS = {"plan", "proposal", "strategy", "scenario"}
# "is about to restore", "is set to visit", "is willing to withdraw": not yet done
_IMMINENT = {"about", "poised", "set", "ready", "willing", "prepared", "due", "likely"}


def _content(clause: Token) -> bool:
    """A noun's content clause ("demands that X grant", "plans to send"), not a reduced
    relative ("the town bombed by the French")."""
    return any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") for c in clause.children)


def _negation(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return child.text
    return None


def _own_cue(token: Token) -> tuple[EventMode, str] | None:
    """Modals, modifiers and conditions on one word: 'will send', 'planned force', 'if'."""
    for child in token.children:
        word = child.lower_
        if child.dep_ in ("aux", "amod", "advmod") and word in _MODIFIER_MODES:
            return _MODIFIER_MODES[word], child.text
    for child in token.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children
        ):
            return "hypothetical", "if"
    return None


def event_mode(trigger: Token, max_hops: int = 6) -> tuple[EventMode, str | None]:
    """(mode, cue text) for the event a trigger names."""
    negator = _negation(trigger)
    if negator:
        return "denied", f"{negator} {trigger.text}"
    own = _own_cue(trigger)
    if own and own[0] != "hypothetical":
        return own
    token, hops = trigger, 0
    while token.head.i != token.i and hops < max_hops:
        if token.dep_ in ("relcl", "appos") or (token.dep_ == "acl" and not _content(token)):
            break  # "Konna, the town bombed by the French": asserted on its own
        child, token = token, token.head
        hops += 1
        lemma = token.lemma_.lower()
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            break  # "Clinton's visit prepares war": the subject is asserted, not planned
        if child.dep_ == "prep" and child.lower_ == "for" and (
            lemma in SPEECH_LEMMAS or CUE_LEMMAS.get(lemma) == "demanded"
        ):
            return "demanded", f"{token.text} for"  # "argued for", "called for intervention"
        plan_subject = [c for c in token.children if c.dep_ == "nsubj" and c.lemma_ in _PLANS]
        if plan_subject and child.dep_ == "dobj":
            return "planned", plan_subject[0].text  # "the plan includes bombings"
        if child.dep_ == "xcomp" and lemma in _IMMINENT:
            return "planned", f"{token.text} to"
        if lemma in SPEECH_LEMMAS:
            if child.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "advcl"):
                continue  # reported speech: the report does not change the mode
            break
        negator = _negation(token)
        if negator:
            return "denied", f"{negator} {token.text}"
        if lemma in CUE_LEMMAS:
            return CUE_LEMMAS[lemma], token.text
        cue = _own_cue(token)
        if cue:
            return cue
        if token.pos_ == "VERB" and child.dep_ not in ("xcomp", "ccomp", "advcl", "prep", "pobj",
                                                       "conj", "acl", "relcl", "dobj", "nsubj",
                                                       "nsubjpass"):
            break
    if own:
        return own
    return "occurred", None
