"""Session 47 (s47-courtrule): census of a court's decision on the READING files (session 46's
s46-court census, its CHECK names moved to session 47's CHECK files, its hand reading kept
and extended to the records the session-44 sets add).

Every READING record (every file of :func:`accord.news.nlp.rules_cv.dev_sets` less the CHECK
files, skipped by name before any file is opened) whose sentence holds a court word (court,
tribunal, judge, ICJ, ICC, justices) and a verb of ruling, rejecting, dismissing, annulling,
voiding, ordering, upholding, blocking, suspending, declaring, sentencing (``VERB``), or
"ruled" / "ruling" anywhere. For each: the gold (type, sources, targets), every event of each
coder (type, mode, sources, targets, trigger; the code under PYTHONPATH) and whether the first
event is right as ``accord events evaluate`` scores it (type; source set; target set only where
the gold names one; organisations folded to their class). ``run`` writes that JSON; ``report``
joins it with the hand reading of each record (``READ`` and ``OTHER`` below: every record found
is read) and prints the counts by class and, per coder, the wrong ones grouped by cause;
``moves`` compares two runs (start code, candidate).

Run from the worktree root (start code, then the candidate)::

    D=docs/data/courtrule-2026-12-08-s47-courtrule
    PYTHONPATH=/tmp/s47-start/src nice python3 $D/census.py run $D/census-start.json
    python3 $D/census.py report $D/census-start.json > $D/census-start.txt
    PYTHONPATH=$PWD/src nice python3 $D/census.py run $D/census-candidate.json
    python3 $D/census.py moves $D/census-start.json $D/census-candidate.json > $D/census-moves.txt
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s45", "heldout-s45b", "heldout-s45c", "heldout-s46", "heldout-s46b", "heldout-s46c"}
)
COURT = re.compile(r"\b(?:courts?|tribunals?|judges?|ICJ|ICC|justices)\b", re.I)
VERB = re.compile(
    r"\b(?:rul(?:e|es|ed|ing|ings)|reject\w*|dismiss\w*|annul\w*|void\w*|invalidat\w*"
    r"|overturn\w*|struck|strikes? down|order\w*|uph[oe]ld\w*|block\w*|suspend\w*|declar\w*"
    r"|unconstitutional|unlawful|illegal|verdict|convict\w*|sentenc\w*|acquit\w*)\b",
    re.I,
)
RULED = re.compile(r"\brul(?:ed|ing|ings)\b", re.I)

# The hand reading of each record in the convention's scope (filled in after reading the start
# run's output): id -> (class, what the convention prescribes (the gold), the cause of the rules
# coder's error, the nlp coder's; "" where right). Classes: "reject" (a court rejects,
# dismisses, annuls, voids a party's case or act, or rules it unconstitutional), "order" (a
# court orders a named party to act or refrain), "coerce" (a sentence, arrest or seizure it
# orders, coded as before), "background" (a ruling told only as background: no event, or the
# main clause's act), "court-other" (a court's decision of a kind the convention does not name).
OWN = "own state missing as the recipient of a named domestic appellant"
READ: dict[str, tuple[str, str, str, str]] = {
    "HO26N-024": ("reject", "REJECT BRA -> BRA (Bolsonaro's appeal)", "", ""),
    "HO27U-017": ("reject", "REJECT ECU -> ECU (the opposition party's challenge)", OWN, OWN),
    "HO28C-033": ("reject", "REJECT FIN, no recipient (a company's request)", "", ""),
    "HO28C-045": ("reject", "REJECT ROU -> ROU (Georgescu's appeal)", OWN, OWN),
    "HO28D-046": (
        "reject",
        "REJECT IGO, no recipient (a case, its appellant unnamed)",
        "",
        "other: the accused state named as a second source",
    ),
    "HO28R-037": (
        "reject",
        "REJECT PAN, no recipient (relabelled in this branch)",
        "'ruled' as COOPERATE (a ruling of unconstitutionality not read)",
        "'ruled' as COOPERATE (a ruling of unconstitutionality not read)",
    ),
    "HO28U-029": (
        "reject",
        "REJECT PAN, no recipient",
        "a voided contract not coded ('declared ... unconstitutional')",
        "a voided contract not coded ('declared ... unconstitutional')",
    ),
    "HO29D-014": ("reject", "REJECT BIH -> BIH (Dodik's defence's appeal)", OWN, OWN),
    "HO29K-025": ("reject", "REJECT IGO -> SDN (Sudan's case)", "", ""),
    "HO29L-016": (
        "reject",
        "REJECT MWI -> MWI (a party's injunctions)",
        "other: a passive dismissal ('were dismissed by the Courts') not coded",
        "other: a passive dismissal ('were dismissed by the Courts') not coded",
    ),
    "PLOVER-GSR01-DEMAND-0003": ("order", "REQUEST ARG -> ARG", "", ""),
    "HO28L-019": (
        "order",
        "REQUEST IGO -> VEN (ordered to refrain)",
        "'ruled' as COOPERATE (the order not read)",
        "other: the order not read (AGREE on 'preparing')",
    ),
    "HO26K-035": ("coerce", "COERCE CIV (sentenced)", "", ""),
    "HO26M-029": ("coerce", "COERCE TUN (sentenced)", "", ""),
    "HO26M-032": ("coerce", "COERCE BIH -> BIH (a sentence confirmed)", "", ""),
    "HO26P-013": ("coerce", "COERCE BIH -> BIH (sentenced)", "", ""),
    "HO26P-044": ("coerce", "COERCE BRA (sentenced)", "", ""),
    "HO27A-031": ("coerce", "COERCE GEO -> GEO (sentenced)", "", ""),
    "HO27C-036": ("coerce", "COERCE GEO -> GEO (sentenced)", "", ""),
    "HO27K-015": ("coerce", "COERCE GEO -> GEO (sentenced)", "", ""),
    "HO27K-039": ("coerce", "COERCE BRA -> BRA (house arrest ordered)", "", ""),
    "HO27L-013": ("coerce", "COERCE FRA -> FRA (sentenced)", "", ""),
    "HO27L-049": ("coerce", "COERCE BRA -> BRA (sentenced)", "", ""),
    "HO27O-005": ("coerce", "COERCE FRA -> FRA (sentenced)", "", ""),
    "HO28C-022": ("coerce", "COERCE BIH -> BIH (sentenced)", "", ""),
    "HO29Q-026": ("coerce", "COERCE TWN -> CHN (sentenced)", "", ""),
    "HO29R-038": ("coerce", "COERCE BGD -> BGD (sentenced)", "", ""),
    "HO26U-031": (
        "coerce",
        "COERCE TUN -> TUN (sentences issued)",
        "other: 'issued harsh sentences' not coded",
        "other: 'issued harsh sentences' not coded",
    ),
    "HO28C-032": (
        "coerce",
        "COERCE FIN (a seizure ordered)",
        "an ordered seizure read as REQUEST",
        "an ordered seizure read as REQUEST",
    ),
    "HO28F-042": ("background", "NONE ('after ... court annulled an election')", "", ""),
    "HO28N-048": (
        "background",
        "NONE ('after the ... Supreme Court rejected a bid')",
        "a background ruling coded (REJECT in an 'after' clause)",
        "a background ruling coded (REJECT in an 'after' clause)",
    ),
    "HO27T-009": (
        "background",
        "NONE ('despite a ... Court ruling that')",
        "'ruled' as COOPERATE (a background ruling, coded first)",
        "",
    ),
    "HO28Y-032": (
        "background",
        "REJECT THA -> IGO (the main clause: Thailand contests the ruling)",
        "'ruled' as COOPERATE (a background ruling, coded first)",
        "other: the main clause's 'continued to contest' read as ACCUSE",
    ),
    "HO29P-026": (
        "background",
        "NONE (a ruling revising earlier measures)",
        "other: COOPERATE on a past participle ('granted')",
        "",
    ),
    # s47-courtrule: the records the session-44 sets (READING files since session 47) add
    "HO29W-021": (
        "reject",
        "REJECT UGA (ruled that trying civilians in military courts is unconstitutional)",
        "'ruled' as COOPERATE (a ruling of unconstitutionality not read)",
        "other: a ruling of unconstitutionality not read (no event)",
    ),
    "HO29W-040": (
        "reject",
        "REJECT ISR -> ISR (ruled that the government's decision violated legal standards)",
        "'ruled' as COOPERATE (a ruling of unlawfulness not read)",
        "'ruled' as COOPERATE (a ruling of unlawfulness not read)",
    ),
    "HO29W-050": (
        "reject",
        "REJECT PAN ('though Panama's Supreme Court later annulled the concessions')",
        "other: an annulment after another clause's act ('agreed') coded first",
        "other: an annulment after another clause's act ('agreed') coded first",
    ),
    "HO29W-048": (
        "background",
        "ACCUSE PER -> PER (the main clause: criticising the decision)",
        "'ruled' as COOPERATE (a background ruling, coded first)",
        "'ruled' as COOPERATE (a background ruling, coded first)",
    ),
    "HO29U-039": (
        "court-other",
        "SUPPORT MNG -> MNG (the court's decision upholds a veto)",
        "other: 'veto' read as REJECT (a veto upheld, a kind the convention does not name)",
        "other: 'veto' read as REJECT (a veto upheld, a kind the convention does not name)",
    ),
    "HO27N-037": (
        "court-other",
        "RETREAT BIH -> BIH (a conditional release granted)",
        "other: a release 'granted' read as COOPERATE (a kind the convention does not name)",
        "other: a release 'granted' read as COOPERATE (a kind the convention does not name)",
    ),
}
# Read and out of the convention's scope: no court's decision is the coded act, by reason.
OTHER: dict[str, tuple[str, ...]] = {
    "'ruling party', 'ruled out', a state's rule (holding), no court": (
        *("PLOVER-GSR01-COOPERATE-0001", "PLOVER-GSR01-DEMAND-0014", "PLOVER-GSR01-DEMAND-0018"),
        *("HO26-068", "HO26B-017", "HO26F-008", "HO26H-001", "HO26H-048", "HO26I-029"),
        *("HO26L-057", "HO26M-028", "HO26M-031", "HO26P-030", "HO26Q-007", "HO26S-047"),
        *("HO26W-019", "HO26Y-025", "HO27A-049", "HO27C-014", "HO27F-031", "HO27M-041"),
        *("HO27Q-036", "HO27R-042", "HO27V-011", "HO28F-009", "HO28H-011", "HO28H-039"),
        *("HO28P-016", "HO28Q-019", "HO28T-018", "HO28T-026", "HO28W-038", "HO28Y-025"),
        *("HO29A-026", "HO29D-008", "HO29M-049", "HO29Q-037", "HO29S-046"),
        *("HO29V-004", "HO29V-005", "HO29V-006", "HO29V-011", "HO29W-029"),
    ),
    "another's act on or after a court's ruling or sentence (its object or background)": (
        *("HO26J-041", "HO26L-039", "HO26M-033", "HO26O-015", "HO26Q-021", "HO26S-052"),
        *("HO27A-032", "HO27K-040", "HO27N-042", "HO27T-039", "HO27U-021", "HO27V-005"),
        *("HO27W-050", "HO27Y-008", "HO27Z-017", "HO28C-024", "HO28D-048", "HO28L-012"),
        *("HO28L-041", "HO28R-035", "HO28R-038", "HO28R-039", "HO28W-011", "HO28W-050"),
        *("HO29C-005", "HO29K-026", "HO29N-020", "HO29O-039", "HO29R-037"),
        *("HO29U-019", "HO29U-028", "HO29U-048", "HO29U-050", "HO29V-039", "HO29W-047"),
    ),
    "a court as the target or place of another's act (sued in, punished, asked, suspended)": (
        *("HO26O-018", "HO26P-041", "HO27B-037", "HO27F-029", "HO27U-028", "HO27Y-009"),
        *("HO28D-045", "HO28I-040", "HO28K-029", "HO28W-036", "HO29E-030", "HO29K-036"),
        *("HO29L-045", "HO29R-027"),
    ),
    "a court's or prosecutor's act that is no decision on a party (urged, condemned, orders)": (
        "HO27A-033",
        "HO27R-015",
        "HO28D-041",
        "HO28K-045",
    ),
    "the International Cricket Council (ICC), no court": ("HO29N-044", "HO29N-045"),
}


def _right(gold: list[Any], first: list[Any]) -> bool:
    """The harness's reading of one record: type, source set, and target set where the gold
    names one (organisations already folded on both sides)."""
    kind, sources, targets = gold
    return bool(
        first[0] == kind
        and (not sources or sorted(first[2]) == sorted(sources))
        and (not targets or sorted(first[3]) == sorted(targets))
    )


def run(out: Path) -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd().resolve()
    classes = load().org_classes
    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    rows: list[dict[str, Any]] = []
    for ds in dev_sets(root, root.parent / "shared"):
        if ds.name in CHECK:
            continue
        for r in read_gold(ds.path, ds.split):
            court = COURT.search(r.text) and VERB.search(r.text)
            if not (court or RULED.search(r.text)):
                continue
            gold = [
                r.event,
                sorted({classes.get(c, c) for c in r.sources}),
                sorted({classes.get(c, c) for c in r.targets}),
            ]
            row: dict[str, Any] = {"set": ds.name, "id": r.id, "text": r.text, "gold": gold}
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                coded = [
                    [
                        e.event_type,
                        e.mode,
                        sorted(fold(e.sources)),
                        sorted(fold(e.targets)),
                        e.trigger,
                    ]
                    for e in events
                ]
                first = coded[0] if coded else ["NONE", None, [], [], None]
                row[name] = coded
                row[name + "_right"] = _right(gold, first)
            rows.append(row)
    out.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(rows), "records")


def _show(events: list[Any]) -> str:
    if not events:
        return "NONE"
    kind, mode, sources, targets, trigger = events[0]
    actors = ",".join(sources) + "->" + (",".join(targets) or "-")
    more = f" (+{len(events) - 1})" if len(events) > 1 else ""
    return f"{kind}{'/' + mode if mode else ''} {actors} [{trigger}]{more}"


def report(path: Path) -> None:
    rows = json.loads(path.read_text(encoding="utf-8"))
    other = {i: why for why, ids in OTHER.items() for i in ids}
    unread = [r["id"] for r in rows if r["id"] not in READ and r["id"] not in other]
    print(f"{len(rows)} READING records found by the search; unread: {len(unread)} {unread}")
    print(f"out of the convention's scope (read): {len(other)}")
    for why, ids in OTHER.items():
        print(f"- {why}: {len(ids)}")
    by_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["id"] in READ:
            by_class[READ[row["id"]][0]].append(row)
    for kind in ("reject", "order", "coerce", "background", "court-other"):
        group = by_class.get(kind, [])
        right = {c: sum(r[c + "_right"] for r in group) for c in ("rules", "nlp")}
        print(
            f"\n## {kind}: {len(group)} records; right at the first event: "
            f"rules {right['rules']}, nlp {right['nlp']}"
        )
        for row in group:
            gold = row["gold"]
            _kind, prescribed, *causes = READ[row["id"]]
            actors = f"{','.join(gold[1])}->{','.join(gold[2]) or '-'}"
            print(f"- {row['set']} {row['id']} gold {gold[0]} {actors} ({prescribed})")
            print(f"    {row['text']}")
            for c, cause in zip(("rules", "nlp"), causes, strict=True):
                mark = "right" if row[c + "_right"] else "WRONG"
                print(f"    {c}: {mark} {_show(row[c])}" + (f" -- {cause}" if cause else ""))
    causes: dict[str, Counter[str]] = {"rules": Counter(), "nlp": Counter()}
    files: dict[tuple[str, str], set[str]] = defaultdict(set)
    ids: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        if row["id"] not in READ:
            continue
        for c, cause in zip(("rules", "nlp"), READ[row["id"]][2:], strict=True):
            if not row[c + "_right"]:
                causes[c][cause] += 1
                files[(c, cause)].add(row["set"])
                ids[(c, cause)].append(row["id"])
    print("\n## Wrong first events in the convention's scope, by cause")
    for c in ("rules", "nlp"):
        for cause, n in causes[c].most_common():
            where = ", ".join(ids[(c, cause)])
            print(f"- {c}: {cause}: {n} records in {len(files[(c, cause)])} files ({where})")


def moves(before: Path, after: Path) -> None:
    """Per coder, the census records whose first event is right in one run and not the
    other, and every record whose events differ."""
    one = {r["id"]: r for r in json.loads(before.read_text(encoding="utf-8"))}
    two = {r["id"]: r for r in json.loads(after.read_text(encoding="utf-8"))}
    for c in ("rules", "nlp"):
        fixed = [i for i in one if not one[i][c + "_right"] and two[i][c + "_right"]]
        broken = [i for i in one if one[i][c + "_right"] and not two[i][c + "_right"]]
        print(f"{c}: fixed {len(fixed)} {fixed}; broken {len(broken)} {broken}")
        for i in one:
            if one[i][c] != two[i][c]:
                print(f"  {one[i]['set']} {i}: {_show(one[i][c])} => {_show(two[i][c])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("run", "report", "moves"))
    parser.add_argument("path", type=Path)
    parser.add_argument("after", type=Path, nargs="?")
    args = parser.parse_args()
    if args.what == "run":
        run(args.path)
    elif args.what == "report":
        report(args.path)
    else:
        moves(args.path, args.after)


if __name__ == "__main__":
    main()
