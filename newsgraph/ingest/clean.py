"""Turn an article body as saved (Markdown, PDF conversion, web copy) into clean text.

Clean text is what every offset in newsgraph points into, so the rules here are
conservative and generic: strip Markdown markup, drop page furniture (contact footers,
link-only lines, media captions, trailing lists of related headlines), and join the
paragraph breaks that PDF conversion puts in the middle of a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_TERMINAL = tuple(".!?:;\"'”’»)…")
_URLISH = re.compile(r"^(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)$", re.I)
_BOILERPLATE = re.compile(
    r"^(?:to contact\b|contact us\b|subscribe\b|sign up\b|follow us\b|share (?:this|on)\b"
    r"|click here\b|read more\b|related(?: articles| stories| coverage)?\s*:?$|advertisement$"
    r"|all rights reserved|copyright\b|©)"
    r"|\bvisit:?$|\ball rights reserved\b",
    re.I,
)
_CAPTION_CREDIT = re.compile(
    r"^(?:source|photo|image|video|credit|caption|photograph|picture)\s*:\s*\S.{0,80}$", re.I
)
MIN_HEADLINE_LIST = 3  # this many bare short lines at the end are a list of links, not text
MAX_HEADLINE_CHARS = 120
MIN_RUNON_CHARS = 120  # a fragment this long without end punctuation is a broken sentence


def strip_markdown(line: str) -> str:
    """Markdown markup to plain text: links to their text, no emphasis or heading marks."""
    line = _HEADING.sub("", line)
    line = _LINK.sub(r"\1", line)
    previous = None
    while previous != line:
        previous, line = line, _EMPHASIS.sub(r"\2", line)
    return _SPACES.sub(" ", line).strip()


def split_blocks(text: str) -> list[list[str]]:
    """Blocks separated by blank lines, each a list of its stripped, unmarked lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = strip_markdown(raw)
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def is_boilerplate(line: str) -> bool:
    """Contact footers, subscription prompts, copyright lines and bare links."""
    return bool(_BOILERPLATE.search(line) or _URLISH.match(line))


def is_headline_like(line: str) -> bool:
    """A short line without closing punctuation: a heading or a listed link."""
    return len(line) <= MAX_HEADLINE_CHARS and not line.endswith(_TERMINAL)


def drop_trailing_furniture(blocks: list[list[str]]) -> list[list[str]]:
    """Remove footers and a closing list of related headlines, line by line from the end."""
    lines = [(b, i) for b, block in enumerate(blocks) for i in range(len(block))]
    cut = len(lines)
    headlines = 0
    for position in range(len(lines) - 1, -1, -1):
        b, i = lines[position]
        line = blocks[b][i]
        if is_boilerplate(line):
            cut = position
        elif is_headline_like(line):
            headlines += 1
            if headlines >= MIN_HEADLINE_LIST:
                cut = position
        else:
            break
    if cut == len(lines):
        return blocks
    kept: dict[int, list[str]] = {}
    for b, i in lines[:cut]:
        kept.setdefault(b, []).append(blocks[b][i])
    return list(kept.values())


def is_caption(block: list[str]) -> bool:
    """A short block closed by a credit line ('Source: France24'): a media caption."""
    return (
        len(block) <= 3
        and bool(_CAPTION_CREDIT.match(block[-1]))
        and all(len(line) < 200 for line in block)
    )


def joins_next(previous: str, following: str) -> bool:
    """Whether a blank line between two blocks is a PDF break inside one sentence."""
    if previous.endswith(_TERMINAL):
        return False
    first = following[0]
    return first.islower() or first in ",;—–-)" or len(previous) >= MIN_RUNON_CHARS


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join paragraphs that a blank line split in the middle of a sentence."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and joins_next(joined[-1], paragraph):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def clean_paragraphs(body: str) -> list[str]:
    """The article body as clean paragraphs, furniture removed and broken sentences joined."""
    blocks = [block for block in split_blocks(body) if not is_caption(block)]
    blocks = [block for block in blocks if not all(is_boilerplate(line) for line in block)]
    blocks = drop_trailing_furniture(blocks)
    return join_broken_paragraphs([" ".join(block) for block in blocks])


def layout(paragraphs: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Join paragraphs with blank lines; return the text and each paragraph's offsets."""
    offsets: list[tuple[int, int]] = []
    position = 0
    for paragraph in paragraphs:
        offsets.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    return "\n\n".join(paragraphs), tuple(offsets)


@lru_cache(maxsize=1)
def _sentencizer() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_offsets(
    text: str, paragraphs: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """Sentence offsets, never crossing a paragraph boundary (rule-based: cheap at ingest)."""
    nlp = _sentencizer()
    offsets: list[tuple[int, int]] = []
    for start, end in paragraphs:
        doc = nlp(text[start:end])
        offsets.extend((start + s.start_char, start + s.end_char) for s in doc.sents)
    return tuple(offsets)
