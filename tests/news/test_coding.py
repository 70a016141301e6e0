"""PLOVER event coding: sentences, the seed article, gold evaluation and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import DataError
from accord.news.coding import (
    cameo_to_plover,
    code_document,
    code_sentence,
    split_sentences,
    to_plover,
)
from accord.news.evaluate import OLD_TO_NEW, evaluate_file, hash_half, read_gold
from accord.news.types import PLOVER_TYPES, Document, Event
from tests.helpers import DATA

FEB_2025 = dt.date(2025, 2, 25)
GOLD_2025 = DATA / "news" / "diplomacy-2025.json"


def best(text: str) -> Event:
    events = code_sentence(text, FEB_2025)
    assert events, text
    return events[0]


def codes(actors: tuple[object, ...]) -> list[str]:
    return [a.code for a in actors]  # type: ignore[attr-defined]


def test_cameo_to_plover_table() -> None:
    # CAMEO2PLOVER-2021: 042 make a visit -> CONSULT/visit; 01x statements are dropped
    assert cameo_to_plover("042") == ("CONSULT", "visit")
    # 02 appeals are not in the table: REQUEST by the PLOVER 2.0 codebook's definition
    assert cameo_to_plover("021") == ("REQUEST", "assist")
    assert cameo_to_plover("026") == ("REQUEST", "meet")
    assert cameo_to_plover("0871") == ("RETREAT", "ceasefire")
    assert cameo_to_plover("010") is None
    assert cameo_to_plover("---") is None
    assert set(OLD_TO_NEW.values()) - {"NONE"} <= set(PLOVER_TYPES) and len(PLOVER_TYPES) == 16


def test_split_sentences_keeps_abbreviations() -> None:
    text = "The U.S. envoy met Mr. Lavrov. They talked.\nHeadline Without Stop"
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["The U.S. envoy met Mr. Lavrov.", "They talked.", "Headline Without Stop"]


@pytest.mark.parametrize(
    ("text", "event", "sources", "targets"),
    [
        # PLOVER manual 3.2.2: the visitor is the actor, the host the recipient
        ("Trump hosted Macron at the White House.", "CONSULT", ["FRA"], ["USA"]),
        ("Russia rejected the European proposal.", "REJECT", ["RUS"], ["EU"]),
        ("The Kremlin accused Ukraine of sabotage.", "ACCUSE", ["RUS"], ["UKR"]),
        # PLOVER 2.0 manual sec. 3.13.3: sanctions are SANCTION "discontinue"
        ("The EU imposed sanctions on Russia.", "SANCTION", ["EU"], ["RUS"]),
        ("France and the UK urged Russia to accept a truce.", "REQUEST", ["FRA", "GBR"], ["RUS"]),
        ("Poland refused to meet the Belarusian envoy.", "REJECT", ["POL"], ["BLR"]),
    ],
)
def test_sentences(text: str, event: str, sources: list[str], targets: list[str]) -> None:
    got = best(text)
    assert got.event_type == event
    assert codes(got.sources) == sources
    assert codes(got.targets) == targets
    assert got.trigger and got.trigger in text
    assert 0 < got.confidence <= 1


@pytest.mark.parametrize(
    ("text", "event", "sources", "targets"),
    [
        # CAMEO 03: a future or intended cooperative act is AGREE
        ("Hungary will support the French proposal.", "AGREE", ["HUN"], ["FRA"]),
        ("Norway is ready to send engineers to Ukraine.", "AGREE", ["NOR"], ["UKR"]),
        # CAMEO 13: a possible hostile act is THREATEN
        ("Turkey may impose sanctions on Syria.", "THREATEN", ["TUR"], ["SYR"]),
        # request nouns as objects: 083 accede to demands, 12 reject
        ("Kenya accepted demands from Uganda.", "CONCEDE", ["KEN"], ["UGA"]),
        ("Syria dismissed an appeal from Jordan.", "REJECT", ["SYR"], ["JOR"]),
        # a verb with a particle from CAMEO.2.0 ("+BLOW_UP")
        ("Israeli troops blew up a house in Lebanon.", "ASSAULT", ["ISR"], ["LBN"]),
        # agents without a country take it from their location phrase
        ("Rebels in Chad attacked an army post.", "ASSAULT", ["TCD"], ["TCD"]),
        # an agentless passive with a place: the place's state acts on the subject
        ("A French journalist was arrested in Iran.", "COERCE", ["IRN"], ["FRA"]),
        # a conflictual act with no named recipient is domestic
        ("Algerian students protested on Sunday.", "PROTEST", ["DZA"], ["DZA"]),
        # CAMEO 02 appeals are requests (PLOVER 2.0 codebook)
        ("Iraqi refugees sought asylum in Germany.", "REQUEST", ["IRQ"], ["DEU"]),
        # an armed group from Phoenix.MilNonState
        ("Hezbollah fired rockets at Israel.", "ASSAULT", ["LBN"], ["ISR"]),
        # places are not actors: "X in Y", "the Y border"; "Y-led" names the leader
        (
            "The Chinese embassy in Washington criticized the U.S. Congress.",
            "ACCUSE",
            ["CHN"],
            ["USA"],
        ),
        ("Sudanese rebels attacked a garrison near the Chad border.", "ASSAULT", ["SDN"], ["SDN"]),
        ("The Saudi-led coalition bombed Houthi positions in Yemen.", "ASSAULT", ["SAU"], ["YEM"]),
        # a negated verb of a cooperative CAMEO block is a refusal, whatever its object
        ("Russia would not accept the Turkish offer.", "REJECT", ["RUS"], ["TUR"]),
        # a closing attribution names the reporter, not the recipient
        ("Burmese troops attacked a village, Thai police said.", "ASSAULT", ["MMR"], ["MMR"]),
        # what is given names the aid (CAMEO 072)
        ("Germany sent weapons to Ukraine.", "AID", ["DEU"], ["UKR"]),
    ],
)
def test_cameo_rules(text: str, event: str, sources: list[str], targets: list[str]) -> None:
    got = best(text)
    assert (got.event_type, codes(got.sources), codes(got.targets)) == (event, sources, targets)


def test_participle_before_a_name_is_not_the_verb() -> None:
    got = best("Exiled President Askar Akayev agreed to return to Kyrgyzstan.")
    assert got.event_type == "AGREE" and got.trigger.lower().startswith("agreed")


def test_modifier_use_of_a_group_word_is_not_an_actor() -> None:
    got = best("The United States suspended military aid to Ukraine.")
    assert codes(got.targets) == ["UKR"]


def test_no_event_without_actors_or_triggers() -> None:
    assert code_sentence("The weather was mild on Tuesday.", FEB_2025) == []
    assert code_sentence("Officials said many things.", FEB_2025) == []


def test_plover_record_fields() -> None:
    record = to_plover(best("Trump hosted Macron at the White House."))
    assert record["event"] == "CONSULT" and record["mode"] == "visit"
    # mode "visit": the actor visits, the recipient hosts (PLOVER manual 3.2.3)
    assert record["source"][0]["code"] == "FRA" and record["target"][0]["code"] == "USA"
    json.dumps(record)


def test_seed_article_main_events(shared: Path) -> None:
    text = next((shared / "seed").glob("*.txt")).read_text(encoding="utf-8")
    events = code_document(Document("seed", "seed", text, FEB_2025, "Daljoog News"))
    assert all(e.document_id == "seed" and e.date == FEB_2025 for e in events)

    def has(kind: str, source: str, target: str | None = None) -> bool:
        return any(
            e.event_type == kind
            and source in codes(e.sources)
            and (target is None or target in codes(e.targets))
            for e in events
        )

    assert has("CONSULT", "FRA", "USA")  # Trump hosted Macron: the visitor acts on the host
    assert any(
        e.event_type == "CONSULT" and "Emmanuel Macron" in {a.name for a in e.sources}
        for e in events
    )
    assert has("SUPPORT", "UNSC")  # the Security Council passed the resolution
    assert has("SUPPORT", "FRA")  # France and the UK refrained from vetoing
    assert has("AGREE", "FRA", "GBR")  # Macron proposed working with the UK
    assert has("REQUEST", "FRA")  # Macron called for security guarantees
    assert has("AGREE", "USA", "FRA")  # Trump agreed with Macron's suggestion
    # "the French president" in Feb 2025 resolves to Macron
    assert any(
        "French president" in (a.text or "") and a.name == "Emmanuel Macron"
        for e in events
        for a in e.sources
    )


def test_plover_dev_split_regression(shared: Path) -> None:
    """Figures on the OEDA dev split (158 sentences); see
    docs/validation-events/before-issue-14.md."""
    result = evaluate_file(shared / "reference" / "plover" / "PLOVER_GSR_CAMEO.dev.json")
    assert result.n == 158
    assert result.f1 >= 0.70
    assert result.source_correct / result.source_n >= 0.75
    actor = (result.source_correct + result.target_correct) / (result.source_n + result.target_n)
    assert actor >= 0.78


def test_hash_halves_split_the_dev_file(shared: Path) -> None:
    path = shared / "reference" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
    tune, check = read_gold(path, "tune"), read_gold(path, "check")
    assert {r.id for r in tune}.isdisjoint({r.id for r in check})
    assert len(tune) + len(check) == 158 and min(len(tune), len(check)) > 60
    assert all(hash_half(r.id) == "tune" for r in tune)
    # CHECK is held out from rule work: it must not fall below the figures it was reported at
    result = evaluate_file(path, split="check")
    assert result.f1 >= 0.72


def test_hash_half_is_stable() -> None:
    # SHA-1 of the id, first byte parity: fixed once and for all
    assert hash_half("PLOVER-GSR01-AGREE-0018") == hash_half("PLOVER-GSR01-AGREE-0018")
    assert {hash_half(f"id-{i}") for i in range(20)} == {"tune", "check"}


def test_own_2025_gold_dev_split() -> None:
    result = evaluate_file(GOLD_2025, split="dev")
    assert result.n == 40
    assert result.f1 >= 0.75
    actor = (result.source_correct + result.target_correct) / (result.source_n + result.target_n)
    assert actor >= 0.85


def test_read_gold_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.json"):
        read_gold(bad)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps([{"text": "x", "event": "HUG"}]), encoding="utf-8")
    with pytest.raises(DataError, match=r"\[0\]\.event.*HUG"):
        read_gold(wrong)
    with pytest.raises(DataError, match="no such gold file"):
        read_gold(tmp_path / "missing.json")


def test_old_labels_are_mapped(tmp_path: Path) -> None:
    gold = tmp_path / "g.json"
    records = [
        {"event": "DOCUMENT"},
        {
            "text": "Russia demanded that Ukraine withdraw.",
            "event": "DEMAND",
            "source": [{"code": "RUS"}],
            "target": [{"code": "UKR"}],
        },
    ]
    gold.write_text(json.dumps(records), encoding="utf-8")
    [record] = read_gold(gold)
    assert record.event == "REQUEST"
    result = evaluate_file(gold)
    assert result.to_dict()["event_f1"] == 1.0


def test_cli_events_evaluate_json(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["events", "evaluate", str(GOLD_2025), "--split", "dev", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"event_f1", "source_accuracy", "target_accuracy", "n", "confusion"} <= set(data)
    assert data["n"] == 40
    missing = runner.invoke(app, ["events", "evaluate", str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and "no such gold file" in missing.output


# --- precision on news text (rules checked on sentences of our own, not on gold sentences) ---


@pytest.mark.parametrize(
    "text",
    [
        "The summit follows months of talks on the pipeline.",  # event noun as a topic
        "Since Iran's invasion of the islands, relations have soured.",  # background noun
        "Canada failed to win backing for its draft at the assembly.",  # not done
        "If Argentina agreed, the accord would stand.",  # condition
        "Japan suggested that the dispute is close to an end.",  # an opinion, not an ask
        "Peace Hopes Rise After Weekend Talks in Oslo",  # headline without a finite verb
    ],
)
def test_no_event_for_unreal_or_background_text(text: str) -> None:
    best = code_sentence(text, dt.date(2025, 3, 1))
    assert not best or best[0].event_type not in ("CONSULT", "REQUEST", "AGREE", "SUPPORT")


def test_event_nouns_with_a_light_verb_or_partners_still_code() -> None:
    held = code_sentence("Egypt held talks with Jordan on Monday.", dt.date(2025, 3, 1))
    assert held and held[0].event_type == "CONSULT"
    between = code_sentence("Talks between Egypt and Jordan resumed on Monday.")
    assert between and between[0].event_type == "CONSULT"


def test_actor_does_not_target_itself() -> None:
    events = code_sentence(
        "Chile, whose envoy did not name Chile, abstained.",
        dt.date(2025, 3, 1),
    )
    assert all(not ({a.code for a in e.sources} & {a.code for a in e.targets}) for e in events)


def test_seed_article_gold_precision() -> None:
    """Our own gold for the seed article's 52 sentences (31 expect no event)."""
    result = evaluate_file(DATA / "news" / "seed-article.json")
    assert result.n == 21
    assert result.precision >= 0.5 and result.false_alarms <= 11


