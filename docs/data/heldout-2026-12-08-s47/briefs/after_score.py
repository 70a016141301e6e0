"""Session 47's post-scoring edits: the sets become development data. usage: after_score.py HASH"""
import pathlib, sys, textwrap
root = pathlib.Path("/work/main")

def sub(path, old, new, count=1):
    p = root / path; t = p.read_text()
    assert t.count(old) >= 1, (path, old[:60])
    p.write_text(t.replace(old, new, count))

def rewrap_comment(path, start_marker, end_marker, old, new):
    p = root / path; t = p.read_text()
    a = t.index(start_marker); b = t.index(end_marker, a)
    block = t[a:b]
    lines = [l[2:] if l.startswith("# ") else l[1:] for l in block.splitlines()]
    text = " ".join(lines)
    assert old in text, (path, old)
    text = text.replace(old, new)
    wrapped = textwrap.fill(text, width=96, break_on_hyphens=False, break_long_words=False)
    t = t[:a] + "\n".join("# " + l for l in wrapped.splitlines()) + "\n" + t[b:]
    p.write_text(t)


def main() -> None:
    H = sys.argv[1][:7]
    rewrap_comment("tests/news/test_event_gold_heldout.py", "# The set not yet scored", "STILL_HELD_OUT",
        "session 46's three at af74025;", f"session 46's three at af74025, session 47's three at {H};")
    sub("tests/news/test_event_gold_heldout.py", 'STILL_HELD_OUT: str | None = "news-heldout-s47"', "STILL_HELD_OUT: str | None = None")
    sub("tests/news/test_event_gold_heldout.py", 'UNSCORED: list[str] = [\n    "news-heldout-s47.json",\n    "news-heldout-s47b.json",\n    "news-heldout-s47c.json",\n]', "UNSCORED: list[str] = []")
    rewrap_comment("tests/news/test_evidence_gold_heldout.py", "# The set not yet scored", "STILL_HELD_OUT",
        "session 46's at af74025;", f"session 46's at af74025, session 47's at {H};")
    sub("tests/news/test_evidence_gold_heldout.py", 'STILL_HELD_OUT: str | None = "evidence-heldout-s47"', "STILL_HELD_OUT: str | None = None")
    sub("src/accord/news/event_confidence.py", '    "heldout-s46c",\n)', '    "heldout-s46c",\n    "heldout-s47",\n    "heldout-s47b",\n    "heldout-s47c",\n)')
    sub("src/accord/news/nlp/rules_cv.py", """    their one scoring, session 46 at af74025).""", f"""    their one scoring, session 46 at af74025;
    ``news-heldout-s47.json``, ``news-heldout-s47b.json`` and ``news-heldout-s47c.json`` since
    their one scoring, session 47 at {H}).""")
    sub("src/accord/news/nlp/rules_cv.py", '''        DevSet("heldout-s46c", str(news / "news-heldout-s46c.json"), None, "url"),
''', '''        DevSet("heldout-s46c", str(news / "news-heldout-s46c.json"), None, "url"),
        DevSet("heldout-s47", str(news / "news-heldout-s47.json"), None, "url"),
        DevSet("heldout-s47b", str(news / "news-heldout-s47b.json"), None, "url"),
        DevSet("heldout-s47c", str(news / "news-heldout-s47c.json"), None, "url"),
''')
    print("ok")


if __name__ == "__main__":
    main()
