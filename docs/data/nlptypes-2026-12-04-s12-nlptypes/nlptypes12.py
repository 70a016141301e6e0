"""s12-nlptypes: the nlp coder's types on the READING files, and a type head trained on more
of the development gold, chosen by leave-one-file-out over the READING files only.

Subcommands (run from the repository root with ``PYTHONPATH=src nice python3 THIS ...``;
``[nlp]`` extra and ``../shared``):

* ``confusion OUT.json``: the shipped head and today's coder on the 17 READING files (every
  file of ``rules_cv.dev_sets`` but the CHECK files news-heldout-s11 / -s11b): gold type x the
  type of the first nlp event, and which part decided that event's type: ``rules`` (the head's
  type replaced by the rules coder's type on the same trigger, ``rules_type_same_trigger``),
  ``head=prior`` (the head's type, equal to the dictionary prior's type it was fed),
  ``head`` (the head's type, not the prior's), ``other`` (demand -> REQUEST, future meeting ->
  AGREE, negation -> REJECT), ``rules fallback`` (no nlp event; the rules coder's event added
  where the nlp coder left the sentence uncoded). ``confusion-table OUT.json``: its tables.
* ``lofo SEED OUT.json``: for each READING file F, heads trained without F (static
  embeddings, seed SEED, setting C 8 / weak weight 0.03 / threshold 0.3, 120 weak phrases per
  type), F coded by today's coder with each: ``A`` (the shipped recipe: its seven files less
  F), ``C1`` (all READING files less F, every gold record weight 1), ``C0.3`` (the seven
  shipped files at 1, the ten other READING files at 0.3, less F). Per-file outcome rows.
* ``table OUT0.json OUT1.json OUT2.json``: per-file and pooled figures, seed spread, the choice.
* ``check CAND OUT.json``: the shipped head against CAND (A / C1 / C0.3) trained on all 17
  READING files with seed 0, on the two CHECK files; prints aggregate figures only (pooled
  counts, F1, actor accuracy, records fixed / broken), writes the per-record rows to OUT.json
  (read only after the decision is committed).

Selection rule (written and committed before any ``lofo`` run): a candidate C (C1, C0.3)
qualifies when, in each of seeds 0, 1, 2, its pooled figures over the 17 READING files (each
coded by a head trained without it) have event F1 and actor accuracy not lower than A's, and
no READING file is more than 2 records worse than under A net (records right in type and
all actors, fixed minus broken; COMMON rule 3). Of the qualifying ones, the one with the
highest seed-mean pooled event F1 + actor accuracy goes to the CHECK files, once, trained on
all 17 READING files with seed 0 (``check``), against the shipped head; nothing else is run on
the CHECK files. If none qualifies, nothing is run there and nothing is adopted.
Adoption (COMMON, session 12): on the two CHECK files pooled, fixed minus broken >= 1 and
neither event F1 nor actor accuracy lower than the shipped head's; a candidate that changes
nothing there is not adopted.

Second candidate (written and committed after C1 failed on the CHECK files, before any
``margins`` run): which part decides the type where the head and the rules coder's type on the
same trigger disagree, ``coder.TYPE_MARGIN`` (shipped 1.0: the rules coder's type always wins),
learned by leave-one-file-out. ``margins SEED OUT.json``: the READING files coded as in
``lofo`` with heads A and C1 at margins 0.1, 0.3 and 0.5 (margin 1.0 is ``lofo``'s). The pairs
(A or C1, margin) qualify against A at 1.0 by the selection rule above (C1 at 1.0 is out: it
was run on the CHECK files and not adopted); the best qualifying by seed-mean pooled F1 +
actor accuracy goes to the CHECK files once (``check2 CAND MARGIN OUT.json``), against the
shipped head at 1.0, under the same adoption rule. If none qualifies, nothing is run there.
"""

from __future__ import annotations

import json
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

