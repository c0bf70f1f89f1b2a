"""Tests of the evaluation harness; gold-reading tests skip when shared data is absent."""

from __future__ import annotations

import pytest

from newsgraph import config

needs_data = pytest.mark.skipif(
    not (config.shared_dir() / "data").is_dir(), reason="shared/data is not present"
)
