"""What the institutions package ships, named without importing its models.

``accord power --help`` lists the bundled bodies and the power indices; importing
:mod:`accord.institutions.rules` (pydantic) or :mod:`accord.institutions.power` (numpy) only
to print those names made the help slow, so the names live here.
"""

from __future__ import annotations

from importlib import resources

INDEX_NAMES: tuple[str, ...] = ("shapley-shubik", "banzhaf")
"""The power indices of :data:`accord.institutions.power.INDICES`, in its order."""


def bundled_body_ids() -> list[str]:
    """Ids of the bodies bundled as ``data/bodies/*.yaml`` (``unsc``, ``unga``, ...), sorted.

    >>> "unsc" in bundled_body_ids()
    True
    """
    folder = resources.files("accord.institutions") / "data" / "bodies"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )
