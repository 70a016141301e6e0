"""accord's tests: ``tests/<package>/`` mirrors ``src/accord/<package>/``."""

import pytest

# tests.helpers holds shared assertion helpers; rewrite them like test modules' own asserts.
pytest.register_assert_rewrite("tests.helpers")
