"""One scorer per task: run the stages on gold inputs and compare with the gold.

Every scorer takes (split, limit) and returns a `TaskResult`. The matching rules are
those of docs/evaluation.md: spans match by overlap (exact reported beside), actors by
code, places within 161 km (25 km for ACLED, median km printed too). The project's own
seed gold is part of the dev split only (it is what we tune on).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from newsgraph.eval import runner
from newsgraph.eval.gold import acled, geoparsing, petrarch, plover, polnear, seeds, tempeval
from newsgraph.eval.gold._common import GoldMissing
from newsgraph.eval.gold.types import AcledEvent, CodedSentence, Split
from newsgraph.eval.metrics import Counts, haversine_km, match_spans, median
from newsgraph.eval.result import Mistake, Section, TaskResult
from newsgraph.model import Actor, Document, Event, Place, Records

__all__ = ["TASKS", "TASK_STAGES", "UNRESOLVED_KM", "run"]

TASK_STAGES: dict[str, tuple[str, ...]] = {
    "documents": (),
    "mentions": ("places", "actors"),
    "actors": ("places", "actors"),
    "places": ("places",),
    "dates": ("time",),
    "events": ("places", "actors", "time", "events"),
    "quotes": ("places", "actors", "time", "events"),
}
TASKS = tuple(TASK_STAGES)
UNRESOLVED_KM = 20_038.0  # half the Earth's circumference: an unresolved place's error
ACLED_ACTOR_MATCH = 85  # rapidfuzz token_set_ratio for an ACLED actor name


# --- shared helpers -----------------------------------------------------------------


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def _norm(value: Any) -> str:
    return " ".join(str(value or "").casefold().replace("’", "'").split())


def _seed_inputs(kind: str, result: TaskResult) -> tuple[list[seeds.SeedItem], dict[str, Document]]:
    """Seed gold of `kind` and the ingested seeds; ([], {}) with a note when either is
    missing, so the external gold is still scored."""
    try:
        items = seeds.load({kind})
        documents = runner.ingested_seeds()
    except (GoldMissing, runner.StageUnavailable) as exc:
        if (note := f"seeds gold skipped: {exc}") not in result.notes:
            result.notes.append(note)
        return [], {}
    placed, problems = seeds.anchor(items, documents)
    if problems:
        result.notes.append(
            f"seeds gold: {len(problems)} {kind} spans no longer match the ingested text "
            "(left out; `newsgraph eval documents` lists them)"
        )
    return placed, documents


def _records_by_doc(
    items: Sequence[seeds.SeedItem], documents: dict[str, Document], stages: Sequence[str]
) -> dict[str, tuple[Document, Records]]:
    """Run the pipeline once over the seed documents the gold names."""
    wanted: dict[str, Document] = {}
    for item in items:
        document = seeds.find_document(item.doc_id, documents)
        if document is not None:
            wanted[item.doc_id] = document
    ids = list(wanted)
    records = runner.predict([wanted[i] for i in ids], stages)
    return {i: (wanted[i], r) for i, r in zip(ids, records, strict=True)}


def _span_pairs(
    section: Section,
    measure: str,
    doc_id: str,
    text: str,
    gold: Sequence[Any],
    pred: Sequence[Any],
    gold_span: Callable[[Any], tuple[int, int]],
    pred_span: Callable[[Any], tuple[int, int]],
    mistakes: list[Mistake],
    gold_type: Callable[[Any], str] | None = None,
) -> list[tuple[Any, Any]]:
    """Overlap and exact span counts for one document; returns the overlap pairs."""
    pairs, missed, spurious = match_spans(gold, pred, gold_span, pred_span, "overlap")
    exact, _, _ = match_spans(gold, pred, gold_span, pred_span, "exact")
    section.count(measure).add(Counts(len(pairs), len(spurious), len(missed)))
    section.count(f"{measure}_exact").add(
        Counts(len(exact), len(pred) - len(exact), len(gold) - len(exact))
    )
    if gold_type is not None:  # recall by gold type (predictions carry no gold type)
        found = {id(g) for g, _ in pairs}
        for g in gold:
            section.acc(f"{measure}_recall").add(id(g) in found)
            section.acc(f"{measure}_recall", gold_type(g)).add(id(g) in found)
    for g in missed:
        s, e = gold_span(g)
        mistakes.append(
            Mistake(section.name, doc_id, "missed", text[s:e], "", _context(text, s, e))
        )
    for p in spurious:
        s, e = pred_span(p)
        mistakes.append(
            Mistake(section.name, doc_id, "spurious", "", text[s:e], _context(text, s, e))
        )
    return pairs


def _field(
    section: Section,
    measure: str,
    gold: Any,
    predicted: Any,
    ok: bool,
    doc_id: str,
    context: str,
    mistakes: list[Mistake],
    type_: str | None = None,
) -> None:
    section.acc(measure).add(ok)
    if type_:
        section.acc(measure, type_).add(ok)
    if not ok:
        mistakes.append(
            Mistake(section.name, doc_id, f"wrong {measure}", str(gold), str(predicted), context)
        )


def _span(item: Any) -> tuple[int, int]:
    return item.start, item.end


def _code_matches(gold: str | None, predicted: str | None) -> bool:
    """Actor codes match when the prediction carries the gold code as its prefix
    (gold "FRA" accepts "FRAMIL"; gold "FRAMIL" needs "FRAMIL...")."""
    return bool(gold) and bool(predicted) and str(predicted).upper().startswith(str(gold).upper())


# --- documents ----------------------------------------------------------------------


def _document_field(document: Document, name: str) -> Any:
    value = getattr(document, name)
    if name == "published":
        return value.isoformat() if value else None
    if name == "authors":
        return [_norm(a) for a in value]
    return _norm(value) or None


def score_documents(split: Split, limit: int | None) -> TaskResult:
    """Metadata and cleaning of the seeds: title, authors, outlet, date, spans intact."""
    result = TaskResult("documents", split)
    documents = runner.ingested_seeds()
    items = seeds.load()
    section = Section("seeds", documents=len(documents))
    for item in items:
        document = seeds.find_document(item.doc_id, documents)
        if item.kind == "document":
            for name in ("title", "authors", "outlet", "published"):
                if name not in item.fields:
                    continue
                gold = item.fields[name]
                gold = [_norm(a) for a in gold] if name == "authors" else _norm(gold) or None
                got = _document_field(document, name) if document else None
                _field(section, name, gold, got, got == gold, item.doc_id, "", result.mistakes)
    placed, problems = seeds.anchor(items, documents)
    spans = [i for i in items if i.kind != "document" and i.text is not None]
    section.acc("spans_intact").correct = len(spans) - len(problems)
    section.acc("spans_intact").total = len(spans)
    result.mistakes.extend(Mistake("seeds", "", "offset", m, "", "") for m in problems)
    result.sections.append(section)
    return result


# --- mentions and actors --------------------------------------------------------------


def score_mentions(split: Split, limit: int | None) -> TaskResult:
    """Mention spans and labels against the seed gold (dev only)."""
    result = TaskResult("mentions", split)
    runner.require(TASK_STAGES["mentions"])
    if split == "test":
        result.notes.append("no external mention gold: the seeds are dev only")
        return result
    items, documents = _seed_inputs("mention", result)
    if not items:
        return result
    section = Section("seeds")
    for doc_id, (document, records) in _records_by_doc(
        items, documents, TASK_STAGES["mentions"]
    ).items():
        section.documents += 1
        gold = [i for i in items if i.doc_id == doc_id]
        pairs = _span_pairs(
            section,
            "mentions",
            doc_id,
            document.text,
            gold,
            records.mentions,
            _span,
            _span,
            result.mistakes,
            lambda g: str(g.get("label", "")),
        )
        for g, p in pairs:
            _field(
                section,
                "label",
                g.get("label"),
                p.label,
                g.get("label") == p.label,
                doc_id,
                _context(document.text, p.start, p.end),
                result.mistakes,
                g.get("label"),
            )
    result.sections.append(section)
    return result


def _actors_of(records: Records) -> dict[str, Actor]:
    return {a.id: a for a in records.actors}


def _find(text: str, phrase: str) -> tuple[int, int] | None:
    at = text.find(phrase)
    if at < 0:
        at = text.casefold().find(phrase.casefold())
    return None if at < 0 or not phrase else (at, at + len(phrase))


def _score_seed_actors(result: TaskResult) -> None:
    items, documents = _seed_inputs("mention", result)
    items = [i for i in items if i.get("code") or i.get("actor")]
    if not items:
        return
    section = Section("seeds")
    for doc_id, (document, records) in _records_by_doc(
        items, documents, TASK_STAGES["actors"]
    ).items():
        section.documents += 1
        actors = _actors_of(records)
        gold = [i for i in items if i.doc_id == doc_id]
        resolved = [m for m in records.mentions if m.actor_id]
        pairs, missed, spurious = match_spans(gold, resolved, _span, _span)
        right = 0
        for g, m in pairs:
            actor = actors.get(m.actor_id or "")
            code = actor.code if actor else None
            context = _context(document.text, m.start, m.end)
            if g.get("code"):
                ok = _code_matches(g.get("code"), code) and len(code or "") == len(g.get("code"))
                right += ok
                _field(section, "code", g.get("code"), code, ok, doc_id, context, result.mistakes)
            if g.get("actor"):
                name = actor.name if actor else None
                _field(
                    section,
                    "name",
                    g.get("actor"),
                    name,
                    _norm(name) == _norm(g.get("actor")),
                    doc_id,
                    context,
                    result.mistakes,
                )
        coded = sum(1 for g in gold if g.get("code"))
        section.count("resolution").add(Counts(right, len(resolved) - right, coded - right))
    result.sections.append(section)


def _score_plover_actors(split: Split, limit: int | None, result: TaskResult) -> None:
    """PLOVER's actor texts with ISO3/IGO codes: the mention over each actor's text must
    resolve to an actor whose code starts with the gold code."""
    sentences = runner.sample(plover.load(split), limit)
    records = runner.predict(
        [runner.make_document(s.id, s.text, s.published) for s in sentences],
        TASK_STAGES["actors"],
    )
    section = Section("PLOVER", documents=len(sentences))
    for sentence, record in zip(sentences, records, strict=True):
        actors = _actors_of(record)
        coding = sentence.codings[0]
        gold = list(
            zip(coding.source_text + coding.target_text, coding.source + coding.target, strict=True)
        )
        for text, code in gold:
            span = _find(sentence.text, text)
            if span is None or not code:
                continue
            hits = [m for m in record.mentions if m.start < span[1] and span[0] < m.end]
            codes = [actors[m.actor_id].code for m in hits if m.actor_id in actors]
            ok = any(_code_matches(code, c) for c in codes)
            _field(
                section,
                "code",
                code,
                codes,
                ok,
                sentence.id,
                _context(sentence.text, *span),
                result.mistakes,
            )
    result.sections.append(section)


def score_actors(split: Split, limit: int | None) -> TaskResult:
    """Resolution to canonical actors: seeds (code and name) and PLOVER actor codes."""
    result = TaskResult("actors", split)
    runner.require(TASK_STAGES["actors"])
    if split == "dev":
        _score_seed_actors(result)
    _score_plover_actors(split, limit, result)
    return result


# --- places ---------------------------------------------------------------------------


def _error_km(place: Place | None, lat: float | None, lon: float | None) -> float | None:
    if place is None or place.lat is None or place.lon is None or lat is None or lon is None:
        return None
    return haversine_km(place.lat, place.lon, lat, lon)


def _distance_stats(section: Section, prefix: str, errors: list[float | None]) -> None:
    for threshold in (161, 25) if "acled" in section.name.lower() else (161,):
        acc = section.acc(f"{prefix}within_{threshold}km")
        for error in errors:
            acc.add(error is not None and error <= threshold)
    resolved = [e for e in errors if e is not None]
    section.stats[f"{prefix}median_km"] = _round(median(resolved))
    section.stats[f"{prefix}median_km_all"] = _round(
        median(e if e is not None else UNRESOLVED_KM for e in errors)
    )
    section.stats[f"{prefix}unresolved"] = len(errors) - len(resolved)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _recognition(
    corpus: str, docs: Sequence[geoparsing.GeoDocument], result: TaskResult
) -> tuple[Section, tuple[int, int, int]]:
    """Toponyms found in raw text, and resolution of the found ones (raw-text geocoding)."""
    section = Section(f"{corpus} recognition", documents=len(docs))
    records = runner.predict(
        [runner.make_document(d.doc_id, d.text, d.published) for d in docs], ("places",)
    )
    errors: list[float | None] = []
    ids = [0, 0, 0]  # gold with an id, of those found with the same id, found at all
    for document, record in zip(docs, records, strict=True):
        gold = [t for t in document.toponyms if t.type in geoparsing.RECOGNITION_TYPES]
        pairs = _span_pairs(
            section,
            "recognition",
            document.doc_id,
            document.text,
            gold,
            record.places,
            _span,
            _span,
            result.mistakes,
            lambda t: t.type,
        )
        found = {id(g): p for g, p in pairs}
        for toponym in gold:
            place = found.get(id(toponym))
            if toponym.lat is not None:
                errors.append(_error_km(place, toponym.lat, toponym.lon))
            if toponym.geonameid:
                ids[0] += 1
                ids[2] += place is not None
                ids[1] += place is not None and place.geonameid == toponym.geonameid
    _distance_stats(section, "raw_", errors)
    section.acc("raw_geonameid").correct, section.acc("raw_geonameid").total = ids[1], ids[0]
    return section, (ids[0], ids[1], ids[2])


def _resolution(corpus: str, docs: Sequence[geoparsing.GeoDocument], result: TaskResult) -> Section:
    """Resolution given the gold toponym spans (only toponyms with gold coordinates)."""
    resolve = runner.stage_function("places", "resolve_toponyms")
    section = Section(f"{corpus} resolution (gold spans)", documents=len(docs))
    errors: list[float | None] = []
    for document in docs:
        gold = [t for t in document.toponyms if t.lat is not None]
        if corpus == "GeoWebNews":  # the geocoding gold of gwn_full.txt: toponyms with an id
            gold = [t for t in gold if t.geonameid]
        spans = [(t.start, t.end) for t in gold]
        places = list(resolve(document.doc_id, document.text, spans, document.published) or ())
        by_span = {(p.start, p.end): p for p in places}
        for toponym in gold:
            place = by_span.get((toponym.start, toponym.end))
            error = _error_km(place, toponym.lat, toponym.lon)
            errors.append(error)
            if toponym.geonameid:
                ok = place is not None and place.geonameid == toponym.geonameid
                section.acc("geonameid").add(ok)
            if error is None or error > 161:
                result.mistakes.append(
                    Mistake(
                        section.name,
                        document.doc_id,
                        "wrong place",
                        f"{toponym.text} ({toponym.lat:.2f}, {toponym.lon:.2f})",
                        f"{place.name if place else None} ({place.lat if place else None}, "
                        f"{place.lon if place else None}) {_round(error)} km",
                        _context(document.text, toponym.start, toponym.end),
                    )
                )
    _distance_stats(section, "", errors)
    return section


def _acled_first_place(record: Records) -> Place | None:
    """The first place (text order) used as a place and resolved to coordinates."""
    places = sorted(
        (p for p in record.places if p.role == "place" and p.lat is not None), key=_span
    )
    return places[0] if places else None


def _score_acled_places(split: Split, limit: int | None, result: TaskResult) -> None:
    rows = runner.sample(acled.load(split, with_legacy=True), limit)
    records = runner.predict([runner.make_document(r.event_id, r.notes) for r in rows], ("places",))
    section = Section("ACLED first place", documents=len(rows))
    errors = []
    for row, record in zip(rows, records, strict=True):
        place = _acled_first_place(record)
        error = _error_km(place, row.lat, row.lon)
        errors.append(error)
        if error is None or error > 25:
            result.mistakes.append(
                Mistake(
                    section.name,
                    row.event_id,
                    "wrong place",
                    f"{row.location} ({row.lat}, {row.lon})",
                    f"{place.text if place else None} {_round(error)} km",
                    row.notes[:160],
                )
            )
    _distance_stats(section, "", errors)
    result.sections.append(section)


def _score_seed_places(result: TaskResult) -> None:
    items, documents = _seed_inputs("place", result)
    if not items:
        return
    section = Section("seeds")
    for doc_id, (document, records) in _records_by_doc(items, documents, ("places",)).items():
        section.documents += 1
        gold = [i for i in items if i.doc_id == doc_id]
        pairs = _span_pairs(
            section,
            "recognition",
            doc_id,
            document.text,
            gold,
            records.places,
            _span,
            _span,
            result.mistakes,
            lambda g: str(g.get("role", "place")),
        )
        for g, p in pairs:
            context = _context(document.text, p.start, p.end)
            _field(
                section,
                "role",
                g.get("role", "place"),
                p.role,
                g.get("role", "place") == p.role,
                doc_id,
                context,
                result.mistakes,
            )
            if g.get("lat") is not None and g.get("role", "place") == "place":
                error = _error_km(p, g.get("lat"), g.get("lon"))
                _field(
                    section,
                    "within_161km",
                    g.get("name"),
                    f"{p.name} {_round(error)} km",
                    error is not None and error <= 161,
                    doc_id,
                    context,
                    result.mistakes,
                )
                section.acc("within_10km").add(error is not None and error <= 10)
    result.sections.append(section)


def score_places(split: Split, limit: int | None) -> TaskResult:
    """Geoparsing gold (recognition from raw text, resolution given spans), ACLED
    locations and the seeds."""
    result = TaskResult("places", split)
    runner.require(TASK_STAGES["places"])
    documents = geoparsing.load(split)
    pooled = [0, 0, 0, 0]  # gold with an id, right id, found; documents
    for corpus in geoparsing.CORPORA:
        docs = runner.sample([d for d in documents if d.corpus == corpus], limit)
        if not docs:
            continue
        section, ids = _recognition(corpus, docs, result)
        result.sections.append(section)
        result.sections.append(_resolution(corpus, docs, result))
        if corpus != "GeoVirus":
            pooled = [a + b for a, b in zip(pooled, (*ids, len(docs)), strict=True)]
    if split == "test" and pooled[0]:
        section = Section("pooled TR-News+LGL+GeoWebNews (raw text)", documents=pooled[3])
        section.acc("geonameid").correct, section.acc("geonameid").total = pooled[1], pooled[0]
        section.acc("toponym_recall").correct = pooled[2]
        section.acc("toponym_recall").total = pooled[0]
        result.sections.append(section)
    if dropped := dict(geoparsing.dropped):
        result.notes.append(f"gold spans dropped (text not found near offset): {dropped}")
    _score_acled_places(split, limit, result)
    if split == "dev":
        _score_seed_places(result)
    return result


# --- dates ----------------------------------------------------------------------------

_WEEK = re.compile(r"-W(\d)(?!\d)")


def same_value(gold: str | None, predicted: str | None) -> bool:
    """TIMEX3 values are equal, reading TimeML's unpadded weeks (2000-W8) as padded."""
    if not gold or not predicted:
        return False
    return _WEEK.sub(r"-W0\1", gold) == _WEEK.sub(r"-W0\1", predicted)


