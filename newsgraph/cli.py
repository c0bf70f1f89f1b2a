"""The `newsgraph` command: one short function per command over `newsgraph.kb`.

Exit status: 0 when every input was stored, 1 when some were rejected (each listed),
2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click
from tqdm import tqdm

from newsgraph import config, export
from newsgraph.errors import NewsgraphError
from newsgraph.eval.cli import eval_command
from newsgraph.kb import KnowledgeBase, open_kb
from newsgraph.render import text_table


class Context:
    def __init__(self, db: str | None) -> None:
        self.db = config.db_path(db)

    def kb(self, read_only: bool = True) -> KnowledgeBase:
        try:
            return open_kb(self.db, read_only=read_only)
        except NewsgraphError as exc:
            raise click.ClickException(str(exc)) from exc


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="NEWSGRAPH_DB",
    default=None,
    help=f"DuckDB store file [default: {config.DEFAULT_DB}; env NEWSGRAPH_DB].",
)
@click.version_option(package_name="newsgraph")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """newsgraph: an evidence-backed knowledge base of armed-conflict events from news."""
    ctx.obj = Context(db)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--batch-size", default=config.DEFAULT_BATCH_SIZE, show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="Print only rejected inputs and the summary.")
@click.option(
    "--reprocess",
    is_flag=True,
    help="Extract again from documents already stored (after an upgrade).",
)
@pass_context
def ingest(
    obj: Context, paths: tuple[str, ...], batch_size: int, quiet: bool, reprocess: bool
) -> None:
    """Read articles from PATHS (files, folders, JSON Lines, HTML, feeds; '-' for stdin)
    and store them with everything extracted from them."""
    with (
        obj.kb(read_only=False) as kb,
        tqdm(desc="reading", unit=" inputs", disable=None, leave=False, file=sys.stderr) as bar,
    ):
        report = kb.ingest(
            paths,
            batch_size=batch_size,
            progress=lambda _source: bar.update(),
            reprocess=reprocess,
        )
    for error in report.rejected:
        click.echo(f"rejected  {error}", err=True)
    if not quiet:
        for label, documents in (
            ("stored", report.stored),
            ("updated", report.reprocessed),
            ("duplicate", report.duplicates),
            ("unchanged", report.unchanged),
        ):
            for document in documents:
                click.echo(f"{label:<10}{document.id}  {document.source_path}")
    click.echo(
        f"{len(report.stored)} stored, {len(report.reprocessed)} updated, "
        f"{len(report.duplicates)} duplicate, {len(report.unchanged)} unchanged "
        f"(nothing new), {len(report.rejected)} rejected -> {obj.db}"
    )
    if not report.ok:
        sys.exit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_context
def documents(obj: Context, as_json: bool) -> None:
    """List stored documents: id, date, outlet, authors, title."""
    with obj.kb() as kb:
        rows = kb.documents().to_pylist()
    if as_json:
        export.write_jsonl(rows, sys.stdout)
        return
    for row in rows:
        row["authors"] = json.loads(row["authors"]) if row["authors"] else []
    click.echo(
        text_table(rows, ["id", "published", "outlet", "authors", "words", "sources", "title"])
    )


@cli.command()
@click.argument("doc_id")
@click.option("--json", "as_json", is_flag=True, help="The document as JSON.")
@pass_context
def show(obj: Context, doc_id: str, as_json: bool) -> None:
    """Show one document (a unique id prefix is enough): metadata, sources and clean text."""
    with obj.kb() as kb:
        try:
            document = kb.document(doc_id)
            sources = kb.sources(document.id)
        except NewsgraphError as exc:
            raise click.ClickException(str(exc)) from exc
    if as_json:
        from dataclasses import asdict

        payload: dict[str, Any] = {**asdict(document), "sources": sources}
        click.echo(json.dumps(payload, ensure_ascii=False, default=str, indent=2))
        return
    date_text = document.published.isoformat() if document.published else "unknown"
    click.echo(f"id:        {document.id}")
    click.echo(f"title:     {document.title or '-'}")
    click.echo(f"authors:   {', '.join(document.authors) or '-'}")
    click.echo(f"outlet:    {document.outlet or '-'}")
    click.echo(f"published: {date_text} ({document.date_status})")
    click.echo(f"sources:   {', '.join(sources)}")
    if document.note:
        click.echo(f"note:      {document.note}")
    click.echo(
        f"size:      {len(document.text)} chars, {len(document.paragraphs)} paragraphs, "
        f"{len(document.sentences)} sentences\n"
    )
    click.echo(document.text)


@cli.command("export")
@click.argument("kind", type=click.Choice(list(export.KINDS)))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(export.ALL_FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl, csv, parquet; geojson for places and events; acled-csv for events.",
)
@click.option("--out", "-o", default=None, help="Output file [default: standard output].")
@pass_context
def export_command(obj: Context, kind: str, fmt: str, out: str | None) -> None:
    """Export documents, mentions, actors, places, dates, events, figures or quotes."""
    with obj.kb() as kb:
        try:
            count = export.export(kb, kind, fmt, out)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from exc
    if out:
        click.echo(f"{count} {kind} -> {out}", err=True)


@cli.command()
@click.option("--actor", help="Actor id, name or code, as source or target.")
@click.option("--type", "event_type", help="PLOVER type, CAMEO root, or ACLED (sub-)event type.")
@click.option(
    "--mode",
    type=click.Choice(
        ["occurred", "planned", "threatened", "demanded", "denied", "hypothetical", "alleged"]
    ),
)
@click.option("--since", "start", help="Earliest event date, ISO (2013 / 2013-01 / 2013-01-15).")
@click.option("--until", "end", help="Latest event date, ISO.")
@click.option("--place", help="Place name or country code.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_context
def events(obj: Context, as_json: bool, **filters: str | None) -> None:
    """Coded events: who did what to whom, where, when, in which mode, per whom."""
    from newsgraph.events.export import to_jsonl_dict
    from newsgraph.events.query import filter_events

    with obj.kb() as kb:
        found = [to_jsonl_dict(e) for e in filter_events(kb.records("events"), **filters)]
    found.sort(key=lambda e: (e["date"] or "", e["doc_id"], e["mentions"][0]["start"]))
    if as_json:
        export.write_jsonl(found, sys.stdout)
        return
    for row in found:
        row["source"] = (row["source"] or {}).get("name")
        row["target"] = (row["target"] or {}).get("name")
        row["place"] = (row["place"] or {}).get("name")
        row["reported_by"] = (row["reported_by"] or {}).get("name")
        row["fatalities"] = (row["fatalities"] or {}).get("max")
    click.echo(
        text_table(
            found,
            [
                "date",
                "source",
                "action",
                "target",
                "plover_type",
                "cameo_root",
                "mode",
                "place",
                "fatalities",
                "reported_by",
            ],
            width=28,
        )
    )


@cli.command()
@click.argument("doc_id")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_context
def dates(obj: Context, doc_id: str, as_json: bool) -> None:
    """Every temporal expression of a document: its value and precision, or why none."""
    from newsgraph.time import dates_table

    with obj.kb() as kb:
        rows = dates_table(kb.records("times", kb.resolve_id(doc_id)))
    if as_json:
        export.write_jsonl(rows, sys.stdout)
        return
    click.echo(text_table(rows, ["start", "text", "value", "precision", "reason"]))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", default=50, show_default=True, help="Rows to print (0: all).")
@pass_context
def actors(obj: Context, as_json: bool, limit: int) -> None:
    """Canonical actors: name, type, code, mentions and documents."""
    with obj.kb() as kb:
        rows = export.product_rows(kb, "actors") or []
    if as_json:
        export.write_jsonl(rows, sys.stdout)
        return
    for row in rows:
        row["documents"] = len(row["documents"])
    click.echo(
        text_table(rows[: limit or None], ["name", "type", "code", "mentions", "documents", "id"])
    )


@cli.command()
@click.argument("name_or_id")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def actor(obj: Context, name_or_id: str, as_json: bool) -> None:
    """One actor: aliases, the names each outlet uses, roles, and mentions with sentences."""
    with obj.kb() as kb:
        found = kb.actor(name_or_id)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, default=str, indent=2))
        return
    click.echo(
        f"{found.get('name')}  [{found.get('id')}]  type={found.get('type')}  "
        f"code={found.get('code') or '-'}"
    )
    click.echo(f"aliases: {'; '.join(found.get('aliases') or []) or '-'}")
    for role in found.get("roles") or []:
        click.echo(
            f"role:    {role['title']} ({role.get('country') or '-'}) "
            f"{role.get('start') or '?'} to {role.get('end') or '?'}"
        )
    for outlet, names in found["names_by_outlet"].items():
        click.echo(f"{outlet}: {', '.join(names)}")
    click.echo("")
    for mention in found["mentions"]:
        click.echo(
            f"{mention['doc_id']} {mention['published'] or '----------'} "
            f"[{mention['text']}]{' (' + mention['role'] + ')' if mention['role'] else ''} "
            f"{mention['sentence']}"
        )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", default=50, show_default=True, help="Rows to print (0: all).")
@pass_context
def places(obj: Context, as_json: bool, limit: int) -> None:
    """Resolved places: coordinates, country, mentions and documents."""
    with obj.kb() as kb:
        rows = kb.places().to_pylist()
    if as_json:
        export.write_jsonl(rows, sys.stdout)
        return
    for row in rows:
        row["documents"] = len(row["documents"])
    click.echo(
        text_table(
            rows[: limit or None],
            ["name", "country_code", "admin1", "lat", "lon", "geonameid", "mentions", "documents"],
        )
    )


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@pass_context
def stats(obj: Context, as_json: bool) -> None:
    """Counts of documents, sources and extracted records in the store."""
    with obj.kb() as kb:
        figures = kb.stats()
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    click.echo(f"store: {obj.db}")
    for key, value in figures.items():
        click.echo(f"  {key:<18} {value if value is not None else '-'}")


cli.add_command(eval_command)


@cli.group()
def gazetteer() -> None:
    """The offline GeoNames gazetteer places are resolved against."""


@gazetteer.command("import")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
def gazetteer_import(dump: str) -> None:
    """Add a GeoNames dump (XX.zip, allCountries.zip, .txt, .txt.gz) to the gazetteer;
    the index is rebuilt on its next load."""
    from newsgraph.places import import_dump

    kept = import_dump(dump)
    click.echo(f"{kept} places kept from {dump}; the index rebuilds on next use")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except NewsgraphError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
