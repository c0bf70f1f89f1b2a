"""What a task returns: sections of counts and accuracies, statistics, and the mistakes."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.eval.metrics import Accuracy, Counts

__all__ = ["Mistake", "Section", "TaskResult"]


@dataclass(frozen=True, slots=True)
class Mistake:
    """One error beside the gold: kind is missed, spurious or wrong (a field)."""

    section: str
    doc_id: str
    kind: str
    gold: str
    predicted: str
    context: str = ""


@dataclass
class Section:
    """The figures of one gold set (or one view of it) within a task.

    `counts` and `accuracy` are keyed by measure; a key "measure/TYPE" is that measure
    broken down by type. `stats` holds single numbers such as the median km error.
    """

    name: str
    documents: int = 0
    counts: dict[str, Counts] = field(default_factory=dict)
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    stats: dict[str, float | None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def count(self, measure: str, type_: str | None = None) -> Counts:
        key = f"{measure}/{type_}" if type_ else measure
        return self.counts.setdefault(key, Counts())

    def acc(self, measure: str, type_: str | None = None) -> Accuracy:
        key = f"{measure}/{type_}" if type_ else measure
        return self.accuracy.setdefault(key, Accuracy())


@dataclass
class TaskResult:
    task: str
    split: str
    sections: list[Section] = field(default_factory=list)
    mistakes: list[Mistake] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """The headline figures by name (task/split/section/measure.metric): what the
        quality gate records and compares. Per-type breakdowns are left out (too noisy)."""
        figures: dict[str, float] = {}
        for section in self.sections:
            prefix = f"{self.task}/{self.split}/{section.name}"
            for key, counts in section.counts.items():
                if "/" not in key and counts.tp + counts.fn + counts.fp:
                    for metric in ("precision", "recall", "f1"):
                        figures[f"{prefix}/{key}.{metric}"] = round(getattr(counts, metric), 4)
            for key, accuracy in section.accuracy.items():
                # "<measure>_recall" repeats the recall of the counts above
                if "/" not in key and not key.endswith("_recall") and accuracy.total:
                    figures[f"{prefix}/{key}.accuracy"] = round(accuracy.value, 4)
        return figures

    def as_dict(self) -> dict[str, object]:
        return {
            "task": self.task,
            "split": self.split,
            "notes": self.notes,
            "sections": [
                {
                    "name": s.name,
                    "documents": s.documents,
                    "counts": {k: c.as_dict() for k, c in s.counts.items()},
                    "accuracy": {k: a.as_dict() for k, a in s.accuracy.items()},
                    "stats": s.stats,
                    "notes": s.notes,
                }
                for s in self.sections
            ],
            "figures": self.figures(),
        }
