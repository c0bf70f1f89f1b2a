import gzip
import math
import os
from pathlib import Path

import pytest

from newsgraph.places import gazetteer as gazetteer_module
from newsgraph.places.gazetteer import Gazetteer, haversine_km, import_dump


def _names(gazetteer: Gazetteer, name: str) -> set[tuple[str, str | None]]:
    return {
        (gazetteer.entries[i].name, gazetteer.entries[i].country_code)
        for i, _ in gazetteer.lookup(name)
    }


def test_gazetteer_alternate_names_match(gazetteer: Gazetteer) -> None:
    assert ("Timbuktu", "ML") in _names(gazetteer, "Tombouctou")
    assert ("Ségou", "ML") in _names(gazetteer, "Segou")


def test_gazetteer_transliteration_variants_match(gazetteer: Gazetteer) -> None:
    assert ("Diabali", "ML") in _names(gazetteer, "Diabaly")
    assert ("Kona", "ML") in _names(gazetteer, "Konna")


def test_gazetteer_fuzzy_match_scores_below_exact(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Timbukatu")
    assert found and all(score < 0.9 for _, score in found)
    assert gazetteer.lookup("Xqzzyv") == []


def test_gazetteer_layers_present(gazetteer: Gazetteer) -> None:
    features = {gazetteer.entries[i].feature for i, _ in gazetteer.lookup("Mali")}
    assert "A.PCLI" in features
    assert any(gazetteer.entries[i].feature == "A.ADM1" for i, _ in gazetteer.lookup("Mopti"))
    sahel = [gazetteer.entries[i] for i, _ in gazetteer.lookup("Sahel")]
    assert any(e.layer == "regions" and (e.radius_km or 0) > 500 for e in sahel)
    villages = [gazetteer.entries[i] for i, _ in gazetteer.lookup("Sévaré")]
    assert any(e.layer == "westafrica" for e in villages)


def test_gazetteer_countries_have_points(gazetteer: Gazetteer) -> None:
    mali = gazetteer.country("ML")  # at the PCLI point of the GeoNames Mali dump
    assert mali is not None and (mali.lat, mali.lon) == (18.0, -2.0)
    france = gazetteer.country("FR")  # no dump: countryinfo's centre
    assert france is not None and haversine_km(france.lat, france.lon, 46.0, 2.0) < 50
    assert len(gazetteer.countries) > 200


def test_gazetteer_admin1_names(gazetteer: Gazetteer) -> None:
    kidal = next(
        gazetteer.entries[i]
        for i, _ in gazetteer.lookup("Kidal")
        if gazetteer.entries[i].feature == "P.PPLA"
    )
    assert gazetteer.admin1_name(kidal) == "Kidal"


def test_gazetteer_haversine() -> None:
    assert math.isclose(haversine_km(0, 0, 0, 1), 111.195, rel_tol=1e-3)


_ROW = (
    "9999991\tNewtownia\tNewtownia\tNew Townia,Нью\t10.5\t-3.25\tP\tPPL\tML\t\t05\t\t\t\t"
    "1200\t\t300\tAfrica/Bamako\t2024-01-01\n"
)
_WELL = _ROW.replace("9999991", "9999992").replace("\tP\tPPL\t", "\tH\tWLL\t")


def test_gazetteer_import_dump_reduces_a_geonames_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "cache"))
    dump = tmp_path / "XX.txt.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as handle:
        handle.write(_ROW + _WELL)
    before = gazetteer_module._fingerprint()
    assert import_dump(dump) == 1  # the well is not a place news reports
    stored = gazetteer_module.imports_dir() / "XX.tsv.gz"
    entries = list(gazetteer_module._read_compact(stored, "import"))
    assert [(e.name, e.lat, e.lon, e.feature, e.population) for e, _ in entries] == [
        ("Newtownia", 10.5, -3.25, "P.PPL", 1200)
    ]
    assert entries[0][1] == ["New Townia"]  # Latin-script alternates only
    assert gazetteer_module._fingerprint() != before  # the next load rebuilds the index


def test_gazetteer_fingerprint_ignores_modification_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout or another worktree with the same data reuses the cached index."""
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "cache"))
    dump = tmp_path / "XX.txt.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as handle:
        handle.write(_ROW)
    import_dump(dump)
    before = gazetteer_module._fingerprint()
    stored = gazetteer_module.imports_dir() / "XX.tsv.gz"
    os.utime(stored, (1_000_000_000, 1_000_000_000))
    assert gazetteer_module._fingerprint() == before


def test_gazetteer_length_buckets_slice_by_length() -> None:
    keys, offsets = gazetteer_module._length_buckets(["bamako", "bko", "bamakoo", "bagdad"])["b"]
    assert keys[offsets[6] : offsets[7]] == ["bamako", "bagdad"]
    assert keys[offsets[7] : offsets[8]] == ["bamakoo"]


def test_gazetteer_lookup_memo_returns_same_result(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Timbukatu") == gazetteer.lookup("Timbukatu")
    assert gazetteer.lookup("Gao", fuzzy=False) == gazetteer.lookup("Gao")


def test_gazetteer_press_abbreviations_of_regions_and_country_codes(gazetteer: Gazetteer) -> None:
    assert ("California", "US") in _names(gazetteer, "Calif.")
    assert ("New Jersey", "US") in _names(gazetteer, "N.J.")
    assert ("United States", "US") in _names(gazetteer, "U.S.")
    assert ("Anguilla", "AI") not in _names(gazetteer, "AI")  # artificial intelligence
