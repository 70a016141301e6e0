"""Source trees with one candidate each, for the deciding runs (session 13, s13-rules).

Writes ``OUT/{reduced,election,response}/src``: the session-start tree (``/tmp/s13-start/src``,
``git archive cf62e07 src``) with ``src/accord/news/coding.py`` replaced by this branch's
protocol-commit copy (3a74a8e) less the other two candidates' call sites (their unused helper
functions stay, inert). None was adopted, so the branch's final ``coding.py`` is the start's:
apply the candidates first. Usage (worktree root)::

    git apply docs/data/rules-2026-12-04-s13-rules/candidates-not-adopted.patch
    python3 docs/data/rules-2026-12-04-s13-rules/make_trees.py /tmp/s13r-trees
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REDUCED_CALL = "    relative |= _reduced_spans(tokens, triggers)\n"
ELECTION_CALL = (
    "        if _election_held(tokens, trig):\n"
    '            continue  # "will hold a general election": an electoral process, no event\n'
)
RESPONSE_CALL = (
    "        if _response_told_after(tokens, trig):\n"
    '            continue  # "responded with urgency, sending relief teams": the sending is'
    " the act\n"
)


def main() -> None:
    out = Path(sys.argv[1])
    start = Path("/tmp/s13-start/src")
    full = Path("src/accord/news/coding.py").read_text(encoding="utf-8")
    old = (start / "accord/news/coding.py").read_text(encoding="utf-8")
    # the start version of _reduced_passive, for the trees without the reduced candidate
    a = old.index("def _reduced_passive(")
    b = old.index("def _recipient_end(")
    old_reduced = old[a:b]
    c = full.index("# participles of relation")
    d = full.index("def _recipient_end(")
    new_reduced_block = full[c:d]
    for call in (REDUCED_CALL, ELECTION_CALL, RESPONSE_CALL):
        assert full.count(call) == 1, call
    variants = {
        "reduced": full.replace(ELECTION_CALL, "").replace(RESPONSE_CALL, ""),
        "election": full.replace(REDUCED_CALL, "").replace(RESPONSE_CALL, ""),
        "response": full.replace(REDUCED_CALL, "").replace(ELECTION_CALL, ""),
    }
    for name in ("election", "response"):
        text = variants[name]
        e = text.index("# participles of relation")
        f = text.index("def _reduced_spans(")
        # keep the new helpers after _reduced_passive (election, response, spans), restore
        # the start's _reduced_passive
        helpers = new_reduced_block[new_reduced_block.index("_HOLDING = ") :]
        variants[name] = (
            text[:e] + old_reduced + helpers + text[text.index("def _recipient_end(") :]
        )
        assert "_RELATION_PARTICIPLES" not in variants[name]
        del f
    for name, text in variants.items():
        tree = out / name / "src"
        if tree.exists():
            shutil.rmtree(tree)
        shutil.copytree(start, tree)
        (tree / "accord/news/coding.py").write_text(text, encoding="utf-8")
        print(name, tree)


if __name__ == "__main__":
    main()
