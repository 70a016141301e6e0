"""Session 27's post-scoring edits: the sets become development data. usage: after_score.py HASH"""
import pathlib, sys, textwrap


def main() -> None:
    H = sys.argv[1][:7]
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

    rewrap_comment("tests/news/test_event_gold_heldout.py", "# The set not yet scored", "STILL_HELD_OUT",
        "session 26's three at 4007244;", f"session 26's three at 4007244, session 27's three at {H};")
    sub("tests/news/test_event_gold_heldout.py", 'STILL_HELD_OUT: str | None = "news-heldout-s27"', "STILL_HELD_OUT: str | None = None")
    sub("tests/news/test_event_gold_heldout.py", 'UNSCORED: list[str] = [\n    "news-heldout-s27.json",\n    "news-heldout-s27b.json",\n    "news-heldout-s27c.json",\n]', "UNSCORED: list[str] = []")
    rewrap_comment("tests/news/test_evidence_gold_heldout.py", "# The set not yet scored", "STILL_HELD_OUT",
        "session 26's at 4007244;", f"session 26's at 4007244, session 27's at {H};")
    sub("tests/news/test_evidence_gold_heldout.py", 'STILL_HELD_OUT: str | None = "evidence-heldout-s27"', "STILL_HELD_OUT: str | None = None")
    sub("src/accord/news/event_confidence.py", '    "heldout-s26c",\n)', '    "heldout-s26c",\n    "heldout-s27",\n    "heldout-s27b",\n    "heldout-s27c",\n)')
    sub("src/accord/news/nlp/rules_cv.py", """    ``news-heldout-s26b.json`` and ``news-heldout-s26c.json`` since their one scoring, session
        26 at 4007244).""", f"""    ``news-heldout-s26b.json`` and ``news-heldout-s26c.json`` since their one scoring, session
        26 at 4007244; ``news-heldout-s27.json``, ``news-heldout-s27b.json`` and
        ``news-heldout-s27c.json`` since their one scoring, session 27 at {H}).""")
    sub("src/accord/news/nlp/rules_cv.py", '''        DevSet("heldout-s26c", str(news / "news-heldout-s26c.json"), None, "url"),
    ''', '''        DevSet("heldout-s26c", str(news / "news-heldout-s26c.json"), None, "url"),
            DevSet("heldout-s27", str(news / "news-heldout-s27.json"), None, "url"),
            DevSet("heldout-s27b", str(news / "news-heldout-s27b.json"), None, "url"),
            DevSet("heldout-s27c", str(news / "news-heldout-s27c.json"), None, "url"),
    ''')
    print("ok")


if __name__ == "__main__":
    main()
