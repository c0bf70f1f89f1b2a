"""Each bad input gets one clear line naming it; the rest of the batch is stored."""

from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import InputError
from newsgraph.ingest import read_path
from newsgraph.model import Document

GOOD = "# Rebels seize Konna\n\nJane Doe\n\n10 January 2013\n\nRebels seized the town of Konna.\n"


def _errors(path: Path) -> list[str]:
    return [str(item) for item in read_path(path) if isinstance(item, InputError)]


def test_bad_input_empty_file(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("  \n")
    expected = f"{tmp_path / 'empty.txt'}: empty input: no text to ingest"
    assert _errors(tmp_path / "empty.txt") == [expected]


def test_bad_input_binary_file(tmp_path: Path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    [error] = _errors(tmp_path / "photo.jpg")
    assert "photo.jpg" in error and "binary" in error


def test_bad_input_cp1252_is_decoded_and_noted(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(GOOD.replace("Konna", "Ségou").encode("cp1252"))
    [doc] = list(read_path(path))
    assert isinstance(doc, Document) and "Ségou" in doc.text
    assert doc.note and "cp1252" in doc.note


def test_bad_input_huge_file(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 10_000_000)  # 50 MB
    [error] = _errors(path)
    assert "huge.txt" in error and "50.0 MB" in error


def test_bad_input_malformed_html(tmp_path: Path):
    path = tmp_path / "broken.html"
    path.write_text("<html><head><script>var x = 1;</script><body><nav><a href='/'>Home</a")
    [error] = _errors(path)
    assert "broken.html" in error and "no main article text" in error
    ok = tmp_path / "sloppy.html"
    ok.write_text(
        "<html><body><article><p>Soldiers retook the town of Djibo on Saturday after two days "
        "of fighting with militants, the ministry said.<p>Residents fled towards Ouahigouya "
        "before the assault began, witnesses said.</article>"
    )
    assert isinstance(next(iter(read_path(ok))), Document)


def test_bad_input_jsonl_broken_line_names_line(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "Good one about Gao."}\n{"text": broken\n{"title": "no text"}\n')
    items = list(read_path(path))
    assert isinstance(items[0], Document)
    assert str(items[1]).startswith(f"{path}:2: invalid JSON")
    assert str(items[2]) == f"{path}:3: no 'text' field with the article text"


def test_bad_input_missing_path_and_empty_directory(tmp_path: Path):
    assert _errors(tmp_path / "nope.txt") == [f"{tmp_path / 'nope.txt'}: no such file or directory"]
    (tmp_path / "void").mkdir()
    assert _errors(tmp_path / "void") == [f"{tmp_path / 'void'}: directory holds no readable files"]


def test_bad_input_batch_goes_on_and_store_is_untouched(tmp_path: Path, tmp_db: Path):
    (tmp_path / "good.txt").write_text(GOOD)
    runner = CliRunner()
    first = runner.invoke(cli, ["--db", str(tmp_db), "ingest", str(tmp_path / "good.txt")])
    assert first.exit_code == 0, first.output
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "other.txt").write_text(GOOD.replace("Konna", "Douentza"))
    result = runner.invoke(
        cli,
        ["--db", str(tmp_db), "ingest", str(tmp_path / "empty.txt"), str(tmp_path / "other.txt"),
         str(tmp_path / "missing.txt")],
    )
    assert result.exit_code == 1
    assert "empty.txt: empty input" in result.output
    assert "missing.txt: no such file or directory" in result.output
    assert "1 stored" in result.output and "2 rejected" in result.output
    listing = runner.invoke(cli, ["--db", str(tmp_db), "documents", "--json"])
    assert listing.output.count('"id"') == 2
