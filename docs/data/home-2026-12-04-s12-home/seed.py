"""Print the seed article's events of both coders (one line each): python seed.py [rules] [nlp].

The session-7 script of the same name (``../events-2026-12-03-s7-reject/seed.py``) does the
work; this one runs it, any file it writes going into this folder."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SESSION_7 = HERE.parent / "events-2026-12-03-s7-reject" / "seed.py"


def main():
    """Run the session-7 script's ``main`` with ``HERE`` set to this folder."""
    spec = importlib.util.spec_from_file_location("s7_seed", SESSION_7)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE
    module.main()


if __name__ == "__main__":
    main()
