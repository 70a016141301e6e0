"""News pipeline throughput: read, code (PLOVER) and store a synthetic corpus end to end.

The corpus is generated from a seed: diplomatic news built from sentence templates with real
actor names (heads of state and government, foreign ministers, organisations of Feb 2025), of
150 to 350 words each, written as files of the three common kinds (plain text, HTML pages, and
one JSON Lines file), with one article in ten a lightly edited copy of an earlier one (as wire
stories are re-published), so near-duplicate flagging and event merging do real work.

Cases: ingest + code into a fresh temporary SQLite store (the real coder
``accord.news.coding.code_document`` when installed), ingest without coding, and re-ingest of
the same files (idempotent: nothing added). Reported: articles per second and the process's
peak resident memory (``resource.getrusage``, which is a high-water mark: later rows include
earlier ones); also the CPU seconds used, which other processes sharing the cores do not
inflate. ``python bench/bench_news.py [N]``; ``python bench/bench_news.py N --coder=rules``
or ``--coder=nlp`` (``--coder=nlp-minilm``: with the MiniLM type head) times one coder of the
seam (issue 14) in its own process (``--long``: articles of about 1,000 words, the size the
issue's speed target is stated for); ``--workers=2`` adds the sharded run on two worker
processes (``accord ingest DIR --workers 2 --coder nlp``):
``python bench/bench_news.py 40 --long --coder=nlp --workers=2``. That run also times the
whole command as a user starts it (a fresh ``accord ingest`` process: start-up included; the
CPU of its whole process tree), on the same articles. ``--distinct`` (with ``--coder``) codes
articles of about 1,000 words made of the development gold sentences instead, each once
(:func:`make_distinct_corpus`: real text without repeated stories or template sentences).
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accord.news.ingest import coder_name, default_coder, ingest  # noqa: E402
from accord.news.store import Store  # noqa: E402

SEED = 20250224

# (name, country code, title): office holders in February 2025.
LEADERS = [
    ("Donald Trump", "USA", "U.S. President"),
    ("Marco Rubio", "USA", "Secretary of State"),
    ("Emmanuel Macron", "FRA", "French President"),
    ("Keir Starmer", "GBR", "British Prime Minister"),
    ("Olaf Scholz", "DEU", "German Chancellor"),
    ("Volodymyr Zelensky", "UKR", "Ukrainian President"),
    ("Vladimir Putin", "RUS", "Russian President"),
    ("Sergei Lavrov", "RUS", "Russian Foreign Minister"),
    ("Xi Jinping", "CHN", "Chinese President"),
    ("Donald Tusk", "POL", "Polish Prime Minister"),
    ("Giorgia Meloni", "ITA", "Italian Prime Minister"),
    ("Recep Tayyip Erdogan", "TUR", "Turkish President"),
]
COUNTRIES = [
    "the United States",
    "France",
    "Britain",
    "Germany",
    "Ukraine",
    "Russia",
    "China",
    "Poland",
    "Italy",
    "Turkey",
    "Saudi Arabia",
]
ORGS = ["the United Nations", "NATO", "the European Union", "the UN Security Council"]
CITIES = [
    "Washington",
    "Paris",
    "London",
    "Berlin",
    "Kyiv",
    "Moscow",
    "Riyadh",
    "Brussels",
    "Warsaw",
    "Istanbul",
    "Munich",
]
TOPICS = [
    "a ceasefire in Ukraine",
    "security guarantees for Ukraine",
    "sanctions on Russia",
    "a peace plan",
    "the reconstruction of Ukraine",
    "a European peacekeeping force",
    "prisoner exchanges",
    "the frozen Russian assets",
    "a minerals deal",
]
SOURCES = ["Wire Service", "Daily Courier", "Evening Post", "World Desk", "Capital Times"]

TEMPLATES = [
    "{title} {leader} met {leader2} in {city} to discuss {topic}.",
    "{leader} said {country} was ready to support {topic}.",
    "{country} rejected a proposal from {country2} on {topic}.",
    "{org} called on {country} to agree to {topic}.",
    "{leader} accused {country2} of blocking {topic}.",
    "{leader} and {leader2} agreed to continue talks on {topic} next week.",
    "{title} {leader} threatened new sanctions against {country2}.",
    "{country} pledged military aid to Ukraine, officials in {city} said.",
    "Officials from {country} and {country2} held a phone call about {topic}.",
    "{leader} urged {org} to back {topic}.",
    "Diplomats in {city} said the mood had improved but that differences remained.",
    "{country} announced it would send humanitarian aid to Ukraine.",
    "{leader} visited {city} for talks with {leader2}.",
    "{org} voted on a resolution about {topic}, with {country} abstaining.",
    "Analysts warned that {topic} would take months to negotiate.",
]


def _sentence(rng: np.random.Generator) -> str:
    a, b = rng.choice(len(LEADERS), size=2, replace=False)
    c, d = rng.choice(len(COUNTRIES), size=2, replace=False)
    fields = {
        "leader": LEADERS[a][0],
        "title": LEADERS[a][2],
        "leader2": LEADERS[b][0],
        "country": COUNTRIES[c],
        "country2": COUNTRIES[d],
        "org": ORGS[rng.integers(len(ORGS))],
        "city": CITIES[rng.integers(len(CITIES))],
        "topic": TOPICS[rng.integers(len(TOPICS))],
    }
    text = TEMPLATES[rng.integers(len(TEMPLATES))].format(**fields)
    return text[0].upper() + text[1:]


def make_corpus(
    folder: Path, n: int = 1000, seed: int = SEED, sentences: tuple[int, int] = (10, 22)
) -> dict[str, int]:
    """Write ``n`` articles under ``folder``: ~70% .txt, ~20% rows of one .jsonl, ~10% .html;
    each of ``sentences`` (low, high: high excluded) sentences ((76, 88) gives about 1,000
    words)."""
    rng = np.random.default_rng(seed)
    start = dt.date(2025, 2, 1)
    articles: list[tuple[str, str, dt.date, str]] = []
    for k in range(n):
        if k >= 10 and rng.random() < 0.1:  # a wire copy: an earlier story, lightly edited
            title, body, date, _ = articles[int(rng.integers(len(articles)))]
            words = body.split(" ")
            for pos in rng.choice(len(words), size=3, replace=False):
                words[pos] = words[pos].upper()
            body = " ".join(words) + " " + _sentence(rng)
            articles.append((title, body, date, SOURCES[int(rng.integers(len(SOURCES)))]))
            continue
        lines = [_sentence(rng) for _ in range(int(rng.integers(*sentences)))]
        date = start + dt.timedelta(days=int(rng.integers(0, 45)))
        paragraphs = [" ".join(lines[i : i + 4]) for i in range(0, len(lines), 4)]
        title = lines[0].rstrip(".")[:90]
        articles.append((title, "\n\n".join(paragraphs), date, SOURCES[int(rng.integers(5))]))
    counts = {"txt": 0, "jsonl": 0, "html": 0}
    rows = []
    for k, (title, body, date, source) in enumerate(articles):
        kind = rng.random()
        if kind < 0.7:
            dateline = f"{date.strftime('%d %B %Y')} ({source}) - "
            (folder / f"article-{k:05d}.txt").write_text(f"{title}\n\n{dateline}{body}\n")
            counts["txt"] += 1
        elif kind < 0.9:
            rows.append(
                json.dumps(
                    {
                        "title": title,
                        "text": body,
                        "date": date.isoformat(),
                        "source": source,
                        "url": f"https://example.org/{k}",
                    }
                )
            )
            counts["jsonl"] += 1
        else:
            paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            (folder / f"article-{k:05d}.html").write_text(
                f"<!DOCTYPE html><html><head><title>{title}</title>"
                f'<meta property="article:published_time" content="{date.isoformat()}">'
                f"</head><body><nav>Home | World | Europe</nav><article><h1>{title}</h1>"
                f"{paras}</article><footer>(c) {source}</footer></body></html>"
            )
            counts["html"] += 1
    (folder / "wire.jsonl").write_text("\n".join(rows) + "\n")
    return counts


def long_documents(n: int) -> list[Any]:
    """The documents of ``n`` long articles (about 1,000 words each, :func:`make_corpus`),
    read as ingest reads them: the input of the in-process A/B scripts under docs/data."""
    from accord.news.readers import read_file

    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, n, sentences=(76, 88))
    paths = [p for p in sorted(folder.iterdir()) if p.read_text(encoding="utf-8").strip()]
    return [doc for path in paths for doc in read_file(path).documents]


def distinct_sentences() -> list[str]:
    """Every distinct sentence of the development event gold (the files of
    :func:`accord.news.nlp.rules_cv.dev_sets`: the news gold, real reports of 2025-2026 for the
    most part, and the OEDA development file where ``../shared`` is present), in file order:
    real text in which no sentence comes twice, unlike the generator's templates."""
    from accord.news.nlp.rules_cv import dev_sets

    texts: list[str] = []
    for dev in dev_sets(HERE.parent, HERE.parent.parent / "shared"):
        path = Path(dev.path)
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for row in data if isinstance(data, list) else data.get("records", []):
            text = row.get("text") if isinstance(row, dict) else None
            if isinstance(text, str) and text.strip():
                texts.append(" ".join(text.split()))
    return list(dict.fromkeys(texts))