SETTING = (8.0, 0.03, 0.3)
CHECK = ("heldout-s11", "heldout-s11b")
SHIPPED = ("oeda", "diplomacy", "seed", "real", "fresh-2025", "heldout-2025", "heldout-2026")
FAMILY = {"text": "text", "url": "url", "document": "file"}
SPECIAL = {"diplomacy": "date"}  # the shipped command groups diplomacy-2025 by date
CANDIDATES = ("A", "C1", "C0.3")


class CachedParser:
    def __init__(self) -> None:
        from accord.news.nlp.models import spacy_pipeline

        self.nlp = spacy_pipeline()
        self.cache: dict[str, Any] = {}

    def __call__(self, text: str) -> Any:
        if text not in self.cache:
            self.cache[text] = self.nlp(text)
        return self.cache[text]

    def pipe(self, texts: Any, batch_size: int = 32) -> Any:
        return (self(t) for t in texts)


def setup() -> tuple[list[Any], dict[str, Any]]:
    """Development sets in the shipped command's order first; shared parses and caches."""
    import accord.news.nlp.coder as nlp_coder
    import accord.news.nlp.train as nlp_train
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    parser = CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_coder._rules_events = lru_cache(maxsize=None)(nlp_coder._rules_events.__wrapped__)
    nlp_coder.sentence_mentions = lru_cache(maxsize=None)(nlp_coder.sentence_mentions.__wrapped__)
    sets = dev_sets(Path("."), Path("../shared"))
    order = {name: k for k, name in enumerate(SHIPPED)}
    sets.sort(key=lambda d: order.get(d.name, len(order)))
    gold = {d.name: read_gold(d.path, d.split) for d in sets}
    return sets, gold


def spec(dev: Any) -> str:
    path = dev.path.replace(str(Path("../shared").resolve()), "../shared")
    if path.startswith("tests/") is False and "tests/data/news/" in path:
        path = "tests/data/news/" + path.split("tests/data/news/")[1]
    return f"{path}@{SPECIAL.get(dev.name, FAMILY[dev.group_by])}"


class Heads:
    """Training rows of the READING files for one seed; heads fitted on subsets."""

    def __init__(self, sets: list[Any], seed: int) -> None:
        from accord.news.nlp.train import training_set

        self.seed = seed
        reading = [d for d in sets if d.name not in CHECK]
        self.data = training_set([spec(d) for d in reading], seed, 120, "static")
        names: list[str] = []
        from accord.news.evaluate import read_gold

        for d in reading:
            names += [d.name] * len(read_gold(d.path, d.split))
        self.names = np.asarray(names + [""] * self.data.n_weak)
        self.cache: dict[tuple[str, str | None], Any] = {}

    def head(self, cand: str, held: str | None) -> Any:
        from accord.news.nlp.classifier import fit_head

        key = (cand, held)
        if key in self.cache:
            return self.cache[key]
        gold, names = self.data.gold, self.names
        weight = np.where(gold, 1.0, SETTING[1])
        if cand == "A":
            keep = ~gold | np.isin(names, SHIPPED)
        else:
            keep = np.ones(len(names), dtype=bool)
            if cand == "C0.3":
                weight = np.where(gold & ~np.isin(names, SHIPPED), 0.3, weight)
        if held is not None:
            keep &= names != held
        labels = [self.data.labels[i] for i in np.flatnonzero(keep)]
        head = fit_head(
            self.data.x[keep],
            labels,
            weight[keep],
            c=SETTING[0],
            threshold=SETTING[2],
            seed=self.seed,
            meta={"embedder_kind": "static", "digest": f"{cand}-{held}-{self.seed}"},
        )
        self.cache[key] = head
        return head


def rows_of(records: Any, head: Any) -> np.ndarray:
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import outcome_rows

    coder = NlpCoder(head)
    vectors: dict[str, Any] = VECTORS
    encode = coder.embed

    def embed(texts: list[str]) -> Any:
        missing = [t for t in dict.fromkeys(texts) if t not in vectors]
        if missing:
            vectors.update(zip(missing, encode(missing), strict=True))
        return np.vstack([vectors[t] for t in texts])

    coder.embed = embed  # type: ignore[method-assign]
    return outcome_rows(records, coder)


