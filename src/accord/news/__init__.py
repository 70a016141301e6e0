"""From news to evidence: ingest articles, code PLOVER events, resolve actors, extract stances."""
