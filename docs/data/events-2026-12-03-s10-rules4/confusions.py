"""The rules coder's wrong types, pooled over the development files: python confusions.py LABEL
(reads rules-errors-LABEL.txt and allev-rules-LABEL.txt of this folder, written by errors.py
and allev.py; writes confusions-LABEL.txt). A wrong type is a record whose first event has a
type and the gold another (no event or no gold event are misses and false alarms, not counted).
Each is marked "later" when the gold's type is among the sentence's later events (the right
event found, ranked second) and listed with its trigger and every event of the sentence."""
import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    """Run the script (its module docstring says how)."""
    label = sys.argv[1]
    events = collections.defaultdict(list)
    for line in open(HERE / f"allev-rules-{label}.txt"):
        key, kind, _actors, trigger = line.rstrip("\n").split("\t")[:4]
        events[key].append(f"{kind}:{trigger}")
    pairs, files, rows = collections.Counter(), collections.Counter(), []
    later = 0
    for line in open(HERE / f"rules-errors-{label}.txt"):
        key, gold, got, trigger = line.split("\t")[:4]
        g, c = gold.split()[0], got.split()[0]
        if "NONE" in (g, c) or g == c:
            continue
        found = any(e.split(":")[0] == g for e in events[key][1:])
        later += found
        pairs[(g, c)] += 1
        files[key.split(":")[0]] += 1
        mark = "later" if found else "-"
        rows.append(f"{g} -> {c}\t{mark}\t{key}\t[{trigger}]\t{'; '.join(events[key])}")
    with open(HERE / f"confusions-{label}.txt", "w") as out:
        out.write(f"wrong types: {sum(pairs.values())}; gold type among later events: {later}\n")
        out.write("per file: " + ", ".join(f"{f} {n}" for f, n in files.most_common()) + "\n\n")
        for (g, c), n in pairs.most_common():
            out.write(f"{n}\t{g} -> {c}\n")
        out.write("\n" + "\n".join(sorted(rows)) + "\n")


if __name__ == "__main__":
    main()
