"""Words per second of the actors stage beside a bare `nlp.pipe` with the same model, in one
run, and peak memory. Texts: BBC News articles from the shared data (throughput only).
One pipeline, with the actors components disabled for the bare parse; the two run in
alternating rounds and the best round of each is reported, so load from other processes on
a shared machine skews both alike.

    PYTHONPATH=. python bench/bench_actors.py [--docs 200] [--rounds 3] [--model NAME]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import spacy

from newsgraph import config
from newsgraph.actors.component import RULER_NAME, STAGE, add_to_pipeline
from newsgraph.actors.dictionary import load
from newsgraph.model import Document
from newsgraph.nlp.extensions import register_extensions
from newsgraph.pipeline import prepare


def _texts(n: int) -> list[str]:
    paths = sorted((config.shared_dir() / "data" / "bbc_news").glob("bbc/*/*.txt"))[:n]
    return [Path(p).read_text(encoding="utf-8", errors="replace") for p in paths]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rate(nlp: spacy.Language, texts: list[str], words: int, bare: bool) -> float:
    """Words per CPU second of one pass, with the actors components (`bare`: without them).
    CPU time, not wall time: other processes on a shared machine do not count."""
    disabled = [RULER_NAME, STAGE] if bare else []
    with nlp.select_pipes(disable=disabled):
        docs = (prepare(nlp, Document(id=str(i), text=t)) for i, t in enumerate(texts))
        start = time.process_time()
        for _ in nlp.pipe(docs, batch_size=config.DEFAULT_BATCH_SIZE):
            pass
        return words / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default=config.model_name())
    args = parser.parse_args()
    texts = _texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    register_extensions()
    nlp = spacy.load(args.model)
    load_start = time.perf_counter()
    load()
    add_to_pipeline(nlp)
    setup = time.perf_counter() - load_start
    _rate(nlp, texts[:20], words, bare=False)  # warm the pipeline before timing
    bare_rates, staged_rates = [], []
    for _ in range(args.rounds):
        bare_rates.append(_rate(nlp, texts, words, bare=True))
        staged_rates.append(_rate(nlp, texts, words, bare=False))
    bare_rate, staged_rate = max(bare_rates), max(staged_rates)
    print(f"model {args.model}; {len(texts)} docs, {words} words; best of {args.rounds} rounds")
    print(f"bare nlp.pipe      {bare_rate:8.0f} words per CPU second")
    ratio = staged_rate / bare_rate
    print(f"with actors stage  {staged_rate:8.0f} words per CPU second ({ratio:.2f}x bare)")
    print(f"dictionary + ruler setup {setup:.2f} s; peak memory {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
