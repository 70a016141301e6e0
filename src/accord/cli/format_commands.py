"""Commands about file formats: the JSON Schema of scenario files and the formats known."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from accord.cli.app import app, out, say_note
from accord.cli.output import ForceOption


@app.command()
def schema(
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Write the schema here instead of stdout.")
    ] = None,
    force: ForceOption = False,
) -> None:
    """Print the JSON Schema of scenario files (for editors and other tools)."""
    from accord.outputs import check_output
    from accord.scenario.io import write_atomic
    from accord.scenario.schema import scenario_json_schema_text

    text = scenario_json_schema_text()
    if out_file is None:
        print(text, end="")
        return
    check_output(out_file, "--out", force)
    write_atomic(out_file, text)
    say_note(f"wrote {out_file}")


@app.command()
def formats() -> None:
    """List the scenario file formats accord reads and writes."""
    from accord.scenario.io import FORMATS

    table = Table(title="Scenario formats")
    for column in ("name", "extensions", "read", "write", "recognised by content"):
        table.add_column(column)
    for fmt in FORMATS.values():
        table.add_row(
            fmt.name,
            " ".join(fmt.extensions),
            "yes",
            "yes" if fmt.write or fmt.write_path else "no",
            "yes" if fmt.sniff else "no",
        )
    out.print(table)
