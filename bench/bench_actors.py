"""Words per second of the actors stage beside a bare `nlp.pipe` with the same model, in one
run, and peak memory. Texts: BBC News articles from the shared data (throughput only).

    PYTHONPATH=. python bench/bench_actors.py [--docs 300] [--model NAME]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import spacy

from newsgraph import config
from newsgraph.actors.component import add_to_pipeline
from newsgraph.actors.dictionary import load
from newsgraph.model import Document
from newsgraph.nlp.extensions import register_extensions
from newsgraph.pipeline import prepare


def _texts(n: int) -> list[str]:
    paths = sorted((config.shared_dir() / "data" / "bbc_news").glob("bbc/*/*.txt"))[:n]
    return [Path(p).read_text(encoding="utf-8", errors="replace") for p in paths]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rate(nlp: spacy.Language, texts: list[str], words: int) -> float:
    docs = (prepare(nlp, Document(id=str(i), text=t)) for i, t in enumerate(texts))
    start = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=config.DEFAULT_BATCH_SIZE):
        pass
    return words / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--model", default=config.model_name())
    args = parser.parse_args()
    texts = _texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    register_extensions()
    bare = spacy.load(args.model)
    load_start = time.perf_counter()
    load()
    staged = spacy.load(args.model)
    add_to_pipeline(staged)
    setup = time.perf_counter() - load_start
    _rate(bare, texts[:20], words)  # warm both pipelines before timing
    _rate(staged, texts[:20], words)
    bare_rate = _rate(bare, texts, words)
    staged_rate = _rate(staged, texts, words)
    print(f"model {args.model}; {len(texts)} docs, {words} words")
    print(f"bare nlp.pipe      {bare_rate:8.0f} words/s")
    print(f"with actors stage  {staged_rate:8.0f} words/s  ({staged_rate / bare_rate:.2f}x bare)")
    print(f"dictionary + ruler setup {setup:.2f} s; peak memory {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