def _value_counts(
    section: Section,
    pairs: list[tuple[Any, Any]],
    gold_n: int,
    pred_n: int,
    gold_value: Callable[[Any], Any],
) -> None:
    right = sum(1 for g, p in pairs if same_value(gold_value(g), p.value))
    section.count("value").add(Counts(right, pred_n - right, gold_n - right))


def score_dates(split: Split, limit: int | None) -> TaskResult:
    """TIMEX3 normalisation given gold spans, extraction from raw text, and the seeds."""
    result = TaskResult("dates", split)
    runner.require(TASK_STAGES["dates"])
    normalize = runner.stage_function("time", "normalize")
    documents = runner.sample(tempeval.load(split), limit)
    corpus = documents[0].corpus if documents else "TempEval"
    given = Section(f"{corpus} normalisation (gold spans)", documents=len(documents))
    for document in documents:
        for timex in document.timexes:
            expression = normalize(timex.text, document.dct)
            value = getattr(expression, "value", None)
            _field(
                given,
                "value",
                timex.value,
                value,
                same_value(timex.value, value),
                document.doc_id,
                _context(document.text, timex.start, timex.end),
                result.mistakes,
                timex.type,
            )
    raw = Section(f"{corpus} extraction (raw text)", documents=len(documents))
    records = runner.predict(
        [runner.make_document(d.doc_id, d.text, d.dct) for d in documents], TASK_STAGES["dates"]
    )
    for document, record in zip(documents, records, strict=True):
        pairs = _span_pairs(
            raw,
            "span",
            document.doc_id,
            document.text,
            document.timexes,
            record.times,
            _span,
            _span,
            result.mistakes,
            lambda t: t.type,
        )
        _value_counts(raw, pairs, len(document.timexes), len(record.times), lambda t: t.value)
        for timex, time in pairs:
            if not same_value(timex.value, time.value):
                result.mistakes.append(
                    Mistake(
                        raw.name,
                        document.doc_id,
                        "wrong value",
                        f"{timex.text} = {timex.value}",
                        str(time.value),
                        _context(document.text, time.start, time.end),
                    )
                )
    result.sections += [given, raw]
    if split == "dev":
        _score_own_dates(normalize, result)
        _score_seed_dates(result)
    return result


