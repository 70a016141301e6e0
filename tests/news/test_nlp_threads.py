"""The embedder's thread count (issue 14 speed work): ``ACCORD_NLP_THREADS``, checked."""

from __future__ import annotations

import pytest

from accord.errors import AccordError
from accord.news.nlp.models import THREADS_VARIABLE, torch_threads


def test_threads_default_to_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(THREADS_VARIABLE, raising=False)
    assert torch_threads() == 1


def test_threads_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(THREADS_VARIABLE, "2")
    assert torch_threads() == 2


@pytest.mark.parametrize("raw", ["0", "-1", "two", ""])
def test_bad_thread_count_names_the_variable_and_value(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv(THREADS_VARIABLE, raw)
    with pytest.raises(AccordError, match=f"{THREADS_VARIABLE}.*{raw!r}"):
        torch_threads()


def test_the_coder_runs_blas_on_the_configured_threads_and_restores_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """OpenBLAS on two threads cost about 100 times the CPU of one for the head's small
    products (and spun afterwards): the coder scopes BLAS to ACCORD_NLP_THREADS (default 1)."""
    pytest.importorskip("threadpoolctl")
    from threadpoolctl import threadpool_info

    from accord.news.nlp.models import blas_threads

    def blas() -> list[int]:
        return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]

    before = blas()
    if not before:
        pytest.skip("no BLAS library loaded")
    monkeypatch.delenv("ACCORD_NLP_THREADS", raising=False)
    with blas_threads():
        assert set(blas()) == {1}
    monkeypatch.setenv("ACCORD_NLP_THREADS", "2")
    with blas_threads():
        assert set(blas()) == {2}
    assert blas() == before


def test_the_embedder_holds_torch_to_its_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Leaving a BLAS limit entered before the embedder loaded put torch back on 2 OpenMP
    threads (MiniLM then cost 4 times the CPU); each embedding call sets it again."""
    torch = pytest.importorskip("torch")
    from accord.news.nlp.models import _keep_torch_threads

    saved = torch.get_num_threads()
    try:
        monkeypatch.delenv(THREADS_VARIABLE, raising=False)
        torch.set_num_threads(2)
        _keep_torch_threads()
        assert torch.get_num_threads() == 1
        monkeypatch.setenv(THREADS_VARIABLE, "2")
        _keep_torch_threads()
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(saved)
