"""One small adapter per gold set; each returns the gold types of `gold.types`."""

from __future__ import annotations

__all__: list[str] = []
