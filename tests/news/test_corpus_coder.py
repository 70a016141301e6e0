"""Sharded ingest with a chosen coder (issue 14 item 4): ``accord ingest --workers N --coder``
and the nlp coder sent to worker processes by its head, not its models."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.news.coders import nlp_available
from accord.news.corpus import ShardTask, find_shards, run_shard
from accord.news.store import Store
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
    corpus = _corpus(tmp_path / "corpus", files=1)
    out = tmp_path / "events"
    args = ["ingest", str(corpus), "--parquet", str(out), "--db", str(tmp_path / "z.db")]
    done = runner.invoke(app, [*args, "--coder", "nlp"])
    assert done.exit_code == 0, done.output
    assert "nlp 0." in done.stdout  # the coder row names the nlp coder and its version
    assert list(out.glob("date=2025-02-10/*.parquet"))
