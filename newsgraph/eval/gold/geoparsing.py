"""News geoparsing gold: GeoWebNews, TR-News, LGL and GeoVirus (Gritta et al. 2019).

Offsets are checked against the text on load, as the folder's README warns: GeoVirus
counts from 1 (`text[start-1:end-1]`), and 117 TR-News spans are shifted by a few
characters, so a span whose text differs is re-aligned to the nearest occurrence of its
phrase; one that cannot be found is dropped (and counted in `dropped`).
Splits (SPLITS.md): GeoWebNews articles 0-99 in `GWN.xml` order are dev, 100-199 test;
TR-News, LGL and GeoVirus are test only.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

from newsgraph.eval.gold._common import data_path
from newsgraph.eval.gold.types import GeoDocument, Split, Toponym

__all__ = ["CORPORA", "GWN_DEV_SIZE", "RECOGNITION_TYPES", "dropped", "load", "realign"]

CORPORA = ("GeoWebNews", "TR-News", "LGL", "GeoVirus")
GWN_DEV_SIZE = 100
# GeoWebNews types scored for recognition: the place-denoting readings (the narrow
# geotagging set of docs/baselines.md); modifiers, demonyms and embedded names are
# reported per type but not counted as misses.
RECOGNITION_TYPES = frozenset({"Literal", "Mixed", "Metonymic", "toponym"})
_MAX_SHIFT = 20
dropped: dict[str, int] = {}


def realign(text: str, start: int, end: int, phrase: str) -> tuple[int, int] | None:
    """The span of `phrase` nearest to `start` within a few characters, or None."""
    if text[start:end] == phrase:
        return start, end
    best: int | None = None
    lo = max(0, start - _MAX_SHIFT)
    at = text.find(phrase, lo, start + len(phrase) + _MAX_SHIFT)
    while at >= 0:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(phrase, at + 1, start + len(phrase) + _MAX_SHIFT)
    return None if best is None else (best, best + len(phrase))


def _float(node: ET.Element | None) -> float | None:
    return float(node.text) if node is not None and node.text and node.text.strip() else None


def _day(value: str | None) -> date | None:
    """The download day, where the field holds one (some hold only a clock time)."""
    try:
        return date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def _toponym(
    corpus: str, text: str, start: int, end: int, phrase: str, **gold: object
) -> Toponym | None:
    span = realign(text, start, end, phrase)
    if span is None:
        dropped[corpus] = dropped.get(corpus, 0) + 1
        return None
    return Toponym(start=span[0], end=span[1], text=phrase, **gold)  # type: ignore[arg-type]


def _gwn() -> Iterator[GeoDocument]:
    root = ET.parse(data_path("geoparsing", "GeoWebNews", "GWN.xml")).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("toponym"):
            gid = (node.findtext("geonamesID") or "").strip()
            toponym = _toponym(
                "GeoWebNews",
                text,
                int(node.findtext("start") or 0),
                int(node.findtext("end") or 0),
                node.findtext("extractedName") or "",
                lat=_float(node.find("latitude")),
                lon=_float(node.find("longitude")),
                geonameid=int(gid) if gid.isdigit() else None,
                type=node.findtext("type") or "toponym",
            )
            if toponym:
                toponyms.append(toponym)
        yield GeoDocument(f"GWN-{article.get('file')}", "GeoWebNews", text, tuple(toponyms))


def _gaztag_corpus(corpus: str, path: tuple[str, ...]) -> Iterator[GeoDocument]:
    """TR-News and LGL share one schema; only toponyms with a GeoNames `gaztag` count."""
    root = ET.parse(data_path("geoparsing", *path)).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("toponym"):
            gaztag = node.find("gaztag")
            toponym = _toponym(
                corpus,
                text,
                int(node.findtext("start") or 0),
                int(node.findtext("end") or 0),
                node.findtext("phrase") or "",
                lat=_float(gaztag.find("lat")) if gaztag is not None else None,
                lon=_float(gaztag.find("lon")) if gaztag is not None else None,
                geonameid=int(gaztag.get("geonameid") or 0) or None if gaztag is not None else None,
            )
            if toponym:
                toponyms.append(toponym)
        yield GeoDocument(
            f"{corpus}-{article.get('docid')}",
            corpus,
            text,
            tuple(toponyms),
            published=_day(article.findtext("dltime")),
        )


def _geovirus() -> Iterator[GeoDocument]:
    root = ET.parse(data_path("geoparsing", "GeoVirus", "GeoVirus.xml")).getroot()
    for index, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("location"):
            toponym = _toponym(
                "GeoVirus",
                text,
                int(node.findtext("start") or 1) - 1,  # GeoVirus offsets count from 1
                int(node.findtext("end") or 1) - 1,
                node.findtext("name") or "",
                lat=_float(node.find("lat")),
                lon=_float(node.find("lon")),
            )
            if toponym:
                toponyms.append(toponym)
        yield GeoDocument(f"GeoVirus-{index}", "GeoVirus", text, tuple(toponyms))


def load(split: Split, corpora: tuple[str, ...] = CORPORA) -> list[GeoDocument]:
    """The documents of `split` from the named corpora, each in file order."""
    dropped.clear()
    documents: list[GeoDocument] = []
    if "GeoWebNews" in corpora:
        gwn = list(_gwn())
        documents.extend(gwn[:GWN_DEV_SIZE] if split == "dev" else gwn[GWN_DEV_SIZE:])
    if split == "dev":
        return documents
    if "TR-News" in corpora:
        documents.extend(_gaztag_corpus("TR-News", ("TR-News", "TR-News.xml")))
    if "LGL" in corpora:
        documents.extend(_gaztag_corpus("LGL", ("LGL", "lgl.xml")))
    if "GeoVirus" in corpora:
        documents.extend(_geovirus())
    return documents
