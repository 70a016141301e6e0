"""Refit the bundled evidence-confidence models (``src/accord/news/data/evidence-confidence.json``)
after s15-names2's change of actor mentions (a copy of s15-names' script): the models are
fitted on the items the evidence finder gives on the development files (session 10's
protocol, ``confidence10.py``, on
:data:`accord.news.evidence.SCALE_END_GATES`, as ``tests/news/test_evidence_confidence.py``
rebuilds them), and a mention that is new ("al-Qaeda" in lower case) changes
those items' signals. The confidence gate is off by default (``EvidenceRules.confidence_gate``):
the default output does not depend on these numbers. Prints, per path, the bundled and the
refitted cut-off and the largest coefficient change; ``--write`` writes the refit (the
``built_by`` line names this script). Run from the worktree root::

    PYTHONPATH=src python3 docs/data/names-2026-12-04-s15-names2/refit_confidence.py [--write]

Does not write ``confidence10.py``'s ``cv-CODER.json`` (session 10's record stays as it was).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path.cwd()
BUNDLE = ROOT / "src" / "accord" / "news" / "data" / "evidence-confidence.json"


def refit(coder_name: str) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "docs" / "data" / "evidence-cv-2026-12-03-s10-evidence"))
    import confidence10

    from accord.news.evidence import SCALE_END_GATES
    from accord.news.evidence_confidence import choose_threshold, fit, out_of_fold

    data = confidence10.items(coder_name, SCALE_END_GATES)
    model = fit(data["x"], data["y"], confidence10.SEED)
    cut = choose_threshold(
        out_of_fold(data["x"], data["y"], data["files"], data["urls"]), data["y"], data["files"]
    )
    shipped = type(model)(model.mean, model.scale, model.coef, model.intercept, cut)
    out: dict[str, Any] = shipped.to_dict()
    return out


def main() -> None:
    write = "--write" in sys.argv[1:]
    bundle = json.loads(BUNDLE.read_text(encoding="utf-8"))
    for coder, path in (("rules", "words"), ("nlp", "parse")):
        new = refit(coder)
        old = bundle[path]
        diff = max(abs(a - b) for a, b in zip(old["coef"], new["coef"], strict=True))
        print(
            f"{path}: threshold {old['threshold']} -> {new['threshold']}, intercept "
            f"{old['intercept']} -> {new['intercept']}, largest coefficient change {diff:.6f}"
        )
        bundle[path] = new
    if write:
        bundle["built_by"] = (
            "python docs/data/evidence-cv-2026-12-03-s10-evidence/confidence10.py rules nlp"
            " --write (session 10); refitted by"
            " docs/data/names-2026-12-04-s15-names2/refit_confidence.py --write (session 15)"
        )
        BUNDLE.write_text(json.dumps(bundle, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
