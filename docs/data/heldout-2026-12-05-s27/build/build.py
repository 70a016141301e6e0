"""Assemble session 27's first held-out pair (news-heldout-s27.json, HO27V; evidence-heldout-
s27.jsonl, EVH27) from the collectors' (a / A) and the second annotators' (b / B) files, with the
shared steps of docs/data/heldout-common/README.md: ``build_evidence_set`` for the evidence set,
``build_event_set`` for the event set, with session 18's DOCUMENT comment ``dated`` 2026-12-05.
Run from the repository root with PYTHONPATH=src. It runs no coder and no evidence finder: it
copies labels, leaves out the sentences another gold file holds in other words, applies the
adjudicator's decisions below, checks the new files against every other gold file, and computes
agreement. The evidence set was built and committed first (its second annotation was done
first), with a main that built it alone; the event set joined it when its b file was marked done.
"""

import sys
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

from accord.scenario.catalogue import resolve  # noqa: E402

# Session 18's build: its DOCUMENT comment, ``NEAR_RULE`` and ``near_figures`` (session 18's
# comment names its own day, 2026-12-04, which ``hb.dated`` replaces with this session's).
s18 = hb.load_build(DATA / "heldout-2026-12-04-s18" / "build" / "build.py")

IN = Path("/work/coord/s27/heldout")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s27/build")
EVENTS = NEWS / "news-heldout-s27.json"
EVIDENCE = NEWS / "evidence-heldout-s27.jsonl"
# The CHECK files of session 27 (sessions 25 and 26's sets, pooled): no reason may cite them,
# and they were not opened; the build reads them only as the duplicate checks do.
CHECK_FILES = {
    "news-heldout-s25.json",
    "news-heldout-s25b.json",
    "news-heldout-s25c.json",
    "evidence-heldout-s25.jsonl",
    "news-heldout-s26.json",
    "news-heldout-s26b.json",
    "news-heldout-s26c.json",
    "evidence-heldout-s26.jsonl",
}
DAY = "2026-12-05"
# The DOCUMENT comment of this session's event sets (also used by the s27b build).
COMMENT = hb.dated(s18.document_comment, DAY)

