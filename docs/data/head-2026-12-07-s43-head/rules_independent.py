"""The rules coder does not read the nlp type head (issue 14, session 43, s43-head; session 26's
script): after the rules coder of ``accord.news.coders.get_coder("rules")`` has coded every
record of a READING file, no module of ``accord.news.nlp`` (where the head is loaded) has been
imported, nor ``accord.news.event_choice`` (the learned choice, keyed to the head's digest).
Prints the modules found (none expected).

    PYTHONPATH=src python3 docs/data/head-2026-12-07-s43-head/rules_independent.py
"""

from __future__ import annotations

import sys


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import evaluate, read_gold

    choice = get_coder("rules")
    gold = read_gold("tests/data/news/diplomacy-2025.json", None)
    figures = evaluate(gold, coder=choice.coder)
    loaded = [m for m in sys.modules if m.startswith(("accord.news.nlp", "accord.news.event_ch"))]
    print(f"rules coder, diplomacy-2025: {figures.correct}/{figures.n} events right")
    print(f"head-related modules loaded: {loaded or 'none'}")
    assert not loaded


if __name__ == "__main__":
    main()