VECTORS: dict[str, Any] = {}


def figs(rows: np.ndarray) -> dict[str, Any]:
    n, pred, ok, alarms, s_n, s_ok, t_n, t_ok = (int(x) for x in rows.sum(axis=0))
    p = ok / pred if pred else 0.0
    r = ok / n if n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": n,
        "coded": pred,
        "right": ok,
        "false_alarms": alarms,
        "actors": s_n + t_n,
        "actors_right": s_ok + t_ok,
        "event_f1": round(f1, 4),
        "actor_acc": round((s_ok + t_ok) / (s_n + t_n), 4) if s_n + t_n else 0.0,
    }


def record_ok(rows: np.ndarray) -> np.ndarray:
    """Per record: right type (or right silence) and all its gold actors right."""
    n, pred, ok, _alarms, s_n, s_ok, t_n, t_ok = rows.T
    typed = np.where(n > 0, ok > 0, pred == 0)
    return typed & (s_ok == s_n) & (t_ok == t_n)


def confusion(out: str) -> None:
    import accord.news.nlp.coder as nlp_coder
    from accord.news.nlp.classifier import default_head

    sets, gold = setup()
    decided: dict[tuple[str, int], tuple[str, str]] = {}
    original = nlp_coder.NlpCoder._event

    def event(self: Any, cand: Any, p: Any, date: Any, doc_id: Any, inner: bool = False) -> Any:
        ev = original(self, cand, p, date, doc_id, inner)
        if ev is None:
            return ev
        chosen = self._choose(cand, p)
        head_kind = chosen[0] if chosen else "?"
        rules_kind = (
            self._rules_type(cand, p, head_kind, chosen[1], date)[0] if chosen else head_kind
        )
        verb = cand.sent.doc[cand.pred.verb]
        prior = nlp_coder.verb_prior_in(
            cand.sent,
            verb,
            cand.sentence,
            nlp_coder._own_prior(cand, cand.sentence),
            self.rules.noun_infinitive,
        )
        prior_kind = self.head.labels[int(prior.argmax())] if prior.any() else "-"
        if ev.event_type != rules_kind:
            part = "other"
        elif rules_kind != head_kind:
            part = "rules"
        elif head_kind == prior_kind:
            part = "head=prior"
        else:
            part = "head"
        decided[(cand.sentence, verb.idx)] = (part, head_kind)
        return ev

    nlp_coder.NlpCoder._event = event  # type: ignore[method-assign]
    coder = nlp_coder.NlpCoder(default_head())
    table: dict[str, dict[str, int]] = {}
    parts: dict[str, dict[str, int]] = {}
    wrong: list[dict[str, Any]] = []
    for dev in sets:
        if dev.name in CHECK:
            continue
        for rec in gold[dev.name]:
            events = coder.code_sentence(rec.text, rec.date)
            got = events[0].event_type if events else "NONE"
            table.setdefault(rec.event, {}).setdefault(got, 0)
            table[rec.event][got] += 1
            if not events:
                continue
            part = ("rules fallback", "-")  # no nlp event: the rules coder's, added
            for (s, i), v in decided.items():
                if s == events[0].sentence and s[i:].startswith(events[0].trigger or "\0"):
                    part = v
            key = (
                "right"
                if got == rec.event
                else ("false alarm" if rec.event == "NONE" else "wrong type")
            )
            parts.setdefault(part[0], {}).setdefault(key, 0)
            parts[part[0]][key] += 1
            if key == "wrong type":
                wrong.append(
                    {
                        "file": dev.name,
                        "id": rec.id,
                        "gold": rec.event,
                        "got": got,
                        "part": part[0],
                        "head": part[1],
                        "trigger": events[0].trigger,
                    }
                )
    Path(out).write_text(
        json.dumps({"confusion": table, "parts": parts, "wrong": wrong}, indent=1) + "\n"
    )