def make_distinct_corpus(folder: Path, n: int) -> dict[str, int]:
    """Write up to ``n`` plain-text articles of about 1,000 words under ``folder`` from
    :func:`distinct_sentences`, each sentence once, in paragraphs of four: what a corpus
    without repeated stories or template sentences costs to code (``--distinct``)."""
    sentences = distinct_sentences()
    written = 0
    while sentences and written < n:
        body: list[str] = []
        while sentences and sum(len(x.split()) for x in body) < 1000:
            body.append(sentences.pop(0))
        paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
        title = f"Development sentences, part {written + 1}"
        (folder / f"article-{written:05d}.txt").write_text(
            f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"
        )
        written += 1
    return {"txt": written, "jsonl": 0, "html": 0}


def _corpus(folder: Path, n: int, long: bool, distinct: bool) -> None:
    """The benchmark's articles: the generator's (``long``: about 1,000 words each) or, with
    ``distinct``, the development sentences without repeats."""
    if distinct:
        make_distinct_corpus(folder, n)
    else:
        make_corpus(folder, n, sentences=(76, 88) if long else (10, 22))


def _cpu_seconds() -> float:
    """User + system CPU time of this process: unlike wall time, not inflated when other
    processes share the cores."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass
class _Spent:
    """Wall-clock and CPU seconds of a timed block (filled in when the block ends)."""

    seconds: float = 0.0
    cpu_s: float = 0.0


@contextmanager
def _timed() -> Iterator[_Spent]:
    """Time the ``with`` block both ways: wall clock (``time.perf_counter``) and this
    process's CPU seconds (:func:`_cpu_seconds`), the one timing of every case here."""
    spent = _Spent()
    cpu0, wall0 = _cpu_seconds(), time.perf_counter()
    try:
        yield spent
    finally:
        spent.seconds = time.perf_counter() - wall0
        spent.cpu_s = _cpu_seconds() - cpu0


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run(n: int = 1000) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    coder = default_coder()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(folder, n)
        if coder is not None:  # first call loads dictionaries: not part of the throughput
            from accord.news.readers import make_document

            coder(make_document("France met Germany in Paris."))
        cases: list[tuple[str, Any, str]] = [
            (f"ingest + code ({coder_name(coder)})", coder, "coded.db"),
            ("ingest, no coder", None, "plain.db"),
            ("re-ingest (idempotent)", coder, "coded.db"),
        ]
        for case, chosen, name in cases:
            with Store(f"sqlite:///{Path(tmp) / name}") as store:
                with _timed() as spent:
                    report = ingest([folder], store, coder=chosen)
                counts = store.count()
            seconds, cpu = spent.seconds, spent.cpu_s
            rows.append(
                {
                    "case": case,
                    "articles": report.documents_read,
                    "added": report.added,
                    "seconds": seconds,
                    "articles_per_s": report.documents_read / seconds,
                    "cpu_s": cpu,
                    "articles_per_cpu_s": report.documents_read / cpu,
                    "near_dups": report.near_duplicates,
                    "events": counts["events"],
                    "event_refs": counts["event_documents"],
                    "peak_mib": _peak_mib(),
                }
            )
    return rows


