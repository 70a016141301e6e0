"""A synthetic sharded corpus whose true event mention counts are known, and a coder for it.

Every document is random words plus event tags ``[[TYPE SRC>TGT]]``; each tag (a PLOVER type,
source and target) belongs to one fixed date, so the exact mention count of every stored event
is the number of documents carrying its tag, whatever order writers store them in.
Run as a script (``python scale_helpers.py URL FOLDER [SLEEP]``) it ingests FOLDER into URL,
its shards in reverse order (so that it meets the other writer in the middle, the two writing
different documents that report the same events at the same time): the second writer, or the
process that is killed, in the concurrency tests.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from accord.news.types import ActorRef, Document, Event

TAG = re.compile(r"\[\[([A-Z]+) ([A-Z]+)>([A-Z]+)\]\]")
TYPES = ("CONSULT", "AGREE", "REJECT", "ACCUSE", "SUPPORT")
ACTORS = ("FRA", "DEU", "UKR", "RUS", "USA", "GBR", "POL")
WORDS = ["talks", "summit", "envoy", "proposal", "ceasefire", "monitor", "border", "aid"]
START = dt.date(2025, 2, 1)


def tags(count: int = 24) -> list[tuple[str, str, str, dt.date]]:
    """``count`` distinct (type, source, target) tags, each with its own date."""
    out = []
    for i in range(count):
        kind = TYPES[i % len(TYPES)]
        src = ACTORS[i % len(ACTORS)]
        tgt = ACTORS[(i // len(ACTORS) + i + 1) % len(ACTORS)]
        out.append((kind, src, tgt, START + dt.timedelta(days=3 * i)))
    return out


def tagged_events(
    text: str, dates: dict[tuple[str, str, str], dt.date] | None = None
) -> list[Event]:
    """One event per tag of ``text``, dated from ``dates`` by its tag (undated without)."""
    return [
        Event(
            event_type=kind,
            sources=(ActorRef(src, "GOV"),),
            targets=(ActorRef(tgt, "GOV"),),
            trigger=kind.lower(),
            sentence=f"{src} {kind.lower()} {tgt}",
            confidence=0.5,
            date=None if dates is None else dates[(kind, src, tgt)],
        )
        for kind, src, tgt in TAG.findall(text)
    ]


def token_coder(doc: Document) -> Sequence[Event]:
    """Events from the tags in ``doc`` (dated by the tag), as a rule coder would find them."""
    if os.environ.get("ACCORD_TEST_CODER_SLEEP"):
        time.sleep(float(os.environ["ACCORD_TEST_CODER_SLEEP"]))
    dates = {(k, s, t): d for k, s, t, d in tags()}
    return tagged_events(doc.text, dates)


def write_corpus(
    folder: Path, shards: int = 6, per_shard: int = 20, seed: int = 5
) -> Counter[tuple[str, str, str, dt.date]]:
    """Write ``shards`` JSON Lines files; returns the true mentions of each tag."""
    rng = np.random.default_rng(seed)
    all_tags = tags()
    truth: Counter[tuple[str, str, str, dt.date]] = Counter()
    folder.mkdir(parents=True, exist_ok=True)
    for s in range(shards):
        lines = []
        for d in range(per_shard):
            chosen = rng.choice(len(all_tags), size=int(rng.integers(1, 4)), replace=False)
            words = " ".join(rng.choice(WORDS, size=40))
            marks = " ".join(
                f"[[{all_tags[c][0]} {all_tags[c][1]}>{all_tags[c][2]}]]" for c in chosen
            )
            for c in chosen:
                truth[all_tags[c]] += 1
            text = f"Report {s}-{d}: {words} {marks}."
            lines.append(json.dumps({"text": text, "title": f"r{s}-{d}", "date": "2025-02-01"}))
        (folder / f"shard-{s:03d}.jsonl").write_text("\n".join(lines) + "\n")
    return truth


WAIT = re.compile(r"\bwait (\d+)\b")


def chain_coder(doc: Document) -> Sequence[Event]:
    """Events from the tags in ``doc``, undated (so dated by the document, and merged by the
    store's window), after sleeping 0.05 s per ``wait N`` of the text: early shards can be
    made to finish last."""
    waits = WAIT.search(doc.text)
    if waits:
        time.sleep(0.05 * int(waits.group(1)))
    return tagged_events(doc.text)


def write_chain_corpus(folder: Path, days: int = 8, wait: bool = True) -> list[Path]:
    """One shard per day, each with a report of one event dated that day (a chain of daily
    reports, so a 1-day window merges them differently in another order) and an edition of
    one wire story (a near-duplicate of every other edition, flagged against whichever is
    stored first); with ``wait``, day k's shard is coded last-first (``wait days-1-k``).
    Returns the shard files in day order."""
    rng = np.random.default_rng(17)
    story = " ".join(rng.choice(WORDS, size=300))
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for k in range(days):
        date = (START + dt.timedelta(days=k)).isoformat()
        pause = f" wait {days - 1 - k}" if wait else ""
        rows = [
            {"text": f"Day {k}: {' '.join(rng.choice(WORDS, size=30))} [[CONSULT FRA>DEU]]."
             f"{pause}", "date": date},
            {"text": f"{story} Edition {k} [[AGREE USA>UKR]].", "date": date},
        ]  # fmt: skip
        files.append(folder / f"day-{k:02d}.jsonl")
        files[-1].write_text("".join(json.dumps(row) + "\n" for row in rows))
    return files


def stored_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the news store in primary-key order, every column but the
    two clocks (when a document was stored, when a shard was finished)."""
    from sqlalchemy import select

    from accord.news.store import Base, Store

    clocks = {"ingested_at", "finished_at"}
    with Store(url) as store, store.engine.connect() as con:
        return {
            name: [
                tuple(row)
                for row in con.execute(
                    select(*(c for c in table.columns if c.name not in clocks)).order_by(
                        *table.primary_key.columns
                    )
                )
            ]
            for name, table in Base.metadata.tables.items()
        }


def stored_mentions(url: str) -> Counter[tuple[str, str, str, dt.date]]:
    """Mentions per tag as stored (each event's count, summed per tag: one event per tag)."""
    from accord.news.store import Store

    with Store(url) as store:
        found: Counter[tuple[str, str, str, dt.date]] = Counter()
        for ev in store.events():
            assert ev.date is not None
            key = (ev.event_type, ev.sources[0].code, ev.targets[0].code, ev.date)
            assert key not in found, f"event {key} stored twice"
            found[key] = ev.mentions
            assert len(ev.document_ids) == ev.mentions
        return found


def main() -> None:
    from accord.news.corpus import ingest_corpus

    # the coder by the name the tests' process gives it: as ``__main__.token_coder`` the store
    # would record another coder, and the tests' resume would be refused (session 18)
    from tests.store.scale_helpers import token_coder

    url, folder = sys.argv[1], sys.argv[2]
    if len(sys.argv) > 3:
        os.environ["ACCORD_TEST_CODER_SLEEP"] = sys.argv[3]
    print("started", flush=True)
    ingest_corpus(sorted(Path(folder).glob("*.jsonl"), reverse=True), url=url, coder=token_coder)


if __name__ == "__main__":
    main()
