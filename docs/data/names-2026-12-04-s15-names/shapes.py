"""Step 1 of s15-names: the constructions of the brief's three wrong resolutions in the READING
sentences, with each record's gold codes, measured before any change.

Sentences: the 23 READING event files of :func:`accord.news.nlp.rules_cv.dev_sets` (all but
the CHECK files ``heldout-s14`` and ``heldout-s14b``; the seed article, ``shared/seed``, is the
``seed`` set) and the 15 READING evidence files (every ``tests/data/news/evidence-*.jsonl``
gold file but ``evidence-heldout-s14.jsonl``, the CHECK file; the labelling files are no gold
files). Gold codes: an event record's sources and targets; an evidence record's stance actors.

Three tables (tab-separated, one ``# name`` line before each):

* ``envoy``: every envoy word (ambassador(s), envoy(s), emissary/-ies) with the words around
  it, the code of the mention that holds it, and the states named before / after it;
* ``place_head``: a gazetteer place (a ``name`` hit whose entry is a country: a state's name,
  capital, city or region) right before a noun of documents, formats, processes or bodies
  (:data:`HEADS`, any case), with the place's code and whether the gold codes it;
* ``of_given``: a one-word place after "of" / "for" followed by a capitalised word that would
  make it a given name under s14-names' rule (``resolve._given_name``) but for the "of"/"for"
  guard, with the word before "of"/"for".

Run from the worktree root::

    PYTHONPATH=src python3 docs/data/names-2026-12-04-s15-names/shapes.py \\
        > docs/data/names-2026-12-04-s15-names/shapes.tsv
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CHECK = ("heldout-s14", "heldout-s14b")
EVIDENCE_SKIP = ("evidence-heldout-s14.jsonl",)
EVIDENCE_NOT_GOLD = (
    "evidence-labels-A.jsonl",
    "evidence-labels-B.jsonl",
    "evidence-sentences.jsonl",
)
ENVOY = {"AMBASSADOR", "AMBASSADORS", "ENVOY", "ENVOYS", "EMISSARY", "EMISSARIES"}
# measured broadly: nouns of documents, formats, processes, meetings and bodies
HEADS = set(
    """AGREEMENT AGREEMENTS ACCORD ACCORDS CONVENTION CONVENTIONS TREATY TREATIES PROTOCOL
    PROTOCOLS FORMAT FORMATS PROCESS DECLARATION COMMUNIQUE CHARTER MEMORANDUM PACT FRAMEWORK
    FORMULA PRINCIPLES STATUTE CONSENSUS DEAL DEALS PLAN ROADMAP TALKS SUMMIT CONFERENCE
    DIALOGUE INITIATIVE GROUP CLUB FORUM ROUND PLATFORM ARRANGEMENT ARRANGEMENTS RESOLUTION
    CEASEFIRE TRUCE NEGOTIATIONS""".split()
)


def sentences(root: Path) -> list[tuple[str, str, str, set[str], object]]:
    """(file, record id, text, gold codes, date) of every READING sentence."""
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    out: list[tuple[str, str, str, set[str], object]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path, dev.split):
            gold = set(record.sources) | set(record.targets)
            out.append((dev.name, str(record.id), record.text, gold, record.date))
    for path in sorted((root / "tests" / "data" / "news").glob("evidence-*.jsonl")):
        if path.name in EVIDENCE_SKIP or path.name in EVIDENCE_NOT_GOLD:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold = {str(s.get("actor")) for s in row.get("stances", [])}
                out.append((path.name, str(row["id"]), str(row["text"]), gold, None))
    return out


def main() -> None:
    from accord.news.gazetteer import load, tokenize
    from accord.news.resolve import _given_name, find_mentions

    gaz = load()
    rows = sentences(Path.cwd())
    print(f"# {len(rows)} sentences, {len({r[0] for r in rows})} files", file=sys.stderr)
    envoy, place, given = [], [], []
    for name, rid, text, gold, when in rows:
        tokens = tokenize(text)
        mentions = find_mentions(tokens, text, when, gaz, bare=True)  # type: ignore[arg-type]
        flat = " ".join(text.split())
        hits = []
        i = 0
        while i < len(tokens):
            hit = gaz.lookup(tokens, i) if (tokens[i].key,) in gaz.prefixes else None
            if hit is None:
                i += 1
                continue
            hits.append((i, *hit))
            i += hit[0]
        for k, tok in enumerate(tokens):
            if tok.key in ENVOY:
                holder = next((m for m in mentions if m.start <= k < m.end), None)
                before = [
                    (v if t == "demonym" else v[0].code)
                    for s, n, t, v in hits
                    if s < k and s >= k - 4 and t in ("name", "demonym")
                ]
                after = [
                    (v if t == "demonym" else v[0].code)
                    for s, n, t, v in hits
                    if k < s <= k + 4 and t in ("name", "demonym")
                ]
                words = " ".join(t.text for t in tokens[max(0, k - 4) : k + 4])
                envoy.append(
                    [name, rid, words, holder.actor.code if holder else "-",
                     ",".join(before), ",".join(after), ",".join(sorted(gold)), flat]
                )
        for s, n, table, value in hits:
            if table == "name" and value[0].kind == "country" and s + n < len(tokens):
                head = tokens[s + n]
                if head.key in HEADS:
                    code = value[0].code
                    prev = tokens[s - 1].text if s else ""
                    place.append(
                        [name, rid, " ".join(t.text for t in tokens[s : s + n]), head.text,
                         prev, code, str(code in gold), ",".join(sorted(gold)), flat]
                    )
            if (
                table == "name"
                and n == 1
                and s >= 2
                and tokens[s - 1].key in ("OF", "FOR")
                and value[0].kind == "country"
            ):
                # the rule as it would be without its "of"/"for" guard
                fake = tokens[: s - 1] + [tokens[s - 2]] + tokens[s:]
                if _given_name(fake, s, n, table, value, gaz):
                    given.append(
                        [name, rid, tokens[s - 2].text, tokens[s - 1].text, tokens[s].text,
                         tokens[s + 1].text, value[0].code, ",".join(sorted(gold)), flat]
                    )
    print("# envoy")
    print("file\tid\twords\tmention_code\tstates_before\tstates_after\tgold\ttext")
    for row in envoy:
        print("\t".join(row))
    print("# place_head")
    print("file\tid\tplace\thead\tprev\tcode\tgold_has_code\tgold\ttext")
    for row in place:
        print("\t".join(row))
    print("# of_given")
    print("file\tid\tbefore\tprep\tplace\tnext\tcode\tgold\ttext")
    for row in given:
        print("\t".join(row))


if __name__ == "__main__":
    main()
