"""Session 12 (s12-evidence): the confidence model refitted on today's default finder's items
is reproducible from the seed, and the "pooled" cut-off rule picks what its protocol says.

Nothing here reads the session's CHECK file; the synthetic probabilities are our own."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tests.helpers import DOCS_DATA, NO_DOCS_DATA

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "docs" / "data" / "evidence-gate-2026-12-04-s12-evidence"


def gate12() -> ModuleType:
    if not DOCS_DATA.is_dir():
        pytest.skip(NO_DOCS_DATA)
    spec = importlib.util.spec_from_file_location("gate12", HERE / "gate12.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_reading_files_exclude_the_check_file() -> None:
    g = gate12()
    assert g.CHECK not in g.READING
    assert len(g.READING) == 12 and len(set(g.READING)) == 12
    assert all(p.exists() for p in g.READING)


def test_the_pooled_cut_off_is_the_lowest_that_reaches_the_target() -> None:
    g = gate12()
    p = np.array([0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.55, 0.52])
    y = np.array([True, True, True, True, True, False, False, False])
    # kept at 0.56: 5 right of 6 (0.833); at 0.53: 5 of 7 (0.714); at 0.50: 5 of 8
    assert g.pooled_threshold(p, y) == 0.56
    # already above the target at the floor: nothing above 0.50 is needed
    assert g.pooled_threshold(p, np.ones(8, bool)) == 0.5


def test_the_rules_path_refit_is_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    """The words-path model of candidate A, refitted on the 12 READING files, has the
    coefficients and cut-off recorded in cv-rules-pooled-A.json (session 12: 207 items, 173
    right), as refitted after session 15's correction of actor mentions (s15-names: "the
    so-called Doha agreement" gives Qatar no mention, one right item more, EV-060; the
    coefficients moved by at most 0.03, the cut-off not), refitted again after s15-names2's
    (lower-case article names such as "al-Qaeda" are mentions: the same 208 items and 174
    right, the signals moved): names-2026-12-04-s15-names2/cv-rules-pooled-A-s15b.json. It is
    refitted with the finder's rules of that time, session 18's default: session 22's
    (``shared_keyword``) drops one wrong item of these files (EVH11-008), so 207 items."""
    import accord.news.evidence as ev

    monkeypatch.setattr(ev, "DEFAULT_RULES", ev.CONCESSION_GATES)  # gate12 reads it by name
    g = gate12()
    g.SET["A"] = "A"
    data = g.items("rules", g.READING)
    model = g.chosen(data, "pooled")
    refit = ROOT / "docs" / "data" / "names-2026-12-04-s15-names2" / "cv-rules-pooled-A-s15b.json"
    session12 = json.loads((HERE / "cv-rules-pooled-A.json").read_text())["chosen_on_all"]
    recorded = json.loads(refit.read_text())["chosen_on_all"]
    assert recorded["coef"] == pytest.approx(session12["coef"], abs=0.05)
    assert len(data["y"]) == 208 and int(data["y"].sum()) == 174
    assert recorded["threshold"] == model.threshold == 0.5
    assert recorded["coef"] == pytest.approx(list(model.coef), abs=1e-5)
    assert recorded["intercept"] == pytest.approx(model.intercept, abs=1e-5)
