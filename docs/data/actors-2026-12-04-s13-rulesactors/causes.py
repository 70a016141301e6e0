"""The rules coder's READING records with the right type and a wrong source, by cause.

Session 13 (s13-rulesactors). The 67 records are those of the lead's start figures
(``docs/data/protocol-2026-12-04-s13/reading-start.json``, rules coder: gold type coded, gold
source non-empty, source set different). Each was read with its mentions
(``find_mentions``) and the coder's path in ``coding.code_tokens``, and put under one cause,
by hand (:data:`CAUSE`). Usage (worktree root)::

    python3 docs/data/actors-2026-12-04-s13-rulesactors/causes.py \
        docs/data/protocol-2026-12-04-s13/reading-start.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

# cause -> (what picks the wrong source in the code, record ids)
CAUSE: dict[str, tuple[str, list[str]]] = {
    "subject unplaced: a person the gazetteer lacks or a bare agent": (
        "the subject is no coded mention (an unknown person, 'the ministry', 'the army'): the "
        "source is the first name after the verb (code_tokens, from_after) or the bare subject "
        "takes the sentence's first coded actor (_fill_bare), mostly the object's state, so "
        "source = target",
        [
            "HO26-010",
            "HO26-035",
            "HO26-058",
            "HO26D-012",
            "HO26F-011",
            "HO26G-054",
            "HO26J-056",
            "HO26M-001",
            "HO26M-053",
            "HO26C-041",
            "HO26D-011",
            "HO26F-058",
            "HO26G-059",
        ],
    ),
    "subject a pronoun or description with no antecedent in the record": (
        "'He', 'the leftist leader', 'the regional bloc', 'the countries': as above, a later "
        "name or the filled bare agent (no previous sentence in a gold record)",
        [
            "ACCORD-SEED-021",
            "ACCORD-SEED-025",
            "ACCORD-SEED-027",
            "HO26B-062",
            "HO26J-006",
            "HO26G-017",
            "HO26J-039",
        ],
    ),
    "coordinated subject split into groups, only the last kept": (
        "source_group = before[-1]: a conjunct with its own attribute ('A of X and B of Y', "
        "'A, the PM of X, and B', 'X (XX) and Y', 'the leaders of X, Y and Z') splits the "
        "compound; or the first conjunct unplaced, elided ('as did'), gapped",
        [
            "ACCORD-FRESH-023",
            "HO26E-052",
            "HO26D-038",
            "HO26H-029",
            "HO26-075",
            "HO26J-020",
            "HO26-014",
            "HO26M-056",
        ],
    ),
    "nearest name before the verb is not its subject": (
        "before[-1] is inside the subject's attribute or an earlier phrase ('sides of ... "
        "Cyprus', 'Commission ... in South Sudan', 'the US Mission to the UN', a second verb of "
        "a coordinated predicate, a participle after 'a letter to Trump')",
        [
            "PLOVER-GSR01-AGREE-0007",
            "HO26L-035",
            "HO26L-029",
            "ACCORD-REAL-029",
            "HO26J-017",
            "HO26I-036",
            "HO26D-027",
        ],
    ),
    "joint act with a partner after 'with' or 'by X and Y' (gold: all sources)": (
        "the partner is taken as target (signing, joining forces, concluding, sharing, "
        "discussing with)",
        [
            "HO26H-011",
            "HO26E-041",
            "HO26G-013",
            "HO26B-004",
            "ACCORD-SEED-035",
            "PLOVER-GSR01-COOPERATE-0001",
        ],
    ),
    "hosting, visit and mediation conventions": (
        "meeting_roles / the trigger's object: guests or the mediated parties as sources",
        [
            "ACCORD-2025-005",
            "ACCORD-2025-020",
            "ACCORD-2025-047",
            "HO26D-015",
            "ACCORD-NEWS-022",
            "HO26-001",
            "HO26-028",
        ],
    ),
    "resolution: a mention coded wrong (gazetteer, resolve)": (
        "Red Cross / Amnesty NGO vs the OEDA gold's IGO; ITL / VTN codes; 'Taiwan Affairs "
        "Office' -> TWN; 'Mocimboa da Praia' -> CPV; an envoy's state",
        [
            "PLOVER-GSR01-DEMAND-0015",
            "PLOVER-GSR01-DEMAND-0025",
            "PLOVER-GSR01-DISAPPROVE-0005",
            "PLOVER-GSR01-INVESTIGATE-0006",
            "PLOVER-GSR01-SANCTION-0001",
            "PLOVER-GSR01-FIGHT-0002",
            "HO26-026",
            "HO26G-006",
            "HO26G-012",
            "HO26B-080",
        ],
    ),
    "agentless act, the agent from context": (
        "a passive or intransitive act (died, killed in an attack, dropped bombs) whose gold "
        "agent is not named as its subject",
        ["PLOVER-GSR01-ASSAULT-0006", "HO26F-025", "HO26I-040", "HO26L-044", "HO26M-057"],
    ),
    "gold reading outside the sentence or disputable": (
        "Irish guerrillas coded GBR; Rwandan rebels coded UGA; 'Trump told ... Ukraine could "
        "win back' coded USA; 'passed with support from Russia and China' as the first event",
        [
            "PLOVER-GSR01-ASSAULT-0007",
            "PLOVER-GSR01-DEMAND-0018",
            "ACCORD-2025-060",
            "ACCORD-SEED-009",
        ],
    ),
}


def main() -> None:
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))["rules"]
    where: dict[str, str] = {}
    for name, fig in data.items():
        for e in fig["errors"]:
            typed = e["got"] == e["gold"] != "NONE"
            if typed and e["gold_source"] and e["source"] != e["gold_source"]:
                where[e["id"]] = name
    listed = [i for _, ids in CAUSE.values() for i in ids]
    assert sorted(listed) == sorted(where), sorted(set(where) ^ set(listed))
    print("| cause | what picks the source | records | files | ids |")
    print("| --- | --- | ---: | ---: | --- |")
    for cause, (how, ids) in CAUSE.items():
        files: dict[str, int] = defaultdict(int)
        for i in ids:
            files[where[i]] += 1
        print(f"| {cause} | {how} | {len(ids)} | {len(files)} | {', '.join(ids)} |")
    print(f"| total | | {len(listed)} | {len(set(where.values()))} | |")


if __name__ == "__main__":
    main()
