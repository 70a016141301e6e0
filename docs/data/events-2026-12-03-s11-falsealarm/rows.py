"""Outcome rows of both coders on all development records: python rows.py LABEL rules|nlp
(writes CODER-rows-LABEL.json in this folder).

Session 8's script of the same name (``../events-2026-12-03-s8-reject/rows.py``) does the
work; this one runs it, any file it writes going into this folder."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SESSION_8 = HERE.parent / "events-2026-12-03-s8-reject" / "rows.py"


def main():
    """Run the session-8 script's ``main`` with ``HERE`` set to this folder."""
    spec = importlib.util.spec_from_file_location("s8_rows", SESSION_8)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE
    module.main()


if __name__ == "__main__":
    main()