def test_relative_clause_is_background() -> None:
    # own sentence: the main clause's verb and subject carry the event, not ", who met ...,"
    best = code_sentence(
        "Austrian Chancellor Karl Nehammer, who met Putin in 2022, criticised the Kremlin.",
        dt.date(2022, 6, 1),
    )[0]
    assert best.event_type == "ACCUSE"
    assert codes(best.sources) == ["AUT"] and codes(best.targets) == ["RUS"]


def test_talks_between_pair_opening_a_sentence() -> None:
    # own sentence: the pair after "between" acts jointly; the later country is no actor
    best = code_sentence(
        "As talks between Egypt and Qatar continue, worries have grown in Jordan.",
        dt.date(2025, 3, 1),
    )[0]
    assert best.event_type == "CONSULT"
    assert sorted(codes(best.sources)) == ["EGY", "QAT"] and not best.targets


def test_failed_and_next_code_nothing() -> None:
    assert not code_sentence("Canada failed to win support for its draft at the assembly.")
    assert not code_sentence("The next steps in Japan's approach remain unclear.")


def test_by_after_an_object_is_no_passive() -> None:
    # own sentences: "rejected the proposal by X" is active; "was criticised on Monday by X"
    active = code_sentence(
        "The Kremlin rejected the proposal by French President Emmanuel Macron.",
        dt.date(2025, 3, 1),
    )[0]
    assert codes(active.sources) == ["RUS"] and codes(active.targets) == ["FRA"]
    passive = code_sentence("Chile was criticised on Monday by Peru.", dt.date(2025, 3, 1))[0]
    assert codes(passive.sources) == ["PER"] and codes(passive.targets) == ["CHL"]


def test_own_news_heldout_file() -> None:
    """Own 2025 wire-style sentences, held out from rule work
    (validation-events/before-issue-14.md): guards the figures measured once (F1 0.789, actor
    accuracy 0.966) with some margin."""
    result = evaluate_file(GOLD_2025.parent / "news-heldout-2025.json")
    actor = (result.source_correct + result.target_correct) / (result.source_n + result.target_n)
    assert result.n == 18 and result.f1 >= 0.75 and actor >= 0.85


def test_demonym_before_an_event_noun_is_its_agent() -> None:
    # own sentence: "Turkish airstrikes" are Turkey's act, the place is the recipient
    best = code_sentence("Turkish airstrikes killed 12 people in Syria.", dt.date(2025, 3, 1))[0]
    assert best.event_type == "ASSAULT"
    assert codes(best.sources) == ["TUR"] and codes(best.targets) == ["SYR"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # own sentences for the session-5 type rules (docs/validation-events/session-05.md,
        # "session 5")
        # PLOVER 2.0 sec. 3.13: tariffs reduce economic relations (CAMEO 163)
        ("Washington announced new tariffs on goods from Brazil.", "SANCTION"),
        # a "re-" verb reads its base verb's patterns (IMPOSE * SANCTIONS, CAMEO 163)
        ("The EU reimposed sanctions on Belarus.", "SANCTION"),
        # an intended hostile act is a threat (CAMEO 13), sanctions included, when it is made
        # to depend on the other side (session 10, s10-rules2: a measure announced without a
        # condition is the measure, as the gold codes "will recall their ambassadors")
        ("The EU will impose sanctions on Belarus unless Minsk frees the prisoners.", "THREATEN"),
        ("The EU will impose sanctions on Belarus.", "SANCTION"),
        # PLOVER 2.0 sec. 3.14.1: single-country exercises MOBILIZE, joint ones COOPERATE
        ("Turkey's army held drills near the Syrian border.", "MOBILIZE"),
        ("Egypt and Sudan held joint military drills on Monday.", "COOPERATE"),
        ("Serbia put its army on high alert.", "MOBILIZE"),
        # CAMEO 040/045: leading or facilitating talks is a meeting, not cooperation
        ("Norway facilitated talks between Colombia and the rebels.", "CONSULT"),
        ("The EU adopted a new package of sanctions against Iran.", "SANCTION"),
        # a verb of intent without a matching pattern defers to the act it announces
        ("Hungary vowed not to back down.", "REJECT"),
    ],
)
def test_session_5_type_rules(text: str, event: str) -> None:
    assert best(text).event_type == event


@pytest.mark.parametrize(
    "text",
    [
        # a verb of contact (CAMEO's generic 190 by default) is no assault (issue 14 item 5)
        "The German chancellor is now engaging directly with Iranian President Masoud Pezeshkian.",
        # the aggression is what a force would deter: no violent act in the sentence
        "Merz called for a Lithuanian brigade capable of deterring further Belarusian aggression.",
    ],
)
def test_no_assault_without_a_violent_act(text: str) -> None:
    assert "ASSAULT" not in [e.event_type for e in code_sentence(text, dt.date(2025, 3, 1))]


