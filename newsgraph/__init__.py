"""newsgraph: an evidence-backed knowledge base of armed-conflict events from news text.

    >>> import newsgraph
    >>> kb = newsgraph.open("newsgraph.duckdb")
    >>> kb.documents(as_="pandas")
"""

from __future__ import annotations

from newsgraph.kb import KnowledgeBase
from newsgraph.kb import open_kb as open  # noqa: A004 - the public name is newsgraph.open

__version__ = "0.1.0"
__all__ = ["KnowledgeBase", "__version__", "open"]
