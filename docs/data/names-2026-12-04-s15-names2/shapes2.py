"""Step 1 of s15-names2: the constructions of the brief's bugs in the READING sentences
(s15-names' ``shapes.py`` loader: 23 READING event files, 15 READING evidence files; CHECK
files skipped), measured with the code the run imports (``PYTHONPATH=src``).

Tables (tab-separated, a ``# name`` line before each):

* ``person_place``: a gazetteer hit whose entries include a generated (Phoenix) ``person``
  entry any of whose words is a name of the country table (a state's name, capital or region
  filed as a person), with the mention's code and the record's gold codes;
* ``org_place_doc``: an organisation's alias that is also a place's word in the Phoenix
  country dictionary ("Brussels") right before a document noun (s15-names' list);
* ``particle``: a lower-case name particle (al-, el-, bin, ibn, de, da, do, dos, del, di, van,
  von, la, le) right before a capitalised word, with the phrase the gazetteer finds there
  and at the next word.

Run from the worktree root::

    PYTHONPATH=src python3 docs/data/names-2026-12-04-s15-names2/shapes2.py > shapes2.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

PARTICLES = {
    "AL",
    "EL",
    "BIN",
    "IBN",
    "DE",
    "DA",
    "DO",
    "DOS",
    "DEL",
    "DI",
    "VAN",
    "VON",
    "LA",
    "LE",
}


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "names-2026-12-04-s15-names"))
    import shapes  # s15-names' loader of the READING sentences

    from accord.news.gazetteer import load, load_raw, tokenize
    from accord.news.resolve import _DOCUMENT_HEADS, find_mentions

    gaz = load()
    gen = load_raw()["generated"]
    country_names = {a for c in gen["countries"] for a in c["aliases"]}
    placed = {p["name"] for p in gen["people"] if country_names & set(p["aliases"])}
    rows = shapes.sentences(Path.cwd())
    print(f"# {len(rows)} sentences", file=sys.stderr)
    pp, od, pa = [], [], []
    for name, rid, text, gold, when in rows:
        tokens = tokenize(text)
        mentions = find_mentions(tokens, text, when, gaz, bare=True)  # type: ignore[arg-type]
        flat = " ".join(text.split())
        i = 0
        while i < len(tokens):
            hit = gaz.lookup(tokens, i) if (tokens[i].key,) in gaz.prefixes else None
            if hit is None:
                i += 1
                continue
            n, table, value = hit
            words = " ".join(t.text for t in tokens[i : i + n])
            if table == "name" and any(e.kind == "person" and e.name in placed for e in value):
                held = next((m for m in mentions if m.start <= i < m.end), None)
                ctx = " ".join(t.text for t in tokens[max(0, i - 4) : i + n + 3])
                code = held.actor.code if held else "-"
                pp.append([name, rid, words, code, ",".join(sorted(gold)), ctx, flat])
            if (
                table == "name"
                and value[0].kind == "org"
                and i + n < len(tokens)
                and tokens[i + n].key in _DOCUMENT_HEADS
            ):
                od.append([name, rid, words, tokens[i + n].text, value[0].code, flat])
            i += n
        for k, tok in enumerate(tokens[:-1]):
            if tok.key in PARTICLES and tok.text.islower():
                j = k + 2 if tokens[k + 1].text == "-" and k + 2 < len(tokens) else k + 1
                if not tokens[j].text[:1].isupper():
                    continue
                hit = gaz.lookup(tokens, j) if (tokens[j].key,) in gaz.prefixes else None
                held = next((m for m in mentions if m.start <= j < m.end), None)
                ctx = " ".join(t.text for t in tokens[max(0, k - 3) : j + 3])
                pa.append(
                    [
                        name,
                        rid,
                        ctx,
                        hit[1] if hit else "-",
                        held.actor.code if held else "-",
                        ",".join(sorted(gold)),
                        flat,
                    ]
                )
    for title, table in (("person_place", pp), ("org_place_doc", od), ("particle", pa)):
        print(f"# {title}")
        for row in table:
            print("\t".join(row))


if __name__ == "__main__":
    main()
