"""A text ingested without a title gets its first line as title; beyond 150 characters the
title was cut mid-word at 147 characters with "..." (session 27: at a word boundary with an
ellipsis, by :func:`accord.text.shortened`, the one function the tables use)."""

from __future__ import annotations

from pathlib import Path

from accord.news.readers import TITLE_CHARS, make_document, read_file

# one line of 173 characters, no sentence end in it: the old cut at 147 characters fell inside
# "on" ("... fund and o..."), the new one keeps the last whole word before the 150th
LINE = (
    "Foreign ministers of France and Germany met their Polish counterpart in Weimar on Thursday "
    "to prepare negotiations on the reconstruction fund and on sanctions against Russia"
)


def test_a_long_first_line_is_cut_at_a_word_boundary_with_an_ellipsis() -> None:
    assert LINE[145:148] == " on" and not LINE[TITLE_CHARS - 1].isspace()
    title = make_document(LINE + "\n\nThe body.").title
    assert title == LINE[: LINE.rindex(" ", 0, TITLE_CHARS - 1)] + "\u2026"
    assert len(title) <= TITLE_CHARS and not title.endswith("...")
    assert title.endswith(" fund and on\u2026")


def test_a_short_first_line_or_first_sentence_is_kept_whole() -> None:
    assert make_document("A short headline\nThe body.").title == "A short headline"
    sentence = "Ministers met in Weimar."
    assert make_document(f"{sentence} {LINE}\nThe body.").title == sentence


def test_ingest_reads_a_text_file_with_the_cut_title(tmp_path: Path) -> None:
    article = tmp_path / "weimar.txt"
    article.write_text(LINE + "\n\nThe body of the article.\n")
    (document,) = read_file(article).documents
    assert document.title.endswith(" fund and on\u2026")
