"""A JSON Schema for scenario files, generated from the pydantic model.

Editors (VS Code's YAML extension, JetBrains IDEs) use it to complete and check scenario files
as they are typed. It is generated, never written by hand, so it cannot drift from the model;
``docs/schema/scenario.schema.json`` holds a copy that a test keeps current
(``accord schema --out docs/schema/scenario.schema.json`` refreshes it).

The schema covers what a field-by-field check can see: types, required fields, ranges,
identifiers and ISO 3166-1 alpha-3 country codes. Cross-references (unknown actor or issue
ids, duplicates, positions outside an issue's scale) are checked by accord itself
(``accord validate``).
"""

from __future__ import annotations

import json
from typing import Any

from accord.scenario.model import Scenario

SCHEMA_ID = "https://accord.invalid/schema/scenario.schema.json"
"""A stable identifier for the schema (not a download location: nothing is fetched)."""

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def scenario_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a scenario document."""
    schema = Scenario.model_json_schema(mode="validation")
    definitions = schema.get("$defs", {})
    # The ISO check is a validator function; state it as a pattern so editors can see it.
    country = definitions["Actor"]["properties"]["country"]
    for option in country.get("anyOf", []):
        if option.get("type") == "string":
            option["pattern"] = "^[A-Z]{3}$"
    # YAML 1.1 reads an unquoted yes/no vote as a boolean, which the model takes back as a vote.
    votes = definitions["RecordedResult"]["properties"]["votes"]
    votes["additionalProperties"] = {"anyOf": [{"type": "string"}, {"type": "boolean"}]}
    # Numbers must be finite: JSON Schema numbers already are (NaN is not JSON).
    return {
        "$schema": _DIALECT,
        "$id": SCHEMA_ID,
        **{k: v for k, v in schema.items() if k not in ("$schema", "$id")},
    }


def scenario_json_schema_text() -> str:
    """The schema as the text committed at ``docs/schema/scenario.schema.json``."""
    return json.dumps(scenario_json_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