# What the first event set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page; a coup and the suspension of elections and media, a national "
    "shutdown called, a death sentence noted, a city retreated from and seized, ceasefires and "
    "peace agreements agreed and signed, schools shut, advice to leave a country, air strikes, "
    "a vice-president suspended and tried, an ambassador expelled and an embassy closed, "
    "accusations and condemnations, arrests, orders to shoot demonstrators, broadcasters "
    "suspended, demands for release, an election announced and voted in, massacres by armed "
    "groups, joint operations, a mobilisation, threats of force, a hostage rescue and statements "
    "with no event across Africa (Guinea-Bissau, Sudan, Mali, South Sudan, Egypt and Ethiopia, "
    "Kenya, Chad, Togo, the DR Congo and Uganda), the Middle East (Iran and Australia, Syria and "
    "Israel, Iraq and Turkey), Asia (Bangladesh and India, Pakistan and Afghanistan, Indonesia, "
    "Taiwan and China, the Philippines, Myanmar, Timor-Leste and ASEAN) and Oceania (the Solomon "
    "Islands, French Polynesia, Vanuatu and Australia)"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27V-004": {
            "event": "PROTEST",
            "mode": "boycott",
            "source": ["BGD"],
            "target": [],
            "follows": "b",
            "reason": "a national shutdown called to protest 'the verdict', whose court the sentence does not name, has no recipient: the development gold codes a general strike called with no one named as what it is against PROTEST boycott with none, HO26M-043 (Greek unions 'called a 24-hour general strike': PROTEST boycott GRC, none), and protests that name no target mostly so, HO27D-044 (adjudicated: protests that erupted: PROTEST demo NPL, none) and HO26I-003; 'a recipient only where one is named in the sentence'; type, mode and source as both annotators",
        },
        "HO27V-011": {
            "event": "COERCE",
            "mode": "restrict",
            "source": ["MLI"],
            "target": [],
            "follows": "b",
            "reason": "the junta 'shuttering all schools' is a closure ordered by the state, and docs/event-coding.md codes an order whose content is a curfew, arrests, a closure or a ban COERCE (CAMEO 1723 / 173 / 172; 172, administrative sanctions, is COERCE restrict in CAMEO2PLOVER-2021), as the development gold codes nationwide closures and shutdowns with no named object: HO26U-017 (adjudicated: the Taliban ordered a shutdown of internet and phone data: COERCE restrict AFG, none) and HO27D-043 (a curfew ordered and schools closed: COERCE NPL, none); the blockade is the cause, the closure the act; no one named as its object: no recipient",
        },
        "HO27V-012": {
            "event": "REQUEST",
            "mode": None,
            "source": ["USA"],
            "target": ["USA"],
            "follows": "b",
            "reason": "the appeal is addressed to 'Americans', named in the sentence, and the development gold codes a state's own people named in the sentence as the recipient, HO26T-049 (adjudicated: Noboa would respect 'the will of the Ecuadorian people': ECU -> ECU) and HO26N-040 (demands on Noboa: ECU -> ECU); the same actor on both sides is rejectable only where the sentence does not say so (issue 14, item 5), and here it does; Mali is only 'the country', no recipient; type and source as both annotators",
        },
        "HO27V-017": {
            "event": "REJECT",
            "mode": None,
            "source": ["SSD"],
            "target": [],
            "follows": "b",
            "reason": "the governing verb is 'opposed the trial', and opposing a measure is REJECT in the development gold, HO26U-007 (adjudicated: the BNP 'has opposed the ban': REJECT BGD, none); 'what he described as an incompetent court' is a description inside the object, not the main verb (one event, of the governing verb), and the court is not named (a recipient only where one is named in the sentence), as HO26J-014 (adjudicated: REJECT ERI, none); the lawyer takes his client's country, SSD, as both annotators",
        },
        "HO27V-020": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the only verb is 'has garnered', whose subject is the expulsion, a noun; the support stands as a noun 'from various Australian Jewish and Iranian communities', unnamed communities and no actor a gold record codes: the development gold gives no event where groups of a population stand only in such a phrase, HO26K-032 ('a large support base among the country's large Shiite community': NONE), docs/event-coding.md takes no source from a group after 'among' ('garnered controversy among Western allies'), and unnamed groups as speakers are no actor, HO27D-010 (adjudicated: unnamed human rights organisations: NONE) and HO26M-031; b's HO27D-022 names the crowds' welcome as the verb",
        },
        "HO27V-027": {
            "event": "THREATEN",
            "mode": "violence",
            "source": ["KEN"],
            "target": ["KEN"],
            "follows": "a",
            "reason": "an order is coded by its content in the development gold's conventions (docs/event-coding.md: an order whose content is a curfew, arrests, a closure or a ban is COERCE, not a REQUEST), and the content here is force not yet used against demonstrators, an intended hostile act, which docs/event-coding.md codes THREATEN ('an intended or possible hostile one ... THREATEN'); threats of force are CAMEO 138, THREATEN violence in CAMEO2PLOVER-2021, as the development gold codes a force not ruled out, HO26I-005 (THREATEN violence USA -> COL); the demonstrators and the police are Kenyan, KEN -> KEN as both annotators",
        },
        "HO27V-028": {
            "event": "THREATEN",
            "mode": "violence",
            "source": ["KEN"],
            "target": ["KEN"],
            "follows": "a",
            "reason": "as HO27V-027: the order to 'shoot and kill' demonstrators is coded by its content, force not yet used, an intended hostile act (docs/event-coding.md: an order is coded by its content, as a curfew ordered is COERCE; an intended hostile act is THREATEN), CAMEO 138, THREATEN violence, as HO26I-005; KEN -> KEN as both annotators",
        },
        "HO27V-033": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["IGO", "TLS"],
            "target": [],
            "follows": "a",
            "reason": "Timor-Leste's prime minister 'joined the ASEAN leaders for the signing': a joint signing, and the development gold codes the signatories of a document all as sources with no recipient, HO26M-013 (Pashinyan and Aliyev signed a peace agreement: SUPPORT ARM+AZE, none), HO26L-011 (two presidents signed a border treaty: KGZ+TJK, none) and ACCORD-FRESH-023 (COD+RWA, none); signing is SUPPORT (CAMEO 057, both annotators)",
        },
        "HO27V-043": {
            "event": "ASSAULT",
            "mode": None,
            "source": ["COD"],
            "target": ["COD"],
            "follows": "a",
            "reason": "the ADF is in neither the Phoenix dictionary the gazetteer reads nor curated.yaml (which leaves the acronym out), and the sentence places its rebels only in the DR Congo ('in the town of Komanda in northeastern DR Congo'); armed groups are coded by their country, and agent words without one take the country of their location phrase (docs/event-coding.md), as the development gold codes Islamic State-linked militants by where they operate, HO26W-035 and HO26G-058 (militants in northwest Nigeria: NGA); the church in Komanda is a named place of the DR Congo: COD, as both annotators",
        },
        "HO27V-047": {
            "event": "MOBILIZE",
            "mode": "troops",
            "source": ["SYR"],
            "target": [],
            "follows": "a",
            "reason": "docs/event-coding.md: 'a MOBILIZE takes no recipient of its own state (the forces moved)'; the tribes and the al-Khidri militia are both Syrian, so the mobilisation against the militia has no recipient; type, mode and source as both annotators",
        },
        "HO27V-050": {
            "event": "NONE",
            "mode": None,
            "source": [],
            "target": [],
            "follows": "a",
            "reason": "the spokesman confirms a toll and reports a weapon; 'the attackers' are named only by their act and placed in no country by the sentence (the Congolese army is the reporter, and 'X said Y attacked Z' codes Y, not X), so the reported attack has no source and no victim named, which docs/event-coding.md codes no event ('Five farmers were wounded': no actor either side, no event); a confirmed toll is no event in the development gold, HO26X-013 (the Thai Health Ministry confirmed the dead: NONE) and HO26E-028 (NONE)",
        },
    },
    modes_kept={
        "HO27V-002": "a's 'restrict' kept (b 'ban'): the development gold codes these very acts, the soldiers suspending Guinea-Bissau's electoral process and closing its borders, COERCE restrict, HO26G-005; a's mode is not wrong",
        "HO27V-015": "a's 'restrict' kept (b null): a vice-president suspended from office by decree is an administrative sanction, CAMEO 172, which CAMEO2PLOVER-2021 maps to COERCE restrict; a's mode is not wrong",
        "HO27V-038": "a's 'yield' kept (b null): a call for the release of detainees is REQUEST yield in HO26G-017 (adjudicated) and HO26S-024 (adjudicated) and REQUEST with no mode in HO26K-026; both occur, so a's mode is not wrong",
        "HO27V-046": "a's 'violence' kept (b null): a threat to 'destroy the forces' is a threat of military force, CAMEO 138, which CAMEO2PLOVER-2021 maps to THREATEN violence; a's mode is not wrong",
        "HO27V-048": "a's null kept (b 'abduct'): the governing act is the assault the BLA claimed, and the hostages are the second clause's; the development gold codes a claimed assault with no mode (one event, of the governing verb; HO26O-020, adjudicated, takes abduct where the kidnapping is the main verb); a's null is not wrong",
    },
    modes_taken={
        "HO27V-001": (
            None,
            "b's null taken (a 'seize'): the development gold codes this very coup, the soldiers' deposition of Embalo in Guinea-Bissau on 26 November 2025, COERCE GNB -> GNB with no mode, HO26O-030 (adjudicated), and COERCE seize for places and property taken (HO26I-034: M23 seized a mining settlement); one act coded with two modes in the gold would be a's slip, not a reading",
        ),
    },
)