def _score_own_dates(normalize: Callable[..., Any], result: TaskResult) -> None:
    """The project's own cases (tests/gold/dates_own.jsonl): expression, anchor, value."""
    try:
        cases = seeds.own_dates()
    except GoldMissing as exc:
        result.notes.append(f"own date cases skipped: {exc}")
        return
    section = Section("own cases (normalisation)", documents=len(cases))
    for case in cases:
        expression = normalize(case.expression, case.anchor)
        value = getattr(expression, "value", None)
        precision = getattr(expression, "precision", None)
        context = f"{case.expression!r} anchored {case.anchor} ({case.note})"
        ok = value == case.value
        _field(section, "value", case.value, value, ok, "own", context, result.mistakes)
        ok = precision == case.precision
        _field(section, "precision", case.precision, precision, ok, "own", context, result.mistakes)
    result.sections.append(section)


def _score_seed_dates(result: TaskResult) -> None:
    items, documents = _seed_inputs("date", result)
    if not items:
        return
    section = Section("seeds")
    for doc_id, (document, records) in _records_by_doc(items, documents, ("time",)).items():
        section.documents += 1
        gold = [i for i in items if i.doc_id == doc_id]
        pairs = _span_pairs(
            section,
            "span",
            doc_id,
            document.text,
            gold,
            records.times,
            _span,
            _span,
            result.mistakes,
            lambda g: str(g.get("precision", "")),
        )
        _value_counts(section, pairs, len(gold), len(records.times), lambda g: g.get("value"))
        for g, t in pairs:
            context = _context(document.text, t.start, t.end)
            _field(
                section,
                "value_of_found",
                g.get("value"),
                t.value,
                same_value(g.get("value"), t.value),
                doc_id,
                context,
                result.mistakes,
            )
            _field(
                section,
                "precision",
                g.get("precision"),
                t.precision,
                t.precision == g.get("precision"),
                doc_id,
                context,
                result.mistakes,
            )
    result.sections.append(section)


