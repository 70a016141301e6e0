"""Every text accord cuts is cut by :func:`accord.text.shortened`: at a word boundary, with one
ellipsis (session 28; session 27 moved only its own new cut there, and the refusals' value
previews, the DEU file's header, ``accord update``'s quotations, the ledger's sources, the
evidence table's quotations and the report's SVG labels were still cut mid-word, some with
"...")."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import accord
from accord.errors import FormatError, Problem
from accord.forecast.deu import read_deu
from accord.news.types import StanceEvidence
from accord.news.update import QUOTE_CHARS, propose
from accord.scenario import load_bundled
from accord.scenario.model import Evidence, Source
from accord.text import shortened

SRC = Path(accord.__file__).resolve().parent
WORDS = "the delegations agreed to resume talks on the ceasefire in Geneva next week " * 6


def _words_kept(cut: str, whole: str) -> bool:
    """``cut`` is whole words of ``whole`` (its start) and one ellipsis."""
    body = cut.removesuffix("\u2026")
    return cut.endswith("\u2026") and whole.startswith(body) and whole[len(body)] == " "


def test_a_refused_value_is_named_by_its_start_cut_at_a_word() -> None:
    message = str(Problem("stances[0].note", "must be short", WORDS.strip()))
    shown = message.split(" (got ", 1)[1].removesuffix(")")
    assert shown.startswith("'the delegations agreed") and "..." not in shown
    assert len(shown) <= 80 and _words_kept(shown[1:], WORDS)
    assert str(Problem("x", "bad", "short")) == "x: bad (got 'short')"


def test_a_file_that_is_not_deu_is_quoted_by_its_first_words(tmp_path: Path) -> None:
    path = tmp_path / "not-deu.tsv"
    header = "\t".join(["delegation name", "issue label", "position of the presidency"] * 3)
    path.write_text(f"{header}\n1\t2\n3\t4\n", encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        read_deu(path)
    (problem,) = caught.value.problems
    assert problem.value == shortened(header, 60) and "..." not in str(caught.value)
    assert _words_kept(problem.value.replace("\t", " "), header.replace("\t", " "))


def _finding(quote: str) -> StanceEvidence:
    return StanceEvidence(
        document_id="a" * 64,
        actor="RUS",
        issue="ceasefire",
        direction=1.0,
        strength=1.0,
        quote=quote,
        date=dt.date(2025, 2, 26),
    )


def test_update_quotes_a_long_statement_cut_at_a_word() -> None:
    scenario = load_bundled("ukraine-2025-02")
    quote = "Moscow said it would accept " + WORDS
    done = propose(scenario, [_finding(quote)])
    (change,) = done.changes
    stance = done.scenario.stance(change.actor, change.issue)
    assert stance is not None
    text = stance.evidence[-1].text
    assert text.startswith('"Moscow said it would accept') and text.endswith('\u2026"')
    assert len(text) <= QUOTE_CHARS + 2 and _words_kept(text[1:-1], quote)


def test_update_still_knows_a_quotation_an_earlier_version_cut_mid_word() -> None:
    """A revision written before session 28 holds the quotation cut mid-word with "...": the
    same finding is recorded there and is not counted a second time."""
    scenario = load_bundled("ukraine-2025-02")
    quote = "Moscow said it would accept " + WORDS
    old = '"' + quote[: QUOTE_CHARS - 3].rstrip() + '..."'
    data = scenario.model_dump()
    data["sources"].append(Source(id="news-" + "a" * 12, title="An article").model_dump())
    stance = next(s for s in data["stances"] if (s["actor"], s["issue"]) == ("RUS", "ceasefire"))
    stance["evidence"].append(Evidence(source="news-" + "a" * 12, text=old).model_dump())
    written = type(scenario).model_validate(data)
    assert propose(written, [_finding(quote)]).changes == []
    assert len(propose(scenario, [_finding(quote)]).changes) == 1


def test_no_text_is_cut_with_its_own_ellipsis_in_src() -> None:
    """No ``text[:N] + "..."`` (or "\u2026") outside accord.text: one function cuts."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "text.py" and path.parent == SRC:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Add)
                and isinstance(node.right, ast.Constant)
                and node.right.value in ("...", "\u2026")
                and isinstance(node.left, ast.Subscript | ast.Call)
            ):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert found == []
