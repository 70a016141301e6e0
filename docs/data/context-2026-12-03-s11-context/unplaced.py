"""Step 1 of s11-context: gold actors a sentence does not place, and what the record's context says.

For every development event file (:func:`accord.news.nlp.rules_cv.dev_sets`) and every gold
record with an event (not ``NONE``): a gold source or target code is *unplaced* when it is a
state (a three-letter code of the gazetteer's countries) that no actor mention of the sentence
carries (:func:`accord.news.resolve.find_mentions` with ``bare=True``, as both coders read it;
a mention's own location phrase counts). For the records with an unplaced code: whether the
record has a URL; whether the URL's path words name that state (:func:`accord.news.home.
countries_in` of :func:`accord.news.home.slug_text`), whether the home country read from the
URL alone (:func:`accord.news.home.home_country`) is that state, and whether the publisher's
name names it (measured only: the coders never read the publisher).

Run from the repository root: ``PYTHONPATH=src python3
docs/data/context-2026-12-03-s11-context/unplaced.py > docs/data/context-2026-12-03-s11-context/unplaced.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def main() -> None:
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.home import countries_in, home_country, slug_text
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.resolve import find_mentions

    gaz = load()
    states = {e.code for entries in gaz.names.values() for e in entries if e.kind == "country"}
    states |= set(gaz.demonyms.values())
    root = Path.cwd()
    out: dict[str, Any] = {"files": {}, "records": []}
    totals = dict.fromkeys(
        ("events", "unplaced", "with_url", "slug_names", "home_is", "home_other", "publisher"), 0
    )
    for dev in dev_sets(root, root.parent / "shared"):
        raw = {str(r.get("id")): r for r in json.loads(Path(dev.path).read_text("utf-8"))}
        row = dict.fromkeys(totals, 0)
        for record in read_gold(dev.path, dev.split):
            if record.event == "NONE":
                continue
            row["events"] += 1
            tokens = tokenize(record.text)
            mentions = find_mentions(tokens, record.text, record.date, gaz, bare=True)
            placed = {m.actor.code for m in mentions if m.actor.code}
            gold = record.sources | record.targets
            unplaced = sorted(c for c in gold if c in states and c not in placed)
            if not unplaced:
                continue
            row["unplaced"] += 1
            item = raw.get(record.id, {})
            url = item.get("url") if isinstance(item.get("url"), str) else None
            publisher = item.get("publisher") if isinstance(item.get("publisher"), str) else None
            slug = set(countries_in(slug_text(url)))
            home = home_country(url=url)
            named_by_publisher = set(countries_in(publisher))
            row["with_url"] += url is not None
            row["slug_names"] += bool(slug & set(unplaced))
            row["home_is"] += home in unplaced
            row["home_other"] += home is not None and home not in unplaced
            row["publisher"] += bool(named_by_publisher & set(unplaced))
            out["records"].append(
                {
                    "file": dev.name,
                    "id": record.id,
                    "event": record.event,
                    "unplaced": unplaced,
                    "slug_countries": sorted(slug),
                    "home": home,
                    "publisher_countries": sorted(named_by_publisher),
                    "text": record.text,
                    "url": url,
                }
            )
        out["files"][dev.name] = {**row, "file_has_urls": any("url" in r for r in raw.values())}
        for key in totals:
            totals[key] += row[key]
    out["total"] = totals
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