# --- events ---------------------------------------------------------------------------


def _primary_event(record: Records) -> Event | None:
    """The event a one-event ACLED note is about: the first (text order) that occurred,
    else the first at all."""
    events = sorted(record.events, key=lambda e: min((m.start for m in e.mentions), default=0))
    occurred = [e for e in events if e.mode == "occurred"]
    return (occurred or events or [None])[0]


def _acled_date_ok(gold: AcledEvent, value: str | None) -> bool:
    """Day match; within 6 days when ACLED codes the week (precision 2); same month when
    it codes the month (3)."""
    if not value:
        return False
    iso = gold.date.isoformat()
    if value[:10] == iso:
        return True
    if gold.time_precision >= 3:
        return value[:7] == iso[:7]
    if gold.time_precision == 2 and len(value) >= 10:
        try:
            return abs((date.fromisoformat(value[:10]) - gold.date).days) <= 6
        except ValueError:
            return False
    return False


def _acled_actor_names(gold: str) -> list[str]:
    """'JNIM: Group for Support of Islam and Muslims' -> ['jnim', 'group for support ...'];
    ACLED's period and country suffixes '(2021-)', '(Mali)' are dropped."""
    base = re.sub(r"\([^)]*\)", " ", gold)
    return [_norm(part) for part in base.split(":") if _norm(part)]


