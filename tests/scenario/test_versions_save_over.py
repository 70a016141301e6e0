"""``ScenarioVersions.save_over``: a save conditional on the newest version (an HTTP
``If-Match``, the editor's "opened at version N"), checked in the write's own transaction, so
that of several writers who started from one version exactly one is saved (session 20)."""

from __future__ import annotations

import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.store import Store
from accord.scenario import load_bundled
from accord.scenario.versions import ScenarioVersions

UKRAINE = load_bundled("ukraine-2025-02")


def test_writers_from_one_version_save_one(tmp_path: Path) -> None:
    with Store(str(tmp_path / "store.db")) as store:
        versions = ScenarioVersions(store.engine)
        assert versions.save(UKRAINE).version == 1

        def save(n: int) -> int | None:
            edited = UKRAINE.model_copy(update={"title": f"edit {n}"})
            saved = versions.save_over(edited, {1})
            return None if saved is None else saved.version

        with ThreadPoolExecutor(6) as pool:
            outcomes = list(pool.map(save, range(6)))
        assert sorted(v for v in outcomes if v is not None) == [2]
        assert outcomes.count(None) == 5
        assert [v.version for v in versions.versions(UKRAINE.id)] == [0, 1, 2]


@settings(max_examples=20, deadline=None)
@given(saved=st.integers(0, 4), over=st.sets(st.integers(0, 6), max_size=3))
def test_saved_only_over_the_newest(saved: int, over: set[int]) -> None:
    with tempfile.TemporaryDirectory() as folder, Store(str(Path(folder) / "s.db")) as store:
        versions = ScenarioVersions(store.engine)
        for _ in range(saved):
            versions.save(UKRAINE)
        result = versions.save_over(UKRAINE, over)
        if saved in over:  # the newest is ``saved`` (0: the bundled version)
            assert result is not None and result.version == saved + 1
        else:
            assert result is None
            assert len(versions.versions(UKRAINE.id)) == saved + 1
