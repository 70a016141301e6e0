"""Session 46 (s46-company): census of companies as actors on the READING files.

Reads every file of :func:`accord.news.nlp.rules_cv.dev_sets` except session 46's CHECK files,
which are skipped by name before any file is opened (``CHECK`` below), runs both coders (the
code under PYTHONPATH: the start code, /tmp/s46-start/src, for ``census-start.txt``) on every
READING record, and prints every record where a company holds a slot in the gold or in a
coder's first event (the one ``accord events evaluate`` scores), with each coder's first event
(actors with the words that named them), right or wrong as the evaluation counts it (type,
source set, target set where the gold names one; organisations folded to IGO/NGO), and why.

Which records: (1) a word search of the sentences (company names and the words the brief
lists: "company", "firm", "corporation", "group", "state-owned", "state-run", "operator",
"carrier", and "conglomerate", "airline", "business", "manufacturer", "contractor"), each hit
read by hand (``GOLD_SLOT`` and ``NO_SLOT``: the company's slot in the gold's act, its owner and
how the gold codes it, one reason a row); (2) every first event of either coder with a company
(an actor of the agent sector BUS: a company noun or a company the gazetteer names) among its
sources or targets, found by rule. A ship, a business person or an industry (also sector BUS
in the agent dictionary) is listed under (2) but is no company.

Run from the worktree root::

    PYTHONPATH=/tmp/s46-start/src nice python3 \\
        docs/data/company-2026-12-08-s46-company/census.py \\
        > docs/data/company-2026-12-08-s46-company/census-start.txt
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

CHECK = (
    "heldout-s44",
    "heldout-s44b",
    "heldout-s44c",
    "heldout-s45",
    "heldout-s45b",
    "heldout-s45c",
)

SEARCH = re.compile(
    r"Rosneft|Lukoil|Gazprom|Novatek|Surgutnefte\w*|Sovcomflot|Rosatom|Orano|Somair|Belavia|"
    r"\bNIS\b|Hutchison|Nexperia|Wingtech|TikTok|\bMOL\b|Caravella|Wagner|"
    r"compan(?:y|ies)|\bfirms?\b|corporations?|\bgroups?\b|state-owned|state-run|operators?|"
    r"carriers?|conglomerates?|\bairlines?\b|\bbusiness(?:es)?\b|manufacturers?|contractors?",
    re.I,
)

# Read by hand: the records where a company holds a slot of the gold's act. id -> (company,
# owner, slot, how the gold codes the company, reading). Readings: "state-follows" (a
# state-owned company coded as its state), "none-follows" (a private company, or dealings
# between companies, given no code or no event), "state-against" (a private company coded as
# a state: the gold departs from the convention).
GOLD_SLOT: dict[str, tuple[str, str, str, str, str]] = {
    "ACCORD-2025-040": ("Rosneft, Lukoil", "state, private", "target", "RUS", "state-follows"),
    "HO28F-013": ("Rosneft, Lukoil", "state, private", "target", "RUS", "state-follows"),
    "HO26G-007": ("Orano (SOMAIR)", "state (FRA)", "target", "FRA", "state-follows"),
    "HO26H-048": ("Orano (a unit)", "state (FRA)", "target", "FRA", "state-follows"),
    "HO26L-042": ("Orano (Somair)", "state (FRA)", "target", "FRA", "state-follows"),
    "HO27M-041": ("Orano (Somair)", "state (FRA)", "target", "FRA", "state-follows"),
    "HO27S-032": ("Orano (Somair)", "state (FRA)", "target", "FRA", "state-follows"),
    "HO26R-046": ("Belavia", "state (BLR)", "target", "BLR", "state-follows"),
    "HO29Q-024": ("Rosatom", "state (RUS)", "source", "RUS", "state-follows"),
    "HO29Q-042": ("Rosatom", "state (RUS)", "source", "RUS", "state-follows"),
    "HO29J-024": (
        "NIS, 'the Serbian oil company'",
        "Gazprom Neft, Serbia",
        "target",
        "SRB",
        "state-follows",
    ),
    "HO29J-025": (
        "NIS, 'the Serbian oil company'",
        "Gazprom Neft, Serbia",
        "target",
        "SRB",
        "state-follows",
    ),
    "HO26K-058": ("'Cuban state companies'", "state (CUB)", "target", "CUB", "state-follows"),
    "HO28U-012": (
        "Gazprom and MOL (talks on a sale)",
        "state, private",
        "source",
        "none",
        "none-follows",
    ),
    "HO29M-038": ("Gazprom (an arbitration)", "state", "target", "none", "none-follows"),
    "HO28J-002": ("CK Hutchison (its sale)", "private", "target", "none", "none-follows"),
    "HO28R-040": ("CK Hutchison (its arbitration)", "private", "source", "none", "none-follows"),
    "HO28I-029": ("Nexperia (control taken)", "private", "target", "none", "none-follows"),
    "HO28I-031": ("Nexperia (export control)", "private", "target", "none", "none-follows"),
    "HO29N-019": ("Nexperia (control returned)", "private", "target", "none", "none-follows"),
    "HO29N-020": (
        "Wingtech, 'its Chinese parent company'",
        "private",
        "source",
        "none",
        "none-follows",
    ),
    "HO29N-021": ("Wingtech (a statement)", "private", "source", "none", "none-follows"),
    "HO28K-032": ("TikTok", "private", "source", "none", "none-follows"),
    "HO28M-025": (
        "'Facebook and other social media companies'",
        "private",
        "source",
        "none",
        "none-follows",
    ),
    "HO27R-043": ("Stem Shipping (an operator)", "private", "source", "none", "none-follows"),
    "HO27U-027": ("Columbia Shipmanagement", "private", "source", "none", "none-follows"),
    "HO28C-033": ("Caravella (its request)", "private", "target", "none", "none-follows"),
    "HO28U-029": (
        "Panama Ports Company (its contract)",
        "private",
        "target",
        "none",
        "none-follows",
    ),
    "HO29T-028": ("X, YouTube, Instagram, TikTok", "private", "target", "none", "none-follows"),
    "HO29T-030": ("Meta, TikTok (talks)", "private", "partner", "none", "none-follows"),
    "HO26L-060": ("six international airlines", "private", "target", "none", "none-follows"),
    "HO27Y-044": ("mobile network operators", "private", "target", "none", "none-follows"),
    "HO26X-047": (
        "companies that deal with Israeli ports",
        "private",
        "target",
        "none",
        "none-follows",
    ),
    "HO28T-011": ("companies cooperating with Israel", "private", "target", "none", "none-follows"),
    "HO27W-050": (
        "CK Hutchison (a unit: ports occupied)",
        "private",
        "target",
        "HKG before session 46, none since",
        "state-against (relabelled)",
    ),
    "HO27I-014": (
        "Nexperia, 'its Chinese parent company' (Wingtech)",
        "private",
        "target",
        "CHN",
        "state-against",
    ),
    "HO27I-015": ("Wingtech (its statement)", "private", "source", "CHN", "state-against"),
    "HO26M-005": (
        "a construction company co-owned by a mayor",
        "private",
        "target",
        "TUR",
        "state-against",
    ),
    "HO26B-023": ("27 American companies", "private", "target", "USA", "state-against"),
    "HO26E-032": ("US defence firms and executives", "private", "target", "USA", "state-against"),
    "HO27I-003": ("12 US companies", "private", "target", "USA", "state-against"),
    "HO27I-021": (
        "a Chinese cyber actor and a cybersecurity firm",
        "private",
        "target",
        "CHN",
        "state-against",
    ),
    "HO27X-038": (
        "a Chinese cybersecurity company and a person",
        "private",
        "target",
        "CHN",
        "state-against",
    ),
    "HO29E-040": (
        "a hacker and cybersecurity company Sichuan Juxinhe",
        "private",
        "target",
        "CHN",
        "state-against",
    ),
    "HO27U-011": (
        "Iran's 'shadow fleet' vessels and related firms",
        "private",
        "target",
        "IRN",
        "state-against",
    ),
    "HO27U-012": (
        "13 companies linked to Iranian crude",
        "private",
        "target",
        "IRN",
        "state-against",
    ),
    "HO27O-032": (
        "relatives of Maduro and six companies",
        "private",
        "target",
        "VEN",
        "state-against",
    ),
    "HO26F-002": (
        "Maduro's relatives and businesses tied to him",
        "private",
        "target",
        "VEN",
        "state-against",
    ),
    "HO27Z-005": (
        "2,400 Russian businesses and individuals",
        "private",
        "target",
        "RUS",
        "state-against",
    ),
    "HO26-068": ("Indian airlines", "private (mostly)", "target", "IND", "state-against"),
    "HO26V-017": ("Indian airlines", "private (mostly)", "target", "IND", "state-against"),
    "HO28J-013": ("Indian airlines", "private (mostly)", "target", "IND", "state-against"),
    "HO27O-029": ("Chinese chip companies", "private", "target", "CHN", "state-against"),
    "HO27G-033": (
        "Vietnamese businesses (asked to invest)",
        "private",
        "target",
        "VNM",
        "state-against",
    ),
}

# Found by the search, read, and no company in a slot of the gold's act (a speaker, a state
# news agency, an aircraft carrier, "firm" as an adjective, an armed group, a company in a
# clause beside the coded act): listed by id in the output.


def codes(value: Any) -> list[str]:
    """The gold's codes of a source or target field."""
    if not value:
        return []
    return sorted(str(v.get("code")) if isinstance(v, dict) else str(v) for v in value)