def run_coder(
    n: int, name: str, long: bool = False, distinct: bool = False
) -> list[dict[str, Any]]:
    """Ingest + code with one coder of the seam (``rules`` or ``nlp``), end to end, after one
    warm-up call that loads its models (timed apart: ``load_s``, ``load_cpu_s``); also words
    per second, since the issue's target is stated for articles of 1,000 words (``long``
    writes articles of about 1,000 words). Run one coder per process: peak memory is a
    high-water mark of the process."""
    from accord.news.coders import get_coder
    from accord.news.readers import make_document

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        _corpus(folder, n, long, distinct)
        with _timed() as loading:
            coder: Any = get_coder(name, strict=True).coder
            coder(make_document("France met Germany in Paris."))
        load_s, load_cpu = loading.seconds, loading.cpu_s
        with Store(f"sqlite:///{Path(tmp) / 'coded.db'}") as store:
            with _timed() as spent:
                report = ingest([folder], store, coder=coder)
            seconds, cpu = spent.seconds, spent.cpu_s
            counts = store.count()
            words = sum(len(store.document(i).text.split()) for i in report.added_ids)  # type: ignore[union-attr]
    return [
        {
            "case": f"ingest + code ({coder.name} {coder.version})",
            "articles": report.documents_read,
            "words": words,
            "seconds": seconds,
            "articles_per_s": report.documents_read / seconds,
            "words_per_s": words / seconds,
            "articles_1000w_per_s": words / 1000 / seconds,
            "cpu_s": cpu,
            "articles_1000w_per_cpu_s": words / 1000 / cpu,
            "load_s": load_s,
            "load_cpu_s": load_cpu,
            "events": counts["events"],
            "peak_mib": _peak_mib(),
        }
    ]


