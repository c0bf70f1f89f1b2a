"""The sentence's orientation around an expression: past narrative or future talk.

A bare 'Thursday' is the most recent one in "fighters seized the town on Thursday" and
the next one in "ministers will meet on Thursday". Past is the default of news prose
(`normalize` already prefers it for weekdays and the nearest period otherwise), so only
a clear future cue close before the expression in the same clause changes the reading.
Measured on TimeBank dev, weaker cues ("would", "until", past-tense verbs) did harm.
"""

from __future__ import annotations

import re

from newsgraph.time.normalize import Tense

__all__ = ["tense_at"]

_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|'ll|is to|are to|plans? to|planning to|scheduled to|scheduled for|"
    r"expected to|set to|intends? to|going to)\b"
)
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|said|told|[a-z]{3,}ed)\b")
_CLAUSE_END = re.compile(r"[.!?;:\n]")
_WINDOW = 60


def tense_at(text: str, start: int, end: int) -> Tense | None:
    """'future' when a future cue sits before the expression in the same sentence with no
    past-tense verb between them; None otherwise (the caller's default applies)."""
    left = text[max(0, start - _WINDOW) : start]
    if clause_ends := list(_CLAUSE_END.finditer(left)):
        left = left[clause_ends[-1].end() :]
    cues = list(_FUTURE.finditer(left))
    if not cues or _PAST.search(left, cues[-1].end()):
        return None
    return "future"
