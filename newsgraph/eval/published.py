"""Figures published for other systems (and our naive baselines) on the same gold, printed
beside ours. Sources are in docs/evaluation.md; keys are "task/section-prefix/measure"."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PUBLISHED", "Reference", "references_for"]


@dataclass(frozen=True, slots=True)
class Reference:
    system: str
    value: float
    note: str


PUBLISHED: dict[tuple[str, str, str], tuple[Reference, ...]] = {
    ("places", "resolution (gold spans)", "within_161km"): (
        Reference("Mordecai3", 0.966, "given gold toponyms (Halterman 2023)"),
    ),
    ("places", "GeoWebNews resolution (gold spans)", "within_161km"): (
        Reference("naive population baseline", 0.547, "docs/baselines.md 1B, test"),
    ),
    ("places", "TR-News resolution (gold spans)", "within_161km"): (
        Reference("naive population baseline", 0.635, "docs/baselines.md 1B"),
    ),
    ("places", "LGL resolution (gold spans)", "within_161km"): (
        Reference("naive population baseline", 0.481, "docs/baselines.md 1B"),
    ),
    ("places", "pooled TR-News+LGL+GeoWebNews (raw text)", "geonameid"): (
        Reference("Mordecai3", 0.586, "exact GeoNames id from raw text, pooled"),
    ),
    ("places", "pooled TR-News+LGL+GeoWebNews (raw text)", "toponym_recall"): (
        Reference("Mordecai3", 0.681, "toponym recall, pooled"),
    ),
    ("places", "GeoWebNews recognition", "recognition"): (
        Reference("spaCy sm GPE/LOC/FAC", 0.752, "F1, overlap, narrow types (baselines 2)"),
    ),
    ("places", "TR-News recognition", "recognition"): (
        Reference("spaCy sm GPE/LOC/FAC", 0.773, "F1, overlap (baselines 2)"),
    ),
    ("places", "LGL recognition", "recognition"): (
        Reference("spaCy sm GPE/LOC/FAC", 0.688, "F1, overlap (baselines 2)"),
    ),
    ("places", "ACLED first place", "within_161km"): (
        Reference("first GPE/LOC, population", 0.436, "docs/baselines.md 4c, test"),
    ),
    ("places", "ACLED first place", "within_25km"): (
        Reference("first GPE/LOC, population", 0.233, "docs/baselines.md 4c, test"),
    ),
    ("dates", "TE3-Platinum extraction (raw text)", "value"): (
        Reference("HeidelTime", 0.776, "TempEval-3 value F1 (from memory: verify)"),
        Reference("SUTime", 0.674, "TempEval-3 value F1 (from memory: verify)"),
    ),
    ("dates", "TE3-Platinum normalisation (gold spans)", "value/DATE"): (
        Reference("dateparser", 0.510, "DATE, gold granularity (baselines 3)"),
    ),
    ("events", "ACLED mali", "event_type"): (
        Reference("majority class", 0.331, "docs/baselines.md 4a"),
    ),
    ("events", "ACLED mali", "sub_event_type"): (
        Reference("majority class", 0.287, "docs/baselines.md 4a"),
    ),
    ("events", "ACLED mali", "date"): (
        Reference("first search_dates hit", 0.826, "docs/baselines.md 4b"),
    ),
    ("events", "ACLED mali", "fatalities"): (
        Reference("first number before 'killed'", 0.675, "docs/baselines.md 4d"),
        Reference("always 0", 0.563, "docs/baselines.md 4d"),
    ),
    ("events", "ACLED mali", "place_within_161km"): (
        Reference("first GPE/LOC, population", 0.436, "docs/baselines.md 4c"),
    ),
    ("events", "ACLED mali", "place_within_25km"): (
        Reference("first GPE/LOC, population", 0.233, "docs/baselines.md 4c"),
    ),
    ("events", "PETRARCH CAMEO root", "event"): (
        Reference("UD-PETRARCH", 0.68, "share correct on its functional suite"),
    ),
}


def references_for(task: str, section: str, measure: str) -> tuple[Reference, ...]:
    """Published figures for a section (matched by name, or by its suffix for the generic
    'resolution (gold spans)' row) and measure."""
    found: list[Reference] = []
    for (t, name, m), refs in PUBLISHED.items():
        if t == task and m == measure and (section == name or section.endswith(" " + name)):
            found.extend(refs)
    return tuple(found)
