"""Session 29's post-scoring edits: the sets become development data. usage: after_score.py HASH"""
import pathlib, sys, textwrap
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
    global H, root
    H = sys.argv[1][:7]
    root = pathlib.Path("/work/main")

    rewrap_comment("tests/news/test_event_gold_heldout.py", "# The set not yet scored", "STILL_HELD_OUT",
        "session 28's three at 8384d31;", f"session 28's three at 8384d31, session 29's three at {H};")
    sub("tests/news/test_event_gold_heldout.py", 'STILL_HELD_OUT: str | None = "news-heldout-s29"', "STILL_HELD_OUT: str | None = None")
    sub("tests/news/test_event_gold_heldout.py", 'UNSCORED: list[str] = [\n    "news-heldout-s29.json",\n    "news-heldout-s29b.json",\n    "news-heldout-s29c.json",\n]', "UNSCORED: list[str] = []")
    rewrap_comment("tests/news/test_evidence_gold_heldout.py", "# The set not yet scored", "STILL_HELD_OUT",
        "session 28's at 8384d31;", f"session 28's at 8384d31, session 29's at {H};")
    sub("tests/news/test_evidence_gold_heldout.py", 'STILL_HELD_OUT: str | None = "evidence-heldout-s29"', "STILL_HELD_OUT: str | None = None")
    sub("src/accord/news/event_confidence.py", '    "heldout-s28c",\n)', '    "heldout-s28c",\n    "heldout-s29",\n    "heldout-s29b",\n    "heldout-s29c",\n)')
    sub("src/accord/news/nlp/rules_cv.py", """    ``news-heldout-s28.json``, ``news-heldout-s28b.json`` and ``news-heldout-s28c.json`` since
        their one scoring, session 28 at 8384d31).""", f"""    ``news-heldout-s28.json``, ``news-heldout-s28b.json`` and ``news-heldout-s28c.json`` since
        their one scoring, session 28 at 8384d31; ``news-heldout-s29.json``, ``news-heldout-s29b.json``
        and ``news-heldout-s29c.json`` since their one scoring, session 29 at {H}).""")
    sub("src/accord/news/nlp/rules_cv.py", '''        DevSet("heldout-s28c", str(news / "news-heldout-s28c.json"), None, "url"),
    ''', '''        DevSet("heldout-s28c", str(news / "news-heldout-s28c.json"), None, "url"),
            DevSet("heldout-s29", str(news / "news-heldout-s29.json"), None, "url"),
            DevSet("heldout-s29b", str(news / "news-heldout-s29b.json"), None, "url"),
            DevSet("heldout-s29c", str(news / "news-heldout-s29c.json"), None, "url"),
    ''')
    print("ok")


if __name__ == "__main__":
    main()
