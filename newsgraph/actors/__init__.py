"""The actors stage: recognise, resolve and code every actor a news article names.

`dictionary` loads the canonical actor dictionary shipped in `data/`; `resolve` maps a name
in one article to an actor (acronyms defined in the text, short forms, nationalities,
fuzzy variants, discovered actors); `roles` dates offices; `component` is the spaCy stage.
The CLI's actor tables are store queries (`store.queries.actors`, `KnowledgeBase.actor`).
"""
