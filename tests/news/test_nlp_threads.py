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
