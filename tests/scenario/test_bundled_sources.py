"""Every source the bundled scenarios and the shipped resolutions cite can be found again.

Session 43 audited each cited source against stored copies of the public pages
(docs/data/sources-2026-12-07-s43-sources/audit.md). What a test can check without the pages
is checked here, so that a bad entry fails: every source names its publisher, its date and an
address (a well-formed ``http(s)`` URL, or a file shipped with the scenario; a printed book is
named in ``PRINT_ONLY``); no source id is listed twice; every evidence text is non-empty, its
quotation marks are paired and no quotation is empty; every evidence cites a listed source,
dated no later than the source that reports it; every shipped resolution gives at least one
well-formed address, and no address carries a tracking parameter.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

from accord.ledger import bundled_resolutions
from accord.scenario import Scenario, Source, bundled_ids, load_bundled

BUNDLED = Path(__file__).resolve().parents[2] / "src" / "accord" / "scenario" / "bundled"

# Sources with no address because they exist in print only: (scenario, source id) -> why.
PRINT_ONLY = {
    ("ec-emissions-1994", "bdm_1994"): "a chapter of a 1994 book (Yale University Press)",
}

# Query parameters that track a reader rather than name a page.
TRACKING = re.compile(r"^(utm_\w+|gclid|fbclid|_gl|mc_cid|mc_eid|yclid)$", re.I)
URL_IN_TEXT = re.compile(r"https?://[^\s,;)]+")


def url_problem(url: str) -> str | None:
    """Why an address is not a well-formed public web address, or None if it is one."""
    if url != url.strip() or any(c.isspace() for c in url):
        return "white space in the address"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme!r} is not http(s)"
    host = parts.hostname or ""
    if "." not in host.strip(".") or host.startswith(".") or ".." in host:
        return f"host {host!r} is not a domain name"
    tracked = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True) if TRACKING.match(k)]
    if tracked:
        return f"tracking parameter(s) {tracked}"
    return None


def quotation_problem(text: str) -> str | None:
    """Why an evidence text is not a usable paraphrase or quotation, or None."""
    if not text.strip():
        return "empty text"
    for opening, closing in (('"', '"'), ("\u201c", "\u201d")):
        if opening == closing and text.count(opening) % 2:
            return f"unpaired {opening}"
        if opening != closing and text.count(opening) != text.count(closing):
            return f"unpaired {opening}{closing}"
    if re.search(r'""|\u201c\s*\u201d', text):
        return "empty quotation"
    return None


def source_problems(scenario: Scenario) -> list[str]:
    """Every mechanical problem of a scenario's sources and evidence, one line each."""
    problems: list[str] = []
    by_id: dict[str, Source] = {}
    for src in scenario.sources:
        where = f"{scenario.id}: source {src.id}"
        if src.id in by_id:
            problems.append(f"{where}: listed twice")
        by_id[src.id] = src
        if not (src.publisher or "").strip():
            problems.append(f"{where}: no publisher")
        if src.date is None:
            problems.append(f"{where}: no date")
        if src.url is not None:
            why = url_problem(src.url)
            if why:
                problems.append(f"{where}: {why} ({src.url})")
        elif not src.file and (scenario.id, src.id) not in PRINT_ONLY:
            problems.append(f"{where}: no address (url or file)")
    for stance in scenario.stances:
        for i, item in enumerate(stance.evidence):
            where = f"{scenario.id}: {stance.actor}/{stance.issue} evidence[{i}]"
            why = quotation_problem(item.text)
            if why:
                problems.append(f"{where}: {why}")
            src = by_id.get(item.source)
            if src is None:
                problems.append(f"{where}: cites unknown source {item.source!r}")
            elif item.date and src.date and item.date > src.date:
                problems.append(
                    f"{where}: dated {item.date}, after its source {src.id} ({src.date})"
                )
    return problems


@pytest.mark.parametrize("scenario_id", bundled_ids())
def test_every_bundled_source_can_be_found_again(scenario_id: str) -> None:
    assert source_problems(load_bundled(scenario_id)) == []


@pytest.mark.parametrize("scenario_id", bundled_ids())
def test_no_source_id_is_listed_twice_in_the_file(scenario_id: str) -> None:
    # read the file itself: a loader that merged or refused duplicates would hide them here
    raw = yaml.safe_load((BUNDLED / f"{scenario_id}.yaml").read_text(encoding="utf-8"))
    ids = [src["id"] for src in raw.get("sources", [])]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_the_print_only_sources_exist_and_are_books() -> None:
    for (scenario_id, source_id), why in PRINT_ONLY.items():
        src = next(s for s in load_bundled(scenario_id).sources if s.id == source_id)
        assert src.url is None and not src.file and src.publisher, (scenario_id, source_id, why)


def test_every_shipped_resolution_gives_a_well_formed_address() -> None:
    for r in bundled_resolutions():
        urls = URL_IN_TEXT.findall(r.source)
        assert urls, (r.scenario_id, r.issue_id)
        for url in urls:
            assert url_problem(url) is None, (r.scenario_id, r.issue_id, url)


def test_a_bad_entry_fails() -> None:
    """The checks catch what they promise to catch, on a copy of a bundled scenario."""
    good = load_bundled("blacksea-2023-07")
    first, second = good.sources[0], good.sources[1]
    stance = good.stances[0]
    bad_sources = [
        first.model_copy(update={"publisher": " ", "date": None}),
        second.model_copy(update={"url": "htps://example.org/x"}),
        second.model_copy(update={"id": "tracked", "url": "https://un.org/page?gclid=abc"}),
        second.model_copy(update={"id": "nowhere", "url": None}),
        first,  # listed twice (the model refuses this when a file is read; a copy can hold it)
    ]
    bad_evidence = [
        stance.evidence[0].model_copy(update={"text": 'He said "no" and "'}),
        stance.evidence[0].model_copy(update={"text": 'An empty "" quotation.'}),
        stance.evidence[0].model_copy(update={"source": "missing"}),
        stance.evidence[0].model_copy(
            update={"source": first.id, "date": first.date.replace(year=2030)}
        ),
    ]
    bad = good.model_copy(
        update={
            "sources": bad_sources,
            "stances": [stance.model_copy(update={"evidence": bad_evidence})],
        }
    )
    found = "\n".join(source_problems(bad))
    for expected in (
        "no publisher",
        "no date",
        "scheme 'htps'",
        "tracking parameter",
        "nowhere: no address",
        "listed twice",
        'unpaired "',
        "empty quotation",
        "cites unknown source 'missing'",
        "after its source",
    ):
        assert expected in found, (expected, found)
    assert url_problem("https://www.un.org/en/black-sea-grain-initiative") is None
    assert url_problem("https://host/x") == "host 'host' is not a domain name"
    assert quotation_problem("Lavrov said \u201cno\u201d.") is None
