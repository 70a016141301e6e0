"""The ``accord`` command line: a thin layer over the library API."""

from accord.cli import (
    backtest_commands,  # noqa: F401  (registers commands)
    corpus_commands,  # noqa: F401
    events_commands,  # noqa: F401
    format_commands,  # noqa: F401
    institution_commands,  # noqa: F401
    news_commands,  # noqa: F401
    question_commands,  # noqa: F401
    scenario_commands,  # noqa: F401
    sweep_commands,  # noqa: F401
    votes_commands,  # noqa: F401
)
from accord.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
