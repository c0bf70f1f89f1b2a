"""Name normalisation shared by the gazetteer index and the resolver.

`fold` gives the exact-match key (case, accents and punctuation ignored); `skeleton` maps a
name to a transliteration-insensitive key, so that French and English spellings of one
African or Arabic name meet (Diabaly/Diabali, Konna/Kona, Tombouctou/Tumbuktu): vowel
digraphs, y/i, doubled consonants and the common consonant clusters are unified.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "is_latin", "skeleton", "skeleton_of_key", "strip_accents"]

_PUNCT = re.compile(r"[.'’`ʼ‘]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i"})
# Ordered rewrites: French/English/Arabic transliteration variants onto one spelling.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),
    ("sh", "ch"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ck", "k"),
    ("qu", "k"),
    ("q", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ei", "i"),
    ("y", "i"),
    ("w", "u"),
    ("c", "k"),
    ("z", "s"),
    ("h", ""),
)
_DOUBLE = re.compile(r"(.)\1+")
_ARTICLE = re.compile(r"^(?:el|al|the|le|la|les)\s+")


def fold(name: str) -> str:
    """Lower-case, accent-free, punctuation-free key: 'Sévaré' and 'SEVARE' -> 'sevare'."""
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PUNCT.sub("", text)
    return _NON_ALNUM.sub(" ", text).strip() if text.isascii() else " ".join(text.split())


def is_latin(key: str) -> bool:
    """True for a folded key in Latin script (other scripts are never in English news)."""
    return bool(key) and key.isascii()


def skeleton(name: str) -> str:
    """Transliteration-insensitive key of a name (see module docstring)."""
    return skeleton_of_key(fold(name))


def skeleton_of_key(key: str) -> str:
    """`skeleton` of an already folded key."""
    key = _ARTICLE.sub("", key).replace(" ", "").replace("-", "")
    for old, new in _SKELETON_RULES:
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)


def strip_accents(name: str) -> str:
    """'Ségou' -> 'Segou', keeping case: the spelling of the press without accents."""
    text = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))