def _acled_actor_ok(gold: str, ref: Any, actors: dict[str, Actor]) -> bool:
    if not gold:
        return ref is None
    if ref is None:
        return False
    actor = actors.get(ref.actor_id)
    names = [_norm(ref.name)] + [_norm(a) for a in (actor.aliases if actor else ())]
    return any(
        name and (name == part or fuzz.token_set_ratio(name, part) >= ACLED_ACTOR_MATCH)
        for name in names
        for part in _acled_actor_names(gold)
    )


def _score_acled_events(rows: Sequence[AcledEvent], name: str, result: TaskResult) -> None:
    records = runner.predict(
        [runner.make_document(r.event_id, r.notes) for r in rows], TASK_STAGES["events"]
    )
    section = Section(name, documents=len(rows))
    errors: list[float | None] = []
    for row, record in zip(rows, records, strict=True):
        event = _primary_event(record)
        actors = _actors_of(record)
        context = row.notes[:200]
        section.acc("event_found").add(event is not None)
        checks = {
            "event_type": (row.event_type, event and event.acled_event_type),
            "sub_event_type": (row.sub_event_type, event and event.acled_sub_event_type),
        }
        for measure, (gold, got) in checks.items():
            _field(
                section,
                measure,
                gold,
                got,
                gold == got,
                row.event_id,
                context,
                result.mistakes,
                row.event_type,
            )
        value = event.date if event else None
        _field(
            section,
            "date",
            row.date.isoformat(),
            value,
            _acled_date_ok(row, value),
            row.event_id,
            context,
            result.mistakes,
        )
        fatalities = event.fatalities_min if event and event.fatalities_min is not None else 0
        _field(
            section,
            "fatalities",
            row.fatalities,
            fatalities,
            fatalities == row.fatalities,
            row.event_id,
            context,
            result.mistakes,
        )
        for measure, gold, ref in (
            ("actor1", row.actor1, event and event.source),
            ("actor2", row.actor2, event and event.target),
        ):
            _field(
                section,
                measure,
                gold,
                ref and ref.name,
                _acled_actor_ok(gold, ref, actors),
                row.event_id,
                context,
                result.mistakes,
            )
        errors.append(_error_km(event.place if event else None, row.lat, row.lon))
    _distance_stats(section, "place_", errors)
    result.sections.append(section)