def reading(root: Path, shared: Path) -> list[tuple[str, Any]]:
    """Every READING record as ``(set name, GoldRecord)`` (DOCUMENT records left out)."""
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    out = []
    for dev in dev_sets(root, shared):
        if dev.name in CHECK:  # skipped by name: never opened
            continue
        out.extend((dev.name, record) for record in read_gold(dev.path))
    return out


def company_actors(event: Any) -> list[Any]:
    """The actors of an event in sector BUS (a company noun or a company the gazetteer names;
    also ships, business people and industries, which the agent dictionary files there)."""
    return [a for a in (*event.sources, *event.targets) if a.role == "BUS"]


def right(record: Any, events: list[Any], classes: dict[str, str]) -> bool:
    """Whether the first event is right as ``accord.news.evaluate.evaluate`` counts it."""
    from accord.news.evaluate import fold

    best = events[0] if events else None
    got = best.event_type if best else "NONE"
    gold_s = frozenset(classes.get(c, c) for c in record.sources)
    gold_t = frozenset(classes.get(c, c) for c in record.targets)
    src = fold(best.sources) if best else frozenset()
    tgt = fold(best.targets) if best else frozenset()
    return got == record.event and (not gold_s or src == gold_s) and (not gold_t or tgt == gold_t)


def why(record: Any, events: list[Any], classes: dict[str, str]) -> str:
    """What is wrong in the first event: the type, the source set, the target set (where the
    gold names one), as ``accord.news.evaluate.evaluate`` compares them; "" when right."""
    from accord.news.evaluate import fold

    best = events[0] if events else None
    wrong = []
    if (best.event_type if best else "NONE") != record.event:
        wrong.append("type")
    gold_s = frozenset(classes.get(c, c) for c in record.sources)
    gold_t = frozenset(classes.get(c, c) for c in record.targets)
    if gold_s and (fold(best.sources) if best else frozenset()) != gold_s:
        wrong.append("source")
    if gold_t and (fold(best.targets) if best else frozenset()) != gold_t:
        wrong.append("target")
    return ", ".join(wrong)