def test_generic_force_with_a_violent_act_still_codes() -> None:
    events = code_sentence(
        "Serbian troops engaged Albanian rebels in heavy fighting near Pristina."
    )
    assert events[0].event_type == "ASSAULT"


def test_a_pronoun_stands_for_the_subject_of_the_previous_sentence() -> None:
    text = (
        "Poland and Lithuania condemned the Belarusian drills on Monday. "
        "Merz, speaking in Warsaw, acknowledged Germany's earlier mistakes. "
        "He urged Belarus to withdraw its troops."
    )
    doc = Document(id="t", title="t", text=text, date=dt.date(2025, 3, 1))
    urged = [e for e in code_document(doc) if e.trigger == "urged"]
    # the subject of the sentence before, which codes no event, not the last coded source
    assert [[a.code for a in e.sources] for e in urged] == [["DEU"]]


def test_a_relative_clause_of_place_is_the_setting() -> None:
    text = "Poland raised the issue at the OSCE in Vienna, where all 57 member states convene."
    assert "convene" not in [e.trigger for e in code_sentence(text, dt.date(2025, 3, 1))]


def test_a_participle_clause_takes_the_sentence_subject() -> None:
    text = (
        "Merz said that Putin would accept the deal, having discussed it with the Kremlin leader."
    )
    (event,) = [e for e in code_sentence(text, dt.date(2025, 3, 1)) if e.trigger == "discussed"]
    # Merz discussed it with Putin; not the nearest name (Putin meeting the Kremlin leader)
    assert sorted(a.code for a in event.sources) == ["DEU", "RUS"]


def test_a_bare_target_takes_the_state_it_is_located_in() -> None:
    # session 5 round 2 (docs/validation-events/session-05.md, "roles of the rules coder"): villages
    # bombed in a raid on Eritrea are Eritrea's, not the bomber's own (the domestic fallback)
    on = best("Ethiopia bombed villages in a raid on Eritrea last week.")
    assert ([a.code for a in on.sources], [a.code for a in on.targets]) == (["ETH"], ["ERI"])
    # a closing attribution names the reporter, not where the target is
    said = best("Ethiopia bombed villages on Monday, Kenyan officials said.")
    assert [a.code for a in said.targets] == ["ETH"]


def test_a_demonym_in_a_reported_clause_names_its_actor() -> None:
    # the reporter (Romania) is not the actor of the reported act; the demonym of the
    # reported clause's subject is (docs/validation-events/session-05.md, "roles of the rules
    # coder")
    event = best("Romania reported that Russian helicopters and jets bombed a port on the Danube.")
    assert (event.event_type, [a.code for a in event.sources]) == ("ASSAULT", ["RUS"])


# session 5, round 3: type rules from the CAMEO codes named (own sentences, not gold ones)
@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        # CAMEO 073 / 070: aid announced or dispatched is aid given
        ("Japan announced emergency humanitarian assistance to Tonga.", "AID", None),
        ("Turkey dispatched a rescue team to Morocco on Sunday.", "AID", None),
        # CAMEO 161: recalling envoys reduces diplomatic relations, no military retreat
        ("Peru withdrew its ambassador from Mexico on Monday.", "SANCTION", "withdraw"),
        # CAMEO 140 / 143: a walkout in protest
        ("Kenya's opposition walked out of the session.", "PROTEST", "boycott"),
        # CAMEO 144: crowds blocking roads obstruct passage
        ("People blocked streets in Lima to demand new elections.", "PROTEST", "obstruct"),
    ],
)
def test_round3_type_rules(text: str, kind: str, mode: str | None) -> None:
    best = code_sentence(text, dt.date(2025, 3, 1))
    assert best and best[0].event_type == kind
    if mode is not None:
        assert best[0].mode == mode


# session 6 (issue 14 item 5): fewer events a careful reader would reject (own sentences)
def test_a_reduced_relative_clause_describes_a_noun() -> None:
    # "villages shelled by X" describes the villages; "were shelled by X" reports the act
    toured = code_sentence("Officials toured villages recently shelled by Azerbaijan.")
    assert "shelled" not in [e.trigger for e in toured]
    passive = code_sentence("The villages were shelled by Azerbaijan on Monday.")
    assert [(e.event_type, e.trigger) for e in passive][:1] == [("ASSAULT", "shelled")]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["led", "backed", "supported", "headed", "hosted"]),
    st.sampled_from(["Chile's cabinet, {} by", "The Chilean Interim Council (CIC) {} by"]),
)
def test_a_participle_set_off_after_a_noun_describes_it(participle: str, subject: str) -> None:
    # session 23 (s23-led): ", led by Y," and "(CIC) led by Y" describe the noun before them;
    # the main verb's act comes first, the participle's after it
    text = subject.format(participle) + " President Gabriel Boric, condemned Peru's blockade."
    assert _coded(text)[0] == ("ACCUSE", ["CHL"], ["PER"], "condemned")
    # the passive main verb still reports its act
    assert _coded(f"Chile's cabinet was {participle} by Gabriel Boric.") != []


def test_a_refusal_needs_an_actor_that_refuses() -> None:
    # a negated cooperative verb whose subject is no actor refuses nothing
    assert not code_sentence("Calm should not come at the expense of Kosovo's security.")
    assert not code_sentence("Kosovo's envoy said the talks were useful but did not offer details.")
    refused = code_sentence("They did not accept the offer from Kosovo.")
    assert [e.event_type for e in refused][:1] == ["REJECT"]
    said = code_sentence("Serbia would not endorse the plan.")
    assert [(e.event_type, [a.code for a in e.sources]) for e in said] == [("REJECT", ["SRB"])]


