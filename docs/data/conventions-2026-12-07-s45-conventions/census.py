"""Session 45 (s45-conventions): census of five gold practices on the READING files.

Reads every file of :func:`accord.news.nlp.rules_cv.dev_sets` except the CHECK files, which are
skipped by name before any file is opened (``CHECK`` below), and prints, per practice, the
counts and ids of the READING gold records that follow each reading, and what each coder
emits on them: type, sources and targets of the first event from the lead's start run
(``--start``, /tmp/reading-s45-start.json: a record in no error list is right), and, for the
sanctions' mode (which ``accord events evaluate`` does not score), the mode of the first event
of both coders, run here on those records only (the code under PYTHONPATH).

Practices 1, 3 and 5 are classified by hand after reading each record a word search found
(tables below, one reason each); practices 2 and 4 by rule (patterns below).

Run from the worktree root::

    PYTHONPATH=$PWD/src nice python3 \
        docs/data/conventions-2026-12-07-s45-conventions/census.py \
        --start /tmp/reading-s45-start.json \
        > docs/data/conventions-2026-12-07-s45-conventions/census.txt
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

CHECK = (
    "heldout-s43",
    "heldout-s43b",
    "heldout-s43c",
    "heldout-s44",
    "heldout-s44b",
    "heldout-s44c",
)

# Practice 1: the records a search for company names (Gazprom, Rosatom, Rosneft, Orano,
# Lukoil, Belavia, NIS, CK Hutchison, Nexperia, Wingtech, TikTok and others) and
# "state-owned" / "state-run" found, where the company is the doer or the one acted on.
# id -> (company, owner, the company's slot in the act, the state the gold gives that slot or
# "" for none, "state" if the company is coded as a state, "none" if it has no code).
COMPANY_ROLES: dict[str, tuple[str, str, str, str, str]] = {
    "ACCORD-2025-040": (
        "Rosneft, Lukoil",
        "state (Rosneft), private (Lukoil)",
        "target",
        "RUS",
        "state",
    ),
    "HO28F-013": ("Rosneft, Lukoil", "state (Rosneft), private (Lukoil)", "target", "RUS", "state"),
    "HO26G-007": ("Orano (its unit SOMAIR)", "state (FRA)", "target", "FRA", "state"),
    "HO26H-048": ("Orano (a unit)", "state (FRA)", "target", "FRA", "state"),
    "HO26L-042": ("Orano (Somair)", "state (FRA)", "target", "FRA", "state"),
    "HO27M-041": ("Orano (Somair)", "state (FRA)", "target", "FRA", "state"),
    "HO27S-032": ("Orano (Somair)", "state (FRA)", "target", "FRA", "state"),
    "HO26R-046": ("Belavia", "state (BLR)", "target", "BLR", "state"),
    "HO29Q-024": ("Rosatom", "state (RUS)", "source", "RUS", "state"),
    "HO29Q-042": ("Rosatom", "state (RUS)", "source", "RUS", "state"),
    "HO29J-024": ("NIS", "Gazprom Neft (RUS state) and Serbia", "target", "SRB", "state"),
    "HO29J-025": ("NIS", "Gazprom Neft (RUS state) and Serbia", "target", "SRB", "state"),
    "HO27W-050": ("CK Hutchison (a unit)", "private (HKG)", "target", "HKG", "state"),
    "HO28J-002": ("CK Hutchison", "private (HKG)", "target", "", "none"),
    "HO28R-040": ("CK Hutchison", "private (HKG)", "source", "", "none"),
    "HO28I-029": ("Nexperia", "private (Wingtech, CHN)", "target", "", "none"),
    "HO28I-031": ("Nexperia", "private (Wingtech, CHN)", "target", "", "none"),
    "HO29N-019": ("Nexperia, Wingtech", "private (CHN)", "target", "", "none"),
    "HO29N-020": ("Wingtech", "private (CHN)", "source", "", "none"),
    "HO28K-032": ("TikTok", "private (CHN)", "source", "", "none"),
    "HO28U-012": ("Gazprom, MOL", "state (RUS), private (HUN)", "source", "", "none"),
}
# Found by the same search, the company in no slot of the coded act (a speaker, a clause's
# background, a possessor of a topic): HO27N-018, HO29M-038, HO28I-014, HO28I-015, HO27E-045,
# HO27I-033, HO29Q-025, HO29Q-041, HO28R-035, HO28R-037.
COMPANY_NO_ROLE = [
    "HO27N-018",
    "HO29M-038",
    "HO28I-014",
    "HO28I-015",
    "HO27E-045",
    "HO27I-033",
    "HO29Q-025",
    "HO29Q-041",
    "HO28R-035",
    "HO28R-037",
]

# Practice 2: SANCTION records whose sentence names an imposed measure of CAMEO 163 (sanctions,
# an embargo, a boycott, tariffs, a freeze, a listing, export controls, restrictive measures)
# and no lifting or easing.
IMPOSED = re.compile(
    r"sanction|embargo|boycott|tariff|froze|freez|blacklist|designat|export control|"
    r"restrictive measure",
    re.I,
)
EASED = re.compile(r"\b(lift|eas|relax|remov|waiv|exempt|postpon|suspend\w* (the )?sanction)", re.I)

# Practice 3: a continuing state or act told by "continue(s)", "remain(s)", "still", "already",
# "ongoing" (a word search, read by hand). id -> (reading, reason).
CONTINUING: dict[str, tuple[str, str]] = {
    "HO27Z-038": ("event", "'is already cooperating with the United States': COOPERATE GTM -> USA"),
    "HO28M-029": ("event", "'remains in ongoing talks with Belarus': CONSULT USA, BLR"),
    "HO27V-005": ("none", "'remains committed to' a people's interests: NONE"),
    "HO27Y-022": ("none", "'remains committed' to a stance: NONE"),
    "HO29K-024": ("none", "a visit 'reaffirms the strong defence cooperation': NONE"),
    "HO26R-043": ("none", "'reaffirmed the government's commitment' to sovereignty: NONE"),
}
# Found by the same search and coded otherwise, outside this question: a future or vowed
# continuation (AGREE as an intent: HO26N-049, HO29K-002, HO29M-022; NONE for a domestic
# backing, HO28N-014), "remains ready / open" (AGREE by the written rule on openness:
# HO28Q-047, HO29K-009, HO29M-014), a continuation in a subordinate clause, a participle or a
# noun beside another coded verb (HO26X-006, HO29M-036, HO26K-055, HO27D-004, HO27E-010,
# HO27Z-021, HO28B-038, HO29G-022, HO26C-010, HO26-028, HO27Z-013, HO26U-050, HO27D-038).

# Practice 5: a court's decision named in the sentence (a word search for a court word near a
# verb of ruling, ordering, rejecting, annulling, sentencing, read by hand). id -> (group,
# reason). Groups: "void" a government's act, contract or election voided or found unlawful;
# "case" a case, appeal, challenge or bid rejected or dismissed; "order" an order to a party;
# "background" the ruling in a clause of time, concession or cause beside the main verb.
COURT: dict[str, tuple[str, str]] = {
    "HO28U-029": ("void", "contract 'declared ... unconstitutional': REJECT PAN, none"),
    "HO28R-037": ("void", "'ruled that license terms ... violate the constitution': NONE"),
    "HO29K-025": ("case", "ICJ 'dismissed Sudan's case': REJECT IGO -> SDN"),
    "HO28D-046": ("case", "UN top court 'dismissed a case' (no claimant named): REJECT IGO"),
    "HO28C-045": ("case", "'rejected Georgescu's appeal': REJECT ROU -> ROU"),
    "HO27U-017": ("case", "'dismissed a challenge' of the opposition: REJECT ECU -> ECU"),
    "HO28C-033": ("case", "'rejected Caravella's request' (a company): REJECT FIN"),
    "HO29D-014": ("case", "'after the Court ... rejected his defense's appeal': REJECT BIH -> BIH"),
    "HO28L-019": ("order", "'ruled that ... Venezuela shall refrain': REQUEST IGO -> VEN"),
    "HO28F-042": ("background", "'five months after ... court annulled an election': NONE"),
    "HO28N-048": ("background", "'after ... Supreme Court rejected a bid': NONE"),
    "HO27T-009": ("background", "'despite a ... Court ruling that': NONE"),
}
# Not in this question (found by the same search): sentences, arrest orders and warrants (COERCE
# `arrest`, ACCUSE `allege`), a seizure ordered (COERCE `seize`), and records where the court is
# only named by another actor (HO27N-042, HO28L-012, HO28R-035, HO27W-050, HO28R-038 ...).

# Practice 4: the coder paragraph's domestic recipient. Generic group words that name no one
# (a heuristic for "no named domestic target" among the own-state records, not read by hand).
UNNAMED_GROUP = re.compile(
    r"\b(protesters|demonstrators|crowds?|people|civilians|students|residents|youths|"
    r"migrants|journalists|activists|supporters|worshippers|villagers|citizens|"
    r"terrorists|militants|fighters|gunmen|insurgents)\b",
    re.I,
)


def codes(value: Any) -> list[str]:
    """The gold's codes of a source or target field."""
    if not value:
        return []
    return [str(v.get("code")) if isinstance(v, dict) else str(v) for v in value]


def reading(root: Path, shared: Path) -> list[dict[str, Any]]:
    """Every READING record (DOCUMENT records left out), each with its set's name."""
    from accord.news.nlp.rules_cv import dev_sets

    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, shared):
        if dev.name in CHECK:  # skipped by name: never opened
            continue
        for record in json.loads(Path(dev.path).read_text("utf-8")):
            if str(record.get("event", "")).upper() == "DOCUMENT":
                continue
            record["_set"] = dev.name
            out.append(record)
    return out


def start_errors(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """coder -> record id -> its error row in the start run (absent: the record is right)."""
    data = json.loads(path.read_text("utf-8"))
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for coder, sets in data.items():
        rows: dict[str, dict[str, Any]] = {}
        for name, figures in sets.items():
            if name in CHECK:
                continue
            for error in figures.get("errors", []):
                rows[str(error["id"])] = error
        out[coder] = rows
    return out


def emitted(record: dict[str, Any], errors: dict[str, dict[str, Any]]) -> tuple[bool, str]:
    """Whether a coder's first event is right on ``record`` and what it is (type src -> tgt)."""
    error = errors.get(str(record["id"]))
    if error is None:
        src, tgt = codes(record.get("source")), codes(record.get("target"))
        return True, f"{record['event']} {'+'.join(src) or '-'} -> {'+'.join(tgt) or '-'}"
    src, tgt = error["source"], error["target"]
    return False, f"{error['got']} {'+'.join(src) or '-'} -> {'+'.join(tgt) or '-'}"


def first_modes(records: list[dict[str, Any]]) -> dict[str, dict[str, tuple[str, str | None]]]:
    """coder -> id -> (type, mode) of the first event both coders give now."""
    from accord.news.coders import get_coder
    from accord.news.evaluate import GoldRecord

    out: dict[str, dict[str, tuple[str, str | None]]] = {}
    for name in ("rules", "nlp"):
        coder = get_coder(name, strict=True).coder
        rows: dict[str, tuple[str, str | None]] = {}
        for r in records:
            gold = GoldRecord(
                str(r["id"]),
                r["text"],
                "SANCTION",
                frozenset(),
                frozenset(),
                _date(r.get("date")),
                r.get("url"),
                r.get("title"),
            )
            events = coder.code_sentence(gold.text, gold.date, gold.home)
            best = events[0] if events else None
            rows[str(r["id"])] = (
                best.event_type if best else "NONE",
                getattr(best, "mode", None) if best else None,
            )
        out[name] = rows
    return out


def _date(value: Any) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--start", default="/tmp/reading-s45-start.json")
    args = parser.parse_args()
    records = reading(Path(args.root), Path(args.shared))
    by_id = {str(r["id"]): r for r in records}
    errors = start_errors(Path(args.start))
    print(f"READING records: {len(records)} in {len({r['_set'] for r in records})} files")

    def coder_lines(ids: list[str]) -> None:
        for i in ids:
            r = by_id[i]
            got = {c: emitted(r, errors[c]) for c in ("rules", "nlp")}
            print(
                f"  {i} ({r['_set']}) gold {r['event']} {'+'.join(codes(r.get('source'))) or '-'}"
                f" -> {'+'.join(codes(r.get('target'))) or '-'} | rules "
                f"{'right' if got['rules'][0] else 'wrong'} {got['rules'][1]} | nlp "
                f"{'right' if got['nlp'][0] else 'wrong'} {got['nlp'][1]}"
            )

    print("\n== 1. Companies (state-owned and private) in a slot of the coded act")
    for kind in ("state", "none"):
        ids = [i for i, v in COMPANY_ROLES.items() if v[4] == kind]
        print(
            f"gold codes the company as {'a state' if kind == 'state' else 'nothing'}: {len(ids)}"
        )
        for i in ids:
            comp, owner, slot, state, _ = COMPANY_ROLES[i]
            print(f"  {i}: {comp}; owner {owner}; {slot} {state or 'none'}")
        coder_lines(ids)
    print(f"company in no slot: {len(COMPANY_NO_ROLE)}: {' '.join(COMPANY_NO_ROLE)}")

    print("\n== 2. SANCTION: the mode of imposed measures (CAMEO 163)")
    found = [
        r
        for r in records
        if r["event"] == "SANCTION" and IMPOSED.search(r["text"]) and not EASED.search(r["text"])
    ]
    aside = [r for r in found if r.get("mode") in ("withdraw", "expel")]
    imposed = [r for r in found if r not in aside]
    print(
        f"set aside (the act is a recall or an expulsion; sanctions only named): {len(aside)}: "
        + " ".join(str(r["id"]) for r in aside)
    )
    modes = Counter(str(r.get("mode")) for r in imposed)
    print(f"SANCTION records in all: {sum(r['event'] == 'SANCTION' for r in records)}")
    print(f"imposed-measure records: {len(imposed)}; gold modes: {dict(modes.most_common())}")
    for mode in sorted(modes):
        ids = [str(r["id"]) for r in imposed if str(r.get("mode")) == mode]
        print(f"  mode {mode}: {' '.join(ids)}")
    got = first_modes(imposed)
    for coder in ("rules", "nlp"):
        rows = got[coder]
        typed = [i for i, (t, _) in rows.items() if t == "SANCTION"]
        emitted_modes = Counter(str(rows[i][1]) for i in typed)
        print(
            f"  {coder}: first event SANCTION on {len(typed)} of {len(imposed)}; its modes "
            f"{dict(emitted_modes.most_common())}"
        )
        for gold_mode in ("None", "discontinue"):
            ids = [str(r["id"]) for r in imposed if str(r.get("mode")) == gold_mode]
            both = Counter(str(rows[i][1]) for i in ids if rows[i][0] == "SANCTION")
            print(f"    gold {gold_mode}: {coder} SANCTION with mode {dict(both)}")

    print("\n== 3. A continuing state or act as the governing predicate")
    for kind in ("event", "none"):
        ids = [i for i, v in CONTINUING.items() if v[0] == kind]
        print(f"gold {'an event' if kind == 'event' else 'NONE'}: {len(ids)}")
        for i in ids:
            print(f"  {i}: {CONTINUING[i][1]}")
        coder_lines(ids)

    print("\n== 4. Protest, coercive and violent acts: the recipient")
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        if r["event"] not in ("PROTEST", "COERCE", "ASSAULT", "FIGHT"):
            continue
        src, tgt = set(codes(r.get("source"))), set(codes(r.get("target")))
        key = "none" if not tgt else "own" if tgt == src else "other"
        groups.setdefault(key, []).append(r)
    for key in ("none", "own", "other"):
        group_rows = groups.get(key, [])
        print(
            f"gold recipient {key}: {len(group_rows)} "
            f"{dict(Counter(r['event'] for r in group_rows).most_common())}"
        )
    own = groups.get("own", [])
    unnamed = [r for r in own if UNNAMED_GROUP.search(r["text"])]
    print(
        f"own-state records with a generic group word in the sentence (heuristic, upper bound of "
        f"an own state for an unnamed target): {len(unnamed)}"
    )
    print("  " + " ".join(str(r["id"]) for r in unnamed))
    grouped_none = [r for r in groups.get("none", []) if UNNAMED_GROUP.search(r["text"])]
    print(f"no-recipient records with a generic group word in the sentence: {len(grouped_none)}")
    for key in ("none", "own"):
        group_rows = groups.get(key, [])
        for coder in ("rules", "nlp"):
            tally: Counter[str] = Counter()
            for r in group_rows:
                error = errors[coder].get(str(r["id"]))
                if error is None:
                    tally["right"] += 1
                    continue
                tally["wrong"] += 1
                if error["got"] == "NONE":
                    tally["wrong: no event"] += 1
                elif error["target"] and set(error["target"]) == set(error["source"]):
                    tally["wrong: own state as target"] += 1
                elif not error["target"]:
                    tally["wrong: no target"] += 1
                else:
                    tally["wrong: another target"] += 1
            print(f"  gold {key}, {coder}: {dict(sorted(tally.items()))}")
    for coder in ("rules", "nlp"):
        right = [str(r["id"]) for r in unnamed if str(r["id"]) not in errors[coder]]
        print(
            f"  {coder} right now on the heuristic's own-state records: {len(right)} of "
            f"{len(unnamed)}"
        )
        target_only = [
            str(r["id"])
            for r in unnamed
            if str(r["id"]) in errors[coder]
            and errors[coder][str(r["id"])]["got"] == r["event"]
            and errors[coder][str(r["id"])]["source"] == errors[coder][str(r["id"])]["gold_source"]
        ]
        print(
            f"  {coder} wrong there on the target alone (right if the gold had none, since a "
            f"target is scored only where the gold has one): {len(target_only)}: "
            + " ".join(target_only)
        )
    none_ids = [str(r["id"]) for r in groups.get("none", [])]
    for coder in ("rules", "nlp"):
        own_given = [
            i
            for i in none_ids
            if i in errors[coder]
            and errors[coder][i]["got"] != "NONE"
            and errors[coder][i]["target"]
            and set(errors[coder][i]["target"]) == set(errors[coder][i]["source"])
        ]
        print(
            f"  {coder} gives its own state where the gold gives none: {len(own_given)}: "
            + " ".join(own_given)
        )
        fixable = [
            i
            for i in own_given
            if errors[coder][i]["got"] == errors[coder][i]["gold"]
            and errors[coder][i]["source"] == errors[coder][i]["gold_source"]
        ]
        print(
            f"    of which type and source right (wrong on the target alone): {len(fixable)}"
            " (none can be: a target is scored only where the gold has one)"
        )

    print("\n== 5. A court's decision")
    for group in ("void", "case", "order", "background"):
        ids = [i for i, v in COURT.items() if v[0] == group]
        print(f"{group}: {len(ids)}")
        for i in ids:
            print(f"  {i}: {COURT[i][1]}")
        coder_lines(ids)


if __name__ == "__main__":
    main()
