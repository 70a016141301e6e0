"""Assemble session 21's third held-out event set (news-heldout-s21c.json, HO27F) from the
collector's (a) and the second annotator's (b) files, with the shared steps of
docs/data/heldout-common/README.md. Run from the repository root with PYTHONPATH=src. It runs no
coder: with the s21b build's ``assemble`` (session 19's ``build_event_set`` through the first
s21 build, which dates the DOCUMENT comment and names the CHECK files) it copies labels, leaves
out the sentences another gold file holds in other words, applies the adjudicator's decisions
below, checks the new file against every other gold file (the first two s21 sets' included),
and computes agreement.
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(DATA / "heldout-common"))
import heldout_build as hb  # noqa: E402

s21b = hb.load_build(DATA / "heldout-2026-12-05-s21b" / "build" / "build.py")

IN = Path("/work/coord/s21/heldout3")
NEWS = Path("tests/data/news")
OUT = Path("docs/data/heldout-2026-12-05-s21c/build")
EVENTS = NEWS / "news-heldout-s21c.json"
# What this set's sentences report, for its DOCUMENT comment.
SCOPE = (
    "at most two sentences a page, collected by theme rather than region after the first two "
    "sets: tariffs, export controls and condemnations of them, a warning of retaliation and "
    "concern expressed (the US, China, Japan), trade and energy agreements signed or concluded "
    "(Russia and China, the US with Vietnam and Indonesia), sanctions on Syria lifted and the "
    "lifting welcomed, election disputes (Comoros, Cameroon, Honduras: results rejected, "
    "allegations dismissed, a boycott, appeals and accusations, a threat to cut aid), courts and "
    "legal action (the ICC's custody of Duterte, Israel rejecting the court's jurisdiction, an "
    "arrest for extradition in Germany), humanitarian access and aid (the UN on Gaza convoys, "
    "Pakistan's relief for Myanmar), maritime incidents (tanker and crew seizures by Iran, a "
    "shadow-fleet vessel detained by Estonia), migration and border measures (Germany's border "
    "controls, the UK-France returns deal, US deportation agreements), climate diplomacy at "
    "COP30, routine diplomacy (a visit to Beijing, a call, UN envoys received in Addis Ababa and "
    "Mogadishu, criticism at the Johannesburg G20) and statements with no event, among them two "
    "on cyber attacks"
)

EVENTS_DECIDED = hb.EventDecisions(
    adjudications={
        "HO27F-010": {
            "event": "PROTEST",
            "mode": "boycott",
            "source": ["COM"],
            "target": [],
            "follows": "b",
            "reason": "the opposition leader announces that his coalition will not take part in the electoral process, citing doubts about its credibility: a refusal to take part in a domestic process one disputes, a boycott in protest (CAMEO 143, PROTEST boycott), as the development gold codes HO26O-035 (Besigye 'refused to attend the opening of his treason trial', citing concerns over the court's impartiality: PROTEST boycott UGA, none) and ministers leaving a cabinet session in protest, HO26K-033 (adjudicated) and HO26B-053 (PROTEST boycott LBN, none); REJECT is for refusing what another actor offers or asks, ACCORD-REAL-002 (adjudicated: Ukraine would not take part in other states' talks: REJECT UKR) and HO26G-019 (refused to hold snap elections as demanded: REJECT SRB); source COM and no recipient as both annotators (no authority named)",
        },
        "HO27F-014": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["RUS", "CHN"],
            "target": [],
            "follows": "b",
            "reason": "signing a formal agreement is CAMEO 057, which the CAMEO->PLOVER table maps to SUPPORT (docs/event-coding.md: the table gives type and mode), and the development gold codes a signing 'with' a partner SUPPORT with all signatories as actor and no recipient: HO26H-011 (adjudicated: 'has signed a Security Agreement with' Papua New Guinea: SUPPORT SLB+PNG), HO26L-023 (adjudicated: 'signed a deal with the Damascus government': SUPPORT) and ACCORD-NEWS-014 (Israel and Egypt signed a gas deal: SUPPORT ISR+EGY); AGREE is for an agreement not yet signed, HO26K-038 (a tentative agreement, signing to follow: AGREE TUR+IRQ); the signing Russia reports is coded as the act, sources and no recipient as both annotators",
        },
        "HO27F-041": {
            "event": "AGREE",
            "mode": None,
            "source": ["FRA"],
            "target": ["GBR"],
            "follows": "a",
            "reason": "one event, of the governing verb, whose only subject is France ('France has agreed to accept the return'); Britain's own undertaking stands in an 'in exchange for' phrase, and the development gold does not make the agent of such a phrase a co-actor: HO26V-057 (Americans freed from Venezuela 'in exchange for El Salvador returning' Venezuelans: RETREAT VEN -> USA, no Salvadoran source); the state that agrees to take back or accept people from another is the source and that state the recipient, HO26H-042 (willing to accept migrants deported from the U.S.: AGREE GTM -> USA) and HO26J-053 (agreed to accept deportation flights from the US: CONCEDE COL -> USA), as a party agreeing to a deal's terms with another, ACCORD-2025-008 (AGREE UKR -> USA); all parties as actor is for a compound subject, as b's precedent HO26T-008 ('the two leaders agreed': MEX+USA), or for a signing done with a partner (HO26H-011, adjudicated), neither of which this sentence has; Britain is named in the sentence; type AGREE as both annotators",
        },
        "HO27F-042": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA", "HND", "UGA"],
            "target": [],
            "follows": "b",
            "reason": "agreements reached and set down in documents are concluded agreements, which the development gold codes SUPPORT (the PLOVER manual 3.3: to sign or finalize an agreement; AGREE, 3.1, is for promises and intentions), as HO26J-040 (adjudicated: a deal announced as made: SUPPORT) and HO26M-048 (Australia 'has struck' an agreement with Nauru to house deported non-citizens: SUPPORT AUS+NRU, none), an agreement of this sentence's kind; AGREE where the agreement is tentative, signing to follow, HO26K-038 (a tentative agreement: AGREE TUR+IRQ); an agreement concluded with named states has all parties as actor and no recipient (HO26H-011, adjudicated): sources and no recipient as both annotators",
        },
        "HO27F-043": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA", "VNM"],
            "target": [],
            "follows": "b",
            "reason": "the president wrote that he had signed a new trade agreement with Vietnam: a signing, CAMEO 057, SUPPORT in the CAMEO->PLOVER table (docs/event-coding.md) and in the development gold, with all signatories as actor and no recipient: HO26H-011 (adjudicated: 'has signed a Security Agreement with' Papua New Guinea: SUPPORT SLB+PNG), ACCORD-2025-030 (the United States and Ukraine signed an agreement: SUPPORT USA+UKR) and HO26J-031 (adjudicated: India and Sri Lanka signed a memorandum: SUPPORT IND+LKA); the post is the president's own report of his act, coded as the act; sources and no recipient as both annotators",
        },
        "HO27F-044": {
            "event": "SUPPORT",
            "mode": None,
            "source": ["USA", "IDN"],
            "target": [],
            "follows": "b",
            "reason": "'closed an important deal' reports a deal concluded, an agreement finalized, SUPPORT (the PLOVER manual 3.3), as the development gold decided for a deal announced as made, HO26J-040 (adjudicated: rival movements 'announced a deal': SUPPORT, AGREE being for promises and intentions), and for a deal struck, HO26M-048 (SUPPORT AUS+NRU; CAMEO's 'strike a deal' is 057); AGREE where the agreement is tentative or still to be signed, HO26K-038 (AGREE TUR+IRQ) and ACCORD-FRESH-022 (will sign a peace agreement: AGREE ARM+AZE); a deal on trade with Indonesia has both parties as actor and no recipient (HO26H-011, adjudicated): sources and no recipient as both annotators",
        },
    },
    modes_taken={
        "HO27F-019": (
            None,
            "b's null taken (a 'phone'): the sentence says only that Sharif 'spoke with his Myanmar counterpart', not that they spoke by phone, and the development gold codes Sharif's conversation with Myanmar's leader after the same earthquake, reported the same day, CONSULT PAK+MMR with no mode, HO26W-022 (adjudicated: 'spoke with' coded with no mode, the phone not in the sentence), as HO26C-039 (adjudicated: Modi spoke with Min Aung Hlaing: IND+MMR, no mode); one act coded with two modes in the gold would be a's slip, not a reading",
        ),
    },
)


def main() -> None:
    s21b.assemble(IN, EVENTS, EVENTS_DECIDED, ("session 21, third set", SCOPE, f"{OUT}/"), OUT)


if __name__ == "__main__":
    main()
