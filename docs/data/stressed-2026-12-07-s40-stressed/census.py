"""Census of s40-stressed: READING records with a verb of emphasis or "insist", with gold and
both coders' errors in a READING run. Run from the worktree root with PYTHONPATH=START_SRC:
``python3 census.py RUN.json > census.txt``. The CHECK files are skipped by name, unopened."""

import json
import re
import sys
from pathlib import Path

CHECK = {f"heldout-s{n}" for n in ("38", "38b", "38c", "39", "39b", "39c")}
WORDS = re.compile(
    r"\b(stress(?:es|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|underlin(?:e|es|ed|ing)"
    r"|underscor(?:e|es|ed|ing)|insist(?:s|ed|ing)?)\b",
    re.I,
)


def main() -> None:
    from accord.news.nlp.rules_cv import dev_sets

    run = json.loads(Path(sys.argv[1]).read_text())
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in CHECK:
            continue
        errors = {c: {e["id"]: e for e in run[c].get(dev.name, {}).get("errors", [])} for c in run}
        for rec in json.loads(Path(dev.path).read_text()):
            text = rec.get("text", "")
            found = WORDS.search(text)
            if not found:
                continue
            out = []
            for coder in ("rules", "nlp"):
                e = errors[coder].get(rec["id"])
                got = (
                    f"{e['got']}/{e.get('trigger')}/{e['source']}->{e['target']}" if e else "=gold"
                )
                out.append(f"{coder}:{got}")
            print(
                f"{dev.name}|{rec['id']}|gold={rec.get('event')}|{' '.join(out)}|"
                f"{found.group(0)}|{text}"
            )


if __name__ == "__main__":
    main()
