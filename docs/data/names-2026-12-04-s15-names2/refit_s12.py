"""Session 12's refit of candidate A's words-path model (``evidence-gate-2026-12-04-s12-evidence/
gate12.py``, pooled cut-off, 12 READING files) with s15-names2's actor mentions (a copy of
s15-names' ``refit_s12.py``): the lower-case article names ("al-Qaeda", "al-Qaida") are
mentions now, which moves the items' signals (not their number nor which are right: 208
items, 174 right), so s15-names' record ``cv-rules-pooled-A-s15.json`` no longer matches a
refit; this writes the refit next to this file (``cv-rules-pooled-A-s15b.json``), which
``tests/news/test_evidence_refit_s12.py`` now checks. Run from the worktree root::

    PYTHONPATH=src python3 docs/data/names-2026-12-04-s15-names2/refit_s12.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S12 = HERE.parent / "evidence-gate-2026-12-04-s12-evidence"


def main() -> None:
    spec = importlib.util.spec_from_file_location("gate12", S12 / "gate12.py")
    assert spec is not None and spec.loader is not None
    g = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(g)
    g.SET["A"] = "A"
    data = g.items("rules", g.READING)
    model = g.chosen(data, "pooled")
    old = json.loads((S12 / "cv-rules-pooled-A.json").read_text())["chosen_on_all"]
    change = max(abs(a - b) for a, b in zip(old["coef"], model.coef, strict=True))
    out = {
        "items": len(data["y"]),
        "right": int(data["y"].sum()),
        "largest_coefficient_change_from_session_12": round(change, 6),
        "chosen_on_all": model.to_dict(),
    }
    (HERE / "cv-rules-pooled-A-s15b.json").write_text(json.dumps(out, indent=1) + "\n")
    print(out["items"], out["right"], out["largest_coefficient_change_from_session_12"])


if __name__ == "__main__":
    main()