def _coded(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [
        (e.event_type, [a.code for a in e.sources], [a.code for a in e.targets], e.trigger)
        for e in code_sentence(text)
    ]


def test_reluctance_reports_no_act() -> None:
    assert _coded("Peru has been hesitant to agree to such terms.") == []
    assert _coded("Peru has been reluctant to support Chile's offer.") == []


def test_no_recipient_from_an_undone_act_or_a_phrase_of_time() -> None:
    # Peru is named in an avoided act and in a phrase of time: no recipient of the act
    undone = _coded("Chile's statement calls for calm but avoids blaming Peru.")
    assert undone == [("REQUEST", ["CHL"], [], "calls for")]
    after = _coded("Chile's parliament approved the budget after weeks of protests by Peru.")
    assert after == [("SUPPORT", ["CHL"], [], "approved")]


def test_an_infinitive_after_a_plural_noun_is_its_purpose() -> None:
    # "efforts to help": what the efforts are for, no act of its own; a verb keeps it
    assert [e[3] for e in _coded("Chile increased diplomatic efforts to help Bolivia.")] == [
        "increased"
    ]
    assert [e[3] for e in _coded("Chile seeks to help Bolivia.")] == ["seeks", "help"]


def test_no_recipient_from_a_relative_clause_of_a_noun() -> None:
    # Peru is named in what the resolution says, not asked; "demanded that" is the verb's own
    pushed = _coded("Chile pushed for a resolution that condemned Peru.")
    assert pushed[0] == ("REQUEST", ["CHL"], [], "pushed")
    demanded = _coded("Chile demanded that Peru withdraw its troops.")
    assert demanded[0] == ("REQUEST", ["CHL"], ["PER"], "demanded")


# Session 6, types of reports of acts (docs/validation-events/session-06.md, s6-types2): one
# sentence of our own per rule, each with the CAMEO code it follows.


def test_measures_put_in_force_are_sanctions() -> None:
    # CAMEO 163 (PLOVER 2.0 sec. 3.13): "imposed" / "implemented" a tariff or sanctions
    assert _coded("Chile imposed a 30 percent tariff on imports from Peru.")[0][:3] == (
        "SANCTION",
        ["CHL"],
        ["PER"],
    )
    assert _coded("Chile implemented new sanctions on Peru.")[0][0] == "SANCTION"


def test_troops_sent_or_deployed_are_mobilisation() -> None:
    # CAMEO 154 "mobilize or increase armed forces"; "12,000" is one number, not a clause end
    assert _coded("Chile is sending 12,000 more troops to its border with Peru.")[0][:3] == (
        "MOBILIZE",
        ["CHL"],
        ["PER"],
    )
    # sending aid is still aid (CAMEO 07), whatever the verb
    assert _coded("Chile sent humanitarian aid to Peru.")[0][0] == "AID"


def test_decided_to_is_typed_by_what_was_decided() -> None:
    # "decided to expel": the expulsion (CAMEO 166, SANCTION), not CAMEO's DECIDE default 030
    coded = _coded("Chile decided to expel three Peruvian diplomats.")
    assert coded[0][:3] == ("SANCTION", ["CHL"], ["PER"])
    assert coded[0][3] == "expel"


def test_summoning_an_envoy_is_a_protest() -> None:
    # CAMEO 111 / PLOVER ACCUSE, not CAMEO's SUMMON default 040 (CONSULT)
    assert _coded("Chile summoned Peru's ambassador over the border incident.")[0][:3] == (
        "ACCUSE",
        ["CHL"],
        ["PER"],
    )


def test_a_negated_passive_reports_no_act() -> None:
    # a contracted negation ("aren't") negates; a negated passive codes nothing
    assert _coded("Chilean and Peruvian leaders aren't invited.") == []
    assert _coded("Chilean and Peruvian leaders were not consulted.") == []
    # a contracted negation by an actor is still a refusal (CAMEO 12)
    assert _coded("Chile doesn't accept Peru's offer.")[0][0] == "REJECT"


def test_issue_without_a_pattern_is_a_statement() -> None:
    # CAMEO's own pattern ("issue report", 010) codes no event, and now so does "issue" with
    # no pattern: a statement (010), not the GRANT block's 060 (COOPERATE)
    assert _coded("Chile issued a report on the talks with Peru.") == []
    assert _coded("Chile issued confirmation of a meeting with Peru.") == []


def test_a_resignation_is_a_retreat() -> None:
    # PLOVER 2.0 sec. 3.7: RETREAT covers resignations of officials (not CAMEO 0831, CONCEDE)
    event = code_sentence("Chile's foreign minister resigned on Monday.")[0]
    assert (event.event_type, event.mode) == ("RETREAT", "resign")
    # CAMEO's own "* (IN PROTEST)" pattern (140) still wins
    assert (
        _coded("Chile's foreign minister resigned in protest over the deal with Peru.")[0][0]
        == "PROTEST"
    )


def test_violence_by_protesters_is_a_riot() -> None:
    # CAMEO 145 / PLOVER PROTEST mode riot, not an ASSAULT by the crowd
    event = code_sentence("Protesters in Santiago set fire to the Peruvian embassy.")[0]
    assert (event.event_type, event.mode) == ("PROTEST", "riot")
    # the same act by troops stays an assault
    assert _coded("Chilean troops set fire to a Peruvian border post.")[0][0] == "ASSAULT"


def test_rally_is_typed_by_who_rallies_and_behind_whom() -> None:
    # CAMEO 141 (demonstrate or rally, PROTEST) for a crowd, 053 (SUPPORT) behind an actor,
    # the RALLY block's own 150 (MOBILIZE) for armed forces
    crowd = "Thousands of Chileans rallied in Santiago against the treaty with Peru."
    assert _coded(crowd)[0][0] == "PROTEST"
    assert _coded("Chile rallied behind Peru after the earthquake.")[0][:3] == (
        "SUPPORT",
        ["CHL"],
        ["PER"],
    )
    assert _coded("Chile rallied its troops on the border with Peru.")[0][0] == "MOBILIZE"


def test_voting_against_a_proposal_is_a_rejection() -> None:
    # CAMEO 12 (the DECIDE block's "* (AGAINST)" 120), not the VOTE pattern's 110 (ACCUSE)
    assert _coded("Chile voted against a resolution condemning Peru.")[0][0] == "REJECT"
    assert _coded("Chile voted for a resolution condemning Peru.")[0][0] == "SUPPORT"


def test_concern_over_an_act_is_disapproval() -> None:
    # CAMEO 110 (the REITERATE / JOIN patterns "* CONCERN"), PLOVER ACCUSE; concern with no
    # object stays a comment (the EXPRESS pattern's 012, no event)
    assert _coded("Chile voiced deep concern over Peru's troop build-up.")[0][:3] == (
        "ACCUSE",
        ["CHL"],
        ["PER"],
    )
    assert _coded("Chile expressed concern.") == []


def test_what_is_handed_over_types_the_act() -> None:
    # people handed over are released (CAMEO 0841, RETREAT), relief is aid (CAMEO 073);
    # a letter handed over is no act
    released = code_sentence("Chile handed over three Peruvian prisoners to Peru.")[0]
    assert (released.event_type, released.mode) == ("RETREAT", "release")
    assert _coded("Chile handed over ten tonnes of medicine to Peru.")[0][0] == "AID"
    assert _coded("Chile handed over a letter to Peru.") == []


# Session 8 (s8-types): type rules for the largest confusions over the twelve development files;
# one sentence of our own per rule (docs/validation-events/session-08.md, "Issue 14, session 8:
# ...").
def test_missiles_fired_into_the_sea_are_a_show_of_force() -> None:
    # PLOVER 2.0 sec. 3.14 MOBILIZE 'weapons' (CAMEO 150), not an ASSAULT; aimed at a target,
    # or with drones, it stays an attack
    shown = code_sentence("Chile fired two ballistic missiles into the sea on Tuesday.")[0]
    assert (shown.event_type, shown.mode) == ("MOBILIZE", "weapons")
    assert _coded("Chile fired two missiles at a Peruvian patrol boat.")[0][0] == "ASSAULT"
    assert _coded("Chile launched drones and missiles at Peru overnight.")[0][0] == "ASSAULT"
    assert _coded("Chile fired forty cruise missiles overnight.")[0][0] == "ASSAULT"


def test_dismissing_a_claim_is_a_rejection() -> None:
    # PLOVER 2.0 sec. 3.10 REJECT, not DISMISS / DISPUTE's CAMEO 110 (ACCUSE) or 016
    assert _coded("Peru disputed Chile's casualty figures.")[0][:3] == ("REJECT", ["PER"], ["CHL"])
    assert _coded("Peru dismissed the claims as baseless.")[0][0] == "REJECT"
    # dismissing an official, or a court dismissing charges, is no rejection of a claim
    assert _coded("Peru dismissed its defence minister.")[0][0] != "REJECT"
    court = "A Chilean court dismissed the charges against the Peruvian consul."
    assert "REJECT" not in [event[0] for event in _coded(court)]


def test_restrictive_measures_are_sanctions() -> None:
    # CAMEO 163, PLOVER 2.0 SANCTION 'discontinue'; a curfew stays repression (COERCE)
    measures = code_sentence("Chile imposed restrictive measures on twelve Peruvian firms.")[0]
    assert (measures.event_type, measures.mode) == ("SANCTION", "discontinue")
    counter = "Chile imposed countermeasures against Peruvian shipping companies."
    assert _coded(counter)[0][:3] == ("SANCTION", ["CHL"], ["PER"])
    assert _coded("Chile imposed a curfew on its border towns.")[0][0] == "COERCE"


def test_ordering_forces_to_deploy_is_a_mobilization() -> None:
    # CAMEO 154, PLOVER 2.0 sec. 3.14 MOBILIZE, not ORDER's 100 (REQUEST); an order to another
    # state stays a demand
    assert _coded("Chile ordered its navy to deploy to the Peruvian border.")[0][0] == "MOBILIZE"
    assert _coded("Chile ordered a general mobilization against Peru.")[0][0] == "MOBILIZE"
    assert _coded("Chile ordered Peru to withdraw its troops.")[0][0] == "REQUEST"


def test_agreeing_to_halt_ones_own_act_is_a_concession() -> None:
    # PLOVER 2.0 sec. 3.4.2: a future concession stays CONCEDE; halting strikes is a ceasefire
    # agreed (AGREE, CAMEO 0356); since session 34 (s34-agreedsanctions,
    # `_agreed_sanctions_relief`) one party's agreed lifting of sanctions is CONCEDE
    # (docs/event-coding.md: "lifting or easing promised or agreed is CONCEDE"), not CAMEO 0354
    assert _coded("Chile agreed to halt construction of the border wall.")[0][0] == "CONCEDE"
    assert _coded("Chile and Peru agreed to halt strikes on the border.")[0][0] == "AGREE"
    assert _coded("Chile and Peru agreed to stop the war.")[0][0] == "AGREE"
    assert _coded("Chile agreed to lift sanctions on Peru.")[0][0] == "CONCEDE"


def test_what_is_carried_out_names_the_act() -> None:
    # CAMEO "CARRIED_OUT * ATTACK" 190 (ASSAULT) and aid dropped from the air 073 (AID), not
    # another CARRY_OUT pattern; a search stays an investigation (090)
    strikes = "Chilean aircraft carried out drone strikes on a Peruvian port."
    assert _coded(strikes)[0][:3] == ("ASSAULT", ["CHL"], ["PER"])
    airdrop = "Chilean aircraft carried out an airdrop of relief supplies over Peru."
    assert _coded(airdrop)[0][0] == "AID"
    assert _coded("Chile carried out a search of the Peruvian vessel.")[0][0] == "ACCUSE"


def test_relief_sent_is_aid() -> None:
    # CAMEO 073 / PLOVER 2.0 sec. 3.6 AID, not the AID block's 060 or DISPATCH's 061
    # (COOPERATE); a joint signing is unchanged
    assert _coded("Chile dispatched a medical team to Peru.")[0][:3] == ("AID", ["CHL"], ["PER"])
    assert _coded("Chilean aid arrived in Peru on Saturday.")[0][0] == "AID"
    assert _coded("Chile and Peru signed a trade agreement.")[0][0] == "SUPPORT"


def test_being_open_to_talks_is_an_intent() -> None:
    # CAMEO 036 (AGREE; PLOVER 2.0 sec. 3.2.1), not the talks themselves (CONSULT)
    assert _coded("Chile said it was open to talks with Peru.")[0][0] == "AGREE"
    assert _coded("Chile stated its willingness to consider talks with Peru.")[0][0] == "AGREE"
    assert _coded("Chile opened talks with Peru.")[0][0] == "CONSULT"


# Session 7 (issue 14 item 5, s7-reject): role rules for events a careful reader would reject;
# one sentence of our own per rule (docs/validation-events/session-07.md, "Issue 14, session 7:
# ...").
def test_what_a_request_asks_for_is_no_recipient() -> None:
    # CAMEO 10: the recipient is the party asked, not what is asked for nor its beneficiary
    created = _coded("Chile called for the creation of a Peruvian peacekeeping unit.")
    assert created == [("REQUEST", ["CHL"], [], "called for")]
    stressed = _coded(
        "Chile stressed that any deal must include guarantees for Bolivia and its farmers."
    )
    assert stressed == [("REQUEST", ["CHL"], [], "stressed")]
    # the subject of the infinitive is asked
    asked = _coded("Chile called for Peru to withdraw its troops.")
    assert asked[0] == ("REQUEST", ["CHL"], ["PER"], "called for")


def test_a_possessor_is_not_the_subject_of_a_modal() -> None:
    # "Bolivia's future must remain open": the future, not Bolivia, is what must
    assert _coded("Chile said Bolivia's future must remain open.") == []
    assert _coded("Chile said Peru must leave the border area.") == [
        ("REQUEST", ["CHL"], ["PER"], "leave")
    ]


def test_names_joined_by_a_hyphen_modify_a_noun() -> None:
    # "the U.S.-Chilean approach" is a noun; "will approach Peru" is the verb
    assert _coded("The next step in the U.S.-Chilean approach to Bolivia is unclear.") == []
    assert _coded("Chile will approach Peru about the dispute.")[0][:3] == (
        "AGREE",
        ["CHL"],
        ["PER"],
    )


def test_support_from_an_actor_is_given_by_it() -> None:
    # PLOVER 2.4.1: "from" marks the giver; the subject receives the aid or support
    assert _coded("Bolivia received military aid from Chile.") == [
        ("AID", ["CHL"], ["BOL"], "received")
    ]
    passed = _coded("Bolivia's budget passed with support from Chile and Peru.")
    assert passed == [("SUPPORT", ["CHL", "PER"], ["BOL"], "passed")]


def test_an_actor_named_after_a_copula_is_its_subject() -> None:
    # "he became the first European head of state to meet": he (Boric), not Europe, met
    met = _coded(
        "Boric's trip to Lima marked a new chapter, as he became the first European head of "
        "state to meet with Boluarte."
    )
    assert met == [("CONSULT", ["CHL", "PER"], [], "meet with")]
    # a participle after "was" makes a passive, whose agent stays the source
    assert _coded("The treaty was signed by Chile and Peru.")[0][:2] == ("SUPPORT", ["CHL", "PER"])


def test_a_group_after_among_is_no_agent() -> None:
    # "among X" names where the reaction happened, not who acted; a subject still acts
    assert _coded("The plan garnered controversy among Chilean lawmakers.") == []
    assert _coded("Chile garnered support among Peruvian lawmakers.")[0][:2] == (
        "MOBILIZE",
        ["CHL"],
    )


def test_the_parties_of_an_event_noun_are_not_the_subject_of_a_later_verb() -> None:
    # session 8 (issue 14 item 5): the call and the talks raised alarm, not their parties
    text = (
        "A phone call between Chile and Peru, as well as talks between Bolivian and Peruvian "
        "officials in Lima, raised alarm among Ecuadorian officials."
    )
    assert [e[3] for e in _coded(text)] == ["phone call", "talks"]
    # an alliance is a group that acts: its members stay the source
    assert _coded("An alliance between Chile and Peru withdrew its ambassadors from Bolivia.") == [
        ("SANCTION", ["CHL", "PER"], ["BOL"], "withdrew")
    ]


def test_an_infinitive_after_a_partner_is_the_purpose_of_the_verb() -> None:
    # "meet with X soon to discuss": the partner does not discuss alone; the meeting codes
    met = _coded(
        "Boric said he would meet with Peruvian President Boluarte soon to discuss the border."
    )
    assert met == [("AGREE", ["CHL"], ["PER"], "meet with")]
    # the object of a verb of asking is the party asked and keeps its infinitive
    assert _coded("Chile urged Peru to withdraw its troops.")[0] == (
        "REQUEST",
        ["CHL"],
        ["PER"],
        "urged",
    )


def test_an_infinitive_after_a_noun_with_an_article_is_its_purpose() -> None:
    # "a peacekeeping force to help stabilize": what the force is for, not an act of Peru
    text = "Chile proposed working with Peru on a peacekeeping force to help stabilize the border."
    assert _coded(text) == [("AGREE", ["CHL"], ["PER"], "proposed")]


@settings(max_examples=24, deadline=None)
@given(
    noun=st.sampled_from(["force", "pressure"]),
    after=st.sampled_from(["as unacceptable", "in the region", "to the border", "and its mandate"]),
    end=st.booleans(),
)
def test_a_verb_of_compelling_with_no_object_after_it_is_the_noun(
    noun: str, after: str, end: bool
) -> None:
    # "a European peacekeeping force as unacceptable" (s20-flow's article): the noun, no COERCE
    text = f"Chile rejected a Peruvian peacekeeping {noun}{'' if end else ' ' + after}."
    assert [t for t, *_ in _coded(text)] == ["REJECT"]


def test_a_verb_of_compelling_with_its_object_is_coded() -> None:
    assert _coded("Chile forced Peru to withdraw its troops.")[0] == (
        "COERCE",
        ["CHL"],
        ["PER"],
        "forced",
    )
    assert _coded("Chile will pressure Peru to withdraw its troops.")[0][0] == "THREATEN"


def test_a_decision_left_open_is_no_intent() -> None:
    assert _coded("Chile will decide whether to join the Peruvian pact.") == []
    assert _coded("Chile decided to join the Peruvian pact.") == [
        ("SUPPORT", ["CHL"], ["PER"], "join")
    ]


def test_actors_that_complete_a_noun_of_things_are_not_its_subject() -> None:
    # "the efforts of X signal a turning point": the efforts signal, no act of X
    text = "The diplomatic efforts of Chile and Peru signal a turning point in the border dispute."
    assert _coded(text) == []
    # a noun of the gazetteer's agents keeps its actor
    assert _coded("The government of Chile agreed to meet Peru.")[0] == (
        "AGREE",
        ["CHL"],
        ["PER"],
        "agreed",
    )


def test_a_submitted_document_is_an_offer_to_the_party_after_to() -> None:
    # CAMEO's SUBMIT default (080, yield) is the intransitive sense; "to X" names the recipient,
    # not the possessor inside the object
    offered = _coded(
        "Bolivia submitted a draft agreement on the use of Bolivia's lithium to Chile."
    )
    assert offered == [("AGREE", ["BOL"], ["CHL"], "submitted")]
    assert _coded("Bolivia submitted to Chile's demands.")[0] == (
        "CONCEDE",
        ["BOL"],
        ["CHL"],
        "submitted",
    )
    # a "to" phrase of an infinitive after the possessor belongs to that infinitive
    strike = _coded(
        "Bolivian farmers began a hunger strike to protest against Chile's decision to send "
        "them back to Peru."
    )
    assert strike[0] == ("PROTEST", ["BOL"], ["CHL"], "began")


# session 8 (s8-actors): names give no triggers; listing as terrorists is a sanction
def test_a_later_word_of_an_unknown_name_is_no_trigger() -> None:
    from accord.news.coding import find_triggers
    from accord.news.gazetteer import tokenize

    text = "The Office of Foreign Assets Control froze the accounts of two Iranian firms."
    event = best(text)
    assert (event.trigger, event.event_type) == ("froze", "SANCTION")
    tokens = tokenize(text)
    # the nlp head's dictionary prior reads triggers without mentions, as in its training
    assert "Control" in {tokens[t.start].text for t in find_triggers(tokens)}
    assert "Control" not in {tokens[t.start].text for t in find_triggers(tokens, blocked=set())}


@pytest.mark.parametrize(
    "text",
    [
        "The State Department designated the cartel as a Foreign Terrorist Organization.",
        "Britain proscribed the network as a terrorist group on Friday.",
    ],
)
def test_listing_as_terrorists_is_a_sanction(text: str) -> None:
    event = best(text)
    assert event.event_type == "SANCTION" and event.trigger in ("designated", "proscribed")


def test_designating_a_candidate_is_no_sanction() -> None:
    assert all(
        e.event_type != "SANCTION"
        for e in code_sentence("Iran designated a new envoy to Iraq.", FEB_2025)
    )


def test_a_noun_after_a_number_or_adjective_is_no_trigger() -> None:
    # session 8 round 2 (s8b-types): a determiner, then a number or an adjective, then the
    # word: the head of a noun phrase, no verb (sentences of our own)
    since = code_sentence("Since the 2021 ban, Japan has bought little seafood from China.")
    assert "ban" not in {e.trigger for e in since}
    settled = code_sentence(
        "Chile and Peru settled a long-standing territorial dispute over fishing waters."
    )
    assert [e.trigger for e in settled] == ["settled"]
    # a finite verb after a name stays a verb
    assert best("Germany's federal police arrested two Syrian men.").event_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of Kenyan students remain detained in Uganda, their families said.",
        "Most Georgian opposition leaders remained jailed after the vote.",
    ],
)
def test_a_participle_after_remain_is_a_state(text: str) -> None:
    assert code_sentence(text, FEB_2025) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Finnish ministry has yet to provide any figures to Sweden.",
        "The envoys were to discuss a prisoner exchange with Turkey in Geneva.",
    ],
)
def test_an_infinitive_after_be_or_yet_reports_no_act(text: str) -> None:
    assert code_sentence(text, FEB_2025) == []


