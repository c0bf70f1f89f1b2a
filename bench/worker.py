"""One benchmark measurement in its own process, so that peak memory (ru_maxrss) belongs
to this configuration alone. Prints one JSON object. Rates are given per wall-clock second
and per CPU second of this process: on a shared machine the CPU rate is the stable one
(other people's jobs stretch the wall clock, not our CPU time).

    python -m bench.worker CONFIG N_DOCS     # CONFIG: bare, full, or a stage name
"""

from __future__ import annotations

import json
import resource
import sys
import time

from bench.corpus import load_texts, word_count
from newsgraph import config, pipeline
from newsgraph.eval.runner import STAGE_ORDER, make_document

__all__ = ["measure"]


def _stages(name: str) -> tuple[str, ...]:
    if name == "full":
        return STAGE_ORDER
    if name in STAGE_ORDER:
        return (name,)
    raise ValueError(f"unknown configuration {name!r}")


def measure(name: str, n_docs: int) -> dict[str, object]:
    """Load, then time one pass over the corpus; peak RSS of the whole process."""
    texts = load_texts(n_docs)
    started = time.perf_counter()
    cpu_loaded = 0.0
    if name == "bare":
        import spacy

        nlp = spacy.load(config.model_name())
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        sentences = sum(
            len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=config.DEFAULT_BATCH_SIZE)
        )
    else:
        nlp = pipeline.build_nlp(stages=_stages(name))
        documents = [make_document(f"bench-{i}", t) for i, t in enumerate(texts)]
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        sentences = sum(len(r.document.sentences) for r in pipeline.process(documents, nlp))
    seconds = time.perf_counter() - loaded
    cpu_seconds = time.process_time() - cpu_loaded
    words = word_count(texts)
    return {
        "config": name,
        "docs": len(texts),
        "words": words,
        "load_seconds": round(loaded - started, 2),
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3),
        "docs_per_s": round(len(texts) / seconds, 2),
        "words_per_s": round(words / seconds, 1),
        "words_per_cpu_s": round(words / cpu_seconds, 1),
        "sentences_per_s": round(sentences / seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "pipeline": list(nlp.pipe_names),
    }


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], int(sys.argv[2]))))
