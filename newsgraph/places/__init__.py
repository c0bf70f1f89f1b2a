"""The places stage: recognise toponyms, resolve them to GeoNames points or areas.

Gazetteer data: GeoNames (https://www.geonames.org), CC BY 4.0; see `data/NOTICE.txt`.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from newsgraph.model import Place
from newsgraph.places.export import to_geojson
from newsgraph.places.gazetteer import import_dump
from newsgraph.places.resolve import Toponym, resolve

__all__ = ["import_dump", "resolve_toponyms", "to_geojson"]


def resolve_toponyms(
    doc_id: str,
    text: str,
    spans: Sequence[tuple[int, int]],
    published: datetime.date | None = None,
) -> list[Place]:
    """Resolve given toponym spans (e.g. gold spans) with the document's context.

    Spans keep their offsets: relative phrases are not widened, so each Place is the named
    place itself. `published` is accepted for the harness's uniform call and not needed.
    """
    from newsgraph.places.gazetteer import default

    toponyms = [Toponym(start, end, text[start:end]) for start, end in spans]
    return resolve(doc_id, text, toponyms, default(), relative=False)