def test_an_agreed_infinitive_keeps_its_act() -> None:
    coded = code_sentence("Turkey agreed to provide drones to Ukraine.", FEB_2025)
    assert "provide" in {e.trigger for e in coded}
    supposed = code_sentence(
        "The summit, which was supposed to take place in Oslo, was postponed by Norway.",
        FEB_2025,
    )
    assert [e.trigger for e in supposed] == ["postponed"]


# session 9 (s9-rules): roles and readings of the rules coder (docs/validation-events/session-09.md,
# "the rules coder's remaining role and type faults"); sentences of our own


def test_engaging_with_an_actor_is_contact() -> None:
    # the ENGAGE block's default is 190 (use of force); "engage with" a named actor is CONSULT
    assert _coded("Chile is engaging directly with Peruvian President Dina Boluarte.") == [
        ("CONSULT", ["CHL", "PER"], [], "engaging")
    ]
    assert _coded("Peru did not engage seriously with the offer.") == []


def test_the_partner_of_a_later_coordinated_verb_is_no_recipient() -> None:
    text = (
        "Chile is calling for a new border treaty and engaging directly with Peruvian "
        "President Dina Boluarte."
    )
    assert _coded(text) == [
        ("REQUEST", ["CHL"], [], "calling"),
        ("CONSULT", ["CHL", "PER"], [], "engaging"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Neither Chilean nor Peruvian officials were invited to the summit in Geneva.",
        "Neither the Chilean nor the Peruvian embassy in Lima responded to the request.",
    ],
)
def test_neither_nor_negates_a_verb_far_from_it(text: str) -> None:
    assert _coded(text) == []


