"""The light verbs' object prior of the nlp type head (issue 14, session 8, s8-recall).

A light verb of the CAMEO dictionary's ``[---]`` blocks ("carry out", "launch", "resume",
"hold": :data:`accord.news.nlp.coder.LIGHT_VERBS`) has no event type of its own; where its own
dictionary prior is empty or a statement, the type of its object noun is the head's prior.
Adopted by leave-one-file-out over the twelve development files (docs/validation-events.md,
"session 8: the nlp coder's type head"); the shipped head is trained with it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from accord.news.coders import nlp_available
from tests.helpers import ROOT

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _root(text: str) -> tuple[Any, Any]:
    from accord.news.nlp.models import spacy_pipeline

    sent = next(spacy_pipeline()(text).sents)
    return sent, sent.root


def _label(prior: np.ndarray[Any, Any] | None) -> str | None:
    from accord.news.nlp.classifier import LABELS

    return LABELS[int(prior.argmax())] if prior is not None and prior.any() else None


def test_a_light_verb_takes_the_type_of_its_object_only_with_the_switch() -> None:
    from accord.news.nlp.coder import object_prior, verb_prior_in

    text = "Israel carried out strikes on Gaza."
    sent, verb = _root(text)
    assert _label(verb_prior_in(sent, verb, text)) is None  # "carry out" alone: no type
    assert _label(verb_prior_in(sent, verb, text, objects=True)) == "ASSAULT"
    assert _label(object_prior(sent, verb, text)) == "ASSAULT"


def test_a_verb_with_a_type_of_its_own_keeps_it() -> None:
    from accord.news.nlp.coder import object_prior, verb_prior_in

    text = "Iran condemned the strikes on its territory."
    sent, verb = _root(text)
    assert object_prior(sent, verb, text) is None  # "condemn" is no light verb
    assert _label(verb_prior_in(sent, verb, text, objects=True)) == "ACCUSE"


def test_the_shipped_head_is_trained_with_the_prior_and_the_coder_reads_it() -> None:
    from accord.news.nlp.classifier import static_head
    from accord.news.nlp.coder import NlpCoder

    assert static_head().meta.get("object_prior") is True
    assert NlpCoder().objects is True


def test_training_with_the_prior_is_recorded_and_reproducible_from_a_seed() -> None:
    from accord.news.nlp.train import train

    spec = [f"{ROOT}/tests/data/news/news-heldout-s5.json@url"]

    def head(objects: bool) -> Any:
        return train(
            spec, 0, weak_per_type=3, embedder="static", tune=False, setting=None, objects=objects
        )

    first, again, plain = head(True), head(True), head(False)
    assert first.meta["digest"] == again.meta["digest"]
    assert first.meta["object_prior"] is True and "object_prior" not in plain.meta
    assert first.meta["digest"] != plain.meta["digest"]  # some gold main clause changes prior
