"""The ``nlp`` event coder: spaCy dependency roles and a sentence-embedding type classifier.

Needs the ``[nlp]`` extra; importing this package does not load any model (the models are
loaded on first use by :mod:`accord.news.nlp.models`). See docs/event-coding.md.
"""
