"""The store: one DuckDB file, schema versioned by migrations, one writer."""

from newsgraph.store.writer import Store

__all__ = ["Store"]
