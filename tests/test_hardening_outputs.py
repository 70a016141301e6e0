"""Regression tests (issue 12): writing where one cannot write is a clear error naming the
path, checked before any work; an existing file accord did not write is replaced only with
--force; read-only commands refuse a news store that does not exist."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from accord.errors import DataError
from accord.outputs import check_output, written_by_accord
from accord.scenario import load_bundled
from accord.scenario.io import save, write_atomic
from tests.helpers import run_cli


@pytest.mark.parametrize(
    "args",
    [
        ("convert", "ec-emissions-1994", "{target}/x.json"),
        ("schema", "--out", "{target}/x.json"),
        ("forecast", "ec-emissions-1994", "--report", "{target}/r.html"),
        ("update", "ec-emissions-1994", "--out", "{target}/x.yaml", "--db", "{db}"),
        ("timeline", "FRA", "--plot", "{target}/t.svg", "--db", "{db}"),
        ("votes", "fit", "--data", "{target}/no-data", "--out", "{target}/m.npz"),
    ],
)
def test_unwritable_output_is_a_clear_error(
    args: tuple[str, ...], blocker: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    if "--db" in args:
        from accord.news.store import Store

        with Store(str(db)):
            pass
    filled = [a.format(target=blocker, db=db) for a in args]
    code, output = run_cli(*filled)
    assert code == 2
    assert str(blocker) in output and "cannot write there" in output


def test_votes_fit_checks_the_output_before_reading_the_data(blocker: Path) -> None:
    # The data directory does not exist either: the output is what is reported, first.
    code, output = run_cli("votes", "fit", "--data", "/nonexistent", "--out", f"{blocker}/m.npz")
    assert code == 2 and "--out" in output and "cannot write there" in output


@pytest.mark.parametrize(
    "args",
    [
        ("convert", "ec-emissions-1994", "{out}"),
        ("schema", "--out", "{out}"),
        ("forecast", "ec-emissions-1994", "--report", "{out}"),
    ],
)
def test_unrelated_existing_file_is_kept_without_force(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    out = tmp_path / "notes.json"
    out.write_text("my own notes\n", encoding="utf-8")
    code, output = run_cli(*[a.format(out=out) for a in args])
    assert code == 2 and "--force" in output and str(out) in output
    assert out.read_text(encoding="utf-8") == "my own notes\n"
    code, output = run_cli(*[a.format(out=out) for a in args], "--force")
    assert code == 0, output
    assert out.read_text(encoding="utf-8") != "my own notes\n"
    code, output = run_cli(*[a.format(out=out) for a in args])  # now accord's: replaced freely
    assert code == 0, output


def test_accord_outputs_carry_a_mark(tmp_path: Path) -> None:
    import datetime as dt

    from accord.news.timeline import TimelinePoint, timeline_png, timeline_svg

    points = [TimelinePoint(dt.date(2025, 2, 24), "CONSULT", "source", 1)]
    svg, png = tmp_path / "t.svg", tmp_path / "t.png"
    svg.write_text(timeline_svg("FRA", points), encoding="utf-8")
    png.write_bytes(timeline_png("FRA", points))
    yaml_file = tmp_path / "s.yaml"
    save(load_bundled("ec-emissions-1994"), yaml_file)
    for path in (svg, png, yaml_file):
        assert written_by_accord(path)
    other = tmp_path / "other.svg"
    other.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    assert not written_by_accord(other)
    with pytest.raises(DataError, match="--force"):
        check_output(other, "--plot")
    check_output(other, "--plot", force=True)


def test_a_full_disk_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "s.json"
    target.write_text("old\n", encoding="utf-8")

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("accord.scenario.io.os.replace", full)
    with pytest.raises(DataError, match=r"s\.json: cannot write \(No space left on device\)"):
        write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


@pytest.mark.parametrize("command", ["evidence", "update"])
def test_read_only_commands_refuse_a_missing_store(command: str, tmp_path: Path) -> None:
    db = tmp_path / "mistyped.db"
    code, output = run_cli(command, "ec-emissions-1994", "--db", str(db))
    assert code == 2 and "no news store there" in output
    assert not db.exists()
