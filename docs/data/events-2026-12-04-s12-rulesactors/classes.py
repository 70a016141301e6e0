"""The cause table of s12-rulesactors: python classes.py LABEL (reads reading-actors-LABEL.txt
of actors.py, writes classes-LABEL.json and prints the table). The causes of the records with
a wrong source or target were assigned by hand after reading each sentence and the coder's
path (session 12, before any change); records with only a target where the gold has none
("T+", a convention question, not scored) are split by rule: the coder's target is the
source's own state (the domestic default or the same state named again) or another actor."""
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

CAUSES = {
    "posting": (
        "a diplomat's posting (the place or body after 'Ambassador to', 'envoy for', "
        "'Mission to', or 'China's U.N. Ambassador') read as his state or as the subject"
    ),
    "unresolved-subject": (
        "the clause subject is an agent or person the gazetteer does not place (no country: "
        "'the ministry', 'Rodriguez', 'Information Minister Tarar'); another name of the "
        "sentence is taken instead (the document home country: s12-home's cause)"
    ),
    "anaphor": "the subject is a pronoun or a description of an earlier sentence's actor",
    "later-phrase-target": (
        "target taken from a phrase after the verb's object: a second clause, a relative or "
        "participle clause, a prepositional object or an attribute inside the object"
    ),
    "object-unresolved": (
        "the verb's object is an agent the gazetteer does not place ('the militia', 'the "
        "agency', 'the government'); a later or earlier name is taken"
    ),
    "list-member-lost": (
        "a member of a compound actor is lost (a person not in the gazetteer, 'the leaders "
        "of A, B and C', 'join forces with X', 'a group that included ...')"
    ),
    "location-or-class": (
        "a resolution error: a place name read as a state ('Mocimboa da Praia' -> Cape Verde, "
        "'Taiwan Affairs Office' -> Taiwan), or an organisation's class (the OEDA file codes "
        "the Red Cross and Amnesty IGO, the gazetteer NGO)"
    ),
    "destination-target": (
        "the gold target is the state of a destination or location phrase ('to Yangon', "
        "'in Syria', 'in Fiji'); the coder gives none"
    ),
    "passive-or-victim": (
        "an agentless or intransitive act (died, killed in an attack launched from X): "
        "the gold's agent is inferred from context or a location"
    ),
    "joint-act-convention": (
        "a joint or hosted act (signed, agreed, hosted, mediated): the gold codes all parties "
        "as sources with no target, the coder one source and a recipient (or the reverse)"
    ),
    "gold-reading": "the gold's reading needs knowledge outside the sentence or is debatable",
}

