"""Places stage benchmark: gazetteer build and load time, lookups and resolutions per second,
pipeline words per second with and without the stage, peak memory.

Run: PYTHONPATH=. python bench/bench_places.py [--rebuild]  (--rebuild builds the index into
a temporary cache instead of using the one under $NEWSGRAPH_CACHE).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from newsgraph import config
from newsgraph.model import Document
from newsgraph.pipeline import build_nlp, process
from newsgraph.places import gazetteer
from newsgraph.places.resolve import Toponym, resolve


def _seconds(action: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()  # type: ignore[operator]
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild:
        os.environ["NEWSGRAPH_CACHE"] = tempfile.mkdtemp(prefix="newsgraph-bench-")
        built, _ = _seconds(gazetteer.default)
        print(f"gazetteer build + save: {built:.1f} s")
        gazetteer.default.cache_clear()
    loaded, gaz = _seconds(gazetteer.default)
    size = sum(p.stat().st_size for p in gazetteer.DATA.iterdir()) / 1e6
    print(f"gazetteer load: {loaded:.2f} s; {len(gaz.entries):,} entries; data {size:.1f} MB")

    names = ["Bamako", "Konna", "Diabaly", "Springfield", "Tombouctou", "Benghazi"] * 5000
    took, _ = _seconds(lambda: [gaz.lookup(n) for n in names])
    print(f"lookups: {len(names) / took:,.0f}/s")

    seeds = sorted((config.shared_dir() / "seeds").glob("*.txt"))
    documents = [Document(id=p.stem, text=Path(p).read_text(encoding="utf-8")) for p in seeds] * 5
    words = sum(len(d.text.split()) for d in documents)
    nlp = build_nlp(stages=["places"])
    list(process(documents[:4], nlp))  # warm up: lazy fuzzy-match buckets, model caches
    took, records = _seconds(lambda: list(process(documents, nlp)))
    places = sum(len(r.places) for r in records)
    print(f"pipeline with places: {words / took:,.0f} words/s, {places / took:,.0f} places/s")
    with nlp.select_pipes(disable=["newsgraph_places_ruler", "newsgraph_places"]):
        bare, _ = _seconds(lambda: list(nlp.pipe((d.text for d in documents), batch_size=16)))
    print(f"bare spaCy parse: {words / bare:,.0f} words/s (ratio {bare / took:.2f})")
    spans = [(r.document, [Toponym(p.start, p.end, p.text) for p in r.places]) for r in records]
    took, _ = _seconds(lambda: [resolve(d.id, d.text, t, gaz) for d, t in spans])
    print(f"resolution alone: {places / took:,.0f} places/s")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
