"""Step 1 of s20-home (start code, nothing changed): where would a home from the sentence's
places (P) or from the publisher's country-code host (H) reach, over the READING records only?

For every READING record (the sets of ``dev_sets`` less session 20's CHECK files, which this
script never opens) it reads the sentence's mentions as both coders do (``find_mentions`` with
``bare=True``, no home) and sorts the record:

* ``bare_only``: bare agents without a code and no coded mention at all (s19-silent's
  "no candidate: only bare agents" block, where a home is what is missing);
* ``bare_places``: bare agents whose sentence's only coded mentions are places (a country-coded
  mention after a locative preposition, as :func:`accord.news.locations.locate` reads one).

For each it gives P (the one state of the places, else none) and H (the state of the host's
country-code top-level domain, else none), and whether each is the gold's state (the gold's
source set is exactly that state; or the state is among the gold's actors). A home moves the
coders only where the record has no home of its own (title, path) and the sentence names bare
agents and no coded actor but places; "false homes" are records of that exposure where P or H
gives a state that is not among the gold's actors (NONE-gold records included).

    PYTHONPATH=src python3 docs/data/home-2026-12-04-s20-home/measure.py > measure.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from accord.news.evaluate import read_gold
from accord.news.gazetteer import load, tokenize
from accord.news.locations import LOCATIVE
from accord.news.nlp.rules_cv import dev_sets
from accord.news.resolve import find_mentions

CHECK = {"heldout-s18", "heldout-s18b", "heldout-s19", "heldout-s19b"}
SKIP = {"THE", "CAPITAL", "CITY", "TOWN", "VILLAGE", "REGION", "OF"}
GENERIC = {"io", "co", "tv", "me", "ai", "fm", "ly", "cc", "to", "ws", "eu"}


def iso2() -> dict[str, str]:
    import csv

    rows = csv.DictReader(open("src/accord/institutions/unvotes/data/members.csv"))
    table = {r["iso2"].lower(): r["iso3"] for r in rows if r["iso2"]}
    table["uk"] = "GBR"
    return table


def host_state(url: str | None, table: dict[str, str]) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    tld = host.rsplit(".", 1)[-1]
    if len(tld) != 2 or tld in GENERIC:
        return None
    return table.get(tld)


def is_place(tokens, m) -> bool:
    if len(m.actor.code) != 3 or (m.actor.name and m.actor.role) or m.bare:
        return False
    i = m.start - 1
    while i >= 0 and tokens[i].key in SKIP:
        i -= 1
    return i >= 0 and tokens[i].key in LOCATIVE


def main() -> None:
    gaz = load()
    table = iso2()
    out: dict[str, object] = {}
    totals: Counter[str] = Counter()
    for dev in dev_sets(Path("."), Path("/work/shared")):
        if dev.name in CHECK:
            continue
        c: Counter[str] = Counter()
        for r in read_gold(dev.path, dev.split):
            tokens = tokenize(r.text)
            ms = find_mentions(tokens, r.text, r.date, gaz, bare=True)
            bare = [m for m in ms if m.bare and not m.actor.code]
            coded = [m for m in ms if m.actor.code]
            places = [m for m in coded if is_place(tokens, m)]
            if not bare or len(places) != len(coded):
                continue
            if r.home is not None:
                c["bare_with_home" + ("" if r.event != "NONE" else "_nonegold")] += 1
                continue
            kind = "bare_only" if not coded else "bare_places"
            states = {m.actor.code for m in places}
            p = states.pop() if len(states) == 1 else None
            h = host_state(r.url, table)
            gold = r.sources | r.targets
            none = r.event == "NONE"
            c[f"{kind}{'_nonegold' if none else ''}"] += 1
            for name, state in (("P", p), ("H", h), ("P+H", p or h)):
                if state is None:
                    continue
                c[f"{kind}:{name}:gives"] += 1
                if not none and r.sources == {state}:
                    c[f"{kind}:{name}:gold_source"] += 1
                if not none and state in gold:
                    c[f"{kind}:{name}:in_gold"] += 1
                else:
                    c[f"{kind}:{name}:false"] += 1
            if not none and kind == "bare_only" and h is None:
                host = urlsplit(r.url).hostname if r.url else None
                c[f"bare_only:no_H:{'nourl' if not host else host.rsplit('.', 1)[-1]}"] += 1
        out[dev.name] = dict(sorted(c.items()))
        totals.update(c)
    out["TOTAL"] = dict(sorted(totals.items()))
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
