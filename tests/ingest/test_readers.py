"""Every reader, on real files the tests write."""

from datetime import date
from pathlib import Path

import pytest

from newsgraph.ingest import detect_format, read_path, read_paths
from newsgraph.model import Document

ARTICLE = (
    "# Jihadists attack army post near Menaka\n\nJane Doe\n\n5 March 2022\n\n"
    "Gunmen attacked an army post near Menaka on Sunday, killing four soldiers, the army said.\n\n"
    "The attack was claimed by a group linked to the Islamic State.\n"
)
HTML = """<!DOCTYPE html><html><head><title>Army retakes town | Sahel Daily</title>
<meta name="author" content="Amina Diallo">
<meta property="article:published_time" content="2019-06-02T08:00:00Z">
<meta property="og:site_name" content="Sahel Daily"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Army retakes town</h1>
<p>Soldiers retook the town of Djibo on Saturday after two days of fighting with militants,
the defence ministry said in a statement.</p>
<p>Residents said dozens of families had fled towards Ouahigouya before the assault began.</p>
</article><footer>Copyright 2019 Sahel Daily. All rights reserved.</footer></body></html>"""
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Wire</title>
<item><title>Convoy ambushed</title><author>desk@example.org (Desk Editor)</author>
<link>http://example.org/1</link><pubDate>Tue, 15 Jan 2013 10:00:00 GMT</pubDate>
<description>&lt;p&gt;A military convoy was ambushed near Gao on Monday.&lt;/p&gt;</description>
</item><item><title>Talks open</title><link>http://example.org/2</link>
<pubDate>Wed, 16 Jan 2013 10:00:00 GMT</pubDate>
<description>Negotiators met in Algiers to open talks on a ceasefire.</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Lake Chad Monitor</title><entry><title>Boko Haram raid</title>
<link href="http://example.org/a"/><updated>2015-02-03T00:00:00Z</updated>
<author><name>Musa Bello</name></author>
<content type="html">&lt;p&gt;Fighters raided a village near Maiduguri.&lt;/p&gt;</content>
</entry></feed>"""


def _documents(path: Path) -> list[Document]:
    items = list(read_path(path))
    assert all(isinstance(item, Document) for item in items), items
    return items  # type: ignore[return-value]


def test_readers_markdown_article(tmp_path: Path):
    path = tmp_path / "menaka.md"
    path.write_text(ARTICLE)
    [doc] = _documents(path)
    assert doc.title == "Jihadists attack army post near Menaka"
    assert doc.authors == ("Jane Doe",)
    assert doc.published == date(2022, 3, 5) and doc.date_status == "found"
    assert doc.text.startswith("Gunmen attacked")
    assert [doc.text[s:e] for s, e in doc.paragraphs][1].startswith("The attack was claimed")
    assert len(doc.sentences) == 2 and doc.source_path == str(path)


def test_readers_html_page(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(HTML)
    [doc] = _documents(path)
    assert doc.title and "Army retakes town" in doc.title
    assert doc.authors == ("Amina Diallo",)
    assert doc.published == date(2019, 6, 2)
    assert doc.outlet == "Sahel Daily"
    assert "Djibo" in doc.text and "Copyright" not in doc.text and "Home" not in doc.text


def test_readers_jsonl_with_metadata(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"text": "Troops entered Kidal on Friday.", "title": "Troops enter Kidal", '
        '"authors": ["A. Writer"], "outlet": "Wire", "published": "2013-01-30"}\n'
        '{"text": "Second article about Tessalit airport."}\n'
    )
    first, second = _documents(path)
    assert (first.title, first.authors) == ("Troops enter Kidal", ("A. Writer",))
    assert first.outlet == "Wire"
    assert first.published == date(2013, 1, 30)
    assert second.published is None and second.date_status == "unknown"
    assert second.source_path == f"{path}:2"


@pytest.mark.parametrize("text,outlet", [(RSS, "Sahel Wire"), (ATOM, "Lake Chad Monitor")])
def test_readers_feeds(tmp_path: Path, text: str, outlet: str):
    path = tmp_path / "feed.xml"
    path.write_text(text)
    docs = _documents(path)
    assert docs and all(doc.outlet == outlet for doc in docs)
    assert docs[0].published is not None
    assert "<p>" not in docs[0].text


def test_readers_folder_walk_skips_hidden_and_readme(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.jsonl").write_text('{"text": "Another report from Mopti."}\n')
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / "README.md").write_text("# About this folder\n\nNot an article.")
    docs = list(read_path(tmp_path))
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)


def test_readers_stdin(monkeypatch: pytest.MonkeyPatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    [doc] = list(read_paths(["-"]))
    assert isinstance(doc, Document) and doc.source_path == "<stdin>"


def test_readers_same_text_same_id(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("\n\n", "\n\n\n"))
    a, b = _documents(tmp_path)
    assert a.id == b.id


def test_readers_detect_format_by_content():
    assert detect_format("x.txt", "<!DOCTYPE html><html>") == "html"
    assert detect_format("x", '<?xml version="1.0"?><rss>') == "feed"
    assert detect_format("x.txt", '{"text": "a"}\n') == "jsonl"
    assert detect_format("x.json", "Plain words.") == "text"


def test_readers_seeds_metadata_and_clean_text(seeds_dir: Path):
    docs = {Path(d.source_path).stem[:3]: d for d in _documents(seeds_dir)}
    assert docs["000"].title == "Clinton visit to Algeria prepares war in Mali"
    assert docs["000"].authors == ("Kumaran Ira",) and docs["000"].published == date(2012, 11, 3)
    assert docs["001"].authors == ("Alex Lantier",) and docs["001"].published == date(2013, 1, 16)
    assert docs["002"].title.startswith("Malian president accuses Paris")
    assert docs["002"].published == date(2021, 10, 14)
    assert docs["003"].outlet == "Center for Strategic Communication"
    assert docs["003"].published is None and docs["003"].date_status == "unknown"
    assert "a political process" in docs["000"].text
    assert "One anonymous US military source" in docs["001"].text
    for doc in docs.values():
        assert "To contact" not in doc.text and "wsws.org" not in doc.text
        paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
        assert not any(p[0].islower() for p in paragraphs), "a sentence broken across paragraphs"
    assert "Source: France24" not in docs["003"].text
    assert "Mujahideen flock to Mali" not in docs["003"].text


def test_readers_html_site_name_beats_host_name(tmp_path: Path):
    page = HTML.replace(
        '<meta property="og:site_name"',
        '<link rel="canonical" href="https://news.example.org/a"><meta property="og:site_name"',
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    [doc] = _documents(path)
    assert doc.outlet == "Sahel Daily" and doc.url == "https://news.example.org/a"
