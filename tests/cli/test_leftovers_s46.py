"""Session 46 (s46-leftovers): six faults left by session 45, each checked and, where real,
fixed; each test here failed on the code before its fix, unless it says otherwise.

1. ``ResolutionForecast.body`` was the cached bundled body itself: a caller that changed it
   changed every later forecast's. Each forecast now holds its own copy.
"""

from __future__ import annotations

import accord

# 1. a forecast's body is its own


def test_a_forecasts_body_is_its_own_to_change() -> None:
    first = accord.forecast("ukraine-2025-02").resolutions
    assert first is not None
    body = first[0].body
    name, members = body.name, len(body.members)
    body.name = "changed"
    body.members.pop()
    later = accord.forecast("ukraine-2025-02").resolutions
    assert later is not None
    assert later[0].body.name == name and len(later[0].body.members) == members
    assert later[0].body is not body
