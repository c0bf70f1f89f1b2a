"""Run the benchmark suite and write bench/results/latest.json and latest.md.

Every configuration (bare spaCy `nlp.pipe`, each stage alone, the whole pipeline) runs
on the same texts in its own process. Speed is a ratio to the bare parse timed in the
same process, alternating with the pipeline (see bench/worker.py), in CPU seconds; peak
memory is a ratio to the bare run's process at the same size. The bare parse and the
whole pipeline are then run at 2 and 4 times the corpus size to show how cost grows
(`--scale-all` does it for every configuration).

    python -m bench.run [--docs 100] [--scales 1,2,4] [--configs bare,places,...]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from newsgraph import config
from newsgraph.eval.runner import STAGE_ORDER

__all__ = ["main", "markdown", "run_one"]

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent
CONFIGS = ("bare", *STAGE_ORDER, "full")


def run_one(name: str, n_docs: int) -> dict[str, object]:
    """One configuration in a fresh child process; a failure becomes an error row."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "bench.worker", name, str(n_docs)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["failed"])[-1]
        return {"config": name, "docs": n_docs, "error": last}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _with_ratios(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Memory ratios to the bare run of the same size (speed ratios come from the worker,
    measured against the bare parse in the same process)."""
    bare = {r["docs"]: r for r in rows if r["config"] == "bare" and "error" not in r}
    for row in rows:
        base = bare.get(row["docs"])
        if "error" in row:
            continue
        if row["config"] == "bare":
            row["speed_ratio"] = 1.0
        if base:
            row["memory_ratio"] = round(float(row["peak_rss_mb"]) / float(base["peak_rss_mb"]), 3)
    return rows


def markdown(report: dict[str, object]) -> str:
    """The results as the Markdown table the README includes."""
    lines = [
        f"Benchmark of {report['date']} on {report['machine']} ({report['cpus']} CPUs), "
        f"model `{report['model']}`, one process, batch {report['batch_size']}; "
        f"command: `{report['command']}`.",
        "",
        "| configuration | docs | words | docs/s | words/s | sentences/s | words/CPU-s "
        "| speed vs bare (CPU) | peak MB | memory vs bare |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in report["rows"]:  # type: ignore[union-attr]
        if "error" in r:
            lines.append(
                f"| {r['config']} | {r['docs']} | | | | | | not available: {r['error']} | | |"
            )
            continue
        lines.append(
            f"| {r['config']} | {r['docs']} | {r['words']} | {r['docs_per_s']} "
            f"| {r['words_per_s']} | {r['sentences_per_s']} | {r['words_per_cpu_s']} "
            f"| {r.get('speed_ratio', '')} "
            f"| {r['peak_rss_mb']} "
            f"| {r.get('memory_ratio', '')} |"
        )
    if report.get("note"):
        lines += ["", str(report["note"])]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run")
    parser.add_argument("--docs", type=int, default=100, help="corpus size at scale 1")
    parser.add_argument("--scales", default="1,2,4", help="multiples of --docs")
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument(
        "--scale-all", action="store_true", help="scale every configuration, not only bare and full"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--note", default="", help="a line printed under the table")
    args = parser.parse_args(argv)
    configs = [c for c in args.configs.split(",") if c]
    scales = [int(s) for s in args.scales.split(",")]
    plan = [(c, args.docs) for c in configs]
    for scale in scales[1:] if scales[:1] == [1] else scales:
        scaled = configs if args.scale_all else [c for c in configs if c in ("bare", "full")]
        plan += [(c, args.docs * scale) for c in scaled]
    rows = []
    for name, n in plan:
        row = run_one(name, n)
        print(json.dumps(row), flush=True)
        rows.append(row)
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "model": config.model_name(),
        "batch_size": config.DEFAULT_BATCH_SIZE,
        "command": "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:]),
        "rows": _with_ratios(rows),
        "note": args.note,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    table = markdown(report)
    (args.out / "latest.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