def shown(events: list[Any]) -> str:
    """A coder's first event: type, sources and targets with the words that named them."""
    if not events:
        return "NONE"
    e = events[0]

    def side(actors: Any) -> str:
        return "+".join(f"{a.code or '?'}[{a.text}]" for a in actors) or "-"

    return f"{e.event_type} {side(e.sources)} -> {side(e.targets)}"


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.gazetteer import load

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args()
    records = reading(Path(args.root), Path(args.shared))
    classes = load().org_classes
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    print(f"READING records: {len(records)} in {len({s for s, _ in records})} files")
    found: dict[str, tuple[str, Any, dict[str, list[Any]]]] = {}
    searched = 0
    for name, record in records:
        hit = bool(SEARCH.search(record.text))
        searched += hit
        events = {
            c: coder.code_sentence(record.text, record.date, record.home)
            for c, coder in coders.items()
        }
        in_slot = any(evs and company_actors(evs[0]) for evs in events.values())
        if hit or in_slot or record.id in GOLD_SLOT:
            found[record.id] = (name, record, events)
    print(f"sentences the word search finds: {searched}")
    missing = sorted(set(GOLD_SLOT) - set(found))
    assert not missing, missing

    def line(rid: str) -> str:
        name, record, events = found[rid]
        out = [
            f"  {rid} ({name}) gold {record.event} {'+'.join(codes(record.sources)) or '-'}"
            f" -> {'+'.join(codes(record.targets)) or '-'}"
        ]
        for c in ("rules", "nlp"):
            ok = right(record, events[c], classes)
            verdict = "right" if ok else f"wrong ({why(record, events[c], classes)})"
            out.append(f"      {c}: {verdict} {shown(events[c])}")
        return "\n".join(out)

    print("\n== 1. A company in a slot of the gold's act (read by hand)")
    readings = Counter(v[4] for v in GOLD_SLOT.values())
    print(f"records: {len(GOLD_SLOT)}; readings: {dict(sorted(readings.items()))}")
    tally: dict[tuple[str, str], Counter[str]] = {}
    for reading_name in sorted(readings):
        print(f"\n-- {reading_name}")
        for rid, (company, owner, slot, coded, r) in GOLD_SLOT.items():
            if r != reading_name:
                continue
            print(f"  {company}; owner {owner}; {slot}; gold {coded}")
            print(line(rid))
            _name, record, events = found[rid]
            for c in ("rules", "nlp"):
                ok = right(record, events[c], classes)
                tally.setdefault((reading_name, c), Counter())["right" if ok else "wrong"] += 1
    for reading_name in sorted(readings):
        files = {found[i][0] for i, v in GOLD_SLOT.items() if v[4] == reading_name}
        print(f"{reading_name}: {len(files)} files")
    print("\nright / wrong per reading and coder:")
    for (reading_name, c), counts in sorted(tally.items()):
        print(f"  {reading_name} {c}: {counts['right']} right, {counts['wrong']} wrong")

    print("\n== 2. A company (sector BUS) in a coder's first event, by slot")
    for slot in ("sources", "targets"):
        for c in ("rules", "nlp"):
            rows = []
            for rid, (_name, record, events) in found.items():
                evs = events[c]
                if not evs:
                    continue
                bus = [a for a in getattr(evs[0], slot) if a.role == "BUS"]
                if bus:
                    ok = right(record, evs, classes)
                    words = "; ".join(str(a.text) for a in bus)
                    rows.append(f"{rid} {'right' if ok else 'wrong'} [{words}]")
            print(f"\n-- {c}, a BUS actor among the {slot}: {len(rows)}")
            for row in rows:
                print(f"  {row}")

    print("\n== 3. Found by the word search, no company in a slot (gold or a first event)")
    rest = [
        rid
        for rid, (_n, _r, events) in found.items()
        if rid not in GOLD_SLOT
        and not any(evs and company_actors(evs[0]) for evs in events.values())
    ]
    print(f"{len(rest)}: {' '.join(rest)}")


if __name__ == "__main__":
    main()