def _score_coded(
    sentences: Sequence[CodedSentence],
    name: str,
    result: TaskResult,
    gold_label: Callable[[Any], str | None],
    pred_label: Callable[[Event], str | None],
) -> None:
    """Sentence-level event coding: labels (CAMEO root or PLOVER type) as a set per
    sentence for P/R/F1, then source and target codes of the events whose label matched."""
    records = runner.predict(
        [runner.make_document(s.id, s.text, s.published) for s in sentences],
        TASK_STAGES["events"],
    )
    section = Section(name, documents=len(sentences))
    for sentence, record in zip(sentences, records, strict=True):
        gold = [c for c in sentence.codings if gold_label(c)]
        pred = [e for e in record.events if pred_label(e) and e.mode == "occurred"]
        used: set[int] = set()
        for coding in gold:
            label = gold_label(coding)
            hit = next(
                (i for i, e in enumerate(pred) if i not in used and pred_label(e) == label), None
            )
            section.count("event", label).fn += hit is None
            if hit is None:
                section.count("event").fn += 1
                got = [pred_label(e) for e in pred]
                result.mistakes.append(
                    Mistake(name, sentence.id, "missed", str(label), str(got), sentence.text)
                )
                continue
            used.add(hit)
            section.count("event").tp += 1
            section.count("event", label).tp += 1
            event = pred[hit]
            for measure, codes, ref in (
                ("source", coding.source, event.source),
                ("target", coding.target, event.target),
            ):
                if codes and any(codes):
                    got = ref.code if ref else None
                    _field(
                        section,
                        measure,
                        codes,
                        got,
                        any(_code_matches(c, got) for c in codes),
                        sentence.id,
                        sentence.text,
                        result.mistakes,
                    )
            if coding.dead is not None:
                _field(
                    section,
                    "dead",
                    coding.dead,
                    event.fatalities_min,
                    event.fatalities_min == coding.dead,
                    sentence.id,
                    sentence.text,
                    result.mistakes,
                )
        for i, event in enumerate(pred):
            if i not in used:
                section.count("event").fp += 1
                section.count("event", pred_label(event)).fp += 1
                result.mistakes.append(
                    Mistake(
                        name,
                        sentence.id,
                        "spurious",
                        "",
                        f"{pred_label(event)} {event.action}",
                        sentence.text,
                    )
                )
    result.sections.append(section)


