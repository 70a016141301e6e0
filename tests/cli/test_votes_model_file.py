"""A ``--model`` file that is no accord UN-votes model is refused, naming the file and what is
wrong (session 20: an .npy array ended in a traceback, an empty file in a bare "Aborted.",
and any other file in numpy's advice to load it as a pickle)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import run_cli


def _predict(model: Path) -> tuple[int, str]:
    return run_cli("votes", "predict", "--title", "Peace", "--model", str(model))


def _array(path: Path) -> None:
    with path.open("wb") as f:
        np.save(f, np.arange(3))


def _archive(meta: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("wb") as f:
            np.savez(f, meta=np.array(meta))

    return write


WRONG: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty file": (lambda p: p.write_bytes(b""), "no .npz archive"),
    "text": (lambda p: p.write_text("{not a model"), "no .npz archive"),
    "one array": (_array, "one array, no .npz archive"),
    "meta not JSON": (_archive("{not json"), "not an accord UN-votes model"),
    "meta a JSON list": (_archive(json.dumps([1, 2])), "format None is not"),
    "another format": (_archive(json.dumps({"format": "other"})), "format 'other' is not"),
}


@pytest.mark.parametrize("kind", list(WRONG))
def test_a_model_file_of_the_wrong_kind_is_named(kind: str, tmp_path: Path) -> None:
    write, words = WRONG[kind]
    model = tmp_path / "model.npz"
    write(model)
    code, output = _predict(model)
    assert code == 2
    assert "model.npz" in output and words in output
    assert "pickle" not in output  # never advice to unpickle a file the user did not trust


CONTENT = st.one_of(
    st.binary(max_size=80),
    st.binary(max_size=80).map(lambda b: b"PK\x03\x04" + b),  # a zip archive's signature
    st.binary(max_size=80).map(lambda b: b"\x93NUMPY\x01\x00" + b),  # an .npy file's
)


@settings(max_examples=60, deadline=None)
@given(content=CONTENT)
def test_any_bytes_as_a_model_are_refused_naming_the_file(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "model.npz"
        model.write_bytes(content)
        code, output = _predict(model)  # run_cli fails on a traceback
    assert code == 2 and "model.npz" in output
