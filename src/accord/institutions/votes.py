"""Typed vote results: members' vote probabilities, the expected tally, the veto record.

They are dicts (:class:`accord.results.KeyedResult`), indexed as the plain dicts these
functions returned before, with ``to_dict()`` and ``to_frame()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from accord.results import KeyedResult

if TYPE_CHECKING:
    import pandas as pd


class MemberVotes(KeyedResult[dict[str, float]]):
    """Member code -> probabilities of ``yes``, ``no``, ``abstain`` (and ``absent`` where the
    source gives it): what the roll-call model and the other-member vote hooks return."""

    key = "member"

    def to_frame(self) -> pd.DataFrame:
        """One row per member: ``member, yes, no, abstain`` (+ ``absent`` and any others)."""
        from accord.frames import votes_frame

        return votes_frame(self)


class Adoption(KeyedResult[float]):
    """A draft's expected ``yes``, ``no`` and ``abstain`` counts and ``p_adopted``, its
    probability of adoption under simple majority."""

    @property
    def adopted(self) -> bool:
        """Adopted on the expected counts: more yes than no."""
        return self["yes"] > self["no"]

    def to_frame(self) -> pd.DataFrame:
        """One row: ``yes, no, abstain, p_adopted``."""
        import pandas as pd

        return pd.DataFrame([self.to_dict()])


class VetoRecord(KeyedResult[int]):
    """Permanent member -> Security Council drafts it vetoed (the bundled record's period)."""

    key = "member"
    value = "vetoes"


__all__ = ["Adoption", "MemberVotes", "VetoRecord"]