def confusion_table(path: str) -> None:
    data = json.loads(Path(path).read_text())
    print("| decided by | right | wrong type | false alarm |")
    print("| --- | ---: | ---: | ---: |")
    for part, c in sorted(data["parts"].items()):
        print(
            f"| {part} | {c.get('right', 0)} | {c.get('wrong type', 0)} | {c.get('false alarm', 0)} |"  # noqa: E501
        )
    print()
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for w in data["wrong"]:
        pairs.setdefault((w["gold"], w["got"]), {}).setdefault(w["part"], 0)
        pairs[(w["gold"], w["got"])][w["part"]] += 1
    print("| gold -> coded | n | decided by |")
    print("| --- | ---: | --- |")
    for (g, c), by in sorted(pairs.items(), key=lambda kv: -sum(kv[1].values())):
        parts = ", ".join(f"{k} {v}" for k, v in sorted(by.items()))
        print(f"| {g} -> {c} | {sum(by.values())} | {parts} |")
    print()
    labels = sorted(data["confusion"])
    coded = sorted({c for row in data["confusion"].values() for c in row})
    print("| gold \\ coded | " + " | ".join(coded) + " |")
    print("| --- |" + " ---: |" * len(coded))
    for g in labels:
        row = data["confusion"][g]
        print(f"| {g} | " + " | ".join(str(row.get(c, "")) for c in coded) + " |")


def lofo(seed: int, out: str) -> None:
    sets, gold = setup()
    heads = Heads(sets, seed)
    start = time.process_time()
    result: dict[str, Any] = {"seed": seed, "setting": SETTING, "files": {}}
    for dev in sets:
        if dev.name in CHECK:
            continue
        cell = {}
        for cand in CANDIDATES:
            rows = rows_of(gold[dev.name], heads.head(cand, dev.name))
            cell[cand] = rows.tolist()
        result["files"][dev.name] = {"ids": [r.id for r in gold[dev.name]], **cell}
        print(
            dev.name,
            round(time.process_time() - start),
            {
                c: (figs(np.asarray(cell[c]))["event_f1"], figs(np.asarray(cell[c]))["actor_acc"])
                for c in CANDIDATES
            },
            file=sys.stderr,
            flush=True,
        )
    result["cpu_seconds"] = round(time.process_time() - start)
    Path(out).write_text(json.dumps(result) + "\n")


MARGINS = (0.1, 0.3, 0.5)


def margins(seed: int, out: str) -> None:
    import accord.news.nlp.coder as nlp_coder

    sets, gold = setup()
    heads = Heads(sets, seed)
    result: dict[str, Any] = {"seed": seed, "setting": SETTING, "files": {}}
    for dev in sets:
        if dev.name in CHECK:
            continue
        cell = {}
        for cand in ("A", "C1"):
            for m in MARGINS:
                nlp_coder.TYPE_MARGIN = m
                cell[f"{cand}@{m}"] = rows_of(gold[dev.name], heads.head(cand, dev.name)).tolist()
        nlp_coder.TYPE_MARGIN = 1.0
        result["files"][dev.name] = {"ids": [r.id for r in gold[dev.name]], **cell}
    Path(out).write_text(json.dumps(result) + "\n")


