"""The only conftest: shared fixtures for every test module."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import config


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """A path for a fresh DuckDB store."""
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The four reference seed articles; tests that need them skip when shared/ is absent."""
    path = config.shared_dir() / "seeds"
    if not path.is_dir():
        pytest.skip("shared/seeds is not present")
    return path