def test_a_negated_perfect_is_no_refusal() -> None:
    assert _coded("Chile said it had not received any formal request from Peru.") == []
    assert _coded("Peru had not publicly acknowledged the incident.") == []
    # "would not accept" is a refusal (CAMEO 12)
    assert _coded("Chile said it would not accept the proposal from Peru.") == [
        ("REJECT", ["CHL"], ["PER"], "accept")
    ]


def test_forces_a_state_mobilizes_are_no_recipient() -> None:
    text = "The government of Chile deployed the Chilean army along the northern border."
    assert _coded(text) == [("MOBILIZE", ["CHL"], [], "deployed")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Three Ukrainian soldiers were killed in a Russian drone strike.", "RUS", "UKR"),
        ("Two Peruvian officers were killed in an attack by Chilean rebels.", "CHL", "PER"),
    ],
)
def test_the_subject_of_a_violent_passive_is_its_recipient(
    text: str, source: str, target: str
) -> None:
    coded = _coded(text)
    assert [c[:3] for c in coded] == [("ASSAULT", [source], [target])]  # the strike, coded once


def test_the_agent_of_a_violent_passive_may_act_in_a_when_clause() -> None:
    text = "Peruvian civilians were killed when Chilean jets struck a market."
    assert _coded(text)[0] == ("ASSAULT", ["CHL"], ["PER"], "killed")
    # a passive "when" clause names no agent
    assert _coded("Five Peruvian farmers were killed when Lima was shelled.") == [
        ("ASSAULT", [], ["PER"], "killed")
    ]


def test_a_violent_passive_without_an_agent_has_no_source() -> None:
    # the act is named ("in an attack"): the recipient is kept, with no source
    assert _coded("Five Peruvian farmers were wounded in an attack near the border.") == [
        ("ASSAULT", [], ["PER"], "wounded")
    ]
    # neither doer nor act named: no event (an event has a source; s30-source)
    assert _coded("Five Peruvian farmers were wounded near the border.") == []
    assert _coded("Hundreds of people were wounded in the storm.") == []


def test_an_announced_act_noun_is_coded_as_its_verb() -> None:
    assert _coded("Chile announced the suspension of all flights to Peru.") == [
        ("SANCTION", ["CHL"], ["PER"], "suspension of")
    ]
    assert _coded("Chile announced the deployment of troops along the border.") == [
        ("MOBILIZE", ["CHL"], [], "deployment of")
    ]


def test_lifted_sanctions_are_eased() -> None:
    assert _coded("Chile confirmed the lifting of sanctions on Peruvian copper.") == [
        ("RETREAT", ["CHL"], ["PER"], "sanctions")
    ]
    # the sanctions lifted are the verb's object, no sanction of their own
    assert _coded("Chile lifted sanctions on Peru.") == [("RETREAT", ["CHL"], ["PER"], "lifted")]
    assert _coded("Chile will lift sanctions on Peru.") == [("AGREE", ["CHL"], ["PER"], "lift")]


# session 10 (s10-rules2): faults left by session 9 and classes of its held-out errors
# (docs/validation-events/session-10.md, "Issue 14, session 10 (s10-rules2)"); sentences of our own


def test_every_member_of_a_neither_nor_subject_refuses() -> None:
    assert _coded("Neither Chile nor Peru agreed to the proposal.") == [
        ("REJECT", ["CHL", "PER"], [], "agreed")
    ]
    # an actor outside the correlative is no part of it
    assert _coded("Neither Chile nor Peru has accepted the offer from Bolivia.") == [
        ("REJECT", ["CHL", "PER"], ["BOL"], "accepted")
    ]


def test_the_verb_of_a_when_clause_that_names_the_agent_is_not_coded_again() -> None:
    # the strike is the killing; coded alone it took the market as a Chilean recipient
    assert _coded("Peruvian civilians were killed when Chilean jets struck a market.") == [
        ("ASSAULT", ["CHL"], ["PER"], "killed")
    ]
    # without victims of another state the strike keeps the domestic convention (the gold
    # codes "a drone launched by the RSF struck a marketplace in el-Fasher" SDN -> SDN)
    assert _coded("Chilean jets struck a market.") == [("ASSAULT", ["CHL"], ["CHL"], "struck")]


def test_a_dissolved_government_is_a_concession() -> None:
    assert _coded("Peru's president announced the dissolution of the government.") == [
        ("CONCEDE", ["PER"], [], "dissolution of")
    ]
    assert _coded("Peru's president dissolved his cabinet.") == [
        ("CONCEDE", ["PER"], [], "dissolved")
    ]
    # a dissolved parliament may be a seizure of power: left uncoded
    assert _coded("Peru's president dissolved parliament.") == []


def test_lifted_curfews_are_a_material_retreat() -> None:
    # CAMEO 0813, PLOVER RETREAT: an eased curfew is a material act (a promise would be CONCEDE)
    assert _coded("Chile announced the lifting of the curfew.") == [
        ("RETREAT", ["CHL"], [], "lifting of")
    ]


def test_an_actor_inside_an_appositive_is_not_the_subject() -> None:
    text = "Chile's President Gabriel Boric, a close ally of Dina Boluarte, thanked Bolivia."
    assert _coded(text) == [("SUPPORT", ["CHL"], ["BOL"], "thanked")]
    # a list with an article is no appositive
    assert _coded("Chile, the US, and Peru agreed to the plan.")[0][:2] == (
        "AGREE",
        ["CHL", "USA", "PER"],
    )


