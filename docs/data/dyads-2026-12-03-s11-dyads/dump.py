"""Every development record coded by both coders (first event, as the scorer reads it), with
the actors' codes, roles and words: ``PYTHONPATH=src python dump.py LABEL [VARIANT]`` from the
repository root writes ``dump-LABEL.json`` in this folder (shipped nlp head; issue 14, session
11, s11-dyads). Without ``VARIANT``: the code as it is (``branch``). Variants of the nlp coder's
same-actor filter: ``main``, main's ``_same`` (3943ee5) in the branch's code; explorations:
``identity``, ``_same`` and ``_self`` replaced by the rules coder's ``_same_actor`` (the same
name, or the same words); ``sector``, ``sector-both``, ``sector2``, ``sector2-both``, the
sector tests of ``sector.py`` in ``_same``, or in ``_same`` and ``_self``; ``sector3``, the
branch's test with a mention placed in no country taking a side where the sentence names no
other country (tried after the deciding run, not adopted)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _actors(actors: Any) -> list[list[Any]]:
    return [[a.code, a.role, a.name, a.text] for a in actors]


def main() -> None:
    from accord.news.coders import RulesCoder
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    label = sys.argv[1]
    if len(sys.argv) > 2:  # an exploration variant of the nlp coder's same-actor filters
        import accord.news.nlp.coder as nlp_coder
        from accord.news.coding import _same_actor

        if sys.argv[2] == "main":  # main's ``_same`` (3943ee5), from the branch's code
            from dyads_lofo import _same_main

            nlp_coder._same = _same_main  # type: ignore[assignment]
        elif sys.argv[2] == "identity":
            nlp_coder._same = lambda a, b, *_: _same_actor(a, b)  # type: ignore[assignment]
            nlp_coder._self = _same_actor  # type: ignore[assignment]
        elif sys.argv[2] == "sector3":
            # a mention placed in no country is bare only where the sentence names
            # another country than the source's (exploration after the deciding run;
            # not adopted: docs/validation-events.md, session 11, s11-dyads)
            main_bare = nlp_coder._bare

            def bare3(mentions: Any) -> frozenset[str]:
                codes = {m.actor.code for m in mentions if len(m.actor.code) == 3}
                return main_bare(mentions) if len(codes) > 1 else frozenset()

            nlp_coder._bare = bare3  # type: ignore[assignment]
        else:  # "sector" (``_same`` only) or "sector-both" (``_same`` and ``_self``)
            import sector

            two = sys.argv[2].startswith("sector2")
            nlp_coder._same = sector.same2 if two else sector.same  # type: ignore[assignment]
            if sys.argv[2].endswith("-both"):
                nlp_coder._self = (  # type: ignore[assignment]
                    sector.strict_same2 if two else sector.strict_same
                )
    root = HERE.parents[2]
    classes = load().org_classes
    coders = {"rules": RulesCoder(), "nlp": NlpCoder()}
    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        for rec in read_gold(dev.path, dev.split):
            row: dict[str, Any] = {
                "file": dev.name,
                "id": rec.id,
                "text": rec.text,
                "gold": rec.event,
                "gold_source": sorted(classes.get(c, c) for c in rec.sources),
                "gold_target": sorted(classes.get(c, c) for c in rec.targets),
            }
            for name, coder in coders.items():
                events = coder.code_sentence(rec.text, rec.date)
                row[name] = [
                    {
                        "type": e.event_type,
                        "sources": _actors(e.sources),
                        "targets": _actors(e.targets),
                        "s": sorted({classes.get(a.code, a.code) for a in e.sources}),
                        "t": sorted({classes.get(a.code, a.code) for a in e.targets}),
                        "trigger": e.trigger,
                    }
                    for e in events
                ]
            out.append(row)
        print(dev.name, len(out), file=sys.stderr, flush=True)
    (HERE / f"dump-{label}.json").write_text(json.dumps(out, indent=0) + "\n", "utf-8")


if __name__ == "__main__":
    main()
