"""Make session 27's briefs from session 26's (shift session numbers 23..26 by one)."""
import re, sys, pathlib


def main() -> None:
    SRC = pathlib.Path("/work/main/docs/data/heldout-2026-12-05-s26/briefs")
    DST = pathlib.Path("/work/coord/s27")
    NAMES = ["COMMON", "colE", "colE2", "colE3", "colV", "annB", "annB2", "annB3", "annVB", "adj", "adj3"]
    BASE, STOP_COL, STOP_ADJ = sys.argv[1], sys.argv[2], sys.argv[3]
    for name in NAMES:
        t = (SRC / f"{name}.md").read_text()
        for a, b in [("HO27S", "HO27V"), ("HO27T", "HO27W"), ("HO27U", "HO27X"), ("EVH26", "EVH27")]:
            t = t.replace(a, b)
        t = re.sub(r"(?<![0-9])(2[3-6])(?![0-9])", lambda m: str(int(m.group(1)) + 1), t)
        t = t.replace("evidence-heldout-s20.jsonl ..", "evidence-heldout-s21.jsonl ..")
        t = t.replace("b3b93d77", BASE)
        t = t.replace("hard stop 17:50 UTC", f"hard stop {STOP_COL} UTC")
        t = t.replace("Hard stop 18:50 UTC", f"Hard stop {STOP_ADJ} UTC")
        (DST / f"{name}.md").write_text(t)


if __name__ == "__main__":
    main()
