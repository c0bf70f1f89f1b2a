"""The evaluation harness: gold adapters, metrics, one scorer per task, the quality gate."""

from __future__ import annotations

__all__: list[str] = []
