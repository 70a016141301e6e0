"""Make session 41's briefs from session 40's (shift session numbers 37..40 by one)."""
import re, sys, pathlib


def main() -> None:
    src = pathlib.Path("/work/coord/s41/s40")
    dst = pathlib.Path("/work/coord/s41")
    names = ["COMMON", "colE", "colE2", "colE3", "colV", "annB", "annB2", "annB3", "annVB",
             "adj", "adj3"]
    base, stop_col, stop_adj = sys.argv[1], sys.argv[2], sys.argv[3]
    ids = {"HO29I": "HO29L", "HO29J": "HO29M", "HO29K": "HO29N", "EVH40": "EVH41"}
    for name in names:
        t = (src / f"{name}.md").read_text()
        held: list[str] = []

        def protect(m: re.Match[str]) -> str:
            held.append(ids.get(m.group(0), m.group(0)))
            return f"@@{len(held) - 1}@@"

        t = t.replace("0350323a", base).replace("e5f74f27", "f2af9dd2")
        t = re.sub(r"\b(?:HO\d\d[A-Z]+|EVH\d\d)\b", protect, t)
        t = re.sub(r"\d\d:\d\d UTC", protect, t)
        t = t.replace("session 26: a swap", "session @@S@@ a swap")
        t = re.sub(r"(?<![0-9@])(3[7-9]|40)(?![0-9@])", lambda m: str(int(m.group(1)) + 1), t)
        t = t.replace("session @@S@@ a swap", "session 26: a swap")
        t = re.sub(r"@@(\d+)@@", lambda m: held[int(m.group(1))], t)
        t = t.replace("2026-12-06-s38", "2026-12-07-s38")
        t = t.replace("evidence-heldout-s34.jsonl ..", "evidence-heldout-s35.jsonl ..")
        t = re.sub(r"hard stop \d\d:\d\d UTC", f"hard stop {stop_col} UTC", t)
        t = re.sub(r"Hard stop \d\d:\d\d UTC", f"Hard stop {stop_adj} UTC", t)
        (dst / f"{name}.md").write_text(t)


if __name__ == "__main__":
    main()
