"""Make session 43's briefs from session 42's (shift session numbers 39..42 by one)."""
import re, sys, pathlib


def main() -> None:
    src = pathlib.Path("/work/coord/s43/s42")
    dst = pathlib.Path("/work/coord/s43")
    names = ["COMMON", "colE", "colE2", "colE3", "colV", "annB", "annB2", "annB3", "annVB",
             "adj", "adj3"]
    base, stop_col, stop_adj = sys.argv[1], sys.argv[2], sys.argv[3]
    ids = {"HO29O": "HO29R", "HO29P": "HO29S", "HO29Q": "HO29T", "EVH42": "EVH43"}
    for name in names:
        t = (src / f"{name}.md").read_text()
        held: list[str] = []

        def protect(m: re.Match[str]) -> str:
            held.append(ids.get(m.group(0), m.group(0)))
            return f"@@{len(held) - 1}@@"

        t = re.sub(r"\b(?:HO\d\d[A-Z]+|EVH\d\d)\b", protect, t)
        t = re.sub(r"\d\d:\d\d UTC", protect, t)
        t = t.replace("session 26: a swap", "session @@S@@ a swap")
        t = re.sub(r"(?<![0-9@])(39|4[0-2])(?![0-9@])", lambda m: str(int(m.group(1)) + 1), t)
        t = t.replace("session @@S@@ a swap", "session 26: a swap")
        t = t.replace("2b35894d", base).replace("f3b4fdc0", "bd42debd")
        t = re.sub(r"@@(\d+)@@", lambda m: held[int(m.group(1))], t)
        t = t.replace("evidence-heldout-s36.jsonl ..", "evidence-heldout-s37.jsonl ..")
        t = re.sub(r"hard stop \d\d:\d\d UTC", f"hard stop {stop_col} UTC", t)
        t = re.sub(r"Hard stop \d\d:\d\d UTC", f"Hard stop {stop_adj} UTC", t)
        (dst / f"{name}.md").write_text(t)


if __name__ == "__main__":
    main()
