"""spaCy plumbing shared by every extraction stage: loading and Doc extensions."""
