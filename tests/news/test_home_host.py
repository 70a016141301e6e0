"""The publisher's country-code host as a home of last resort (session 20, s20-home, candidate
H, not adopted: docs/validation-events/session-20-home.md).

Titles and addresses are our own, written for these tests.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.home import REPURPOSED_DOMAINS, home_country, host_country

ARREST = "The police arrested forty students outside the university on Monday."
LABELS = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=12)


@pytest.mark.parametrize(
    ("url", "state"),
    [
        ("https://www.monitor.co.ug/uganda/news/article-123", "UGA"),
        ("https://www.bta.bg/en/news/987", "BGR"),
        ("https://nation.africa.example.co.ke/x", "KEN"),
        ("https://www.independent.co.uk/world/x", "GBR"),  # "uk" is not GB's ISO code
        ("https://www.dawn.com.pk/news/1", "PAK"),
        ("https://www.example.com/x", None),  # generic
        ("https://example.news/x", None),
        ("https://europa.example.eu/x", None),  # of no state
        ("https://bit.ly/abc", None),  # re-purposed
        ("https://start.example.io/x", None),
        (None, None),
        ("not a url", None),
    ],
)
def test_host_country(url: str | None, state: str | None) -> None:
    assert host_country(url) == state


@settings(deadline=None)
@given(LABELS, st.sampled_from(sorted(REPURPOSED_DOMAINS)))
def test_repurposed_domains_name_no_state(label: str, domain: str) -> None:
    assert host_country(f"https://www.{label}.{domain}/a/b") is None


@settings(max_examples=30, deadline=None)
@given(LABELS, st.sampled_from(["ke", "ng", "pk", "za", "bg", "mv", "ua", "az"]))
def test_host_is_the_last_resort(label: str, domain: str) -> None:
    host = f"https://{label}.{domain}/"
    state = host_country(host)
    assert state is not None and len(state) == 3
    # the path, the title or the text names a state: the host is not read
    assert home_country(url=host + "world/peru-protests-grow") == "PER"
    assert home_country("Unrest in Peru", host) == "PER"
    assert home_country(None, host, "Lima, Peru - Police detained students.") == "PER"
    # two states in the title: no home, and the host does not break the tie
    assert home_country("Peru and Chile sign a deal", host) is None
    # nothing else names a state: the host's
    assert home_country(None, host + "2025/05/12/article", ARREST) == state
