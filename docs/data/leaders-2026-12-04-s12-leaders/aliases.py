"""Which leaders.yaml aliases the gazetteer adds and why it refuses the others.

Session 12 (s12-leaders). Builds the gazetteer without the leaders layer, then asks
:func:`accord.news.gazetteer.leader_alias_refusal` about every alias of leaders.yaml, and writes
``{"added": [...], "refused": {reason: [...]}}``. Run from the worktree root, on the code
with leaders-layer.patch applied (``git apply``; the layer is not on main)::

    PYTHONPATH=src python3 docs/data/leaders-2026-12-04-s12-leaders/aliases.py \
        docs/data/leaders-2026-12-04-s12-leaders/aliases.json
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    from accord.news import gazetteer as g

    raw = g.load_raw()
    leaders = raw["leaders"]["people"]
    raw["leaders"]["people"] = []
    bare = g.load.__wrapped__()  # type: ignore[attr-defined]
    raw["leaders"]["people"] = leaders
    common = g.leader_common_words(raw["curated"], raw["generated"])
    counts: dict[tuple[str, ...], int] = {}
    for person in leaders:
        for key in {g.phrase_key(a) for a in person.get("aliases", [])}:
            counts[key] = counts.get(key, 0) + 1
    shared = {k for k, n in counts.items() if n > 1}
    added: list[str] = []
    refused: dict[str, list[str]] = {}
    for person in leaders:
        key = g.phrase_key(person["name"])
        for alias in person.get("aliases", []):
            why = g.leader_alias_refusal(alias, key, bare.names, bare.demonyms, common, shared)
            label = f"{alias} ({person['name']})"
            if why is None:
                added.append(label)
            else:
                if why == "known phrase":
                    what = bare.names[g.phrase_key(alias)][0]
                    label += f" = {what.kind} {what.name} {what.code}"
                refused.setdefault(why, []).append(label)
    out = {"added": added, "refused": refused}
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump(out, handle, indent=1)
    print(len(added), {k: len(v) for k, v in refused.items()})


if __name__ == "__main__":
    main()
