"""The census's hand labels (s28-people): for each record of ``census.json`` whose gold source or
target is a named person or group that the start gazetteer does not resolve, the name and its
kind. Records of ``census.json`` not listed here were read and left out: the unresolved name is
not the gold's source or target (a place, a word, a person named only as the object of an act,
an organisation the sentence also names in a form the gazetteer knows, a code folded to IGO).
Kinds: ``class-A``/``-B``/``-C``, a member of the class of docs/validation-events/
session-28-people.md; ``opposition``, ``subnational``, ``government`` (a national government
member or body), ``igo-official``, ``armed-group``, ``other-group``: outside the class.

Run from the worktree root (reads ``census.json``, writes ``census-labels.json`` and prints the
counts per kind and per file)::

    python3 docs/data/people-2026-12-05-s28-people/census_labels.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

LABELS = {
    "HO26H-015": ("Tchiroma", "class-C"),
    "HO26Q-008": ("Tchiroma", "class-C"),
    "HO26U-015": ("Tchiroma", "class-C"),
    "HO27L-029": ("Tchiroma (target)", "class-C"),
    "HO26P-012": ("Dodik", "class-B"),
    "HO26Y-015": ("Dodik", "class-B"),
    "HO27I-006": ("Lazzarini", "class-A"),
    "HO26K-026": ("the Transformers party (its leader Masra is in class C)", "opposition"),
    "HO26D-054": ("Ozgur Ozel, CHP chairman", "opposition"),
    "HO26O-034": ("Besigye", "opposition"),
    "HO26T-053": ("Georgescu", "opposition"),
    "HO26U-030": ("Laarayedh", "opposition"),
    "HO26W-028": ("Reath Muoch Tang, SPLM-IO", "opposition"),
    "HO27E-003": ("Juan Pablo Guanipa (target)", "opposition"),
    "HO27F-010": ("Mohamed, the United Opposition", "opposition"),
    "HO27N-005": ("Shor's Victory bloc (target)", "opposition"),
    "HO27R-041": ("Jean-Luc Melenchon", "opposition"),
    "HO26P-032": ("Doug Ford, Ontario premier", "subnational"),
    "HO26Q-006": ("Diboua, a regional governor", "subnational"),
    "HO26U-038": ("Harjot Singh Bains, a state minister", "subnational"),
    "HO27M-037": ("the SDF", "armed-group"),
    "HO26S-048": ("Anata, a taxi drivers' union", "other-group"),
    "HO26U-040": ("Sonam Wangchuk and the Leh Apex Body", "other-group"),
    "HO26F-058": ("Youssouf, AU Commission chair", "igo-official"),
    "HO27B-037": ("Patricia Scotland, Commonwealth", "igo-official"),
    "HO27F-036": ("Guang Cong, UN envoy", "igo-official"),
    "HO27R-033": ("Ms. Brown, UN official", "igo-official"),
    "PLOVER-GSR01-CONSULT-0006": ("Mitterand (1990s)", "government"),
    "HO26-058": ("Rodriguez", "government"),
    "HO26C-041": ("Putham (Phumtham)", "government"),
    "HO26D-037": ("Anwar (target)", "government"),
    "HO26F-060": ("Presidential Transitional Council", "government"),
    "HO26I-045": ("Lee", "government"),
    "HO26L-010": ("Farrayeh", "government"),
    "HO26M-053": ("Ali", "government"),
    "HO26N-039": ("Wu", "government"),
    "HO26N-050": ("Trung", "government"),
    "HO26Q-055": ("Baradar", "government"),
    "HO26R-019": ("Dacic", "government"),
    "HO26R-045": ("Coale", "government"),
    "HO26T-043": ("Inga Ruginiene", "government"),
    "HO26T-057": ("Lazaro", "government"),
    "HO26U-018": ("Morcos", "government"),
    "HO26W-033": ("Dermer", "government"),
    "HO26Z-012": ("Sharif", "government"),
    "HO26Z-021": ("Mirziyoyev", "government"),
    "HO26Z-026": ("Kanasugi", "government"),
    "HO27B-003": ("Richard Marles", "government"),
    "HO27B-018": ("Ajit Doval", "government"),
    "HO27B-044": ("Lamola", "government"),
    "HO27D-026": ("Lee", "government"),
    "HO27D-027": ("Lee, Shigeru", "government"),
    "HO27D-041": ("Shi", "government"),
    "HO27G-018": ("Yemane Ghebremeskel", "government"),
    "HO27G-021": ("Anwar", "government"),
    "HO27G-027": ("Chaudhry", "government"),
    "HO27H-016": ("Albares", "government"),
    "HO27I-008": ("Mahmood", "government"),
    "HO27I-020": ("Paul Atanga Nji", "government"),
    "HO27J-048": ("Anwar", "government"),
    "HO27K-008": ("Sikorski", "government"),
    "HO27K-014": ("Rasmussen", "government"),
    "HO27K-029": ("Ruginiene", "government"),
    "HO27L-020": ("Fico", "government"),
    "HO27L-023": ("Margus Tsahkna", "government"),
    "HO27L-027": ("Sewilam", "government"),
    "HO27M-011": ("Albanese", "government"),
    "HO27M-026": ("Fiame Naomi Mata'afa", "government"),
    "HO27N-016": ("Paz", "government"),
    "HO27N-018": ("Fico", "government"),
    "HO27N-021": ("Juraj Blanar", "government"),
    "HO27N-033": ("Arevalo", "government"),
    "HO27N-043": ("Hassett", "government"),
    "HO27O-015": ("Kim", "government"),
    "HO27P-004": ("Ramchandra Paudel", "government"),
    "HO27P-018": ("Conroy", "government"),
    "HO27P-019": ("Napat", "government"),
    "HO27Q-007": ("Lokke Rasmussen", "government"),
    "HO27Q-028": ("Fico (target)", "government"),
    "HO27Q-029": ("Fico", "government"),
    "HO27Q-036": ("Xiomara Castro", "government"),
    "HO27Q-042": ("Kamla Persad-Bissessar", "government"),
    "HO27Q-043": ("Persad-Bissessar (target)", "government"),
}


def main() -> None:
    here = Path(__file__).parent
    rows = json.loads((here / "census.json").read_text(encoding="utf-8"))
    out = []
    for row in rows:
        if row["id"] in LABELS:
            name, kind = LABELS[row["id"]]
            out.append({**row, "name": name, "kind": kind})
    assert len(out) == len(LABELS), "a label names a record the census does not list"
    (here / "census-labels.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    kinds = collections.Counter(r["kind"] for r in out)
    print(len(out), "records;", dict(sorted(kinds.items())))
    files: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r in out:
        files[r["set"]][r["kind"]] += 1
    for name, counter in files.items():
        print(
            f"{name}: {sum(counter.values())} ({', '.join(f'{k} {v}' for k, v in counter.items())})"
        )
    right = collections.Counter(
        (r["kind"].startswith("class"), r["rules_right"], r["nlp_right"]) for r in out
    )
    print("(in class, rules right, nlp right):", dict(right))


if __name__ == "__main__":
    main()
