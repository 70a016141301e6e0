"""Resolve git conflict blocks by keeping both sides (ours first). usage: keepboth.py FILE..."""
import re
import sys


def main() -> None:
    for p in sys.argv[1:]:
        t = open(p).read()
        t2 = re.sub(
            r"<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n",
            lambda m: m.group(1) + m.group(2),
            t,
            flags=re.S,
        )
        assert "<<<<<<<" not in t2 and ">>>>>>>" not in t2
        open(p, "w").write(t2)
        print(p, "resolved")


if __name__ == "__main__":
    main()
