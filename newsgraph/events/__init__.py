"""The events stage: who did what to whom, where, when, how many, and who says so.

Reads the parse and the earlier stages' records (actors, places, times; each may be absent)
and writes `doc._.events`, `doc._.figures` and `doc._.quotes` (see `component`).
"""
