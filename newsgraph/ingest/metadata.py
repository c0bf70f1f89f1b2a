"""Article metadata, and the rules that read it from an article's first lines.

Saved articles put a title, an author line, a date line and sometimes the outlet's name
above the body, in no fixed order and with or without Markdown marks. Each line is
classified on its own shape; the first line no field claims is the title. A date is only ever
recorded when one is printed: an article without one keeps `published=None`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

import dateparser

from newsgraph.ingest.clean import strip_markdown

MAX_HEADER_LINES = 6
MAX_HEADER_LINE_CHARS = 160
_KEYED = re.compile(
    r"^(title|headline|by|author|authors|date|published|updated|source|outlet|publisher|url)"
    r"\s*:\s*(.+)$",
    re.I,
)
_BY = re.compile(r"^by\s+(.+)$", re.I)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_DATE_SHAPE = re.compile(
    rf"^(?:(?:published|updated|posted)(?: on)?\s*:?\s*)?(?:[a-z]+day,?\s+)?(?:"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[t ][\d:.+-z]+)?"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    rf")(?:,?\s+\d{{1,2}}[:.]\d{{2}}.*)?$",
    re.I,
)
_NAME = (
    r"(?:[A-Z][\w'’.-]*|de|da|di|du|van|von|der|bin|ibn|al|el|le|la)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|de|da|di|du|van|von|der|bin|ibn|al|el|le|la)){1,3}"
)
_AUTHORS = re.compile(rf"^{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME})*$")
_ORG_WORDS = re.compile(
    r"\b(center|centre|institute|foundation|council|news|times|post|press|agency|journal|"
    r"herald|review|tribune|gazette|daily|network|radio|television|tv|media|communications?|"
    r"broadcasting|monitor|observer|magazine|report|bbc|reuters|al jazeera)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    language: str = "en"
    notes: tuple[str, ...] = field(default=())


def parse_date_value(value: str | date | datetime | None) -> date | None:
    """A metadata date (ISO, RFC 2822, '3 November 2012', ...) as a date; None if unclear."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    parsed = dateparser.parse(
        str(value).strip(),
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def parse_date_line(line: str) -> date | None:
    """A header line that is nothing but a date ('3 November 2012', 'Published: 2013-01-16')."""
    if len(line) > 60 or not _DATE_SHAPE.match(line.strip()):
        return None
    core = re.sub(r"^(?:published|updated|posted)(?: on)?\s*:?\s*", "", line.strip(), flags=re.I)
    return parse_date_value(core)


def parse_authors(line: str) -> tuple[str, ...]:
    """'Alex Lantier', 'By A and B', 'A, B & C' as a tuple of names; () when not names."""
    match = _BY.match(line)
    text = match.group(1) if match else line
    if len(text) > 80 or _ORG_WORDS.search(text) or not _AUTHORS.match(text):
        return ()
    return tuple(name.strip() for name in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", text) if name)


def looks_like_outlet(line: str) -> bool:
    """A title-cased organisation name ('Center for Strategic Communication')."""
    words = [w for w in re.findall(r"[\w'’-]+", line) if len(w) > 3]
    return (
        bool(_ORG_WORDS.search(line))
        and len(line) <= 80
        and not line.endswith(tuple(".!?"))
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
    )


def _is_body(line: str) -> bool:
    return len(line) > MAX_HEADER_LINE_CHARS or (
        line.endswith((".", "!", "?", "”", '"')) and len(line.split()) > 12
    )


def parse_header(raw_lines: list[str]) -> tuple[Metadata, int]:
    """Read metadata from the first lines; return it and the index where the body starts."""
    fields: dict[str, object] = {}
    unclaimed: list[tuple[int, str]] = []
    body_start = 0
    seen = 0
    for index, raw in enumerate(raw_lines):
        if not raw.strip():
            continue
        line = strip_markdown(raw)
        if not line:
            continue
        if seen >= MAX_HEADER_LINES or _is_body(line):
            break
        seen += 1
        body_start = index + 1
        if not _claim(line, raw, fields):
            unclaimed.append((index, line))
    if "title" not in fields and unclaimed:
        fields["title"] = unclaimed.pop(0)[1]
    if unclaimed:  # header-zone text that is no metadata (a standfirst): keep it as body
        body_start = unclaimed[0][0]
    return Metadata(**fields), body_start  # type: ignore[arg-type]


def _claim(line: str, raw: str, fields: dict[str, object]) -> bool:
    """Assign one header line to a metadata field if its shape says which."""
    keyed = _KEYED.match(line)
    if keyed:
        key, value = keyed.group(1).lower(), keyed.group(2).strip()
        if key in ("title", "headline"):
            fields.setdefault("title", value)
        elif key in ("by", "author", "authors"):
            fields.setdefault("authors", parse_authors(value) or (value,))
        elif key in ("date", "published", "updated"):
            fields.setdefault("published", parse_date_value(value))
        elif key in ("source", "outlet", "publisher"):
            fields.setdefault("outlet", value)
        else:
            fields.setdefault("url", value)
        return True
    if raw.lstrip().startswith("#") and "title" not in fields:
        fields["title"] = line
        return True
    if "published" not in fields and (published := parse_date_line(line)):
        fields["published"] = published
        return True
    if "authors" not in fields and (authors := parse_authors(line)):
        fields["authors"] = authors
        return True
    if "outlet" not in fields and looks_like_outlet(line):
        fields["outlet"] = line
        return True
    return False
