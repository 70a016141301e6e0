"""Public test helpers: the engine conformance suite (and Hypothesis strategies)."""

from accord.testing.checks import check_engine

__all__ = ["check_engine"]
