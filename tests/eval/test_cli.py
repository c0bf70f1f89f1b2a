from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from newsgraph.eval.cli import eval_command
from newsgraph.eval.runner import sample


def test_cli_refuses_errors_on_test_split() -> None:
    result = CliRunner().invoke(eval_command, ["places", "--split", "test", "--errors", "5"])
    assert result.exit_code == 2
    assert "dev split only" in result.output


def test_cli_missing_stage_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "newsgraph.places.component", None)  # import fails
    result = CliRunner().invoke(eval_command, ["places"])
    assert result.exit_code == 2
    assert "stage not available: places" in result.output
    assert "Traceback" not in result.output


def test_cli_rejects_unknown_task() -> None:
    assert CliRunner().invoke(eval_command, ["weather"]).exit_code == 2


def test_cli_sample_is_even_and_deterministic() -> None:
    items = list(range(100))
    assert sample(items, 4) == [0, 25, 50, 75]
    assert sample(items, 4) == sample(items, 4)
    assert sample(items, None) == items and sample(items, 500) == items
