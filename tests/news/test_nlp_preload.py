"""Start-up of the nlp coder (issue 14 item 4, session 7): spaCy imported without torch, and
the models loaded once in the fork server of a sharded ingest instead of once per worker.
Each check runs in a fresh interpreter: both are about what a process loads first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.news.coders import nlp_available, preload_modules
from tests.helpers import python_output, run_path

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _python(code: str, tmp_path: Path) -> str:
    """The last line a fresh interpreter prints running ``code`` from ``tmp_path`` (where a
    test's helper modules are), with this run's own ``PYTHONPATH`` after it."""
    return python_output(code, tmp_path, run_path(tmp_path))


@needs_nlp
def test_the_parser_loads_without_torch_and_torch_still_loads_after(tmp_path: Path) -> None:
    out = _python(
        """
        import json, sys
        from accord.news.nlp.models import spacy_pipeline
        doc = spacy_pipeline()("Macron met Trump in Washington.")
        import thinc.compat
        before = "torch" in sys.modules
        import torch  # the MiniLM embedder's import is not blocked afterwards
        print(json.dumps([before, thinc.compat.has_torch, torch.__name__, doc[1].dep_]))
        """,
        tmp_path,
    )
    assert json.loads(out) == [False, False, "torch", "ROOT"]


SPACY_COMMAND_LINE = """
    import json, sys
    {load}
    loaded_first = "spacy.cli" in sys.modules
    import spacy
    import spacy.cli
    from spacy.cli.info import info
    print(json.dumps([
        loaded_first,
        spacy.info is info is spacy.cli.info,
        sorted(name for name in vars(spacy.cli) if not name.startswith("_")),
        sorted(c.name or c.callback.__name__ for c in spacy.cli.app.registered_commands),
        callable(spacy.cli.download),
        spacy.info(silent=True)["spacy_version"] == spacy.__version__,
    ]))
"""


@needs_nlp
def test_spacys_command_line_is_its_own_when_imported_after_the_coders_load(
    tmp_path: Path,
) -> None:
    """The coder imports spaCy without ``spacy.cli`` (session 16); a later ``import spacy.cli``,
    ``spacy.info`` and ``spacy.cli``'s commands are spaCy's own, as after a plain ``import
    spacy``, whose import loads them at once."""
    coder = json.loads(
        _python(
            SPACY_COMMAND_LINE.format(
                load="from accord.news.nlp.models import spacy_pipeline; spacy_pipeline()"
            ),
            tmp_path,
        )
    )
    plain_import = 'sys.modules["torch"] = None; import spacy'  # without torch, as the coder
    plain = json.loads(_python(SPACY_COMMAND_LINE.format(load=plain_import), tmp_path))
    assert coder[0] is False and plain[0] is True
    assert coder[1:] == plain[1:]
    assert coder[1] is True and "download" in coder[2] and "info" in coder[3]


@needs_nlp
def test_a_spacy_imported_by_the_coder_serves_its_command_line_on_first_use(
    tmp_path: Path,
) -> None:
    """``spacy.cli`` and ``spacy.info`` as attributes, without an ``import spacy.cli`` first."""
    out = _python(
        """
        import json, sys
        from accord.news.nlp.models import import_spacy_without_torch
        import_spacy_without_torch()
        import spacy
        before = [name in sys.modules for name in ("spacy.cli", "spacy.cli.info")]
        info = spacy.info
        print(json.dumps([before, info is sys.modules["spacy.cli.info"].info is spacy.info,
                          spacy.cli is sys.modules["spacy.cli"], hasattr(spacy, "no_such_name")]))
        """,
        tmp_path,
    )
    assert json.loads(out) == [[False, False], True, True, False]


@needs_nlp
def test_the_package_tokenizer_is_the_one_spacy_loads() -> None:
    """The pipeline package's ``tokenizer`` file alone makes the coder's tokenizer (session
    16: spaCy's own load builds one from the language's defaults first, then throws it away):
    the same tokenizer and vocabulary, byte for byte, and the same tokens."""
    import importlib

    from accord.news.nlp import models

    models.import_spacy_without_torch()
    package = importlib.import_module(models.SPACY_PACKAGE)
    own = package.load(exclude=["ner"])
    alone = package.load(exclude=["ner"], config=models._package_tokenizer())
    assert alone.config["nlp"]["tokenizer"] == {"@tokenizers": models.PACKAGE_TOKENIZER}
    assert len(alone.tokenizer.rules) > 1000
    assert alone.tokenizer.to_bytes() == own.tokenizer.to_bytes()
    assert alone.vocab.to_bytes() == own.vocab.to_bytes()
    text = (
        "I can't go to the U.S. on Feb. 24th -- don't ask :) See https://example.org/a?b=1, "
        "e-mail me@example.com; it's 3.5km (2mi) & costs $40.50/month. Y'all're 'quoted'."
    )
    assert [(t.text, t.norm_, t.whitespace_) for t in alone(text)] == [
        (t.text, t.norm_, t.whitespace_) for t in own(text)
    ]


def test_each_coder_has_its_modules_to_preload() -> None:
    from accord.news.coders import RulesCoder

    assert preload_modules(RulesCoder()) == ("accord.news.preload",)
    assert preload_modules(None) == ()

    class Named:
        name = "nlp"

    assert preload_modules(Named()) == ("accord.news.preload", "accord.news.nlp.preload")


def test_a_coders_name_preloads_what_the_coder_would() -> None:
    """The command line starts the workers by the ``--coder`` name, before the coder is built
    (session 14): each name preloads the modules of the coder it builds (``nlp-minilm`` is the
    ``nlp`` coder), an unknown name nothing."""
    from accord.errors import AccordError
    from accord.news.coders import RulesCoder, get_coder, requested_coder

    class Nlp:
        name = "nlp"  # the name of an NlpCoder, whatever its head

    assert preload_modules("rules") == preload_modules(RulesCoder())
    assert preload_modules("nlp") == preload_modules("nlp-minilm") == preload_modules(Nlp())
    assert preload_modules("elsewhere") == ()
    assert requested_coder(None) == get_coder(None).requested == "rules"
    assert requested_coder(" NLP ") == "nlp"
    with pytest.raises(AccordError, match="unknown coder 'x'; expected one of rules, nlp"):
        requested_coder("x")


def test_a_failed_warm_up_is_left_to_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.news.coders as coders
    from accord.news.nlp import preload

    def broken(*args: object, **kwargs: object) -> None:
        raise coders.MissingExtraError("no parser here")

    monkeypatch.setattr(coders, "get_coder", broken)
    assert preload.warm() is False  # the fork server must not die of it


PROBE = '''
import sys


def loaded(name):
    """Whether this worker had the module before its task ran, and its WARM flag."""
    module = sys.modules.get(name)
    return None if module is None else getattr(module, "WARM", True)
'''


def test_workers_start_with_the_preloaded_modules(tmp_path: Path) -> None:
    (tmp_path / "probe.py").write_text(PROBE)
    out = _python(
        """
        import json
        from accord.execution import ProcessExecutor
        from probe import loaded
        with ProcessExecutor(2, preload=["colorsys"]) as ex:
            print(json.dumps(ex.map(loaded, ["colorsys", "colorsys", "wave"])))
        """,
        tmp_path,
    )
    assert json.loads(out) == [True, True, None]  # colorsys preloaded, wave never imported


PRELOADED = {
    "rules": ["accord.news.corpus", "accord.news.preload"],
    "nlp": ["accord.news.corpus", "accord.news.preload", "accord.news.nlp.preload"],
}


@pytest.mark.parametrize("name", ["rules", pytest.param("nlp", marks=needs_nlp)])
def test_sharded_ingest_preloads_once_and_codes_the_same(tmp_path: Path, name: str) -> None:
    """Two worker processes forked from a fork server that loaded the coder (session 8: the
    rules coder too): the workers hold the loaded models before their first shard, and the
    events written (one Parquet row per event report, independent of the workers' order) are
    those of an ingest in one process."""
    (tmp_path / "probe.py").write_text(PROBE)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = [
        "Russia attacked Kyiv overnight. Zelensky urged NATO to send more air defence.",
        "French President Emmanuel Macron met Donald Trump in Washington on Monday.",
        "China rejected a proposal from the United States on tariffs, officials said.",
    ]
    for k, text in enumerate(texts):
        (corpus / f"a-{k}.txt").write_text(f"Title {k}\n\n10 February 2025 - {text}\n")
    out = _python(
        f"""
        import json
        import pyarrow.parquet as pq
        from accord.execution import InlineExecutor, ProcessExecutor
        from accord.news.coders import get_coder
        from accord.news.corpus import ingest_corpus
        from probe import loaded

        def rows(folder):
            table = pq.read_table(folder).to_pylist()
            keep = ("document_id", "index", "event_type", "mode", "source", "target", "trigger")
            return sorted(json.dumps([r[k] for k in keep]) for r in table)

        coder = get_coder({name!r}, strict=True).coder
        ex = ProcessExecutor(2)
        ingest_corpus([{str(corpus)!r}], url=None, parquet="sharded", executor=ex, coder=coder)
        warm = ex.map(loaded, [{PRELOADED[name][-1]!r}] * 2)
        ex.close()
        ingest_corpus([{str(corpus)!r}], url=None, parquet="inline", executor=InlineExecutor(),
                      coder=coder)
        print(json.dumps([ex.preload, warm, rows("sharded") == rows("inline"),
                          len(rows("inline"))]))
        """,
        tmp_path,
    )
    preload, warm, same, count = json.loads(out)
    assert preload == PRELOADED[name]
    assert warm == [True, True]
    assert same and count > 0


@needs_nlp
def test_the_coder_builds_the_default_gazetteer_only_when_it_codes(tmp_path: Path) -> None:
    # the parent of a sharded ingest builds the coder, pickles it and never codes
    out = _python(
        """
        import json, pickle
        from accord.news.gazetteer import load
        from accord.news.nlp.coder import NlpCoder
        coder = NlpCoder()
        size = len(pickle.dumps(coder))
        built = load.cache_info().currsize
        again = pickle.loads(pickle.dumps(coder))
        print(json.dumps([built, size < 200_000, again.gaz is load(), coder.gaz is load()]))
        """,
        tmp_path,
    )
    assert json.loads(out) == [0, True, True, True]
