"""One benchmark measurement in its own process, so that peak memory (ru_maxrss) belongs
to this configuration alone. Prints one JSON object.

    python -m bench.worker CONFIG N_DOCS     # CONFIG: bare, full, or a stage name

A stage configuration also times the bare parse *in the same process*, with the same
loaded model and its newsgraph components switched off, alternating bare and pipeline
chunk by chunk. Both therefore run under the same load, and on a machine shared with
other jobs their ratio is far steadier than a ratio between two separate runs. Rates are
given per wall-clock second and per CPU second of this process.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable, Sequence

from bench.corpus import load_texts, word_count
from newsgraph import config, pipeline
from newsgraph.eval.runner import STAGE_ORDER, make_document
from newsgraph.model import Document

__all__ = ["CHUNKS", "measure"]

CHUNKS = 4  # bare and pipeline alternate over this many slices of the corpus
WARMUP = 4  # documents run through both, untimed, before measuring


def _stages(name: str) -> tuple[str, ...]:
    if name == "full":
        return STAGE_ORDER
    if name in STAGE_ORDER:
        return (name,)
    raise ValueError(f"unknown configuration {name!r}")


class _Clock:
    """Wall and CPU seconds accumulated over the timed calls."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def time(self, work: Callable[[], int]) -> int:
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        self.wall += time.perf_counter() - wall
        self.cpu += time.process_time() - cpu
        return result


def _rates(clock: _Clock, docs: int, words: int, sentences: int) -> dict[str, float]:
    return {
        "seconds": round(clock.wall, 3),
        "cpu_seconds": round(clock.cpu, 3),
        "docs_per_s": round(docs / clock.wall, 2),
        "words_per_s": round(words / clock.wall, 1),
        "words_per_cpu_s": round(words / clock.cpu, 1),
        "sentences_per_s": round(sentences / clock.wall, 1),
    }


def _chunks(items: Sequence[object]) -> list[Sequence[object]]:
    size = -(-len(items) // CHUNKS)
    return [items[i : i + size] for i in range(0, len(items), size)]


def measure(name: str, n_docs: int) -> dict[str, object]:
    """Load, then time one pass over the corpus; peak RSS of the whole process."""
    texts = load_texts(n_docs)
    words = word_count(texts)
    started = time.perf_counter()
    batch = config.DEFAULT_BATCH_SIZE
    bare, staged = _Clock(), _Clock()
    if name == "bare":
        import spacy

        nlp = spacy.load(config.model_name())
        loaded = time.perf_counter()
        sentences = bare.time(
            lambda: sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=batch))
        )
        result = _rates(bare, len(texts), words, sentences)
    else:
        nlp = pipeline.build_nlp(stages=_stages(name))
        loaded = time.perf_counter()
        ours = [p for p in nlp.pipe_names if p.startswith("newsgraph_")]
        documents = [make_document(f"bench-{i}", t) for i, t in enumerate(texts)]
        sentences = 0

        def parse_bare(chunk: Sequence[str]) -> int:
            with nlp.select_pipes(disable=ours):
                return sum(1 for _ in nlp.pipe(chunk, batch_size=batch))

        def parse_staged(chunk: Sequence[Document]) -> int:
            return sum(len(r.document.sentences) for r in pipeline.process(chunk, nlp))

        parse_bare(texts[:WARMUP]), parse_staged(documents[:WARMUP])  # untimed warm-up
        chunks = zip(_chunks(texts), _chunks(documents), strict=True)
        for i, (chunk_texts, chunk_docs) in enumerate(chunks):
            if i % 2:  # alternate which goes first, so neither always meets a cold cache
                sentences += staged.time(lambda c=chunk_docs: parse_staged(c))
                bare.time(lambda c=chunk_texts: parse_bare(c))
            else:
                bare.time(lambda c=chunk_texts: parse_bare(c))
                sentences += staged.time(lambda c=chunk_docs: parse_staged(c))
        result = _rates(staged, len(texts), words, sentences)
        result["bare_words_per_cpu_s"] = round(words / bare.cpu, 1)
        result["speed_ratio"] = round(bare.cpu / staged.cpu, 3)
    return {
        "config": name,
        "docs": len(texts),
        "words": words,
        "load_seconds": round(loaded - started, 2),
        **result,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "pipeline": list(nlp.pipe_names),
    }


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], int(sys.argv[2]))))
