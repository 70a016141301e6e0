"""Per-record outcome rows of both coders over the development sets, with the session-8
changes switched on or off: ``python rows.py OUT.json [rules,nlp] [switch-off ...]``; run from
the worktree with its venv. The rows are made by the session-7 script
(``../actors-2026-12-03-s7/rows.py``), run in this process after the switches are applied.

Each session-8 switch turns one s8-actors change off, so that each change is measured alone:
``no-groups`` (the groups of the Phoenix build at main 36c0f61, read with
``git show 36c0f61:src/accord/news/data/phoenix.json.gz`` in this repository),
``no-e3``, ``no-cok``, ``no-places``, ``no-former``, ``no-office-3`` (curated data: the
third batch of people, from Mohamad Hasan to Vikram Misri), ``no-congo``,
``no-legislature``, ``no-other-person`` (``accord.news.resolve``), ``no-in-name``,
``no-listing`` (``accord.news.coding``).
"""
import gzip, json, runpy, subprocess, sys
from pathlib import Path
import accord.news.coding as coding
import accord.news.gazetteer as gazetteer
import accord.news.resolve as resolve

HERE = Path(__file__).resolve().parent
PHOENIX_MAIN = "36c0f61:src/accord/news/data/phoenix.json.gz"


def main():
    """Run the script (its module docstring says how)."""
    off = set(sys.argv[3:])
    raw = gazetteer.load_raw()  # patched before the first load(), which reads it
    countries = raw["curated"]["countries"]
    if "no-groups" in off:
        old = gzip.decompress(subprocess.run(["git", "show", PHOENIX_MAIN], cwd=HERE, capture_output=True, check=True).stdout)
        raw["generated"]["groups"] = json.loads(old)["groups"]
    if "no-e3" in off:
        raw["curated"].pop("blocs", None)
    if "no-cok" in off:
        countries[:] = [c for c in countries if c["code"] not in ("COK", "NIU")]
    if "no-places" in off:
        countries[:] = [c for c in countries if not {"Sumy", "Jabalia"} & set(c.get("aliases", []))]
    if "no-former" in off:
        countries[:] = [c for c in countries if not {"Kampuchean", "Zairean"} & set(c.get("demonyms", []))]
    if "no-office-3" in off:
        people = raw["curated"]["people"]
        first = next(i for i, p in enumerate(people) if p["name"] == "Mohamad Hasan")
        last = next(i for i, p in enumerate(people) if p["name"] == "Vikram Misri")
        del people[first : last + 1]
    if "no-congo" in off:
        resolve._congo = lambda *a: None
    if "no-legislature" in off:
        resolve._legislature = lambda *a: None
    if "no-other-person" in off:
        resolve._other_person = lambda *a: False
    if "no-in-name" in off:
        coding._in_name = lambda *a: False
    if "no-listing" in off:
        coding._as_terrorist = lambda *a: False
    runpy.run_path(str(HERE.parent / "actors-2026-12-03-s7" / "rows.py"), run_name="__main__")


if __name__ == "__main__":
    main()
