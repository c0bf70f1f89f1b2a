"""The DuckDB store: migrations, duplicates, transactions, kill-and-resume."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

import newsgraph
from newsgraph.errors import StoreError
from newsgraph.model import Document, Place
from newsgraph.store.schema import SCHEMA_VERSION, columns, sql_type


def _write_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:04d}.txt").write_text(
            f"# Report {number}\n\nDesk Writer\n\n1 May 2020\n\n"
            f"Report number {number}: militants attacked checkpoint {number} near Mopti.\n"
        )


def test_store_schema_is_versioned(tmp_db: Path):
    newsgraph.open(tmp_db).close()
    conn = duckdb.connect(str(tmp_db))
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    conn.execute("UPDATE schema_version SET version = 999")
    conn.close()
    with pytest.raises(StoreError, match="newer than this newsgraph"):
        newsgraph.open(tmp_db)


def test_store_columns_follow_the_model():
    assert columns(Document)["published"] == "DATE"
    assert columns(Document)["authors"] == "JSON"
    assert columns(Place)["lat"] == "DOUBLE"
    assert sql_type(int | None) == "BIGINT"


def test_store_reingest_is_noop_and_copies_are_duplicate_sources(tmp_path: Path, tmp_db: Path):
    _write_corpus(tmp_path / "corpus", 3)
    with newsgraph.open(tmp_db) as kb:
        assert len(kb.ingest([tmp_path / "corpus"], stages=()).stored) == 3
        again = kb.ingest([tmp_path / "corpus"], stages=())
        assert (len(again.stored), len(again.unchanged)) == (0, 3)
        copy = tmp_path / "renamed.txt"
        copy.write_bytes((tmp_path / "corpus" / "0001.txt").read_bytes())
        report = kb.ingest([copy], stages=())
        assert len(report.duplicates) == 1 and not report.stored
        assert kb.stats()["documents"] == 3
        assert str(copy) in kb.sources(report.duplicates[0].id)


def test_store_python_api_returns_frames(tmp_path: Path, tmp_db: Path):
    _write_corpus(tmp_path / "corpus", 2)
    with newsgraph.open(tmp_db) as kb:
        kb.ingest([tmp_path / "corpus"], stages=())
        frame = kb.documents(as_="pandas")
        assert list(frame["title"]) == ["Report 0", "Report 1"]
        assert kb.documents().num_rows == 2
        doc_id = frame["id"][0]
        assert kb.document(doc_id[:6]).title == "Report 0"


def test_store_survives_sigkill_and_resumes(tmp_path: Path, tmp_db: Path):
    _write_corpus(tmp_path / "corpus", 120)
    script = textwrap.dedent(
        f"""
        import os, signal, newsgraph
        seen = 0
        def progress(_source):
            global seen
            seen += 1
            if seen == 60:
                os.kill(os.getpid(), signal.SIGKILL)
        kb = newsgraph.open({str(tmp_db)!r})
        kb.ingest([{str(tmp_path / "corpus")!r}], stages=(), progress=progress)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(newsgraph.__file__).parent.parent)}
    killed = subprocess.run([sys.executable, "-c", script], env=env, check=False)
    assert killed.returncode == -signal.SIGKILL
    with newsgraph.open(tmp_db) as kb:
        partial = kb.stats()["documents"]
        assert 0 < partial < 120
        for row in kb.documents().to_pylist():
            assert kb.document(row["id"]).text.startswith("Report number")
        report = kb.ingest([tmp_path / "corpus"], stages=())
        assert len(report.stored) == 120 - partial
        assert kb.stats()["documents"] == 120


def test_store_reprocess_extracts_again(tmp_path: Path, tmp_db: Path):
    _write_corpus(tmp_path / "corpus", 2)
    with newsgraph.open(tmp_db) as kb:
        kb.ingest([tmp_path / "corpus"], stages=())
        report = kb.ingest([tmp_path / "corpus"], stages=(), reprocess=True)
        assert len(report.reprocessed) == 2 and not report.unchanged