EVIDENCE_DECIDED = hb.EvidenceDecisions(
    adjudications={
        "EVH27-003": "follows B (third engineer, session 27): the ceasefire Putin rejected is named in the sentence as the US proposal ('the US-proposed ceasefire'), and the development gold gives the proposer a sentence names its ceasefire stance, high: EVH22-008 ('the USA's proposal for a 30-day ceasefire': USA ceasefire high besides UKR) and EVH23-019 (a temporary ceasefire 'proposed by Ukraine and its European backers': UKR ceasefire high besides RUS and USA low); RUS ceasefire low as both annotators; the Kremlin officials' warning adds no stance",
        "EVH27-006": "follows B (third engineer, session 27): the sentence names the US peace plan's 'only de-facto recognition' of Crimea and Donbass as Russian, a term of the plan, and the development gold codes a plan's or proposal's territorial terms named in the sentence for its author: EVH11-011 (adjudicated: the 28-point plan drafted by the US and Russia, which 'proposes to force Kyiv to cede' territory: USA and RUS territory low) and EVH18-009 (a U.S.-backed proposal requiring major territorial concessions: USA territory low); a recognition in fact lies below the scale's midpoint (50: a freeze with the occupation not recognised in law), low; RUS territory low as both annotators (as EVH23-005)",
        "EVH27-008": "follows B (third engineer, session 27): 'their positions' names no land, region or line, so the sentence states no territorial term (which positions, in the Donbas, is given only by the context: the EV-048 rule, as EVH14-017 and EVH15-035, adjudicated: the referent given only by the context, no stance); every development record that gives Russia territory low for a demanded Ukrainian withdrawal names the land: EVH21-001 ('withdraw from the Donbas region'), EVH22-018 (from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions), EVH20-016 ('pull out of the Donbas') and EVH18-002 ('from occupied areas'); RUS ceasefire low as both annotators (the war goes on until the condition is met, as EVH21-009)",
        "EVH27-009": "follows B (third engineer, session 27): China holding that a peace conference both Ukraine and Russia agree to should be held 'to resolve the war' pushes for a negotiated end, the ceasefire scale's high side, as the development gold codes China's calls for peace talks: EVH23-015 ('China favors promoting peace talks': CHN ceasefire high), EV-189 (adjudicated: a joint peace plan 'calling for inclusive peace talks with both conflicting states': CHN ceasefire high) and EVH-039 (all parties to seek a political settlement through dialogue: CHN ceasefire high); A's reading (the format of talks is no issue of the scenario) would leave those records uncoded too",
    },
)


