"""The workbench's institutions page printed ``P(adopted) = 1.000`` for the General Assembly
drafts of ``ukraine-2025-02`` (1 - 1.7e-15 and 1 - 5.6e-16): since session 44 (s44-leftovers2)
it says ``P(adopted) > 0.999``, as the command line does (:func:`accord.text.probability_text`,
the templates' ``probability`` filter)."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient

UKRAINE = "ukraine-2025-02"


def test_the_workbench_institutions_page(client: TestClient) -> None:
    page = client.get("/institutions", params={"scenario": UKRAINE, "engine": "mean"})
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert text.count('<strong class="adoption">P(adopted) > 0.999</strong>') == 2
    assert '<strong class="adoption">P(adopted) = 0.450</strong>' in text
    assert "P(adopted) = 1.000" not in text
