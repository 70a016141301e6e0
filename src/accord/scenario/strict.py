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
from yaml.events import CollectionEndEvent, CollectionStartEvent
from yaml.nodes import MappingNode, Node

from accord.errors import FormatError, Problem

_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it: the same documents, ten times faster."""


_FLATTENED = ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")
"""Key tags that PyYAML's SafeConstructor rewrites before it builds a mapping."""


def _duplicate(key: Any, key_node: Node) -> ConstructorError:
    return ConstructorError(
        None,
        None,
        f"duplicate key {key!r} (each key may appear once in a mapping)",
        key_node.start_mark,
    )


class StrictLoader(_SAFE_LOADER):  # type: ignore[misc]
    """A safe YAML loader that refuses duplicate mapping keys and never fails on a date."""

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode) or any(k.tag in _FLATTENED for k, _ in node.value):
            return self._construct_flattened(node, deep)
        # PyYAML's BaseConstructor.construct_mapping with the repeat check added, so that
        # each key is constructed once (checking all keys first and then calling PyYAML's
        # method built every key twice; see bench/bench_validate.py).
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found unhashable key",
                    key_node.start_mark,
                )
            if key in mapping:
                raise _duplicate(key, key_node)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def _construct_flattened(self, node: Node, deep: bool) -> dict[Any, Any]:
        """A mapping with merge keys (``<<: *base``): repeats among its own keys are refused,
        then PyYAML merges (an explicit key overrides a merged one)."""
        if isinstance(node, MappingNode):
            seen: set[Hashable] = set()
            for key_node, _ in node.value:
                if key_node.tag in _FLATTENED:
                    continue  # "<<: *base" then an explicit key is an override, not a repeat
                key = self.construct_object(key_node, deep=False)
                if isinstance(key, Hashable) and key in seen:
                    raise _duplicate(key, key_node)
                if isinstance(key, Hashable):
                    seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping

    def construct_yaml_timestamp(self, node: Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_yaml_timestamp)


def load_yaml(text: str) -> Any:
    """Parse YAML text with :class:`StrictLoader` (raises ``yaml.YAMLError`` on faults)."""
    return yaml.load(text, Loader=StrictLoader)  # a SafeLoader subclass


def nested_deeper_than(text: str, limit: int) -> bool:
    """Whether the YAML text nests lists and mappings more than ``limit`` deep, read from the
    parser's events alone (raises ``yaml.YAMLError`` where the text is no YAML).

    libyaml's composer builds a node tree by recursing in C, with no recursion limit: 50,000
    nested ``[`` (100 kB) overflowed the C stack and killed the process with a segmentation
    fault, the workbench with it (session 39's security trial). Its parser is a state machine
    with its own stack on the heap, so counting its events first is safe at any depth; it
    costs about a third of a load. Aliases add no depth here: :func:`accord.scenario.io`
    measures what they expand to after loading."""
    depth = 0
    for event in yaml.parse(text, Loader=_SAFE_LOADER):
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > limit:
                return True
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
    return False


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
