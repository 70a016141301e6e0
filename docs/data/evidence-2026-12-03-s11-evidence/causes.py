"""Session 11 (s11-evidence, issue 14 item 6): every false positive of the default evidence
matcher (``SCALE_END_GATES``) on the 12 development evidence files, both coders, by class and
by cause.

Input: ``base/<file>-<coder>.json``, written by ``accord evidence evaluate FILE --coder C
--json --errors`` at the session's start (commit 7700eec; ``run_base.sh``). A false positive is
a found ``actor/issue/direction`` not in its sentence's gold. Its class is computed (as in
session 10's ``errors.py``): ``no_stance`` (the gold sentence has none), ``direction`` (the
gold has this actor and issue the other way), ``actor`` (the gold has the issue with another
actor only), ``issue`` (the gold has the actor on other issues only), ``both``. Its cause was
read by hand from the sentence and the matcher's cue, keyword and holder (``CAUSES`` below);
the script fails if a false positive has no cause. Run from the worktree root:
``python3 docs/data/evidence-2026-12-03-s11-evidence/causes.py [DIR]`` (``DIR``: the folder
of the JSON, default ``base``); writes nothing.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = (
    "evidence-gold",
    "evidence-heldout-2026",
    "evidence-heldout-s5",
    "evidence-heldout-s5c",
    "evidence-heldout-s6",
    "evidence-heldout-s6b",
    "evidence-heldout-s7",
    "evidence-heldout-s8",
    "evidence-heldout-s8b",
    "evidence-heldout-s9",
    "evidence-heldout-s9b",
    "evidence-heldout-s10",
)
NEWEST = FILES[-4:]
CODERS = ("rules", "nlp")

DESCRIBE = {
    "other_side_withdraws": "a withdrawal verb whose subject is not the side whose withdrawal "
    "is the high end ('demanding Ukraine withdraw completely from ... Donbas'): a concession "
    "read as the high end",
    "double_flip": "two rules read the same words ('recognises Crimea as Russian': "
    "recognised_as flips and the low-label lean flips again)",
    "conditional_offer": "a ceasefire offered on a condition or in exchange for something "
    "(gold convention: low, 'no ceasefire until ... on the stronger side's terms')",
    "purpose_attachment": "an issue named only in an infinitive of purpose attached to a noun "
    "('a framework to end the war', 'a backstop to deter further Russian aggression')",
    "collective_bloc": "'European leaders' / 'European countries' read as the EU (gold: the "
    "leaders named, or no one)",
    "bloc_place": "'its allies in Europe' read as the EU by the parse",
    "shared_keyword": "a keyword of two issues ('territorial integrity': territory and "
    "aggressor_naming)",
    "setting_phrase": "keywords in a temporal setting or naming the clause's subject ('before "
    "the local elections', 'the OSCE armed mission should')",
    "talks_not_intra_afghan": "'talks' / 'negotiations' between the US and the Taliban read as "
    "intra-Afghan talks",
    "other_clause_keyword": "the keyword stands in another clause than the cue (before ';' or "
    "'while')",
    "agreement_content": "a deal's content given to a party or an issue the cue does not "
    "govern ('signed an agreement that calls for', 'an agreement that would see US troops "
    "leave')",
    "reported_third_party": "a clause reported by the holder about a third party ('confirmed "
    "that Putin ...', 'believes Russia would accept')",
    "noun_cue": "a cue word used as a noun or adjective ('list of demands', 'the proposed "
    "loan', 'Taliban hopes for')",
    "second_cue": "a second cue on the same issue with the other direction governs the gold",
    "opposition_noun": "a positive cue on a noun of opposition ('reiterated its opposition to')",
    "recognition_of_rule": "recognition of another's rule or a return to another state "
    "('recognition of Russian rule over Crimea', 'returned to the Russian Federation')",
    "stop_verb": "a verb of stopping governs the keyword ('a guarantee halting NATO expansion')",
    "bare_cue": "a cue with no object ('Ukraine refused, and ...')",
    "own_resolution": "the US pushing its own softer text (gold: low on naming the aggressor)",
    "reason_clause": "the keyword stands in a clause of reason or an appositive view ('as it "
    "sees Russia's invasion as ...', 'a stance Ukraine views as interference in its "
    "sovereignty')",
    "low_end_keyword": "a keyword that names the low end ('neutrality' for security guarantees)",
    "non_party_offer": "a stance on a deal by an actor that is no party to it (Russia offering "
    "its own rare earths to the US)",
    "giving_up_is_high": "giving up the keyword is the high end of this issue (minerals_deal), "
    "so the concession flip is wrong",
    "status_report": "a report of where talks stand ('had not yet been agreed')",
    "quoted_claim": "a quoted claim about a third party ('Russia had fought for that land')",
    "press_subject": "a newspaper's reading, not an actor's stance",
    "concern_clause": "the keyword lies in a reported concern ('despite concerns Afghanistan "
    "will become a terrorist haven')",
    "parse_holder": "the parse gives the wrong holder (nlp path)",
    "partial_measure": "'a measure of autonomy': a partial step read as the high end",
}

# (record id, found key) -> cause; a key holds for both coders unless the coder is named
CAUSES: dict[tuple[str, str], str] = {
    # s10
    ("EVH11-008", "UKR/aggressor_naming/high"): "shared_keyword",
    ("EVH11-009", "USA/ceasefire/high"): "purpose_attachment",
    ("EVH11-009", "UKR/ceasefire/high"): "purpose_attachment",
    ("EVH11-015", "RUS/territory/high"): "other_side_withdraws",
    ("EVH11-017", "RUS/territory/high"): "other_side_withdraws",
    ("EVH11-029", "RUS/territory/high"): "reason_clause",
    ("EVH11-041", "UKR/ceasefire/high"): "setting_phrase",
    ("EVH11-041", "UKR/special_status/high"): "setting_phrase",
    # s9b
    ("EVH10-003", "RUS/security_guarantees/high"): "stop_verb",
    ("EVH10-008", "GBR/aggressor_naming/high"): "purpose_attachment",
    ("EVH10-015", "RUS/ceasefire/high"): "conditional_offer",
    ("EVH10-017", "USA/ceasefire/high"): "noun_cue",
    ("EVH10-018", "RUS/ceasefire/high"): "conditional_offer",
    ("EVH10-026", "RUS/ceasefire/high"): "conditional_offer",
    # s9
    ("EVH9-002", "EU/ceasefire/high"): "collective_bloc",
    ("EVH9-003", "RUS/ceasefire/high"): "second_cue",
    ("EVH9-015", "RUS/peacekeeping/high"): "opposition_noun",
    ("EVH9-019", "RUS/territory/high"): "other_side_withdraws",
    ("EVH9-022", "RUS/territory/high"): "recognition_of_rule",
    ("EVH9-025", "RUS/reconstruction/high"): "noun_cue",
    ("EVH9-045", "TAL/us_withdrawal/high"): "other_clause_keyword",
    ("EVH9-053", "TAL/us_withdrawal/high"): "agreement_content",
    # s8b
    ("EVH8-007", "UKR/ceasefire/high"): "purpose_attachment",
    ("EVH8-011", "EU/ceasefire/high"): "bloc_place",
    ("EVH8-020", "USA/aggressor_naming/high"): "own_resolution",
    ("EVH8-022", "UKR/aggressor_naming/low"): "bare_cue",
    ("EVH8-030", "USA/peacekeeping/high"): "reported_third_party",
    ("EVH8-046", "USA/intra_afghan_talks/high"): "talks_not_intra_afghan",
    # older files
    ("EV-054", "DEU/ceasefire/high"): "reported_third_party",
    ("EV-108", "UKR/minerals_deal/high"): "giving_up_is_high",
    ("EV-138", "FRA/ceasefire/high"): "conditional_offer",
    ("EV-140", "RUS/peacekeeping/high"): "parse_holder",
    ("EV-171", "UKR/ceasefire/high"): "parse_holder",
    ("EV-171", "UKR/special_status/high"): "partial_measure",
    ("EV-179", "USA/intra_afghan_talks/high"): "talks_not_intra_afghan",
    ("EV-190", "RUS/minerals_deal/high"): "non_party_offer",
    ("EV-192", "RUS/territory/high"): "recognition_of_rule",
    ("EVH-011", "RUS/minerals_deal/high"): "non_party_offer",
    ("EVH-030", "UKR/ceasefire/high"): "press_subject",
    ("EVH-046", "TAL/counterterrorism/high"): "concern_clause",
    ("EVH-082", "USA/territory/high"): "quoted_claim",
    ("EVH2-005", "RUS/security_guarantees/high"): "other_clause_keyword",
    ("EVH2-009", "EU/peacekeeping/high"): "collective_bloc",
    ("EVH2-017", "UKR/security_guarantees/low"): "status_report",
    ("EVH2-024", "USA/aggressor_naming/high"): "own_resolution",
    ("EVH2-028", "EU/aggressor_naming/high"): "reason_clause",
    ("EVH2-033", "CHN/security_guarantees/high"): "low_end_keyword",
    ("EVH2-075", "USA/intra_afghan_talks/high"): "talks_not_intra_afghan",
    ("EVH2-075", "USA/us_withdrawal/high"): "agreement_content",
    ("EVH3-013", "EU/peacekeeping/high"): "collective_bloc",
    ("EVH3-017", "UKR/peacekeeping/high"): "parse_holder",
    ("EVH4-057", "TAL/intra_afghan_talks/high"): "parse_holder",
}
SECOND: dict[tuple[str, str], str] = {
    ("EVH11-017", "RUS/territory/high"): "double_flip",
}
"""A second cause where two faults combine in one item (counted apart, not in the totals)."""


def klass(found: str, gold: set[str]) -> str:
    actor, issue, _ = found.split("/")
    pairs = [g.split("/") for g in gold]
    if not gold:
        return "no_stance"
    if any(a == actor and i == issue for a, i, _ in pairs):
        return "direction"
    if any(i == issue for _, i, _ in pairs):
        return "actor"
    if any(a == actor for a, _, _ in pairs):
        return "issue"
    return "both"


def false_positives(folder: Path) -> list[dict[str, str]]:
    out = []
    for name in FILES:
        for coder in CODERS:
            data = json.loads((folder / f"{name}-{coder}.json").read_text())
            for err in data["errors"]:
                gold = set(err["gold"])
                for found in sorted(set(err["found"]) - gold):
                    out.append(
                        {
                            "file": name,
                            "coder": coder,
                            "id": err["id"],
                            "found": found,
                            "class": klass(found, gold),
                            "cause": CAUSES.get((err["id"], found), "UNLABELLED"),
                        }
                    )
    return out


def main(folder: Path) -> None:
    fps = false_positives(folder)
    missing = [f for f in fps if f["cause"] == "UNLABELLED"]
    for f in fps:
        tag = "*" if f["file"] in NEWEST else " "
        print(
            f"{tag} {f['file']:22} {f['coder']:5} {f['id']:10} {f['found']:34} "
            f"{f['class']:9} {f['cause']}"
        )
    print()
    for coder in CODERS:
        mine = [f for f in fps if f["coder"] == coder]
        new = [f for f in mine if f["file"] in NEWEST]
        print(f"{coder}: {len(mine)} false positives on 12 files, {len(new)} on the four newest")
        print(
            "  class (newest four / all):",
            ", ".join(
                f"{k} {Counter(f['class'] for f in new)[k]}/{v}"
                for k, v in Counter(f["class"] for f in mine).most_common()
            ),
        )
    print()
    files: dict[str, set[str]] = defaultdict(set)
    items: Counter[str] = Counter()
    newest: Counter[str] = Counter()
    for f in fps:
        files[f["cause"]].add(f["file"].replace("evidence-", "").replace("heldout-", ""))
        items[f["cause"]] += 1
        newest[f["cause"]] += f["file"] in NEWEST
    print(f"{'cause':24} {'items r+n':>9} {'newest4':>7} files")
    for cause, n in items.most_common():
        print(f"{cause:24} {n:9} {newest[cause]:7} {len(files[cause])} {sorted(files[cause])}")
    print(f"\nsecond causes: {SECOND}")
    if missing:
        raise SystemExit(f"{len(missing)} false positives without a cause")


if __name__ == "__main__":
    main(HERE / (sys.argv[1] if len(sys.argv) > 1 else "base"))