BY_ID = {
    # posting
    "ACCORD-REAL-029": "posting", "HO26B-080": "posting", "HO26G-012": "posting",
    "HO26K-053": "posting", "HO26K-042": "posting",
    # unresolved subject (home country)
    "HO26-010": "unresolved-subject", "HO26-035": "unresolved-subject",
    "HO26-058": "unresolved-subject", "HO26D-012": "unresolved-subject",
    "HO26F-011": "unresolved-subject", "HO26J-056": "unresolved-subject",
    "HO26D-015": "joint-act-convention", "HO26F-058": "unresolved-subject",
    "HO26G-054": "unresolved-subject", "HO26G-059": "unresolved-subject",
    "PLOVER-GSR01-REJECT-0014": "unresolved-subject", "HO26J-017": "unresolved-subject",
    "HO26I-059": "unresolved-subject",
    # anaphor
    "HO26B-062": "anaphor", "HO26J-006": "anaphor", "HO26J-020": "anaphor",
    "HO26J-039": "anaphor", "ACCORD-SEED-021": "anaphor", "ACCORD-SEED-025": "anaphor",
    "ACCORD-SEED-027": "anaphor",
    # later phrase target
    "HO26-056": "later-phrase-target", "HO26B-026": "later-phrase-target",
    "HO26B-051": "later-phrase-target", "HO26D-042": "later-phrase-target",
    "HO26F-002": "later-phrase-target", "HO26E-047": "later-phrase-target",
    "ACCORD-REAL-025": "later-phrase-target", "ACCORD-REAL-030": "later-phrase-target",
    "ACCORD-FRESH-020": "later-phrase-target", "ACCORD-2025-022": "later-phrase-target",
    "ACCORD-2025-051": "later-phrase-target", "HO26D-007": "later-phrase-target",
    "HO26B-018": "later-phrase-target", "HO26E-015": "later-phrase-target",
    "HO26D-053": "later-phrase-target", "HO26I-022": "later-phrase-target",
    "HO26E-009": "later-phrase-target", "PLOVER-GSR01-ASSAULT-0002": "later-phrase-target",
    "ACCORD-2025-060": "later-phrase-target",
    # object unresolved
    "HO26I-058": "object-unresolved", "HO26D-006": "object-unresolved",
    "HO26G-003": "object-unresolved", "HO26H-035": "object-unresolved",
    "HO26E-003": "object-unresolved", "HO26F-060": "object-unresolved",
    "HO26C-022": "object-unresolved",
    # list member lost
    "HO26-075": "list-member-lost", "HO26D-011": "list-member-lost",
    "HO26C-041": "list-member-lost", "PLOVER-GSR01-AGREE-0028": "list-member-lost",
    "PLOVER-GSR01-AGREE-0041": "list-member-lost", "HO26J-045": "list-member-lost",
    "HO26H-029": "list-member-lost", "HO26-028": "list-member-lost",
    "HO26-014": "list-member-lost", "HO26D-038": "list-member-lost",
    "ACCORD-SEED-035": "list-member-lost", "HO26G-013": "list-member-lost",
    "HO26E-041": "list-member-lost", "ACCORD-2025-005": "list-member-lost",
    # location or class
    "HO26G-006": "location-or-class", "HO26I-036": "location-or-class",
    "PLOVER-GSR01-DEMAND-0015": "location-or-class",
    "PLOVER-GSR01-DEMAND-0025": "location-or-class",
    "PLOVER-GSR01-DISAPPROVE-0005": "location-or-class",
    "PLOVER-GSR01-AID-0005": "location-or-class", "HO26-026": "location-or-class",
    "PLOVER-GSR01-INVESTIGATE-0006": "location-or-class",
    "PLOVER-GSR01-SANCTION-0001": "location-or-class", "HO26D-027": "location-or-class",
    # destination target
    "HO26C-013": "destination-target", "HO26G-051": "destination-target",
    "HO26H-020": "destination-target", "HO26I-027": "destination-target",
    # passive or victim
    "PLOVER-GSR01-ASSAULT-0006": "passive-or-victim", "HO26F-025": "passive-or-victim",
    "HO26I-040": "passive-or-victim", "PLOVER-GSR01-ASSAULT-0007": "passive-or-victim",
    "PLOVER-GSR01-FIGHT-0002": "passive-or-victim",
    # joint act convention
    "PLOVER-GSR01-AGREE-0007": "joint-act-convention",
    "PLOVER-GSR01-COOPERATE-0001": "joint-act-convention",
    "ACCORD-2025-020": "joint-act-convention", "ACCORD-2025-047": "joint-act-convention",
    "ACCORD-FRESH-023": "joint-act-convention", "HO26-001": "joint-act-convention",
    "HO26B-004": "joint-act-convention", "HO26E-052": "joint-act-convention",
    "HO26H-011": "joint-act-convention", "ACCORD-NEWS-022": "joint-act-convention",
    "HO26D-016": "joint-act-convention",
    # gold reading
    "ACCORD-SEED-009": "gold-reading", "PLOVER-GSR01-DEMAND-0018": "gold-reading",
}


def main():
    """Run the script (its module docstring says how)."""
    label = sys.argv[1]
    lines = (HERE / f"reading-actors-{label}.txt").read_text().splitlines()
    table = defaultdict(lambda: {"count": 0, "files": set(), "ids": []})
    unclassified = []
    for line in lines:
        key, flags, _type, _gold, got, *_rest = line.split("\t")
        name, rid = key.split(":", 1)
        if flags == "T+":
            src, tgt = (side.split("+") for side in got.split(" -> "))
            cause = "T+ own state" if set(tgt) <= set(src) else "T+ another actor"
        else:
            cause = BY_ID.get(rid)
            if cause is None:
                unclassified.append(key)
                continue
        row = table[cause]
        row["count"] += 1
        row["files"].add(name)
        row["ids"].append(rid)
    out = {
        c: {"count": r["count"], "files": sorted(r["files"]), "ids": r["ids"]}
        for c, r in sorted(table.items(), key=lambda kv: -kv[1]["count"])
    }
    for c, r in out.items():
        print(f"{c}\t{r['count']}\t{len(r['files'])} files\t{', '.join(r['ids'][:4])}")
    print("unclassified:", unclassified)
    (HERE / f"classes-{label}.json").write_text(
        json.dumps({"causes": CAUSES, "table": out, "unclassified": unclassified}, indent=1)
    )


if __name__ == "__main__":
    main()
