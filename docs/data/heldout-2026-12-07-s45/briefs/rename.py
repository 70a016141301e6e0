"""Make session 45's briefs from session 44's (shift session numbers 41..44 by one)."""
import re, sys, pathlib


def main() -> None:
    src = pathlib.Path("/work/coord/s45/s44")
    dst = pathlib.Path("/work/coord/s45")
    names = ["COMMON", "colE", "colE2", "colE3", "colV", "annB", "annB2", "annB3", "annVB",
             "adj", "adj3"]
    base, stop_col, stop_adj = sys.argv[1], sys.argv[2], sys.argv[3]
    ids = {"HO29U": "HO29X", "HO29V": "HO29Y", "HO29W": "HO29Z", "EVH44": "EVH45"}
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
        t = re.sub(r"(?<![0-9@])(4[1-4])(?![0-9@])", lambda m: str(int(m.group(1)) + 1), t)
        t = t.replace("session @@S@@ a swap", "session 26: a swap")
        t = re.sub(r"@@(\d+)@@", lambda m: held[int(m.group(1))], t)
        t = t.replace("0cda6203", base).replace("0a7fab07", "0705aec8")
        t = t.replace("evidence-heldout-s38.jsonl ..", "evidence-heldout-s39.jsonl ..")
        t = re.sub(r"hard stop \d\d:\d\d UTC", f"hard stop {stop_col} UTC", t)
        t = re.sub(r"Hard stop \d\d:\d\d UTC", f"Hard stop {stop_adj} UTC", t)
        (dst / f"{name}.md").write_text(t)


if __name__ == "__main__":
    main()
