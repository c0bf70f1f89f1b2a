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
