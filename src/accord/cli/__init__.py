"""The ``accord`` command line: a thin layer over the library API."""

from accord.cli import backtest_commands  # noqa: F401  (registers commands)
from accord.cli import format_commands  # noqa: F401
from accord.cli import institution_commands  # noqa: F401
from accord.cli import news_commands  # noqa: F401
from accord.cli import events_commands  # noqa: F401, I001  (after news_commands: takes over `events`)
from accord.cli import scenario_commands  # noqa: F401
from accord.cli import votes_commands  # noqa: F401
from accord.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