def _one_shard_per_article(folder: Path) -> None:
    """Split the corpus's JSON Lines file into one file per row, so that every article is a
    shard of its own and two workers share the work evenly (the one big file would otherwise
    be the last task of one worker)."""
    wire = folder / "wire.jsonl"
    if not wire.exists():  # a corpus without one (``--distinct``)
        return
    for k, row in enumerate(r for r in wire.read_text().splitlines() if r.strip()):
        (folder / f"wire-{k:05d}.jsonl").write_text(row + "\n")
    wire.unlink()


def _warm(item: tuple[str, float]) -> dict[str, Any]:
    """Load a coder's models in a worker process (timed), then hold the worker a moment so
    that the next warm-up task goes to another worker."""
    import os

    from accord.news.coders import get_coder
    from accord.news.readers import make_document

    name, hold = item
    with _timed() as loading:
        coder = get_coder(name, strict=True).coder
        coder(make_document("France met Germany in Paris."))
    result = {"pid": os.getpid(), "load_s": loading.seconds, "load_cpu_s": loading.cpu_s}
    time.sleep(hold)
    return result


def run_workers(
    n: int, name: str, workers: int, long: bool = False, distinct: bool = False
) -> list[dict[str, Any]]:
    """Sharded ingest + code on ``workers`` local processes (``accord ingest DIR --workers N
    --coder NAME``, :func:`accord.news.corpus.ingest_corpus`), one article a shard, after
    each worker has loaded the coder's models (timed apart, per worker). Wall clock of the
    whole run; CPU seconds of the workers on the shards (what the articles cost) and of the
    parent meanwhile (it shares the two cores with them); each
    worker's peak resident memory (reported by its shards) and the parent's."""
    from accord.execution import ProcessExecutor
    from accord.news.coders import get_coder, preload_modules
    from accord.news.corpus import ingest_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        _corpus(folder, n, long, distinct)
        _one_shard_per_article(folder)
        whole = _whole_command(folder, Path(tmp) / "whole.db", name, workers)
        coder = get_coder(name, strict=True).coder
        # the workers start as ``accord ingest`` starts them: forked from a fork server that
        # loaded the coder (ingest_corpus sets this preload; here the warm-up runs first)
        executor = ProcessExecutor(workers, preload=preload_modules(coder))
        try:
            with _timed() as warming:
                warm = executor.map(_warm, [(name, 2.0)] * workers)
            warm_s = warming.seconds
            url = f"sqlite:///{Path(tmp) / 'coded.db'}"
            with _timed() as spent:
                report = ingest_corpus([folder], url=url, executor=executor, coder=coder)
            seconds, parent_cpu = spent.seconds, spent.cpu_s
        finally:
            executor.close()
        from accord.news.store import Store

        with Store(url) as store:
            counts = store.count()
            stored = store.documents()
            words = sum(d.words for d in stored)
            reports = sum(d.n_events for d in stored)
    shards = report.shards
    cpu = sum(s.cpu_seconds for s in shards)
    peaks: dict[int, float] = {}
    for s in shards:
        peaks[s.pid] = max(peaks.get(s.pid, 0.0), s.peak_mib)
    return [
        {
            "case": f"ingest + code, {workers} workers ({coder.name} {coder.version})",
            "articles": report.total("documents_read"),
            "words": words,
            "seconds": seconds,
            "articles_1000w_per_s": words / 1000 / seconds,
            "worker_cpu_s": cpu,
            "articles_1000w_per_cpu_s": words / 1000 / cpu,
            "parent_cpu_s": parent_cpu,
            "shards_per_worker": "/".join(
                str(sum(1 for s in shards if s.pid == pid)) for pid in sorted(peaks)
            ),
            "load_s": "/".join(f"{w['load_s']:.1f}" for w in warm),
            "load_cpu_s": "/".join(f"{w['load_cpu_s']:.1f}" for w in warm),
            "warm_workers": len({w["pid"] for w in warm}),
            "warm_up_s": warm_s,
            # the coder's events before merging, and the merged events: the same in every
            # run (the parent stores in input order since session 10, corpus.py)
            "reports": reports,
            "events": counts["events"],
            "worker_peak_mib": "/".join(f"{peaks[p]:.0f}" for p in sorted(peaks)),
            "parent_peak_mib": _peak_mib(),
        },
        whole,
    ]