def development_files(others: Sequence[Path]) -> list[Path]:
    """The gold files whose records a reason may cite: all but the CHECK files and this
    session's sets (also used by the s27b build)."""
    return [p for p in others if p.name not in CHECK_FILES and "heldout-s27" not in p.name]


def gold_files(*leaving: Path) -> list[Path]:
    """Every gold file of tests/data/news but ``leaving`` (the files being built)."""
    return [p for p in sorted(NEWS.glob("*.json*")) if p not in leaving]


def event_reasons(decided: hb.EventDecisions) -> list[str]:
    """Every text of an event set's decisions that may cite development records (also used by
    the s27b build)."""
    return [
        *(d["reason"] for d in decided.adjudications.values()),
        *decided.modes_kept.values(),
        *(note for _, note in decided.modes_taken.values()),
    ]


def main() -> None:
    others = gold_files(EVENTS, EVIDENCE)
    development = hb.record_files(development_files(others))
    reasons = [*event_reasons(EVENTS_DECIDED), *EVIDENCE_DECIDED.adjudications.values()]
    own = [r["id"] for r in hb.read_records(IN / "events-a.json")]  # HO27V-028 names -027
    cited = hb.check_citations(reasons, development, own)
    which = ("session 27", SCOPE, f"{OUT}/")
    events, near_events = hb.build_event_set(IN, EVENTS, EVENTS_DECIDED, which, others, COMMENT)
    evidence, near_evidence = hb.build_evidence_set(
        IN,
        EVIDENCE,
        EVIDENCE_DECIDED,
        [*others, EVENTS],
        lambda s: [i.id for i in resolve(s).issues],
    )
    hb.write_agreement(
        OUT / "agreement.json",
        {
            "events": events,
            "evidence": evidence,
            "near_duplicates_left_out": {
                "rule": s18.NEAR_RULE,
                "events": s18.near_figures(near_events),
                "evidence": s18.near_figures(near_evidence),
            },
            "development_records_cited": cited,
        },
    )
    print(
        hb.event_table(events),
        hb.evidence_table(EVIDENCE.stem, evidence["annotator_agreement_module"]),
    )


if __name__ == "__main__":
    main()
