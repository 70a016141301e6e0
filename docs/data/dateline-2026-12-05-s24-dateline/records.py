"""Gold and every event of both coders on the READING records that open with a dateline.

Run from the worktree root with the code to read on PYTHONPATH::

    PYTHONPATH=src python3 docs/data/dateline-2026-12-05-s24-dateline/records.py
"""

from __future__ import annotations

from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evaluate import read_gold
from accord.news.export import sentence_location
from accord.news.nlp.rules_cv import dev_sets

CHECK = {"heldout-s22", "heldout-s22b", "heldout-s22c", "heldout-s23", "heldout-s23b"}
CHECK |= {"heldout-s23c"}

# The READING records datelines.py found (and two it misses: "Bogota, Colombia (AP)," and
# "BOGOR, Indonesia, Feb 12, 2025 (BSS/AFP) -"), read one by one.
DATELINED = [
    "HO26D-025",
    "HO26H-048",
    "HO26L-036",
    "HO26S-022",
    "HO26T-016",
    "HO26T-021",
    "HO26T-031",
    "HO26T-056",
    "HO26U-027",
    "HO26U-043",
    "HO26W-007",
    "HO26W-011",
    "HO26W-032",
    "HO26W-050",
    "HO26X-026",
    "HO26X-038",
    "HO27A-010",
    "HO27A-040",
    "HO27C-003",
    "HO27C-007",
    "HO27D-025",
    "HO27E-025",
    "HO27F-001",
    "HO27F-013",
    "HO27F-014",
    "HO27F-027",
    "HO27F-028",
    "HO27F-036",
]


def main() -> None:
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    for dev in dev_sets(Path.cwd(), Path("/work/shared")):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path):
            if record.id not in DATELINED:
                continue
            print(f"== {dev.name}:{record.id} {record.text}")
            print(f"   gold  {record.event} {sorted(record.sources)} -> {sorted(record.targets)}")
            print(f"   locate {sentence_location(record.text, record.date)}")
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                for e in events:
                    src = [a.code for a in e.sources]
                    tgt = [a.code for a in e.targets]
                    print(f"   {name:5} {e.event_type} {src} -> {tgt} {e.trigger!r} {e.location}")
                if not events:
                    print(f"   {name:5} none")


if __name__ == "__main__":
    main()