def margins_table(lofo_paths: list[str], margin_paths: list[str]) -> None:
    runs = [json.loads(Path(p).read_text()) for p in lofo_paths]
    extra = [json.loads(Path(p).read_text()) for p in margin_paths]
    files = list(runs[0]["files"])
    keys = [f"{c}@{m}" for c in ("A", "C1") for m in MARGINS]
    base = [figs(np.vstack([np.asarray(r["files"][f]["A"]) for f in files])) for r in runs]
    print(
        "| head @ margin | pooled F1 / actor (seed mean) | F1 range | worst file net (records) | qualifies |"  # noqa: E501
    )
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| A @ 1.0 (shipped) | {np.mean([b['event_f1'] for b in base]):.3f} / {np.mean([b['actor_acc'] for b in base]):.3f} | | | |"  # noqa: E501
    )
    best = None
    for k in keys:
        fs = [figs(np.vstack([np.asarray(e["files"][f][k]) for f in files])) for e in extra]
        worst = 0
        for r, e in zip(runs, extra, strict=True):
            for f in files:
                a = record_ok(np.asarray(r["files"][f]["A"]))
                b = record_ok(np.asarray(e["files"][f][k]))
                worst = min(worst, int((b & ~a).sum() - (a & ~b).sum()))
        ok = worst >= -2 and all(
            x["event_f1"] >= y["event_f1"] and x["actor_acc"] >= y["actor_acc"]
            for x, y in zip(fs, base, strict=True)
        )
        score = np.mean([x["event_f1"] + x["actor_acc"] for x in fs])
        if ok and (best is None or score > best[0]):
            best = (score, k)
        f1s = [x["event_f1"] for x in fs]
        print(
            f"| {k} | {np.mean(f1s):.3f} / {np.mean([x['actor_acc'] for x in fs]):.3f} | {min(f1s):.3f}-{max(f1s):.3f} | {worst} | {ok} |"  # noqa: E501
        )
    print()
    print("chosen:", best[1] if best else None)


def check2(cand: str, margin: float, out: str) -> None:
    import accord.news.nlp.coder as nlp_coder
    from accord.news.nlp.classifier import default_head

    sets, gold = setup()
    heads = Heads(sets, 0)
    new = heads.head(cand, None)
    res: dict[str, Any] = {"candidate": cand, "margin": margin}
    base_all, new_all = [], []
    for name in CHECK:
        base = rows_of(gold[name], default_head())
        nlp_coder.TYPE_MARGIN = margin
        cand_rows = rows_of(gold[name], new)
        nlp_coder.TYPE_MARGIN = 1.0
        base_all.append(base)
        new_all.append(cand_rows)
        res[name] = {
            "ids": [r.id for r in gold[name]],
            "base": base.tolist(),
            "cand": cand_rows.tolist(),
        }
    b, c = np.vstack(base_all), np.vstack(new_all)
    ok_b, ok_c = record_ok(b), record_ok(c)
    res["summary"] = {
        "base": figs(b),
        "cand": figs(c),
        "fixed": int((ok_c & ~ok_b).sum()),
        "broken": int((ok_b & ~ok_c).sum()),
        "records_changed": int((b != c).any(axis=1).sum()),
        "per_file": {
            n: {"base": figs(np.asarray(res[n]["base"])), "cand": figs(np.asarray(res[n]["cand"]))}
            for n in CHECK
        },
    }
    Path(out).write_text(json.dumps(res) + "\n")
    print(json.dumps(res["summary"], indent=1))


