"""The quality gate: headline figures on deterministic samples of the dev gold, compared
with the recorded baseline (eval/baseline.json). A figure more than `tolerance` below
its recorded value, or one that can no longer be measured, is a drop.

    python -m newsgraph.eval.gate            # check (exit 1 on a drop)
    python -m newsgraph.eval.gate --record   # re-record, on purpose, in its own commit
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsgraph.eval import tasks
from newsgraph.eval.gold._common import GoldMissing
from newsgraph.eval.runner import StageUnavailable

__all__ = [
    "BASELINE",
    "GATE_PLAN",
    "TOLERANCE",
    "Drop",
    "compare",
    "load_baseline",
    "measure",
    "record",
]

BASELINE = Path(__file__).resolve().parents[2] / "eval" / "baseline.json"
TOLERANCE = 0.02  # absolute: two points of a figure in [0, 1]
# (task, split, items per gold set): samples sized so the whole gate runs in a few
# minutes on 2 cores; the full runs are `make eval`.
GATE_PLAN: tuple[tuple[str, str, int | None], ...] = (
    ("documents", "dev", None),
    ("mentions", "dev", None),
    ("actors", "dev", 80),
    ("places", "dev", 25),
    ("dates", "dev", 40),
    ("events", "dev", 80),
    ("quotes", "dev", 12),
)


@dataclass(frozen=True, slots=True)
class Drop:
    figure: str
    recorded: float
    measured: float | None  # None: the figure could not be measured at all

    def __str__(self) -> str:
        now = "not measured" if self.measured is None else f"{self.measured:.4f}"
        return f"{self.figure}: recorded {self.recorded:.4f}, now {now}"


def measure(
    plan: tuple[tuple[str, str, int | None], ...] = GATE_PLAN,
) -> tuple[dict[str, float], dict[str, str]]:
    """Figures of every task that runs, and why the others did not run."""
    figures: dict[str, float] = {}
    skipped: dict[str, str] = {}
    for task, split, limit in plan:
        try:
            figures.update(tasks.run(task, split, limit).figures())  # type: ignore[arg-type]
        except (StageUnavailable, GoldMissing) as exc:
            skipped[task] = str(exc)
    return figures, skipped


def compare(
    recorded: dict[str, float], measured: dict[str, float], tolerance: float = TOLERANCE
) -> list[Drop]:
    """The recorded figures that fell more than `tolerance` or went missing."""
    return [
        Drop(name, value, measured.get(name))
        for name, value in sorted(recorded.items())
        if name not in measured or measured[name] < value - tolerance
    ]


def load_baseline(path: Path = BASELINE) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def record(path: Path = BASELINE) -> dict[str, object]:
    """Measure and write the baseline (figures, tolerance, what was skipped and why)."""
    figures, skipped = measure()
    baseline = {
        "recorded": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tolerance": TOLERANCE,
        "plan": [list(step) for step in GATE_PLAN],
        "figures": figures,
        "skipped": skipped,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return baseline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsgraph.eval.gate")
    parser.add_argument("--record", action="store_true", help="re-record eval/baseline.json")
    args = parser.parse_args(argv)
    if args.record:
        baseline = record()
        print(f"recorded {len(baseline['figures'])} figures in {BASELINE}")  # type: ignore[arg-type]
        for task, reason in baseline["skipped"].items():  # type: ignore[union-attr]
            print(f"skipped {task}: {reason}")
        return 0
    baseline = load_baseline()
    figures, skipped = measure()
    drops = compare(baseline.get("figures", {}), figures, baseline.get("tolerance", TOLERANCE))  # type: ignore[arg-type]
    for task, reason in skipped.items():
        print(f"skipped {task}: {reason}")
    for drop in drops:
        print(f"DROP {drop}")
    print(f"{len(figures)} figures measured, {len(drops)} drops")
    return 1 if drops else 0


if __name__ == "__main__":
    sys.exit(main())
