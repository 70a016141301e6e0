"""The ``--coder rules|nlp`` option shared by the commands that code text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from accord.cli.app import say_note

if TYPE_CHECKING:
    from accord.news.coders import Coder

CoderOption = Annotated[
    str | None,
    typer.Option(
        "--coder",
        help="Event coder: rules, or nlp (needs the \\[nlp] extra; nlp-minilm: its MiniLM "
        "type head). Default: rules "
        "(chosen by the held-out figures of docs/validation-events.md).",
    ),
]


def choose_coder(name: str | None) -> Coder:
    """The coder for ``--coder``; prints on stderr when the rules coder stands in for nlp."""
    from accord.news.coders import get_coder

    choice = get_coder(name)
    if choice.note:
        say_note(choice.note, "note")
    return choice.coder
