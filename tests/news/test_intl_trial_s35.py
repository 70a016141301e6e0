"""Session 35's trial (docs/trial-2026-12-06-s35.md): a francophone analyst's news folder.

A French article was stored with no event and nothing said that the coders read English only.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import accord
import accord.news.ingest as ingest_module
from accord.cli import app
from tests.news.test_ingest import FakeCoder

runner = CliRunner()

FRENCH = (
    "Istanbul, 3 décembre 2026 — La Türkiye a accueilli mardi les délégations russe et "
    "ukrainienne pour relancer le corridor céréalier en mer Noire. Le ministre français des "
    "Affaires étrangères a salué « une étape décisive » et a promis une aide de 50 millions "
    "d'euros aux pays importateurs, dont la Côte d'Ivoire et l'Algérie. Moscou a rejeté toute "
    "inspection internationale des navires dans le port."
)
ENGLISH = (
    "Turkey hosts Black Sea grain talks\nISTANBUL, December\u00a03, 2026\u00a0\u2014 Turkish "
    "Foreign Minister Hakan Fidan met Russian and Ukrainian negotiators on Tuesday to revive "
    "the Black Sea grain corridor. \u201cWe will not accept inspections at sea,\u201d Russian "
    "Foreign Minister Sergei Lavrov said. France\u2019s foreign minister praised the talks and "
    "pledged\u00a0\u20ac50\u00a0million in aid to C\u00f4te d\u2019Ivoire and Algeria.\n"
)
CP1252 = (
    "Algeria backs corridor\nALGIERS, December 4, 2026 \u2014 Algeria\u2019s foreign minister "
    "said on Wednesday that Algeria supports the reopening of the Black Sea corridor and urged "
    "Russia to allow ships to sail to Algiers and Abidjan, C\u00f4te d\u2019Ivoire.\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Études 2026" / "presse"
    folder.mkdir(parents=True)
    (folder / "article français.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "turkey grain talks.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "alger cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    return folder


def test_ingest_says_a_french_article_is_not_read_by_the_english_coders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "default_coder", FakeCoder)
    folder = _folder(tmp_path)
    db = tmp_path / "Études 2026" / "base presse.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "1 document(s) seem written in another language than English" in said
    assert "article français.txt (French)" in said
    assert "read English only" in said
    assert "%C3%89" not in result.output  # finding 8
    assert "turkey grain talks" not in said.split("English:")[1].split(";")[0]


def test_the_api_warns_of_it_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "default_coder", FakeCoder)
    folder = _folder(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = accord.ingest(folder, tmp_path / "s.db", date_if_missing="2026-12-03")  # a Path
    assert [language for _, language in report.not_english] == ["French"]
    assert any("read English only" in str(w.message) for w in caught)


def test_english_articles_with_typographic_marks_are_english() -> None:
    from accord.news.language import not_english

    assert not_english(ENGLISH) is None
    assert not_english(CP1252) is None
    assert not_english(FRENCH) == "French"
    assert not_english("Москва " * 40) == "Russian or another language in Cyrillic script"
    assert not_english("الجزائر " * 40) == "Arabic or another language in Arabic script"


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_the_guess_never_fails_on_any_text(text: str) -> None:
    from accord.news.language import not_english

    assert not_english(text) in (
        None,
        "French",
        "Spanish",
        "Portuguese",
        "German",
        "Italian",
        "Russian or another language in Cyrillic script",
        "Arabic or another language in Arabic script",
        "Chinese or Japanese",
    )


def test_a_store_path_with_accents_is_shown_as_written() -> None:
    # finding 8: "Ingest into sqlite:////tmp/%C3%89tudes 2026/base presse.db"
    from accord.store import display_url, normalise_url

    shown = display_url(normalise_url("/tmp/Études 2026/base presse.db"))
    assert shown == "sqlite:////tmp/Études 2026/base presse.db"
    assert display_url("postgresql+psycopg://u:pw@h/db") == "postgresql+psycopg://u:***@h/db"


def test_a_csv_of_articles_with_semicolons_says_so(tmp_path: Path) -> None:
    # finding 14: "needs a header row naming a text column ... (got the columns
    # title;date;source;text)", with no word of the semicolons
    from accord.errors import DataError
    from accord.news.readers import read_file

    path = tmp_path / "Études 2026" / "veille.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(
        "\ufefftitle;date;source;text\r\nTalks;03/12/2026;AFP;Turkey hosted the talks.\r\n".encode()
    )
    with pytest.raises(DataError) as caught:
        read_file(path)
    said = str(caught.value)
    assert "the columns are separated by semicolons" in said
    assert "(got the columns title;date;source;text)" in said