def _score_seed_events(result: TaskResult) -> None:
    items, documents = _seed_inputs("event", result)
    if not items:
        return
    section = Section("seeds")
    fields = {
        "source_code": lambda e: e.source.code if e.source else None,
        "target_code": lambda e: e.target.code if e.target else None,
        "plover_type": lambda e: e.plover_type,
        "cameo_root": lambda e: e.cameo_root,
        "acled_event_type": lambda e: e.acled_event_type,
        "acled_sub_event_type": lambda e: e.acled_sub_event_type,
        "mode": lambda e: e.mode,
        "date": lambda e: e.date,
        "place": lambda e: e.place.name if e.place else None,
        "place_geonameid": lambda e: e.place.geonameid if e.place else None,
        "date_precision": lambda e: e.date_precision,
        "reported_by_code": lambda e: e.reported_by.code if e.reported_by else None,
        "fatalities_min": lambda e: e.fatalities_min,
        "fatalities_max": lambda e: e.fatalities_max,
    }
    for doc_id, (document, records) in _records_by_doc(
        items, documents, TASK_STAGES["events"]
    ).items():
        section.documents += 1
        gold = [i for i in items if i.doc_id == doc_id]
        spans = [(e, m) for e in records.events for m in e.mentions]
        pairs, missed, _ = match_spans(gold, spans, _span, lambda em: (em[1].start, em[1].end))
        matched_events = {id(e) for _, (e, _) in pairs}
        spurious = [e for e in records.events if id(e) not in matched_events]
        section.count("event").add(Counts(len(pairs), len(spurious), len(missed)))
        for g in missed:
            result.mistakes.append(
                Mistake(
                    "seeds",
                    doc_id,
                    "missed",
                    str(g.get("action")),
                    "",
                    _context(document.text, g.start, g.end),
                )
            )
        for g, (event, mention) in pairs:
            context = _context(document.text, mention.start, mention.end)
            for name, getter in fields.items():
                if name not in g.fields:
                    continue
                gold_value, got = g.get(name), getter(event)
                ok = (_norm(gold_value) == _norm(got)) if name == "place" else gold_value == got
                _field(section, name, gold_value, got, ok, doc_id, context, result.mistakes)
    result.sections.append(section)


def _score_seed_figures(result: TaskResult) -> None:
    items, documents = _seed_inputs("figure", result)
    if not items:
        return
    section = Section("seeds figures")
    for doc_id, (document, records) in _records_by_doc(
        items, documents, TASK_STAGES["events"]
    ).items():
        section.documents += 1
        gold = [i for i in items if i.doc_id == doc_id]
        pairs = _span_pairs(
            section,
            "figure",
            doc_id,
            document.text,
            gold,
            records.figures,
            _span,
            _span,
            result.mistakes,
            lambda g: str(g.get("figure_kind", "")),
        )
        for g, f in pairs:
            context = _context(document.text, f.start, f.end)
            for name, got in (
                ("figure_kind", f.kind),
                ("min", f.min),
                ("max", f.max),
                ("status", f.status),
                ("actor_code", f.actor.code if f.actor else None),
            ):
                if name in g.fields:
                    ok = g.get(name) == got
                    _field(section, name, g.get(name), got, ok, doc_id, context, result.mistakes)
    result.sections.append(section)


def score_events(split: Split, limit: int | None) -> TaskResult:
    """ACLED notes, PETRARCH and PLOVER sentences, and the seeds' events and figures."""
    result = TaskResult("events", split)
    runner.require(TASK_STAGES["events"])
    rows = acled.load(split)
    for corpus in ("mali", "burkina"):
        chosen = runner.sample([r for r in rows if r.corpus == corpus], limit)
        if chosen:
            _score_acled_events(chosen, f"ACLED {corpus}", result)
    _score_coded(
        runner.sample(petrarch.load(split), limit),
        "PETRARCH CAMEO root",
        result,
        lambda c: c.cameo_root,
        lambda e: e.cameo_root,
    )
    _score_coded(
        runner.sample(plover.load(split), limit),
        "PLOVER type",
        result,
        lambda c: c.plover_type,
        lambda e: e.plover_type,
    )
    if split == "dev":
        _score_seed_events(result)
        _score_seed_figures(result)
    return result


