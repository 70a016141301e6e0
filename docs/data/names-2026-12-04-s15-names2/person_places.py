"""Every entry of the generated people table (Phoenix's ``Phoenix.Countries.actors.txt``
blocks with several dated codes) any of whose words is a name of the country table (a
state's name, capital or region): name, the words shared with the country table, the code of
its latest spell, its number of words, and its words (s15-names2, bug 1). Run from the
worktree root::

    PYTHONPATH=src python3 docs/data/names-2026-12-04-s15-names2/person_places.py \\
        > docs/data/names-2026-12-04-s15-names2/person_places.tsv
"""

from __future__ import annotations


def main() -> None:
    from accord.news.gazetteer import load_raw

    gen = load_raw()["generated"]
    names = {a for c in gen["countries"] for a in c["aliases"]}
    print("name\tshared_with_country_table\tlatest_term\tn_words\twords")
    for person in gen["people"]:
        shared = sorted(names.intersection(person["aliases"]))
        if shared:
            last = person["terms"][-1]
            print(
                f"{person['name']}\t{'; '.join(shared)}\t{last[0]} {last[1] or ''}\t"
                f"{len(person['aliases'])}\t{'; '.join(person['aliases'])}"
            )


if __name__ == "__main__":
    main()
