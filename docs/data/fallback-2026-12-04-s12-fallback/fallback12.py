"""s12-fallback: the nlp coder's rules fallback and borrowed types, kept or not by the head's
probability of the rules coder's type, the two floors chosen by leave-one-file-out over the
READING files.

Run from the repository root with ``PYTHONPATH=src nice python3 THIS SUBCOMMAND ...`` (``[nlp]``
extra, ``../shared``). It reuses the harness of s12-nlptypes
(``docs/data/nlptypes-2026-12-04-s12-nlptypes/nlptypes12.py``: shared parses, the READING /
CHECK split, fold heads of the shipped recipe ``A`` trained without the scored file, outcome
rows and record scoring).

* ``listing OUT.json``: every READING record whose first nlp event came from the rules fallback
  (``rules_when_silent``: no nlp event in the sentence, the rules coder's added) or took the
  rules coder's type on the same trigger (``rules_type_same_trigger``, "borrowed"), right /
  wrong type / false alarm, with what the nlp side knew: the head's probability of the rules
  type and its own best type (fallback: read on the trigger's clause; borrowed: on the
  predicate), the dictionary prior's type, whether the parse gave the clause an agent, the
  trigger's part of speech. Fold heads (seed 0), shipped floors 0 / 0.
* ``grid OUT.json``: each READING file coded with its fold head at every pair of floors
  (``coder.FALLBACK_FLOOR`` x ``coder.BORROW_FLOOR``, :data:`GRID_F` x :data:`GRID_B`).
* ``choose GRID.json``: the selection below, out of fold, and its figures.
* ``check F B OUT.json``: the shipped head on the two CHECK files at floors 0 / 0 against
  F / B; prints aggregate figures only; per-record rows go to OUT.json (read only after the
  decision is committed).

The candidate (ONE, learned, no word list): ``FALLBACK_FLOOR`` keeps a fallback event only when
the head's probability of its type on the trigger's clause reaches the floor;
``BORROW_FLOOR`` lets the rules coder's type replace the head's only when the head gives it at
least the floor. Both at 0.0 is today's coder.

Protocol (committed before any ``grid`` run): for each READING file F, the pair of floors is
chosen on the other 16 READING files (each coded by its own fold head), maximising their pooled
event F1 + actor accuracy, ties to the smaller floors (today's coder first); F is scored at the
pair chosen for it. The out-of-fold candidate qualifies when its pooled READING event F1 and
actor accuracy are both not lower than today's (floors 0 / 0, same fold heads), no READING file
is more than 2 records worse net (right type and all actors, fixed minus broken), it fixes
records in at least two READING files, and it changes something. The setting to ship is the
pair chosen on all 17 READING files; if the candidate qualifies, that pair goes ONCE to the
CHECK files (``check``) with the shipped head. Adoption (COMMON, session 12): CHECK files
pooled, fixed minus broken >= 1 and neither event F1 nor actor accuracy lower; a pair that
changes nothing there is not adopted. The rules coder does not read the head: rule 4 does not
arise. If the selection picks 0 / 0 on all 17 files, nothing goes to the CHECK files.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

GRID_F = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4)
GRID_B = (0.0, 0.05, 0.1, 0.2, 0.3)
HARNESS = Path("docs/data/nlptypes-2026-12-04-s12-nlptypes/nlptypes12.py")


def harness() -> Any:
    spec = importlib.util.spec_from_file_location("nlptypes12", HARNESS)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def set_floors(f: float, b: float) -> None:
    import accord.news.nlp.coder as nlp_coder

    nlp_coder.FALLBACK_FLOOR = f
    nlp_coder.BORROW_FLOOR = b


def listing(out: str) -> None:
    import accord.news.nlp.coder as nlp_coder
    from accord.news.nlp.classifier import features
    from accord.news.nlp.roles import clause_text, clause_verb, predicates

    h = harness()
    sets, gold = h.setup()
    heads = h.Heads(sets, 0)
    info: dict[tuple[str, str, str], dict[str, Any]] = {}
    orig_fb = nlp_coder.NlpCoder._fallback
    orig_rt = nlp_coder.NlpCoder._rules_type

    def fallback(self: Any, sent: Any, events: Any, found: Any, proba: Any) -> Any:
        kept = orig_fb(self, sent, events, found, proba)
        labels = self.head.labels
        for e in kept:
            token = nlp_coder._trigger_token(sent, e.trigger)
            verb = None if token is None else clause_verb(token)
            row: dict[str, Any] = {"part": "fallback", "pos": token.pos_ if token else "-"}
            if verb is not None:
                prior = nlp_coder.verb_prior_in(sent, verb, sent.text, None, True)
                p = self.head.proba(features(self.embed([clause_text(verb)]), prior[None, :]))[0]
                pred = next((q for q in predicates(sent, self.rules) if q.verb == verb.i), None)
                row.update(
                    p_rules=round(float(p[labels.index(e.event_type)]), 3)
                    if e.event_type in labels
                    else None,
                    head_best=labels[int(p.argmax())],
                    p_best=round(float(p.max()), 3),
                    prior=labels[int(prior.argmax())] if prior.any() else "-",
                    agent=bool(pred is not None and pred.agents),
                    candidate=any(c.pred.verb == verb.i for c in found),
                )
            info[(sent.text, e.trigger or "", e.event_type)] = row
        return kept

    def rules_type(self: Any, cand: Any, p: Any, kind: str, prob: float, date: Any) -> Any:
        new, newp = orig_rt(self, cand, p, kind, prob, date)
        if new != kind:
            verb = cand.sent.doc[cand.pred.verb]
            prior = nlp_coder.verb_prior_in(cand.sent, verb, cand.sentence, None, True)
            info[(cand.sentence, verb.text, new)] = {
                "part": "borrowed",
                "pos": verb.pos_,
                "p_rules": round(newp, 3),
                "head_best": kind,
                "p_best": round(prob, 3),
                "prior": self.head.labels[int(prior.argmax())] if prior.any() else "-",
                "agent": bool(cand.pred.agents),
                "candidate": True,
            }
        return new, newp

    nlp_coder.NlpCoder._fallback = fallback  # type: ignore[method-assign]
    nlp_coder.NlpCoder._rules_type = rules_type  # type: ignore[method-assign]
    rows = []
    for dev in sets:
        if dev.name in h.CHECK:
            continue
        coder = nlp_coder.NlpCoder(heads.head("A", dev.name))
        for rec in gold[dev.name]:
            info.clear()
            events = coder.code_sentence(rec.text, rec.date)
            if not events:
                continue
            e = events[0]
            row = info.get((e.sentence or "", e.trigger or "", e.event_type))
            if row is None:
                continue
            got = e.event_type
            outcome = (
                "right"
                if got == rec.event
                else ("false alarm" if rec.event == "NONE" else "wrong type")
            )
            rows.append(
                {"file": dev.name, "id": rec.id, "gold": rec.event, "got": got, "outcome": outcome}
                | row
                | {"trigger": e.trigger}
            )
    Path(out).write_text(json.dumps(rows, indent=1) + "\n")
    summary: dict[str, dict[str, int]] = {}
    for r in rows:
        summary.setdefault(r["part"], {}).setdefault(r["outcome"], 0)
        summary[r["part"]][r["outcome"]] += 1
    print(json.dumps(summary, indent=1))


def listing_table(path: str) -> None:
    """Tables of ``listing.json``: outcomes by each fact, then every event."""
    rows = json.loads(Path(path).read_text())
    outcomes = ("right", "wrong type", "false alarm")

    def facts(r: dict[str, Any]) -> dict[str, str]:
        p = r.get("p_rules")
        bins = (0.02, 0.05, 0.1, 0.2, 0.3)
        return {
            "head p(rules type)": "-"
            if p is None
            else next((f"< {b}" for b in bins if p < b), f">= {bins[-1]}"),
            "head's best = rules type": str(r.get("head_best") == r["got"]),
            "prior's type = rules type": str(r.get("prior") == r["got"]),
            "parse gave the clause an agent": str(r.get("agent")),
            "trigger part of speech": r["pos"],
        }

    for part in ("fallback", "borrowed"):
        sub = [r for r in rows if r["part"] == part]
        print(f"**{part}** ({len(sub)} first events)")
        print()
        print("| fact | value | " + " | ".join(outcomes) + " |")
        print("| --- | --- |" + " ---: |" * len(outcomes))
        names = list(facts(sub[0]))
        for name in names:
            counts: dict[str, dict[str, int]] = {}
            for r in sub:
                v = facts(r)[name]
                counts.setdefault(v, {}).setdefault(r["outcome"], 0)
                counts[v][r["outcome"]] += 1
            for v in sorted(counts):
                cells = " | ".join(str(counts[v].get(o, 0)) for o in outcomes)
                print(f"| {name} | {v} | {cells} |")
        if part == "borrowed":
            wrong = [r for r in sub if r["outcome"] == "wrong type"]
            back = sum(r["head_best"] == r["gold"] for r in wrong)
            print()
            print(
                "wrong borrowed types where the head's own type was the gold one:",
                f"{back} of {len(wrong)}",
            )
        print()
    print(
        "| file | id | gold | coded | part | trigger | p(rules) | head's best (p) "
        "| prior | agent | pos |"
    )
    print("| --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- |")
    for r in sorted(rows, key=lambda r: (r["part"], r["outcome"], r["file"], r["id"])):
        print(
            f"| {r['file']} | {r['id']} | {r['gold']} | {r['got']} | {r['part']} | {r['trigger']} "
            f"| {r.get('p_rules', '-')} | {r.get('head_best', '-')} ({r.get('p_best', '-')}) "
            f"| {r.get('prior', '-')} | {r.get('agent', '-')} | {r['pos']} |"
        )


def grid(out: str) -> None:
    h = harness()
    sets, gold = h.setup()
    heads = h.Heads(sets, 0)
    start = time.process_time()
    result: dict[str, Any] = {"grid_f": GRID_F, "grid_b": GRID_B, "files": {}}
    for dev in sets:
        if dev.name in h.CHECK:
            continue
        head = heads.head("A", dev.name)
        cell: dict[str, Any] = {"ids": [r.id for r in gold[dev.name]]}
        for f in GRID_F:
            for b in GRID_B:
                set_floors(f, b)
                cell[f"{f}/{b}"] = h.rows_of(gold[dev.name], head).tolist()
        set_floors(0.0, 0.0)
        result["files"][dev.name] = cell
        print(dev.name, round(time.process_time() - start), file=sys.stderr, flush=True)
    Path(out).write_text(json.dumps(result) + "\n")


def score(h: Any, rows: np.ndarray) -> float:
    fig = h.figs(rows)
    return float(fig["event_f1"] + fig["actor_acc"])


def choose(path: str) -> None:
    h = harness()
    data = json.loads(Path(path).read_text())
    files = list(data["files"])
    keys = [f"{f}/{b}" for f in data["grid_f"] for b in data["grid_b"]]  # smaller floors first

    def best(names: list[str]) -> str:
        scores = [
            score(h, np.vstack([np.asarray(data["files"][n][k]) for n in names])) for k in keys
        ]
        return keys[int(np.argmax(scores))]  # argmax: the first (smallest floors) of ties

    base_rows, cand_rows, per_file = [], [], {}
    fixed_files = []
    for f in files:
        k = best([n for n in files if n != f])
        a = np.asarray(data["files"][f]["0.0/0.0"])
        c = np.asarray(data["files"][f][k])
        base_rows.append(a)
        cand_rows.append(c)
        ra, rc = h.record_ok(a), h.record_ok(c)
        ids = data["files"][f]["ids"]
        fixed = [ids[i] for i in np.flatnonzero(rc & ~ra)]
        broken = [ids[i] for i in np.flatnonzero(ra & ~rc)]
        if fixed:
            fixed_files.append(f)
        per_file[f] = {
            "chosen": k,
            "base": h.figs(a),
            "cand": h.figs(c),
            "fixed": fixed,
            "broken": broken,
            "net": len(fixed) - len(broken),
            "changed": int((a != c).any(axis=1).sum()),
        }
    b, c = np.vstack(base_rows), np.vstack(cand_rows)
    pooled = {"base": h.figs(b), "cand": h.figs(c)}
    worst = min(v["net"] for v in per_file.values())
    changed = sum(v["changed"] for v in per_file.values())
    qualifies = (
        pooled["cand"]["event_f1"] >= pooled["base"]["event_f1"]
        and pooled["cand"]["actor_acc"] >= pooled["base"]["actor_acc"]
        and worst >= -2
        and len(fixed_files) >= 2
        and changed > 0
    )
    all_scores = {
        k: round(score(h, np.vstack([np.asarray(data["files"][n][k]) for n in files])), 4)
        for k in keys
    }
    print(
        "| file | chosen F/B (other 16) | today F1 / actor | candidate F1 / actor "
        "| net | fixed | broken |"
    )
    print("| --- | --- | --- | --- | ---: | --- | --- |")
    for f, v in per_file.items():
        print(
            f"| {f} | {v['chosen']} | {v['base']['event_f1']:.3f} / {v['base']['actor_acc']:.3f} "
            f"| {v['cand']['event_f1']:.3f} / {v['cand']['actor_acc']:.3f} | {v['net']:+d} "
            f"| {', '.join(v['fixed'])} | {', '.join(v['broken'])} |"
        )
    pb, pc = pooled["base"], pooled["cand"]
    print(
        f"| **pooled** | | {pb['event_f1']:.4f} / {pb['actor_acc']:.4f} "
        f"({pb['right']} right of {pb['coded']}, {pb['false_alarms']} false alarms, "
        f"{pb['actors_right']} actors) | {pc['event_f1']:.4f} / {pc['actor_acc']:.4f} "
        f"({pc['right']} of {pc['coded']}, {pc['false_alarms']}, {pc['actors_right']}) | | | |"
    )
    print()
    print("pooled F1 + actor accuracy on all 17 files, by F/B:", json.dumps(all_scores))
    print("setting chosen on all 17 files:", best(files))
    print("worst file net:", worst, "; files with a fixed record:", fixed_files)
    print("records changed:", changed, "; qualifies:", qualifies)


def grid_table(path: str) -> None:
    """Every pair of floors on all 17 READING files (each coded by its fold head), against
    0 / 0: pooled figures, records fixed / broken and the files with a fixed record."""
    h = harness()
    data = json.loads(Path(path).read_text())
    files = list(data["files"])
    print(
        "| F / B | event F1 | actor acc. | right / coded / false alarms / actors right "
        "| fixed (files) | broken |"
    )
    print("| --- | ---: | ---: | --- | --- | ---: |")
    for f in data["grid_f"]:
        for b in data["grid_b"]:
            k = f"{f}/{b}"
            fig = h.figs(np.vstack([np.asarray(data["files"][n][k]) for n in files]))
            fixed = broken = nfiles = 0
            for n in files:
                ra = h.record_ok(np.asarray(data["files"][n]["0.0/0.0"]))
                rc = h.record_ok(np.asarray(data["files"][n][k]))
                fixed += int((rc & ~ra).sum())
                broken += int((ra & ~rc).sum())
                nfiles += int((rc & ~ra).any())
            print(
                f"| {k} | {fig['event_f1']:.4f} | {fig['actor_acc']:.4f} | {fig['right']} / "
                f"{fig['coded']} / {fig['false_alarms']} / {fig['actors_right']} "
                f"| {fixed} ({nfiles}) | {broken} |"
            )


def check(f: float, b: float, out: str) -> None:
    from accord.news.nlp.classifier import default_head

    h = harness()
    _sets, gold = h.setup()
    res: dict[str, Any] = {"floors": [f, b]}
    base_all, new_all = [], []
    for name in h.CHECK:
        set_floors(0.0, 0.0)
        base = h.rows_of(gold[name], default_head())
        set_floors(f, b)
        cand = h.rows_of(gold[name], default_head())
        set_floors(0.0, 0.0)
        base_all.append(base)
        new_all.append(cand)
        res[name] = {
            "ids": [r.id for r in gold[name]],
            "base": base.tolist(),
            "cand": cand.tolist(),
        }
    bb, cc = np.vstack(base_all), np.vstack(new_all)
    ok_b, ok_c = h.record_ok(bb), h.record_ok(cc)
    res["summary"] = {
        "base": h.figs(bb),
        "cand": h.figs(cc),
        "fixed": int((ok_c & ~ok_b).sum()),
        "broken": int((ok_b & ~ok_c).sum()),
        "records_changed": int((bb != cc).any(axis=1).sum()),
        "per_file": {
            n: {
                "base": h.figs(np.asarray(res[n]["base"])),
                "cand": h.figs(np.asarray(res[n]["cand"])),
            }
            for n in h.CHECK
        },
    }
    Path(out).write_text(json.dumps(res) + "\n")
    print(json.dumps(res["summary"], indent=1))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "listing":
        listing(sys.argv[2])
    elif cmd == "listing-table":
        listing_table(sys.argv[2])
    elif cmd == "grid":
        grid(sys.argv[2])
    elif cmd == "grid-table":
        grid_table(sys.argv[2])
    elif cmd == "choose":
        choose(sys.argv[2])
    elif cmd == "check":
        check(float(sys.argv[2]), float(sys.argv[3]), sys.argv[4])
