"""The code tables and lexicons shipped in `data/` (see data/README.md for sources and licences).

Loaded once per process and cached: the stage looks words up per token.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

__all__ = [
    "DATA_DIR",
    "read_rows",
    "Coding",
    "Lexicon",
    "acled_taxonomy",
    "agent_codes",
    "cameo_labels",
    "cameo_root",
    "lexicon",
    "plover_types",
    "read_petrarch_verbs",
]

DATA_DIR = Path(__file__).parent / "data"


def read_rows(name: str) -> list[dict[str, str]]:
    """Rows of a TSV file in data/, skipping its leading `#` comment lines."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(lines, delimiter="\t")
    ]


def cameo_root(code: str | None) -> str | None:
    """The two-digit CAMEO root of a 2- to 4-digit code ('195' -> '19')."""
    return code[:2] if code else None


@dataclass(frozen=True, slots=True)
class Coding:
    """One trigger's coding in the three ontologies."""

    cameo: str
    plover_type: str | None
    plover_mode: str | None = None
    plover_context: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    territory: bool = False
    curated: bool = True  # False: from the broad PETRARCH verb dictionary
    phrase: bool = False  # a light-verb phrase ("open fire"): its object is no target

    @property
    def cameo_root(self) -> str | None:
        """None for acts CAMEO does not code (defusing a bomb)."""
        return self.cameo[:2] or None


@dataclass(frozen=True, slots=True)
class Instrument:
    plover_mode: str
    cameo: str
    acled_event_type: str
    acled_sub_event_type: str


@cache
def cameo_labels() -> dict[str, tuple[str, str | None, str | None, str | None]]:
    """CAMEO code -> (label, PLOVER type, PLOVER mode, PLOVER context)."""
    return {
        row["code"]: (
            row["label"],
            row["plover_type"] or None,
            row["plover_mode"] or None,
            row["plover_context"] or None,
        )
        for row in read_rows("cameo.tsv")
    }


@cache
def plover_types() -> dict[str, dict]:
    """PLOVER event types with their quad category, description and modes."""
    with (DATA_DIR / "plover.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["event_types"]


@cache
def acled_taxonomy() -> dict:
    """ACLED event types, sub-event types (-> disorder type), inter codes and defaults."""
    with (DATA_DIR / "acled.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def agent_codes() -> dict[str, str]:
    """Generic actor noun (lemma) -> CAMEO agent code: insurgent -> REB, troop -> MIL."""
    return {row["noun"]: row["code"] for row in read_rows("agents.tsv")}


def _from_cameo(code: str) -> Coding:
    """A coding for a bare CAMEO code: PLOVER from CAMEO2PLOVER, ACLED from the root default."""
    labels = cameo_labels()
    _, plover, mode, context = labels.get(code) or labels.get(code[:2]) or ("", None, None, None)
    acled = acled_taxonomy()["from_cameo_root"].get(code[:2]) or (None, None)
    return Coding(code, plover, mode, context, acled[0], acled[1], curated=False)


_SYNSET = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")


def read_petrarch_verbs(path: str | Path) -> dict[str, str]:
    """Single-word verbs -> CAMEO code from a PETRARCH-format verb dictionary (the format of
    CAMEO.2.0.txt): each synset's code, or the verb's own [code]; patterns are not read."""
    verbs: dict[str, str] = {}
    block_code: str | None = None
    with Path(path).open(encoding="latin-1") as handle:
        for line in handle:
            head = _SYNSET.match(line)
            if head:
                block_code = head.group(2)
                continue
            if block_code is None or not line.strip() or line[0] in "+-#&~<":
                continue
            body = line.split("#")[0]
            word = body.split()[0] if body.split() else ""
            own = re.search(r"\[([^\]]*)\]", body)
            code = (own.group(1) if own else block_code).split(":")[0].strip()
            if re.fullmatch(r"[A-Z]+", word) and re.fullmatch(r"\d{2,4}", code):
                verbs.setdefault(word.lower(), code)
    return verbs


class Lexicon:
    """Trigger lemma (verb or event noun, or a light-verb phrase) -> `Coding`.

    `broad_verbs` (lemma -> CAMEO code), e.g. `read_petrarch_verbs` of a project's own
    PETRARCH verb file, replaces the shipped broad dictionary and, in broad mode, takes
    precedence over the curated lexicon for the verbs it lists."""

    def __init__(self, broad_verbs: dict[str, str] | None = None) -> None:
        self._entries: dict[tuple[str, str], Coding] = {}
        for row in read_rows("lexicon.tsv"):
            coding = Coding(
                cameo=row["cameo"],
                plover_type=row["plover_type"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
                acled_event_type=row["acled_event_type"] or None,
                acled_sub_event_type=row["acled_sub_event_type"] or None,
                territory=row["territory"] == "1",
                phrase=" " in row["key"],
            )
            for pos in ("VERB", "NOUN") if row["pos"] == "*" else (row["pos"],):
                self._entries[(row["key"], pos)] = coding
        self._override = broad_verbs is not None
        self._broad = broad_verbs or {
            row["lemma"]: row["cameo"] for row in read_rows("cameo_verbs.tsv")
        }
        self.instruments = {
            row["word"]: Instrument(
                row["plover_mode"],
                row["cameo"],
                row["acled_event_type"],
                row["acled_sub_event_type"],
            )
            for row in read_rows("instruments.tsv")
        }

    def lookup(
        self, lemma: str, pos: str, complement: str | None = None, broad: bool = False
    ) -> Coding | None:
        """The coding of a trigger; `complement` is its object's lemma ('take' + 'control').

        `broad` adds the PETRARCH verb dictionary for verbs the curated lexicon lacks."""
        pos = "NOUN" if pos in ("NOUN", "PROPN") else "VERB"
        if broad and self._override and pos == "VERB" and lemma in self._broad:
            return _from_cameo(self._broad[lemma])  # the user's own verb dictionary rules
        if complement and (f"{lemma} {complement}", pos) in self._entries:
            return self._entries[(f"{lemma} {complement}", pos)]
        if (lemma, pos) in self._entries:
            return self._entries[(lemma, pos)]
        if broad and pos == "VERB" and lemma in self._broad:
            return _from_cameo(self._broad[lemma])
        return None


@cache
def lexicon(verb_dictionary: str | None = None) -> Lexicon:
    """The shared lexicon; `verb_dictionary`: a PETRARCH verb file for the broad layer."""
    return Lexicon(read_petrarch_verbs(verb_dictionary) if verb_dictionary else None)
