"""Griffe extension for the API reference: Sphinx cross-reference roles shown as code.

accord's docstrings name other objects the Sphinx way (``:func:`accord.api.forecast```,
``:class:`~accord.errors.ScenarioError```), which reads well in ``help()`` and in editors.
mkdocstrings' numpydoc renderer does not know the roles and printed ":func:" before each name
(87 times on the API page at session 35's end). This extension, named in mkdocs.yml, rewrites
each role into inline code as Sphinx would display it: the name as written, or its last part
after a leading ``~``, or the title of a ``title <target>`` form. It links nothing: a link to a
name the reference does not document would fail the strict build. Not part of the package (it
only runs when the docs are built); tests/test_griffe_roles.py checks it.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(
    r":(?:py:)?(?:func|class|meth|mod|attr|data|exc|obj|const|ref):"
    r"`(?:(?P<title>[^`<]*?)\s*<(?P<target>[^>`]+)>|(?P<tilde>~?)(?P<name>[^`]+))`"
)


def roles_as_code(text: str) -> str:
    """``text`` with every Sphinx cross-reference role replaced by inline code of its name.

    >>> roles_as_code("See :func:`accord.api.forecast` and :class:`~accord.errors.DataError`.")
    'See `accord.api.forecast` and `DataError`.'
    >>> roles_as_code(":meth:`the frame <Forecast.to_frame>`")
    '`the frame`'
    """

    def shown(match: re.Match[str]) -> str:
        if match.group("target") is not None:
            return f"`{match.group('title') or match.group('target')}`"
        name = match.group("name")
        return f"`{name.rsplit('.', 1)[-1] if match.group('tilde') else name}`"

    return ROLE.sub(shown, text)


class SphinxRolesAsCode(griffe.Extension):
    """Rewrites the roles in every docstring griffe loads (see the module docstring)."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = roles_as_code(obj.docstring.value)
