"""Each UN member's base rates of voting yes, no, abstaining and being absent in the Assembly.

The fallback vote model for members that are not actors of a scenario (and that the ideal-point
model of :mod:`accord.institutions.unvotes` cannot cover). Rates are computed from Voeten's
General Assembly roll calls (``unvotes`` layout) over recent sessions and shipped as
``data/base_rates.json``; absence is one minus the member's votes over the roll calls of the
sessions in which it cast at least one vote (absent members have no row in the data).

Regenerate with ``python -m accord.institutions.base_rates ../shared/data/unvotes``.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from accord.errors import DataError

SESSIONS = tuple(range(64, 74))
"""Sessions 64-73 (September 2009 to September 2019), the last ten in the data set."""

FILE = "data/base_rates.json"


def compute(directory: str | Path, sessions: tuple[int, ...] = SESSIONS) -> dict[str, Any]:
    """Base rates per member (ISO3) from the roll calls in ``directory``."""
    from accord.institutions.unvotes import load_data

    rc = load_data(directory, sessions)
    n_members = len(rc.members)
    counts = np.zeros((n_members, 3), dtype=np.int64)  # no, abstain, yes
    np.add.at(counts, (rc.vote_member, rc.vote.astype(np.int64)), 1)
    # Roll calls in the sessions in which each member voted at least once.
    voted_in = np.zeros((n_members, len(sessions)), dtype=bool)
    session_index = {s: k for k, s in enumerate(sessions)}
    call_session = np.array([session_index[int(s)] for s in rc.session])
    voted_in[rc.vote_member, call_session[rc.vote_call]] = True
    calls_per_session = np.bincount(call_session, minlength=len(sessions))
    possible = voted_in.astype(np.int64) @ calls_per_session
    rates: dict[str, dict[str, float]] = {}
    for i, code in enumerate(rc.members):
        if possible[i] == 0:
            continue
        no, abstain, yes = (int(x) for x in counts[i])
        absent = int(possible[i]) - (no + abstain + yes)
        total = int(possible[i])
        rates[code] = {
            "yes": round(yes / total, 4),
            "no": round(no / total, 4),
            "abstain": round(abstain / total, 4),
            "absent": round(max(absent, 0) / total, 4),
            "roll_calls": total,
        }
    return {
        "source": "Voeten, Strezhnev and Bailey, United Nations General Assembly Voting Data "
        "(Harvard Dataverse, doi:10.7910/DVN/LEJUQZ), via the unvotes package layout",
        "sessions": list(sessions),
        "rates": rates,
    }


@cache
def base_rates() -> dict[str, dict[str, float]]:
    """The shipped base rates: ISO3 -> {"yes", "no", "abstain", "absent"} (summing to 1)."""
    ref = resources.files("accord.institutions").joinpath(FILE)
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"{ref}: cannot read the shipped base rates ({exc})") from None
    out: dict[str, dict[str, float]] = {}
    for code, r in data["rates"].items():
        total = r["yes"] + r["no"] + r["abstain"] + r["absent"]
        out[code] = {k: r[k] / total for k in ("yes", "no", "abstain", "absent")}
    return out


AVERAGE_MEMBER = {"yes": 0.7, "no": 0.05, "abstain": 0.1, "absent": 0.15}
"""Used only for a member with no record at all; close to the Assembly's overall rates."""


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit("usage: python -m accord.institutions.base_rates UNVOTES_DIRECTORY")
    from accord.scenario.io import write_bytes_atomic

    data = compute(argv[0])
    target = Path(__file__).resolve().parent / FILE
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    write_bytes_atomic(target, text.encode("utf-8"))
    print(f"wrote {target} ({len(data['rates'])} members)")


if __name__ == "__main__":
    main(sys.argv[1:])
