"""Why the session-record model gives A/ES-11/L.11 exactly the ideal-point model's tallies.

The session-record model (``accord.institutions.resolutions.session_record_votes``) adds the
neighbour's vote with the weight leave-one-resolution-out picks over the earlier session texts,
then moves the followers of the key members whose announced position differs from their vote on
the neighbour. This prints both pieces for the drafts of 24 February 2025.

Run from the repository root:
    PYTHONPATH=src python3 docs/data/institutions-2026-12-05-s23-lead/why_l11.py
"""

from __future__ import annotations

from accord.institutions.unvotes import ess, followers, load_model
from accord.scenario.catalogue import resolve


def main() -> None:
    model, keyed = load_model(), followers.load()
    for draft in resolve("ukraine-2025-02").institutions.drafts:
        if draft.date is None or not draft.id.startswith("A/ES-11/"):
            continue
        earlier = [r for r in ess.recorded() if r.date < draft.date]
        neighbour = ess._neighbour(model, f"{draft.title} {draft.description or ''}", earlier)
        assert neighbour is not None
        weight = ess._weight(model, keyed, draft.date)
        on_neighbour = neighbour.positions(keyed.keys, before=False)
        moved = {
            k: v
            for k, v in draft.announced.items()
            if k in keyed.keys and ess.POSITION[v] != on_neighbour.get(k)
        }
        print(
            f"{draft.id}: neighbour {neighbour.symbol}, carry-forward weight {weight}, "
            f"announced {dict(draft.announced)}, key members on the neighbour {on_neighbour}, "
            f"announced positions that move followers {moved or 'none'}"
        )


if __name__ == "__main__":
    main()