def _whole_command(folder: Path, db: Path, name: str, workers: int) -> dict[str, Any]:
    """What a user waits for: ``accord ingest FOLDER --db DB --coder NAME --workers N`` as a
    fresh process, start-up included (interpreter, imports, the coder's models, the workers'
    start), run before the in-process case so that no cache of this process helps it. Wall
    seconds, and CPU seconds of the whole process tree: this process is made a child
    subreaper (Linux ``prctl(PR_SET_CHILD_SUBREAPER)``), so the fork server and the workers,
    which are not the command's waited-for children, are reaped here and counted in
    ``RUSAGE_CHILDREN``; elsewhere the CPU column is left empty."""
    import ctypes
    import os
    import subprocess

    from common import accord_command

    args = ["ingest", str(folder), "--db", str(db), "--coder", name, "--workers", str(workers)]
    argv = [*accord_command(), *args]
    reaper = sys.platform == "linux" and ctypes.CDLL(None).prctl(36, 1, 0, 0, 0) == 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    while reaper:  # the orphaned fork server (and with it its workers' times)
        try:
            os.wait()
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    with Store(f"sqlite:///{db}") as store:
        words = sum(d.words for d in store.documents())
        articles = store.count()["documents"]
    return {
        "case": f"whole command: accord ingest --workers {workers} --coder {name}",
        "articles": articles,
        "words": words,
        "seconds": seconds,
        "articles_1000w_per_s": words / 1000 / seconds,
        "tree_cpu_s": cpu if reaper else "",
        "articles_1000w_per_cpu_s": words / 1000 / cpu if reaper else "",
    }


if __name__ == "__main__":
    from common import machine, print_table

    print(f"Machine: {machine()}\n")
    args = [a for a in sys.argv[1:] if not a.startswith("--coder=")]
    count_args = [a for a in args if not a.startswith("--")]
    chosen = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--coder=")]
    workers = [int(a.split("=", 1)[1]) for a in args if a.startswith("--workers=")]
    count = int(count_args[0]) if count_args else 1000
    long, distinct = "--long" in args, "--distinct" in args
    if chosen and workers:
        print_table("news", run_workers(count, chosen[0], workers[0], long, distinct))
    elif chosen:
        print_table("news", run_coder(count, chosen[0], long, distinct))
    else:
        print_table("news", run(count))
