"""Strict parsing of YAML and JSON documents: duplicate keys refused, impossible dates kept
for validation.

Both YAML (1.1, section 3.2.1.3: "mapping keys are unique") and JSON (RFC 8259, section 4:
names "SHOULD be unique") leave the handling of a repeated key to the reader, and PyYAML and
the standard ``json`` module silently keep the last value. A scenario with two ``as_of`` or two
``capability`` entries is almost surely an editing mistake, so accord refuses it with the line
(YAML) or the key path (JSON) of the second occurrence.

PyYAML turns an unquoted ``2025-02-30`` into a ``datetime.date`` and raises a bare
``ValueError`` for an impossible day; the loader below keeps such a scalar as text so that the
scenario model rejects it with its field path (``stances[3].evidence[0].date``), like any other
malformed date.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node

from accord.errors import FormatError, Problem


class _Strict(yaml.constructor.SafeConstructor):
    """Constructor overrides shared by the pure-Python and the libyaml loader."""

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, MappingNode):
            seen: set[Hashable] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue  # "<<: *base" then an explicit key is an override, not a repeat
                key = self.construct_object(key_node, deep=False)
                if isinstance(key, Hashable) and key in seen:
                    raise ConstructorError(
                        None,
                        None,
                        f"duplicate key {key!r} (each key may appear once in a mapping)",
                        key_node.start_mark,
                    )
                if isinstance(key, Hashable):
                    seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[arg-type]

    def construct_yaml_timestamp(self, node: Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[arg-type]
        except (ValueError, OverflowError):
            return self.construct_scalar(node)  # type: ignore[arg-type]


class StrictLoader(_Strict, yaml.SafeLoader):
    """A safe YAML loader that refuses duplicate mapping keys and never fails on a date."""


StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_yaml_timestamp)  # type: ignore[type-var]

FastLoader: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = StrictLoader
"""The loader used: the same constructor over libyaml's parser where PyYAML was built with it
(the constructor stays Python: a 14 MB scenario took 61 s instead of 139 s on a loaded machine)."""

if getattr(yaml, "__with_libyaml__", False):

    class StrictCLoader(_Strict, yaml.CSafeLoader):
        """:class:`StrictLoader` over libyaml's C parser."""

    StrictCLoader.add_constructor(  # type: ignore[type-var]
        "tag:yaml.org,2002:timestamp", StrictCLoader.construct_yaml_timestamp
    )
    FastLoader = StrictCLoader


def load_yaml(text: str) -> Any:
    """Parse YAML text with the strict loader (raises ``yaml.YAMLError`` on faults)."""
    return yaml.load(text, Loader=FastLoader)  # a safe loader: SafeConstructor only


def refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` for :func:`json.loads`: a name given twice is a FormatError."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise FormatError(
                [
                    Problem(
                        "",
                        f"duplicate key {key!r} (each key may appear once in an object)",
                        has_value=False,
                    )
                ]
            )
        out[key] = value
    return out
