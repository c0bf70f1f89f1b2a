"""A task's result as a text table (the CLI's default) or as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable

from newsgraph.eval.published import references_for
from newsgraph.eval.result import Mistake, TaskResult

__all__ = ["mistakes_table", "to_json", "to_text"]


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}"


def _grouped(keys: Iterable[str]) -> list[str]:
    """Each measure followed by its per-type breakdown ("measure/TYPE"), types sorted."""
    keys = list(keys)
    ordered = []
    for key in (k for k in keys if "/" not in k):
        ordered.append(key)
        ordered.extend(sorted(k for k in keys if k.startswith(key + "/")))
    return ordered


def to_text(result: TaskResult) -> str:
    """Sections one after another: counts with P/R/F1, accuracies, statistics, and the
    published figures on the same data beside ours."""
    lines = [f"newsgraph eval {result.task} --split {result.split}"]
    lines += [f"note: {n}" for n in result.notes]
    for section in result.sections:
        lines.append("")
        lines.append(f"== {section.name} ({section.documents} documents)")
        if section.counts:
            lines.append(f"  {'measure':32} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
        for key in _grouped(section.counts):
            c = section.counts[key]
            label = key if "/" not in key else "    " + key.split("/", 1)[1]
            lines.append(
                f"  {label:32} {c.tp + c.fn:6d} {c.tp + c.fp:6d} "
                f"{_pct(c.precision)} {_pct(c.recall)} {_pct(c.f1)}"
            )
            for ref in references_for(result.task, section.name, key):
                lines.append(f"    published: {ref.system} {_pct(ref.value)} ({ref.note})")
        if section.accuracy:
            lines.append(f"  {'field':32} {'right':>6} {'of':>6} {'acc %':>6}")
        for key in _grouped(section.accuracy):
            a = section.accuracy[key]
            if not a.total:  # nothing of that kind in this gold set
                continue
            label = key if "/" not in key else "    " + key.split("/", 1)[1]
            lines.append(f"  {label:32} {a.correct:6d} {a.total:6d} {_pct(a.value)}")
            for ref in references_for(result.task, section.name, key):
                lines.append(f"    published: {ref.system} {_pct(ref.value)} ({ref.note})")
        for key, value in section.stats.items():
            lines.append(f"  {key:32} {'-' if value is None else value}")
        lines += [f"  note: {n}" for n in section.notes]
    return "\n".join(lines)


def mistakes_table(mistakes: list[Mistake], limit: int) -> str:
    """The first `limit` mistakes, each with the gold beside the prediction."""
    lines = [f"first {min(limit, len(mistakes))} of {len(mistakes)} mistakes"]
    for m in mistakes[:limit]:
        lines.append(
            f"- [{m.section}] {m.doc_id} {m.kind}: gold={m.gold!r} predicted={m.predicted!r}"
        )
        if m.context:
            lines.append(f"    {m.context}")
    return "\n".join(lines)


def to_json(result: TaskResult) -> str:
    return json.dumps(result.as_dict(), indent=2, ensure_ascii=False, default=str)
