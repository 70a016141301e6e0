"""Reading UN General Assembly roll-call data in the layout of the R ``unvotes`` package.

The files follow Erik Voeten's "United Nations General Assembly Voting Data" as repackaged by
the R ``unvotes`` package (Robinson, MIT / CC0): ``un_votes.csv[.gz]`` (rcid, country,
country_code, vote), ``un_roll_calls.csv[.gz]`` (rcid, session, importantvote, date, unres,
amend, para, short, descr) and ``un_roll_call_issues.csv[.gz]`` (rcid, short_name, issue).
Absent members have no row. Members are keyed by ISO 3166 alpha-3 codes through the table
``data/members.csv`` shipped with this package (derived from NGEC's ``countries.csv``, MIT,
with the exceptions noted in its ``note`` column).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from accord.errors import DataError

VOTES = ("no", "abstain", "yes")
"""Outcome labels in model order: index 0 = no < 1 = abstain < 2 = yes."""

ISSUES = ("me", "nu", "di", "hr", "co", "ec")
"""The six issue codes of the ``unvotes`` package (Middle East, nuclear, disarmament, human
rights, colonialism, economic development)."""

FILES = {
    "votes": "un_votes.csv",
    "roll_calls": "un_roll_calls.csv",
    "issues": "un_roll_call_issues.csv",
}
_COLUMNS = {
    "votes": ("rcid", "country", "country_code", "vote"),
    "roll_calls": ("rcid", "session", "date", "short", "descr"),
    "issues": ("rcid", "short_name"),
}
_OPTIONAL = {"votes": (), "roll_calls": ("amend", "para"), "issues": ()}


@dataclass(frozen=True)
class RollCalls:
    """Roll calls, their texts and issue codes, and the votes cast on them.

    Votes are kept as coordinate arrays (one entry per member present), so absence is simply
    the lack of an entry.
    """

    rcid: NDArray[np.int64]  # (n,)
    session: NDArray[np.int64]  # (n,)
    date: NDArray[np.datetime64]  # (n,) day precision
    amend: NDArray[np.int8]  # (n,) 1 amendment vote, 0 not, -1 unknown
    para: NDArray[np.int8]  # (n,) 1 separate paragraph vote, 0 not, -1 unknown
    short: list[str]
    descr: list[str]
    issues: NDArray[np.bool_]  # (n, len(ISSUES))
    members: list[str]  # ISO3 codes, sorted
    vote_call: NDArray[np.int64]  # (N,) roll-call row of each vote
    vote_member: NDArray[np.int64]  # (N,) member index of each vote
    vote: NDArray[np.int8]  # (N,) 0 no, 1 abstain, 2 yes

    @property
    def n_calls(self) -> int:
        return int(self.rcid.shape[0])

    def text(self, k: int) -> str:
        return f"{self.short[k]} {self.descr[k]}"

    def subset(self, keep: NDArray[np.bool_]) -> RollCalls:
        """The roll calls where ``keep`` is true, with their votes (members unchanged)."""
        rows = np.flatnonzero(keep)
        new_index = np.full(self.n_calls, -1, dtype=np.int64)
        new_index[rows] = np.arange(rows.size)
        sel = keep[self.vote_call]
        return RollCalls(
            rcid=self.rcid[rows],
            session=self.session[rows],
            date=self.date[rows],
            amend=self.amend[rows],
            para=self.para[rows],
            short=[self.short[k] for k in rows],
            descr=[self.descr[k] for k in rows],
            issues=self.issues[rows],
            members=self.members,
            vote_call=new_index[self.vote_call[sel]],
            vote_member=self.vote_member[sel],
            vote=self.vote[sel],
        )

    def compact(self) -> RollCalls:
        """The same roll calls with only the members that cast a vote on them, so that what
        is fitted to them does not depend on which other sessions were loaded."""
        used = np.unique(self.vote_member)
        new_index = np.full(len(self.members), -1, dtype=np.int64)
        new_index[used] = np.arange(used.size)
        return RollCalls(
            rcid=self.rcid,
            session=self.session,
            date=self.date,
            amend=self.amend,
            para=self.para,
            short=self.short,
            descr=self.descr,
            issues=self.issues,
            members=[self.members[i] for i in used],
            vote_call=self.vote_call,
            vote_member=new_index[self.vote_member],
            vote=self.vote,
        )


def member_table() -> dict[tuple[str, str], str]:
    """(ISO2 code as in the data, country name) -> ISO3, from the shipped ``members.csv``."""
    text = (
        resources.files("accord.institutions.unvotes")
        .joinpath("data/members.csv")
        .read_text(encoding="utf-8")
    )
    return {(r["iso2"], r["country"]): r["iso3"] for r in csv.DictReader(io.StringIO(text))}


def _open(directory: Path, stem: str) -> tuple[Path, str]:
    for candidate in (directory / (stem + ".gz"), directory / stem):
        if candidate.is_file():
            try:
                if candidate.suffix == ".gz":
                    with gzip.open(candidate, "rt", encoding="utf-8", newline="") as f:
                        raw = f.read()
                else:
                    raw = candidate.read_text(encoding="utf-8")
            except (OSError, EOFError, UnicodeDecodeError) as exc:
                raise DataError(f"{candidate}: cannot be read ({exc})") from None
            return candidate, raw
    raise DataError(f"{directory / (stem + '.gz')}: file not found (nor {stem})")


def _rows(directory: Path, key: str) -> tuple[Path, list[tuple[str, ...]]]:
    """The file's data rows as tuples of the columns ``_COLUMNS[key]`` then ``_OPTIONAL[key]``
    (in that order, ``""`` where the file or a short row lacks one), blank lines skipped as
    :class:`csv.DictReader` does.

    Plain :func:`csv.reader` rows: building a dict per row was a third of the load time
    of a full votes file (bench/bench_unvotes.py)."""
    path, raw = _open(directory, FILES[key])
    try:
        reader = csv.reader(io.StringIO(raw, newline=""))
        header = next(reader, [])
        missing = [c for c in _COLUMNS[key] if c not in header]
        if missing:
            raise DataError(f"{path}: missing column(s) {', '.join(missing)} (header {header})")
        wanted = _COLUMNS[key] + _OPTIONAL[key]
        where = [header.index(c) if c in header else len(header) for c in wanted]
        pick = operator.itemgetter(*where)  # at least two columns: tuples
        try:
            return path, list(map(pick, filter(None, reader)))
        except IndexError:  # a short row or an absent optional column: pad with ""
            pad = [""] * (max(where) + 1)
            reader = csv.reader(io.StringIO(raw, newline=""))
            next(reader)
            return path, [pick(row + pad) for row in reader if row]
    except csv.Error as exc:
        raise DataError(f"{path}: not a readable CSV file ({exc})") from None


def _int(path: Path, line: int, field: str, value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        raise DataError(f"{path}: line {line}, field {field}: not an integer ({value!r})") from None


def _flag(value: str | None) -> int:
    return 1 if value == "1" else 0 if value == "0" else -1


def load(directory: str | Path, sessions: Sequence[int] | None = None) -> RollCalls:
    """Read the three files from ``directory`` (``.csv.gz`` or ``.csv``) and check them.

    ``sessions`` keeps only the roll calls of those sessions. Raises :class:`DataError` naming
    the file, line, field and value of the first fault.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise DataError(f"{directory}: not a directory of roll-call files")
    rc_path, rc_rows = _rows(directory, "roll_calls")
    keep = set(sessions) if sessions is not None else None
    index: dict[int, int] = {}
    rcid: list[int] = []
    session: list[int] = []
    dates: list[np.datetime64] = []
    amend: list[int] = []
    para: list[int] = []
    short: list[str] = []
    descr: list[str] = []
    for line, row in enumerate(rc_rows, start=2):
        r = _int(rc_path, line, "rcid", row[0])
        s = _int(rc_path, line, "session", row[1])
        if keep is not None and s not in keep:
            continue
        if r in index:
            raise DataError(f"{rc_path}: line {line}, field rcid: duplicate roll call ({r})")
        try:
            day = dt.date.fromisoformat(row[2].strip())
        except ValueError:
            raise DataError(
                f"{rc_path}: line {line}, field date: not a YYYY-MM-DD date ({row[2]!r})"
            ) from None
        index[r] = len(rcid)
        rcid.append(r)
        session.append(s)
        dates.append(np.datetime64(day, "D"))
        amend.append(_flag(row[5]))
        para.append(_flag(row[6]))
        short.append(row[3])
        descr.append(row[4])
    if not rcid:
        chosen = f" in sessions {min(keep)}-{max(keep)}" if keep else ""
        raise DataError(f"{rc_path}: no roll calls{chosen}")
    n = len(rcid)
    issues = np.zeros((n, len(ISSUES)), dtype=bool)
    is_path, is_rows = _rows(directory, "issues")
    for line, row in enumerate(is_rows, start=2):
        r = _int(is_path, line, "rcid", row[0])
        code = row[1].strip()
        if code not in ISSUES:
            raise DataError(
                f"{is_path}: line {line}, field short_name: unknown issue code ({code!r}); "
                f"known: {', '.join(ISSUES)}"
            )
        if r in index:
            issues[index[r], ISSUES.index(code)] = True
    table = member_table()
    v_path, v_rows = _rows(directory, "votes")
    codes = {name: k for k, name in enumerate(VOTES)}
    # Each rcid, vote and member is written hundreds of times: check and convert each
    # distinct text once (the first faulty line still raises, as it is the first seen).
    call_of: dict[str, int] = {}  # rcid text -> roll-call row, -1 for one not kept
    vote_of: dict[str, int] = {}
    member_of: dict[tuple[str, str], str] = {}
    calls: list[int] = []
    who: list[str] = []
    what: list[int] = []
    for line, (raw_rcid, country, country_code, raw_vote) in enumerate(v_rows, start=2):
        k = call_of.get(raw_rcid)
        if k is None:
            r = _int(v_path, line, "rcid", raw_rcid)
            found = index.get(r)
            if found is None and keep is None:
                raise DataError(f"{v_path}: line {line}, field rcid: no such roll call ({r})")
            k = call_of[raw_rcid] = -1 if found is None else found
        if k < 0:
            continue
        vote = vote_of.get(raw_vote)
        if vote is None:
            vote = codes.get(raw_vote.strip().lower())
            if vote is None:
                raise DataError(
                    f"{v_path}: line {line}, field vote: expected yes, no or abstain ({raw_vote!r})"
                )
            vote_of[raw_vote] = vote
        key = (country_code.strip(), country.strip())
        iso3 = member_of.get(key)
        if iso3 is None:
            iso3 = _iso3(key, table, v_path, line)
            member_of[key] = iso3
        calls.append(k)
        who.append(iso3)
        what.append(vote)
    if not calls:
        raise DataError(f"{v_path}: no votes for the chosen roll calls")
    members = sorted(set(who))
    position = {m: i for i, m in enumerate(members)}
    vote_call = np.asarray(calls, dtype=np.int64)
    vote_member = np.fromiter((position[m] for m in who), dtype=np.int64, count=len(who))
    pair = vote_call * len(members) + vote_member
    if np.unique(pair).size != pair.size:
        dup = np.flatnonzero(np.bincount(pair) > 1)[0]
        raise DataError(
            f"{v_path}: member {members[dup % len(members)]} votes twice on roll call "
            f"{rcid[dup // len(members)]}"
        )
    return RollCalls(
        rcid=np.asarray(rcid, dtype=np.int64),
        session=np.asarray(session, dtype=np.int64),
        date=np.asarray(dates, dtype="datetime64[D]"),
        amend=np.asarray(amend, dtype=np.int8),
        para=np.asarray(para, dtype=np.int8),
        short=short,
        descr=descr,
        issues=issues,
        members=members,
        vote_call=vote_call,
        vote_member=vote_member,
        vote=np.asarray(what, dtype=np.int8),
    )


def _iso3(key: tuple[str, str], table: dict[tuple[str, str], str], path: Path, line: int) -> str:
    code, name = key
    if key in table:
        return table[key]
    by_code = {c: i for (c, _), i in table.items() if c}
    if code in by_code:
        return by_code[code]
    if len(code) == 3 and code.isalpha() and code.isupper():
        return code
    raise DataError(
        f"{path}: line {line}, field country_code: unknown member ({code!r}, {name!r}); "
        "expected an ISO 3166 alpha-2 code listed in accord's unvotes/data/members.csv"
    )