def test_conducted_strikes_are_the_use_of_force() -> None:
    assert _coded("Chilean forces conducted airstrikes on rebel camps in Peru.")[0][:2] == (
        "ASSAULT",
        ["CHL"],
    )
    # joint drills stay cooperation
    assert _coded("Chile and Peru conducted joint naval drills.")[0][:2] == (
        "COOPERATE",
        ["CHL", "PER"],
    )


def test_removed_tariffs_are_eased() -> None:
    assert _coded("Chile eliminated tariffs on Peruvian copper.") == [
        ("RETREAT", ["CHL"], ["PER"], "tariffs")
    ]
    assert _coded("Chile imposed tariffs on Peruvian copper.")[0][0] == "SANCTION"


def test_a_remark_or_result_after_a_comma_is_no_act() -> None:
    text = "Chile expelled two Peruvian diplomats, adding to a long series of spy scares."
    assert [c[3] for c in _coded(text)] == ["expelled"]
    text = "Chile closed its border, leaving Peruvian traders without income."
    assert "leaving" not in [c[3] for c in _coded(text)]
    # travel keeps its "for"
    from accord.news import coding
    from accord.news.gazetteer import tokenize

    def result(text: str) -> bool:
        tokens = tokenize(text)
        at = next(i for i, t in enumerate(tokens) if t.key == "LEAVING")
        return coding._result_participle(tokens, coding.Trigger(at, at + 1, "040", 1.0, "default"))

    assert not result("Chile's president met Boluarte, leaving for Peru.")
    assert result("Chile's president met Boluarte, leaving Peru alone.")


def test_the_subject_of_an_ing_clause_after_a_subordinator_is_the_main_subject() -> None:
    text = "Chile's president renewed the treaty with Peru after reaching a deal with Bolivia."
    reaching = next(c for c in _coded(text) if c[3] == "reaching")
    assert reaching[:3] == ("AGREE", ["CHL"], ["BOL"])


def test_current_demonyms_the_dictionaries_lack_name_their_state() -> None:
    # "the Nepali Congress" is Nepal's, not the US Congress
    coded = _coded("Protesters set fire to the Nepali Congress Party office.")
    assert coded[0][1] == ["NPL"]
    assert _coded("Maldivian police arrested the protesters.")[0][:2] == ("COERCE", ["MDV"])


def test_a_summoned_envoy_is_a_protest() -> None:
    text = "Chile summoned Peru's High Commissioner in Santiago, Ana Ruiz, over the remarks."
    assert _coded(text)[0][:3] == ("ACCUSE", ["CHL"], ["PER"])
    text = "Chile summoned Ana Ruiz, ambassador of Peru to Chile, over the remarks."
    assert _coded(text)[0][:3] == ("ACCUSE", ["CHL"], ["PER"])


def test_military_exercises_with_another_state_are_joint() -> None:
    text = "Chile launched its largest military exercises with Peruvian forces on Friday."
    assert _coded(text)[0][:3] == ("COOPERATE", ["CHL", "PER"], [])
    # a border named with a state is a place, no partner
    assert _coded("Chile deployed troops along the border with Peru.")[0][:2] == (
        "MOBILIZE",
        ["CHL"],
    )


def test_a_measure_announced_without_a_condition_is_the_measure() -> None:
    assert _coded("Chile will recall its ambassador from Peru.")[0][:3] == (
        "SANCTION",
        ["CHL"],
        ["PER"],
    )
    # a condition or a warning makes it a threat
    text = "Chile will recall its ambassador from Peru if Lima expels the envoy."
    assert _coded(text)[0][0] == "THREATEN"
    text = "Chile warned that it would recall its ambassador from Peru."
    assert "SANCTION" not in [c[0] for c in _coded(text)]


def test_a_law_or_order_signed_is_coded_by_what_it_does() -> None:
    text = "Chile's president signed a law suspending all cooperation with Peru."
    assert _coded(text)[0][:3] == ("SANCTION", ["CHL"], ["PER"])
    text = "Chile's president signed an executive order imposing tariffs on Peruvian goods."
    assert _coded(text)[0][:2] == ("SANCTION", ["CHL"])
    # an agreement signed stays an agreement
    assert _coded("Chile and Peru signed a trade agreement.")[0][0] == "SUPPORT"


def test_a_number_that_rises_is_no_concession() -> None:
    assert _coded("The death toll in Peru had risen to over 2,700.") == []
    assert _coded("Approval ratings for Peru's president have plummeted.") == []


# session 10 (s10-rules3): wrong types whose right event was found but ranked second
# (docs/validation-events/session-10.md, "Issue 14, session 10 (s10-rules3)"); sentences of our own


def test_a_refusal_read_from_a_verb_of_saying_ranks_as_an_act() -> None:
    # the dictionary files "dismiss" and "deny" as statements (ranked after every act); read
    # as a refusal of a claim they are the act, ahead of the participle clause after them
    assert _coded("Peru dismissed the claims, calling them propaganda from Chile.")[0] == (
        "REJECT",
        ["PER"],
        ["CHL"],
        "dismissed",
    )
    assert _coded("Chile denied the accusations, escalating tension with Peru.")[0][0] == "REJECT"


def test_an_opening_adverbial_sets_the_scene_of_the_main_act() -> None:
    assert _coded("By contrast, Peru rejected the claims by Chile.")[0][3] == "rejected"
    first = _coded(
        "In the wake of Chilean missile strikes on May 7th, Peru retaliated with shelling."
    )
    assert first[0][3] == "retaliated"
    # an auxiliary before the comma: the main clause itself, not an opening phrase
    first = _coded(
        "In response Peru has declared a state of emergency, saying that Chilean troops are "
        "ready to attack."
    )
    assert first[0][0] == "COERCE"


def test_a_border_closed_to_another_state_is_a_sanction() -> None:
    assert _coded("Chile closed its air space for Peruvian airlines.") == [
        ("SANCTION", ["CHL"], ["PER"], "closed")
    ]
    # "decided" defers to its infinitive across a phrase of time
    assert _coded("Chile decided on Wednesday to close its border with Peru.")[0][:3] == (
        "SANCTION",
        ["CHL"],
        ["PER"],
    )
    # no other state named: the closure restricts, as the gold codes a junta's (COERCE)
    assert _coded("The Chilean junta closed its borders.")[0][0] == "COERCE"
    # "close to the border" is a place
    text = (
        "Chilean rebels have been fighting in a region known as Arica, close to the border "
        "between Chile and Peru."
    )
    assert [e[0] for e in _coded(text)] == ["ASSAULT"]


def test_aid_or_a_contingent_that_arrives_is_aid_a_leader_visits() -> None:
    assert _coded("A contingent of 200 Chilean police arrived in Peru on Monday.") == [
        ("AID", ["CHL"], ["PER"], "arrived")
    ]
    # the type only: the source is still read from the nearest state (Bolivia, wrong)
    text = (
        "Trucks carrying food supplies from Chile crossed Bolivia and arrived at the Peruvian "
        "border."
    )
    assert _coded(text)[0][0] == "AID"
    assert _coded("Chile's president arrived in Peru on Monday.")[0][0] == "CONSULT"


# session 10 (s10-rules4): threat idioms read as intent (docs/validation-events/session-10.md,
# "Issue 14, session 10 (s10-rules4)"); sentences of our own


def test_a_threatened_consequence_is_the_speakers_threat() -> None:
    # the subject suffers; the closing reporter threatens
    assert _coded('"Peru will pay a heavy price for its raids," the Chilean minister said.')[0][
        :3
    ] == ("THREATEN", ["CHL"], ["PER"])
    # "X said Y would face ...": the first actor threatens the second
    text = "Chile's president said that Peru would face severe consequences if it crossed the line."
    assert _coded(text)[0][:3] == ("THREATEN", ["CHL"], ["PER"])
    # no modal, no threat: facing a problem is no act of the speaker's
    assert all(e[0] != "THREATEN" for e in _coded("Peru faces a budget deficit."))


def test_a_pledged_response_is_a_threat() -> None:
    text = "Chile pledged a strong response if Peru imposes the tariffs."
    assert _coded(text)[0][0] == "THREATEN"
    assert _coded("Chile pledged aid to Peru.")[0][0] != "THREATEN"


def test_a_call_to_a_named_leader_is_a_phone_call_not_an_appeal() -> None:
    assert _coded("Chile's president called Peru's president on Tuesday.")[0][0] == "CONSULT"
    assert _coded("Chile called Peru on Tuesday to discuss the border.")[0][0] == "CONSULT"
    # "called on X to ..." stays the appeal, "called for" too
    assert _coded("Chile called on Peru to withdraw its troops.")[0][0] == "REQUEST"
    assert _coded("Chile called Peru's move a provocation.")[0][0] != "REQUEST"


