"""Make session 28's briefs from session 27's (shift session numbers 24..27 by one)."""
import re, sys, pathlib


def main() -> None:
    SRC = pathlib.Path("/work/main/docs/data/heldout-2026-12-05-s27/briefs")
    DST = pathlib.Path("/work/coord/s28")
    NAMES = ["COMMON", "colE", "colE2", "colE3", "colV", "annB", "annB2", "annB3", "annVB", "adj", "adj3"]
    BASE, STOP_COL, STOP_ADJ = sys.argv[1], sys.argv[2], sys.argv[3]
    for name in NAMES:
        t = (SRC / f"{name}.md").read_text()
        t = t.replace("session 26: a swap", "session 26@ a swap")
        t = re.sub(r"(?<![0-9])(2[4-7])(?![0-9])", lambda m: str(int(m.group(1)) + 1), t)
        t = t.replace("session 27@ a swap", "session 26: a swap")
        for a, b in [("HO28V", "HO27Y"), ("HO28W", "HO27Z"), ("HO28X", "HO28A")]:
            t = t.replace(a, b)
        t = t.replace("evidence-heldout-s21.jsonl ..", "evidence-heldout-s22.jsonl ..")
        t = t.replace("63aaed45", BASE).replace("504ce77e", BASE)  # the lead ran sed for the second
        t = re.sub(r"hard stop \d\d:\d\d UTC", f"hard stop {STOP_COL} UTC", t)
        t = re.sub(r"Hard stop \d\d:\d\d UTC", f"Hard stop {STOP_ADJ} UTC", t)
        (DST / f"{name}.md").write_text(t)


if __name__ == "__main__":
    main()
