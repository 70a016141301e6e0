"""The audit of state codes: codes the gazetteer's entries carry that are no country of its list.

Session 21, s21-codes. Run with the code to audit on PYTHONPATH (a7aa678's, then the branch's):

    PYTHONPATH=/tmp/s21-start/src python3 docs/data/codes-2026-12-05-s21-codes/audit.py before
    PYTHONPATH=src python3 docs/data/codes-2026-12-05-s21-codes/audit.py after

It writes ``audit-<label>.json`` beside itself: (1) every three-letter code of an entry (its
code or a dated term's) that is no code of the country list the build makes (generated and
curated countries) and no actor class (IGO, NGO, IMG, MNC, curated organisations), with the
kinds and names of the entries that carry it; (2) for each country-like name of the Phoenix
country dictionary's state blocks and of the dependencies (every alias of a country entry
would be too many: these are the names whose code the audit questions), the kind and code its
entries give on 2025-06-01 and the demonym table's code.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

from accord.news import gazetteer as g

NAMES = [
    "South Sudan",
    "South Sudanese",
    "Juba",
    "Kosovo",
    "Kosovar",
    "Kosovars",
    "Pristina",
    "Kosovo Assembly",
    "Kosovo Security Force",
    "East Timor",
    "Timor-Leste",
    "Timorese",
    "Dili",
    "Wallis and Futuna",
    "Wallisian",
    "Aruba",
    "Aruban",
    "Bermuda",
    "Bermudian",
    "Cayman Islands",
    "Anguilla",
    "Guernsey",
    "East Germany",
    "East German",
    "Leipzig",
    "Dresden",
    "Republika Srpska",
    "Serbian Krajina",
    "Eritrea",
    "Asmara",
    "Montenegro",
    "Serbia",
    "Belgrade",
    "Bosnia",
    "Sarajevo",
    "Macedonia",
    "Skopje",
    "Iraqi Kurdistan",
    "Erbil",
    "Greenland",
    "Greenlandic",
    "Puerto Rico",
    "Gibraltar",
    "Falklands",
    "New Caledonia",
    "Soviet Union",
    "Czechoslovakia",
    "Serbia and Montenegro",
    "Dominica",
    "Kinakuta",
    "Niue",
    "Niuean",
    "Cook Islands",
]
WHEN = dt.date(2025, 6, 1)


def main() -> None:
    label = sys.argv[1]
    gaz = g.build_gazetteer()
    raw = g.load_raw()
    countries = {c["code"] for c in raw["generated"]["countries"]}
    countries |= {c["code"] for c in raw["curated"].get("countries", [])}
    allowed = countries | g._NON_STATE | set(gaz.org_classes)
    outside: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for entries in gaz.names.values():
        for entry in entries:
            for code in {entry.code, *(t.code for t in entry.terms)}:
                if len(code) == 3 and code.isalpha() and code.isupper() and code not in allowed:
                    outside[code][entry.kind].add(entry.name)
    for key, code in gaz.demonyms.items():
        if code not in allowed:
            outside[code]["demonym"].add(" ".join(key))
    names = {}
    for name in NAMES:
        key = g.phrase_key(name)
        entries = [(e.kind, e.as_of(WHEN)[0], e.name) for e in gaz.names.get(key, [])]
        names[name] = {"entries": entries, "demonym": gaz.demonyms.get(key)}
    report = {
        "outside_country_list": {
            code: {kind: sorted(found) for kind, found in kinds.items()}
            for code, kinds in sorted(outside.items())
        },
        "names": names,
        "country_entries": len(
            {e.code for v in gaz.names.values() for e in v if e.kind == "country"}
        ),
    }
    out = Path(__file__).with_name(f"audit-{label}.json")
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    for code, kinds in report["outside_country_list"].items():
        print(
            code, {k: len(v) for k, v in kinds.items()}, [n for v in kinds.values() for n in v][:3]
        )


if __name__ == "__main__":
    main()
