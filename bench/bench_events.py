"""Throughput of the newsgraph pipeline beside a bare spaCy parse with the same model.

Usage: PYTHONPATH=. python bench/bench_events.py [--docs 120] [--stages events]
Reads the seed articles and BBC news texts from the shared data folder (throughput only),
runs the bare model and the model plus the stages in one process, and prints sentences per
second for both, their ratio, and peak memory (RSS) after each half of the corpus.
"""

from __future__ import annotations

import argparse
import resource
import time

from newsgraph.config import shared_dir
from newsgraph.model import Document
from newsgraph.pipeline import build_nlp, prepare


def _texts(limit: int) -> list[str]:
    root = shared_dir()
    paths = sorted((root / "seeds").glob("*.txt"))
    paths += sorted((root / "data" / "bbc_news" / "bbc").glob("*/*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths[:limit]]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(nlp, texts: list[str], with_stages: bool) -> tuple[float, int, list[float]]:
    """(seconds, sentences, peak RSS after each half)."""
    disabled = [] if with_stages else [n for n in nlp.pipe_names if n.startswith("newsgraph_")]
    docs = (prepare(nlp, Document(id=str(i), text=t)) for i, t in enumerate(texts))
    sentences, peaks, half = 0, [], len(texts) // 2
    start = time.perf_counter()
    with nlp.select_pipes(disable=disabled):
        for count, doc in enumerate(nlp.pipe(docs, batch_size=16), 1):
            sentences += sum(1 for _ in doc.sents)
            if count in (half, len(texts)):
                peaks.append(_rss_mb())
    return time.perf_counter() - start, sentences, peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--stages", nargs="*", default=["events"])
    args = parser.parse_args()
    texts = _texts(args.docs)
    if not texts:
        raise SystemExit(f"no texts under {shared_dir()}")
    nlp = build_nlp(stages=args.stages)
    _run(nlp, texts[:4], True)  # warm-up: lexicons and tables load once
    bare_s, sents, bare_mem = _run(nlp, texts, False)
    full_s, _, full_mem = _run(nlp, texts, True)
    stages = [nlp.get_pipe(n) for n in nlp.pipe_names if n.startswith("newsgraph_")]
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("newsgraph_")]):
        parsed = list(nlp.pipe(
            (prepare(nlp, Document(id=str(i), text=t)) for i, t in enumerate(texts)),
            batch_size=16,
        ))
    start = time.perf_counter()
    for doc in parsed:
        for stage in stages:
            stage(doc)
    stages_s = time.perf_counter() - start
    print(f"{len(texts)} documents, {sents} sentences; stages: {' '.join(args.stages)}")
    print(f"bare parse : {sents / bare_s:8.1f} sentences/s")
    print(f"pipeline   : {sents / full_s:8.1f} sentences/s  ratio {bare_s / full_s:.2f} "
          f"(target >= 0.70)")
    print(f"stages only: {sents / stages_s:8.1f} sentences/s on parsed docs "
          f"({100 * stages_s / bare_s:.1f}% of the parse time)")
    print(f"peak RSS MB: bare {bare_mem}  pipeline {full_mem} (after half, after all)")


if __name__ == "__main__":
    main()
