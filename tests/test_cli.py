"""The command line: help on every command, exit codes, the seeds end to end."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli


def _commands() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("command", _commands())
def test_cli_help_on_every_command(command: str):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_cli_usage_error_exits_2():
    assert CliRunner().invoke(cli, ["export", "nonsense"]).exit_code == 2
    assert CliRunner().invoke(cli, ["ingest"]).exit_code == 2


def test_cli_seeds_end_to_end(seeds_dir: Path, tmp_db: Path, tmp_path: Path):
    runner = CliRunner()
    first = runner.invoke(cli, ["--db", str(tmp_db), "ingest", str(seeds_dir)])
    assert first.exit_code == 0, first.output
    assert "4 stored" in first.output
    again = runner.invoke(cli, ["--db", str(tmp_db), "ingest", str(seeds_dir)])
    assert "0 stored" in again.output and "4 unchanged (nothing new)" in again.output
    listing = runner.invoke(cli, ["--db", str(tmp_db), "documents", "--json"])
    rows = [json.loads(line) for line in listing.output.splitlines()]
    assert {row["published"] for row in rows} == {"2012-11-03", "2013-01-16", "2021-10-14", None}
    shown = runner.invoke(cli, ["--db", str(tmp_db), "show", rows[0]["id"][:8]])
    assert shown.exit_code == 0 and "published: 2012-11-03 (found)" in shown.output
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"docs.{fmt}"
        result = runner.invoke(
            cli, ["--db", str(tmp_db), "export", "documents", "--format", fmt, "--out", str(out)]
        )
        assert result.exit_code == 0 and out.stat().st_size > 1000
    lines = (tmp_path / "docs.jsonl").read_text().splitlines()
    assert len(lines) == 4 and isinstance(json.loads(lines[0])["authors"], list)
    stats = json.loads(runner.invoke(cli, ["--db", str(tmp_db), "stats", "--json"]).output)
    assert stats["documents"] == 4 and stats["undated_documents"] == 1


def test_cli_show_unknown_id_is_clear(tmp_db: Path, seeds_dir: Path):
    runner = CliRunner()
    runner.invoke(cli, ["--db", str(tmp_db), "ingest", str(seeds_dir)])
    result = runner.invoke(cli, ["--db", str(tmp_db), "show", "zzzz"])
    assert result.exit_code == 1 and "no document with id 'zzzz'" in result.output


@pytest.fixture(scope="module")
def seeds_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds ingested once through every default stage, shared by read-only tests."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "-q", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.model
def test_cli_dates_of_a_document(seeds_db: Path):
    runner = CliRunner()
    rows = [
        json.loads(line)
        for line in runner.invoke(
            cli, ["--db", str(seeds_db), "documents", "--json"]
        ).output.splitlines()
    ]
    doc_id = next(row["id"] for row in rows if row["published"] == "2013-01-16")
    result = runner.invoke(cli, ["--db", str(seeds_db), "dates", doc_id, "--json"])
    dates = [json.loads(line) for line in result.output.splitlines()]
    assert {"text": "Tuesday morning", "value": "2013-01-15"}.items() <= dates[1].items()


@pytest.mark.model
@pytest.mark.parametrize(
    "kind", ["mentions", "actors", "places", "dates", "events", "figures", "quotes"]
)
def test_cli_export_every_kind(seeds_db: Path, kind: str, tmp_path: Path):
    for fmt in ("jsonl", "csv"):
        out = tmp_path / f"{kind}.{fmt}"
        result = CliRunner().invoke(
            cli, ["--db", str(seeds_db), "export", kind, "--format", fmt, "--out", str(out)]
        )
        assert result.exit_code == 0, result.output
        assert out.exists()


@pytest.mark.model
def test_cli_dates_export_has_the_documented_keys(seeds_db: Path):
    result = CliRunner().invoke(cli, ["--db", str(seeds_db), "export", "dates"])
    first = json.loads(result.output.splitlines()[0])
    assert {"doc_id", "start", "end", "text", "value", "precision", "reason"} <= set(first)


def test_cli_gazetteer_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "cache"))
    dump = tmp_path / "XX.txt"
    dump.write_text(
        "9999991\tNewtownia\tNewtownia\t\t10.5\t-3.25\tP\tPPL\tML\t\t05\t\t\t\t"
        "1200\t\t300\tAfrica/Bamako\t2024-01-01\n"
    )
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(dump)])
    assert result.exit_code == 0 and "1 places kept" in result.output
    missing = CliRunner().invoke(cli, ["gazetteer", "import", str(tmp_path / "none.zip")])
    assert missing.exit_code == 2