# --- quotes ---------------------------------------------------------------------------

_QUOTE_MARKS = re.compile('["“”]')


def _speaker_ok(gold: str, predicted: str | None) -> bool:
    """Same speaker when one normalised name contains the other ("Clinton" in
    "Hillary Clinton"); an empty prediction never matches."""
    a, b = _norm(gold).removeprefix("the "), _norm(predicted).removeprefix("the ")
    return bool(a and b) and (a in b or b in a)


def _joined(text: str, spans: Iterable[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def score_quotes(split: Split, limit: int | None) -> TaskResult:
    """PolNeAR content spans, cues and speakers; the seeds' quotes on dev."""
    result = TaskResult("quotes", split)
    runner.require(TASK_STAGES["quotes"])
    documents = runner.sample(polnear.load(split), limit)
    records = runner.predict(
        [runner.make_document(d.doc_id, d.text, d.published) for d in documents],
        TASK_STAGES["quotes"],
    )
    section = Section("PolNeAR", documents=len(documents))
    for document, record in zip(documents, records, strict=True):
        text = document.text

        def kind(a: Any, text: str = text) -> str:
            return "direct" if _QUOTE_MARKS.search(_joined(text, a.content)) else "indirect"

        pairs = _span_pairs(
            section,
            "content",
            document.doc_id,
            text,
            document.attributions,
            record.quotes,
            lambda a: a.content_span,
            _span,
            result.mistakes,
            kind,
        )
        for attribution, quote in pairs:
            context = _context(text, quote.start, quote.end)
            if attribution.cue:
                cue = _joined(text, attribution.cue)
                _field(
                    section,
                    "cue",
                    cue,
                    quote.cue,
                    _norm(cue) == _norm(quote.cue),
                    document.doc_id,
                    context,
                    result.mistakes,
                )
            if attribution.source:
                source = _joined(text, attribution.source)
                speaker = quote.speaker_text or (quote.speaker.name if quote.speaker else None)
                _field(
                    section,
                    "speaker",
                    source,
                    speaker,
                    _speaker_ok(source, speaker),
                    document.doc_id,
                    context,
                    result.mistakes,
                )
    result.sections.append(section)
    if split == "dev":
        _score_seed_quotes(result)
    return result


def _score_seed_quotes(result: TaskResult) -> None:
    items, documents = _seed_inputs("quote", result)
    if not items:
        return
    section = Section("seeds")
    for doc_id, (document, records) in _records_by_doc(
        items, documents, TASK_STAGES["quotes"]
    ).items():
        section.documents += 1
        gold = [i for i in items if i.doc_id == doc_id]
        pairs = _span_pairs(
            section,
            "content",
            doc_id,
            document.text,
            gold,
            records.quotes,
            _span,
            _span,
            result.mistakes,
        )
        for g, q in pairs:
            context = _context(document.text, q.start, q.end)
            if g.get("speaker_code"):  # actors match by code
                code = q.speaker.code if q.speaker else None
                ok = code == g.get("speaker_code")
                _field(
                    section,
                    "speaker_code",
                    g.get("speaker_code"),
                    code,
                    ok,
                    doc_id,
                    context,
                    result.mistakes,
                )
            gold_speaker = g.get("speaker_text") or g.get("speaker")
            if gold_speaker:
                speaker = q.speaker_text or (q.speaker.name if q.speaker else None)
                _field(
                    section,
                    "speaker",
                    gold_speaker,
                    speaker,
                    _speaker_ok(gold_speaker, speaker),
                    doc_id,
                    context,
                    result.mistakes,
                )
            if g.get("cue"):
                ok = _norm(g.get("cue")) == _norm(q.cue)
                _field(section, "cue", g.get("cue"), q.cue, ok, doc_id, context, result.mistakes)
            if "direct" in g.fields:
                ok = g.get("direct") == q.direct
                _field(
                    section,
                    "direct",
                    g.get("direct"),
                    q.direct,
                    ok,
                    doc_id,
                    context,
                    result.mistakes,
                )
    result.sections.append(section)


SCORERS: dict[str, Callable[[Split, int | None], TaskResult]] = {
    "documents": score_documents,
    "mentions": score_mentions,
    "actors": score_actors,
    "places": score_places,
    "dates": score_dates,
    "events": score_events,
    "quotes": score_quotes,
}


def run(task: str, split: Split = "dev", limit: int | None = None) -> TaskResult:
    """Score one task on one split; `limit` samples each gold set down to that many items."""
    if task not in SCORERS:
        raise ValueError(f"unknown task {task!r}; one of {', '.join(TASKS)}")
    return SCORERS[task](split, limit)
