"""Make session 47's briefs from session 46's (shift session numbers 43..46 by one)."""
import re, sys, pathlib


def main() -> None:
    src = pathlib.Path("/work/coord/s47/s46")
    dst = pathlib.Path("/work/coord/s47")
    names = ["COMMON", "colE", "colE2", "colE3", "colV", "annB", "annB2", "annB3", "annVB",
             "adj", "adj3"]
    base, stop_col, stop_adj = sys.argv[1], sys.argv[2], sys.argv[3]
    ids = {"HO30A": "HO30D", "HO30B": "HO30E", "HO30C": "HO30F", "EVH46": "EVH47"}
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
        t = re.sub(r"(?<![0-9@])(4[3-6])(?![0-9@])", lambda m: str(int(m.group(1)) + 1), t)
        t = t.replace("session @@S@@ a swap", "session 26: a swap")
        t = re.sub(r"@@(\d+)@@", lambda m: held[int(m.group(1))], t)
        t = t.replace("6fbb8649", base).replace("ce0847f2", base).replace("949ab0bb", "6fc86e4d")
        t = t.replace("2026-12-08-s46", "2026-12-08-s47")
        t = t.replace("evidence-heldout-s40.jsonl ..", "evidence-heldout-s41.jsonl ..")
        t = re.sub(r"hard stop \d\d:\d\d UTC", f"hard stop {stop_col} UTC", t)
        t = re.sub(r"Hard stop \d\d:\d\d UTC", f"Hard stop {stop_adj} UTC", t)
        (dst / f"{name}.md").write_text(t)


if __name__ == "__main__":
    main()