def table(paths: list[str]) -> None:
    runs = [json.loads(Path(p).read_text()) for p in paths]
    files = list(runs[0]["files"])
    print(
        "| file | "
        + " | ".join(CANDIDATES)
        + " | A spread (F1 / actor) | C1 - A, C0.3 - A (records net) |"
    )
    print("| --- |" + " --- |" * (len(CANDIDATES) + 2))
    pooled: dict[str, list[dict[str, Any]]] = {c: [] for c in CANDIDATES}
    net_all: dict[str, list[int]] = {c: [] for c in CANDIDATES}
    for f in files:
        cells = []
        for c in CANDIDATES:
            fs = [figs(np.asarray(r["files"][f][c])) for r in runs]
            cells.append(
                f"{np.mean([x['event_f1'] for x in fs]):.3f} / {np.mean([x['actor_acc'] for x in fs]):.3f}"  # noqa: E501
            )
        fa = [figs(np.asarray(r["files"][f]["A"])) for r in runs]
        spread = (
            f"{max(x['event_f1'] for x in fa) - min(x['event_f1'] for x in fa):.3f} / "
            f"{max(x['actor_acc'] for x in fa) - min(x['actor_acc'] for x in fa):.3f}"
        )
        nets = []
        for c in ("C1", "C0.3"):
            per_seed = []
            for r in runs:
                a = record_ok(np.asarray(r["files"][f]["A"]))
                b = record_ok(np.asarray(r["files"][f][c]))
                per_seed.append(int((b & ~a).sum() - (a & ~b).sum()))
            nets.append("/".join(f"{x:+d}" for x in per_seed))
            net_all[c].append(min(per_seed))
        print(f"| {f} | " + " | ".join(cells) + f" | {spread} | {', '.join(nets)} |")
    line = []
    for c in CANDIDATES:
        fs = [figs(np.vstack([np.asarray(r["files"][f][c]) for f in files])) for r in runs]
        pooled[c] = fs
        f1s = [x["event_f1"] for x in fs]
        acts = [x["actor_acc"] for x in fs]
        line.append(f"{np.mean(f1s):.3f} / {np.mean(acts):.3f} ({min(f1s):.3f}-{max(f1s):.3f})")
    print("| **pooled** (seed mean; F1 range) | " + " | ".join(line) + " | | |")
    print()
    for c in CANDIDATES:
        print(
            c,
            "per seed:",
            [(x["right"], x["coded"], x["false_alarms"], x["actors_right"]) for x in pooled[c]],
        )
    for c in ("C1", "C0.3"):
        ok = all(
            pooled[c][s]["event_f1"] >= pooled["A"][s]["event_f1"]
            and pooled[c][s]["actor_acc"] >= pooled["A"][s]["actor_acc"]
            for s in range(len(runs))
        )
        worst = min(net_all[c])
        print(c, "pooled not lower in every seed:", ok, "; worst file net (worst seed):", worst)


def check(cand: str, out: str) -> None:
    from accord.news.nlp.classifier import default_head

    sets, gold = setup()
    heads = Heads(sets, 0)
    new = heads.head(cand, None)
    res: dict[str, Any] = {"candidate": cand}
    base_all, new_all = [], []
    for name in CHECK:
        base = rows_of(gold[name], default_head())
        cand_rows = rows_of(gold[name], new)
        base_all.append(base)
        new_all.append(cand_rows)
        res[name] = {
            "ids": [r.id for r in gold[name]],
            "base": base.tolist(),
            "cand": cand_rows.tolist(),
        }
    b, c = np.vstack(base_all), np.vstack(new_all)
    ok_b, ok_c = record_ok(b), record_ok(c)
    summary = {
        "base": figs(b),
        "cand": figs(c),
        "fixed": int((ok_c & ~ok_b).sum()),
        "broken": int((ok_b & ~ok_c).sum()),
        "records_changed": int((b != c).any(axis=1).sum()),
        "per_file": {
            n: {"base": figs(np.asarray(res[n]["base"])), "cand": figs(np.asarray(res[n]["cand"]))}
            for n in CHECK
        },
    }
    res["summary"] = summary
    Path(out).write_text(json.dumps(res) + "\n")
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "confusion":
        confusion(sys.argv[2])
    elif cmd == "confusion-table":
        confusion_table(sys.argv[2])
    elif cmd == "lofo":
        lofo(int(sys.argv[2]), sys.argv[3])
    elif cmd == "margins":
        margins(int(sys.argv[2]), sys.argv[3])
    elif cmd == "margins-table":
        n = (len(sys.argv) - 2) // 2
        margins_table(sys.argv[2 : 2 + n], sys.argv[2 + n :])
    elif cmd == "check2":
        check2(sys.argv[2], float(sys.argv[3]), sys.argv[4])
    elif cmd == "table":
        table(sys.argv[2:])
    elif cmd == "check":
        check(sys.argv[2], sys.argv[3])
