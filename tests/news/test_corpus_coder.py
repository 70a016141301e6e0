"""Sharded ingest with a chosen coder (issue 14 item 4): ``accord ingest --workers N --coder``
and the nlp coder sent to worker processes by its head, not its models."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.news.coders import nlp_available
from accord.news.corpus import (
    GROUP_BYTES,
    GROUP_SHARDS,
    GROUPS_PER_WORKER,
    ShardTask,
    _groups,
    _tapered,
    find_shards,
    run_shard,
    run_shards,
)
from accord.news.store import Store
from tests.helpers import needs_parquet
from tests.news.test_ingest import ARTICLE

runner = CliRunner()
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _corpus(folder: Path, files: int = 2) -> Path:
    folder.mkdir()
    for s in range(files):
        rows = [
            json.dumps({"text": f"{ARTICLE} Update {s}-{d}.", "date": "2025-02-10"}) for d in (1, 2)
        ]
        (folder / f"part-{s}.jsonl").write_text("\n".join(rows) + "\n")
    return folder


def test_sharded_ingest_takes_the_coder_option_and_reports_each_worker(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    db = str(tmp_path / "x.db")
    args = ["ingest", str(corpus), "--db", db, "--workers", "2", "--coder", "rules"]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    assert "coder" in done.stdout and "rules" in done.stdout
    with Store(db) as store:
        assert store.count()["documents"] == 4 and store.count()["events"] > 0
    bad = runner.invoke(app, [*args[:-1], "bert"])
    assert bad.exit_code == 2 and "unknown coder 'bert'" in bad.output


def test_a_shard_report_names_its_process_and_its_peak_memory(tmp_path: Path) -> None:
    from accord.news.coders import RulesCoder

    corpus = _corpus(tmp_path / "corpus", files=1)
    [shard], _ = find_shards([corpus])
    report = run_shard(ShardTask(shard, f"sqlite:///{tmp_path / 'y.db'}", None, RulesCoder()))
    assert report.pid == os.getpid() and report.peak_mib > 10
    assert report.documents_read == 2 and report.cpu_seconds > 0


@needs_nlp
def test_the_nlp_coder_pickles_by_head_and_codes_the_same_after(tmp_path: Path) -> None:
    from accord.news.gazetteer import load
    from accord.news.nlp.classifier import minilm_head
    from accord.news.nlp.coder import NlpCoder

    for coder in (NlpCoder(), NlpCoder(head=minilm_head(), fallback=False)):
        data = pickle.dumps(coder)
        assert len(data) < 200_000  # the head's weights, not the parser or the gazetteer
        again = pickle.loads(data)
        assert again.version == coder.version and again.gaz is load()
        assert again.embed is coder.embed and again.fallback == coder.fallback
    coder = NlpCoder()
    sentence = "French President Emmanuel Macron met Donald Trump in Washington."
    assert pickle.loads(pickle.dumps(coder)).code_sentence(sentence) == coder.code_sentence(
        sentence
    )


@needs_nlp
def test_sharded_ingest_codes_with_the_nlp_coder(tmp_path: Path) -> None:
    needs_parquet()
    corpus = _corpus(tmp_path / "corpus", files=1)
    out = tmp_path / "events"
    args = ["ingest", str(corpus), "--parquet", str(out), "--db", str(tmp_path / "z.db")]
    done = runner.invoke(app, [*args, "--coder", "nlp"])
    assert done.exit_code == 0, done.output
    # the coder row names the nlp coder and its whole version (folded over lines, not cut)
    from accord.news.nlp.coder import NlpCoder

    cells = "".join(
        line.split("│")[2].replace(" ", "")
        for line in done.stdout.splitlines()
        if line.count("│") == 3
    )
    assert f"nlp{NlpCoder().version}+conf-" in cells
    assert "…" not in done.stdout
    assert list(out.glob("date=2025-02-10/*.parquet"))


class _BatchCoder:
    """The rules coder with a batch method that fails on a marked document, as a coder bug
    would: the shard task must then code each document alone and report that one."""

    name, version = "batch-test", "0"

    def __init__(self) -> None:
        from accord.news.coders import RulesCoder

        self.rules = RulesCoder()
        self.batches: list[int] = []

    def __call__(self, doc: Any) -> Any:
        if "BROKEN" in doc.text:
            raise ValueError("cannot code this one")
        return self.rules(doc)

    def code_documents(self, docs: Any) -> Any:
        self.batches.append(len(docs))
        return [self(doc) for doc in docs]


def _one_article_files(folder: Path, texts: list[str]) -> list[Any]:
    folder.mkdir()
    for k, text in enumerate(texts):
        (folder / f"a-{k}.txt").write_text(f"Title {k}\n\n10 February 2025 - {text}\n")
    shards, _ = find_shards([folder])
    return shards


def test_shards_of_one_task_are_coded_together_and_reported_one_by_one(tmp_path: Path) -> None:
    texts = [f"{ARTICLE} Update {k}." for k in range(3)]
    shards = _one_article_files(tmp_path / "corpus", texts)
    coder = _BatchCoder()
    tasks = [ShardTask(s, f"sqlite:///{tmp_path / 'a.db'}", None, coder) for s in shards]
    together = run_shards(tasks)
    assert coder.batches == [3]  # one call for the three documents
    alone = [run_shard(ShardTask(s, f"sqlite:///{tmp_path / 'b.db'}", None, coder)) for s in shards]
    assert coder.batches == [3]  # a shard of one document is coded alone
    for a, b in zip(together, alone, strict=True):
        assert (a.path, a.documents_read, a.added, a.events_new) == (
            b.path,
            b.documents_read,
            b.added,
            b.events_new,
        )
        assert a.added == 1 and a.cpu_seconds > 0 and a.pid == os.getpid()
    with Store(str(tmp_path / "a.db")) as x, Store(str(tmp_path / "b.db")) as y:
        assert x.count() == y.count()
        assert all(x.shard_done(s.key) for s in shards)


def test_a_failing_batch_is_coded_one_by_one_and_the_failure_named(tmp_path: Path) -> None:
    texts = [f"{ARTICLE} Update 1.", f"{ARTICLE} BROKEN.", f"{ARTICLE} Update 3."]
    shards = _one_article_files(tmp_path / "corpus", texts)
    tasks = [ShardTask(s, f"sqlite:///{tmp_path / 'a.db'}", None, _BatchCoder()) for s in shards]
    first, broken, last = run_shards(tasks)
    assert (first.added, first.coding_failed, last.added, last.coding_failed) == (1, 0, 1, 0)
    assert broken.added == 0 and broken.coding_failed == 1
    assert "cannot code this one" in broken.problems[0].message
    with Store(str(tmp_path / "a.db")) as store:  # the shard with the failure is not done
        assert [store.shard_done(s.key) for s in shards] == [True, False, True]


def test_small_shards_are_grouped_in_order_and_large_ones_alone(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    sizes = [1000] * 40 + [GROUP_BYTES + 1] + [1000] * 3
    for k, size in enumerate(sizes):
        (folder / f"s-{k:03d}.txt").write_text("x" * size)
    shards, _ = find_shards([folder])
    tasks = [ShardTask(s, None, str(tmp_path / "pq"), None) for s in shards]
    groups = _groups(tasks, workers=2)
    assert [t for g in groups for t in g] == tasks  # every shard once, in order
    assert max(len(g) for g in groups) == len(tasks) // (GROUPS_PER_WORKER * 2)  # 5
    assert [len(g) for g in groups if any(t.shard.path.endswith("s-040.txt") for t in g)] == [1]
    assert all(
        sum(Path(t.shard.path).stat().st_size for t in g) <= GROUP_BYTES
        for g in groups
        if len(g) > 1
    )
    assert [len(g) for g in _groups(tasks[:3], workers=2)] == [1, 1, 1]  # too few to group


def test_the_last_runs_are_cut_into_runs_that_shrink_to_single_shards(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(40):
        (folder / f"s-{k:03d}.txt").write_text("x" * 1000)
    shards, _ = find_shards([folder])
    tasks = [ShardTask(s, None, str(tmp_path / "pq"), None) for s in shards]
    two = _groups(tasks, workers=2)  # runs of at most 40 // 8 = 5
    assert [t for g in two for t in g] == tasks  # every shard once, in order
    # the last two runs' ten shards: at most a quarter of those left each, within each run
    assert [len(g) for g in two] == [5] * 6 + [3, 2, 2, 1, 1, 1]
    three = _groups(tasks, workers=3)  # runs of at most 40 // 12 = 3
    # the last three runs (3, 3, 1): at most a sixth of those left each
    assert [len(g) for g in three] == [3] * 11 + [2, 1, 1, 1, 1, 1]
    assert [len(g) for g in _groups(tasks, workers=1)] == [10] * 4  # one worker: nothing idles


def test_a_task_of_one_article_files_is_one_parse_batch(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(200):  # about 1,000 words a file
        (folder / f"s-{k:03d}.txt").write_text("x" * 6500)
    shards, _ = find_shards([folder])
    tasks = [ShardTask(s, None, str(tmp_path / "pq"), None) for s in shards]
    groups = _groups(tasks, workers=2)
    assert [t for g in groups for t in g] == tasks
    assert [len(g) for g in groups] == [GROUP_SHARDS] * 11 + [6, 5, 4, 1, 2, 2, 1, 1, 1, 1]
    assert max(sum(Path(t.shard.path).stat().st_size for t in g) for g in groups) <= GROUP_BYTES


def test_the_tapered_tail_keeps_each_runs_shards_together() -> None:
    first, second = list(range(16)), list(range(16, 32))
    runs = _tapered([first, second], workers=2)  # type: ignore[list-item]
    assert [len(r) for r in runs] == [8, 6, 2, 4, 3, 3, 2, 1, 1, 1, 1]
    assert [x for r in runs for x in r] == first + second
    assert all(set(r) <= set(first) or set(r) <= set(second) for r in runs)
    assert _tapered([[7]], workers=2) == [[7]]  # type: ignore[list-item]


@needs_nlp
def test_the_nlp_coders_parse_batch_is_a_tasks_most_shards() -> None:
    from accord.news.nlp import coder

    assert coder.PARSE_BATCH == GROUP_SHARDS


@needs_nlp
def test_the_nlp_coder_codes_documents_together_as_it_codes_them_alone() -> None:
    from accord.news.nlp.coder import PARSE_BATCH, NlpCoder
    from accord.news.readers import make_document

    coder = NlpCoder()
    sentences = [
        "French President Emmanuel Macron met Donald Trump in Washington.",
        "Russia rejected a proposal from Ukraine on a ceasefire, officials in Kyiv said.",
        "The United Nations called on Israel to allow aid into Gaza. He said so.",
        "Germany pledged military aid to Ukraine. Poland accused Russia of blocking talks.",
    ]
    docs = [
        make_document(" ".join(sentences[k:] + sentences[:k]) * (1 + k % 3))
        for k in range(PARSE_BATCH + 3)  # more than one batch of parses
    ]
    assert coder.code_documents(docs) == [coder.code_document(d) for d in docs]


def test_shards_with_different_coders_are_each_coded_by_their_own(tmp_path: Path) -> None:
    shards = _one_article_files(tmp_path / "corpus", [f"{ARTICLE} Update {k}." for k in (1, 2)])
    batch = _BatchCoder()
    url = f"sqlite:///{tmp_path / 'a.db'}"
    reports = run_shards(
        [ShardTask(shards[0], url, None, batch), ShardTask(shards[1], url, None, None)]
    )
    assert batch.batches == [] and [r.added for r in reports] == [1, 1]
    assert reports[0].events_new > 0 and reports[1].events_new == 0  # no coder: no events