def test_a_report_of_an_act_codes_the_act() -> None:
    text = "Chile on Monday revealed its latest strikes targeted rebel camps in Peru."
    assert [e[0] for e in _coded(text)] == ["ASSAULT"]
    text = "The Chilean navy reported humanitarian aid has been sent to Peru."
    assert [e[0] for e in _coded(text)] == ["AID"]


# session 11 (s11-protest): demonstrations and domestic coercion
# (docs/validation-events/session-11.md, "Issue 14, session 11 (s11-protest)"); sentences of our own


def test_a_crowd_of_protesters_that_gathers_demonstrates() -> None:
    text = "Thousands of Chilean protesters gathered outside the presidential palace on Friday."
    assert _coded(text)[0][:2] == ("PROTEST", ["CHL"])
    text = "Hundreds of demonstrators flooded the main square of Santiago, Chile, on Sunday."
    assert _coded(text)[0][0] == "PROTEST"
    # a gathering of others is not a demonstration
    assert _coded("Chilean and Peruvian ministers gathered in Lima for talks.")[0][0] == "CONSULT"


def test_a_demonstration_that_takes_place_or_is_attended_is_a_protest() -> None:
    assert _coded("Large demonstrations took place in Santiago, Chile, on Monday.")[0][0] == (
        "PROTEST"
    )
    text = "Thousands of Chileans travelled to Santiago to attend a march against the reform."
    assert _coded(text)[0][0] == "PROTEST"
    text = "Chilean students initiated a rally outside the education ministry."
    assert _coded(text)[0][0] == "PROTEST"
    # the month is no march; a meeting about protests is a meeting
    assert _coded("Chile's president attended a summit in Lima in March.")[0][0] == "CONSULT"


def test_who_protests_types_the_protest() -> None:
    # a crowd demonstrates, whatever the words after the verb
    text = (
        "Young Chileans protested on Sunday outside the congress demanding the release of the "
        "detainees."
    )
    assert _coded(text)[0][:2] == ("PROTEST", ["CHL"])
    # a ministry's statement protests in words
    text = (
        "Chile's foreign ministry issued a statement strongly protesting the Peruvian "
        "president's remarks."
    )
    assert _coded(text)[0][0] == "ACCUSE"
    # a state named alone keeps its pattern
    assert _coded("Chile protested to Peru over the visit.")[0][0] == "ACCUSE"


def test_an_ordered_curfew_closure_or_arrest_is_coercion() -> None:
    text = "Chile's president on Friday ordered a nightly curfew in the northern provinces."
    assert _coded(text)[0][0] == "COERCE"
    text = "The Chilean government ordered the radio station to suspend its broadcasts."
    assert _coded(text)[0][0] == "COERCE"
    # an order to appear or to withdraw stays a demand
    text = "A Chilean judge ordered the former minister to appear in court next week."
    assert _coded(text)[0][0] == "REQUEST"


def test_the_month_of_march_is_no_demonstration() -> None:
    assert _coded("Peru's ambassador has lived in Chile since March 2, 2025.") == []
    text = "Peru's ambassador arrived in Chile on 19 March."
    assert [e[0] for e in _coded(text)] == ["CONSULT"]
    # the verb stays a demonstration
    assert _coded("Chilean students will march in Santiago on Friday.")[0][0] == "PROTEST"


def test_young_people_or_a_crowd_in_violence_riot() -> None:
    text = "Hundreds of Chilean youths stormed the town hall in Valparaiso on Monday."
    assert _coded(text)[0][0] == "PROTEST"
    # an armed force named among the subject's words stays an assault
    text = "Hundreds of Chilean soldiers and youths stormed the town hall in Valparaiso."
    assert _coded(text)[0][0] == "ASSAULT"


# session 11 (s11-falsealarm): false alarms and missed accusations
# (docs/validation-events/session-11.md, "Issue 14, session 11 (s11-falsealarm)"); sentences
# of our own


def test_what_an_issued_or_adopted_document_does_is_the_act() -> None:
    text = "Norway's foreign ministry replied, issuing a statement accusing Iceland of overfishing."
    assert _coded(text)[0][:3] == ("ACCUSE", ["NOR"], ["ISL"])
    # the adopting body acts, not the name before the document noun
    text = "The Nordic Council has adopted Finland's resolution condemning Russian drills."
    first = _coded(text)[0]
    assert first[0] == "ACCUSE" and "FIN" not in first[1] and first[2] == ["RUS"]


def test_an_act_characterised_in_words_of_condemnation_is_an_accusation() -> None:
    text = "Chile's president described the seizure as a flagrant violation of maritime law."
    assert _coded(text)[0][:3] == ("ACCUSE", ["CHL"], [])
    text = "Peru considers Bolivia's new border posts to be a provocation, its minister said."
    assert _coded(text)[0][:3] == ("ACCUSE", ["PER"], ["BOL"])
    # a name inside the judgement is not the recipient
    text = "Chile's president described the raid as aggression against Argentina."
    assert _coded(text)[0][:3] == ("ACCUSE", ["CHL"], [])
    # a characterisation that condemns nothing is no accusation
    text = "Peru's president described the talks with Chile as constructive."
    assert all(e[0] != "ACCUSE" for e in _coded(text))


def test_an_infinitive_completing_a_definite_noun_is_its_purpose() -> None:
    text = "Peru's foreign minister said dialogue is the sensible path to settle the claim."
    assert all(e[3] != "settle" for e in _coded(text))
    text = "Lima said future talks to negotiate a maritime border with Chile are planned."
    assert all(e[3] != "negotiate" for e in _coded(text))
    # who did it first is reported
    text = "Chile's president became the first leader to visit Peru after the flood."
    assert [e[0] for e in _coded(text)][:1] == ["CONSULT"]
    # a decision reports its act; a plural subject before its verb is no noun phrase
    text = "Chile confirmed the decision to expel two Peruvian diplomats."
    assert any(e[3] == "expel" for e in _coded(text))
    text = "Bolivia protested as the two neighbours sought to expel its envoy."
    assert any(e[3] == "expel" for e in _coded(text))


def test_a_hardship_faced_is_no_meeting() -> None:
    assert _coded("Bolivia faces a severe fuel shortage this winter.") == []
    text = "Bolivian farmers are facing an unusually long drought, officials said."
    assert _coded(text) == []


def test_a_reported_judgement_of_an_act_as_harmful_is_an_accusation() -> None:
    text = "Chile's navy said Peru's manoeuvres posed a serious threat to Chilean fishermen."
    assert _coded(text)[0][:3] == ("ACCUSE", ["CHL"], ["PER"])
    text = "Bolivia's minister said that Chile's new dam risked worsening the drought."
    first = _coded(text)[0]
    assert first[:3] == ("ACCUSE", ["BOL"], ["CHL"])
    text = "Peru's president said Bolivia's border closures were simply unacceptable."
    assert _coded(text)[0][:3] == ("ACCUSE", ["PER"], ["BOL"])
    # a report that judges nothing stays a statement
    text = "Peru's president said Bolivia's border closures were temporary."
    assert all(e[0] != "ACCUSE" for e in _coded(text))


def test_a_wish_is_no_act_and_no_intent() -> None:
    text = "Most Bolivians want to join the Andean customs union, according to a survey."
    assert _coded(text) == []
    text = "Peru wants two thirds of the senators to approve the treaty with Chile."
    assert all(e[3] != "approve" for e in _coded(text))
    # a stated plan stays an intent
    text = "Peru plans to approve the treaty with Chile next month."
    assert _coded(text)[0][0] == "AGREE"


def test_a_verb_of_origin_is_no_act() -> None:
    text = "Chile's border dispute with Bolivia dates back to the war of 1879."
    assert all(e[3] != "back" for e in _coded(text))
    text = "The Bolivian envoy, who hails from the city of Potosi, said little."
    assert all(e[3] != "hails" for e in _coded(text))
    # support given back stays support
    text = "Peru said it would back Chile's candidate for the post."
    assert _coded(text)[0][0] in ("SUPPORT", "AGREE")


def test_a_clause_of_time_after_since_is_background() -> None:
    text = "The Bolivian president has lived in Peru since his government was overthrown in May."
    assert all(e[3] != "overthrown" for e in _coded(text))
    # a phrase of time after "since" holds no clause: its act is reported
    text = (
        "Thousands of Bolivians have fled since the start of May by fighting between the army "
        "and rebels."
    )
    assert any(e[3] == "fighting" for e in _coded(text))


def test_the_speaker_judges_and_the_judged_act_is_the_recipient() -> None:
    # a possessor of what was condemned is not the speaker of the judgement
    text = (
        "In reply, Peru's foreign minister rejected Chile's claims, describing them as a "
        "flagrant provocation."
    )
    assert ("ACCUSE", ["PER"]) in [e[:2] for e in _coded(text)]
    # a name inside the judgement is not the recipient
    text = "Peru's minister said that the new dam risked worsening Bolivia's drought."
    first = _coded(text)[0]
    assert first[0] == "ACCUSE" and "BOL" not in first[2]
