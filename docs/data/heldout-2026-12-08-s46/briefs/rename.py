"""Make session 46's briefs from session 45's (shift session numbers 42..45 by one)."""
import re, sys, pathlib


def main() -> None:
    src = pathlib.Path("/work/coord/s46/s45")
    dst = pathlib.Path("/work/coord/s46")
    names = ["COMMON", "colE", "colE2", "colE3", "colV", "annB", "annB2", "annB3", "annVB",
             "adj", "adj3"]
    base, stop_col, stop_adj = sys.argv[1], sys.argv[2], sys.argv[3]
    ids = {"HO29X": "HO30A", "HO29Y": "HO30B", "HO29Z": "HO30C", "EVH45": "EVH46"}
    for name in names:
        t = (src / f"{name}.md").read_text()
        held: list[str] = []

        def protect(m: re.Match[str]) -> str:
            held.append(ids.get(m.group(0), m.group(0)))
            return f"@@{len(held) - 1}@@"

        t = re.sub(r"\b(?:HO\d\d[A-Z]+|EVH\d\d)\b", protect, t)
        t = re.sub(r"\d\d:\d\d UTC", protect, t)
        t = re.sub(r"\b[0-9a-f]*[a-f][0-9a-f]*\b", lambda m: protect(m) if re.fullmatch(r"[0-9a-f]{7,40}", m.group(0)) else m.group(0), t)
        t = t.replace("session 26: a swap", "session @@S@@ a swap")
        t = re.sub(r"(?<![0-9@])(4[2-5])(?![0-9@])", lambda m: str(int(m.group(1)) + 1), t)
        t = t.replace("session @@S@@ a swap", "session 26: a swap")
        t = re.sub(r"@@(\d+)@@", lambda m: held[int(m.group(1))], t)
        t = t.replace("d2f31196", base).replace("0705aec8", "949ab0bb")
        t = t.replace("2026-12-07-s46", "2026-12-08-s46").replace("(2026-12-07)", "(2026-12-08)")
        t = t.replace("evidence-heldout-s39.jsonl ..", "evidence-heldout-s40.jsonl ..")
        t = re.sub(r"hard stop \d\d:\d\d UTC", f"hard stop {stop_col} UTC", t)
        t = re.sub(r"Hard stop \d\d:\d\d UTC", f"Hard stop {stop_adj} UTC", t)
        (dst / f"{name}.md").write_text(t)


if __name__ == "__main__":
    main()
