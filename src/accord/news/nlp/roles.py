"""Who did what to whom, read off a spaCy dependency parse (ClearNLP / OntoNotes labels).

For each predicate (a verb of the sentence) :func:`predicates` returns the heads of its agent
phrases, of its recipient phrases, and whether it is negated, passive or reported. The rules
are those of the dependency scheme (Choi & Palmer 2012, "Guidelines for the CLEAR style
constituent to dependency conversion"; the labels of spaCy's English pipelines):

* active voice: agent = ``nsubj``; recipients = ``dobj``, ``dative`` and the object of a
  preposition of direction or partnership (with, to, against, on, from, into, toward), also
  when that preposition hangs under the direct object ("held talks *with* Russia") or under
  an ``xcomp`` ("agreed *to meet* Putin");
* passive voice (``nsubjpass`` or ``auxpass``): agent = object of the ``agent`` "by",
  recipient = ``nsubjpass``;
* coordination: a ``conj`` of an argument is another argument ("France and Germany"), a
  ``conj`` verb without its own subject takes its head verb's ("met Putin and signed");
* apposition: the ``appos`` of an argument names the same actor ("Macron, the French
  president, ...": either side may carry the name);
* reported speech and quotation: a clause that is the ``ccomp`` of a verb of saying is the
  event; its speaker (the subject of the saying verb) is not its agent, except that a first
  person subject ("we", "I") inside the quotation is the speaker;
* negation: a ``neg`` child ("did not attack") or "never";
* relative clauses: a ``relcl`` without its own subject takes the noun it modifies, and a
  reduced passive ``acl`` ("areas occupied by Russia") takes its "by" agent.

This module is pure: it reads tokens of a parsed ``Doc`` and returns token indices (its one
state, the last parse's children in :func:`children`, is a cache of spaCy's answers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Tok = Any  # spacy.tokens.Token (spaCy's Cython classes carry no usable type information)

_CHILDREN: tuple[Any, list[tuple[Tok, ...] | None]] = (None, [])
"""The last parse whose words' children were asked (:func:`children`), and their children by
word index, each filled on its first ask."""


def children(tok: Tok) -> tuple[Tok, ...]:
    """``tuple(tok.children)``, spaCy's own answer, read once per word and parse: each access
    of ``Token.children`` runs two generators and builds a new Token object per child, and the
    role rules ask for the same words' children many times per sentence (docs/
    benchmarks-news.md, session 16). Only the last parse's are kept, so no parse outlives
    the next one (the kept tokens reference their ``Doc``)."""
    global _CHILDREN
    doc = tok.doc
    last = _CHILDREN
    if last[0] is not doc:
        last = _CHILDREN = (doc, [None] * len(doc))
    table = last[1]
    index: int = tok.i
    found = table[index]
    if found is None:
        found = table[index] = tuple(tok.children)
    return found


SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "from", "into", "toward", "towards", "at", "upon", "for"}
)
PHRASE_DEPS = frozenset(
    {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "flat", "npadvmod"}
)
SAY_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "state",
        "add",
        "announce",
        "claim",
        "report",
        "write",
        "insist",
        "stress",
        "note",
        "declare",
        "argue",
        "explain",
        "reiterate",
        "confirm",
        "assert",
    }
)
TIME_WORDS = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "today", "yesterday", "tomorrow"),
        *("day", "days", "week", "weeks", "weekend", "month", "months", "year", "years"),
        *("morning", "afternoon", "evening", "night", "hour", "hours", "time"),
    }
)
"""Heads of time phrases ("on Monday", "for two weeks"): no recipient. A word list, not the
NER's DATE/TIME entities, so that the pipeline can run without its NER (the coder's actors
come from the gazetteer; the NER was a third of the parse time)."""
PLACE_NOUNS = frozenset({"border", "frontier", "coast", "coastline", "borderland"})
"""Nouns whose national modifier names a place ("the Thai border"), with ``border_place``."""
SUBJECT_NOUN_PREPS = frozenset({"against", "on", "toward", "towards"})
NOT_DONE_LEMMAS = frozenset({"fail", "avoid"})
OBTAIN_LEMMAS = frozenset({"garner", "gain", "win", "secure", "obtain", "attract", "muster"})
"""Verbs of obtaining: what an actor "failed to" obtain is no act of its own
(``RoleRules.failed_to_obtain``)."""
ASK_LEMMAS = frozenset({"call", "appeal", "ask", "push", "press", "plead", "lobby", "advocate"})
"""Verbs of asking whose "for" phrase names what is asked for (``RoleRules.asked_for``)."""
THIRD_PERSON = frozenset({"he", "she", "it", "they"})
FIRST_PERSON = frozenset({"we", "i", "us", "me"})
COPULA_CLAUSES = frozenset({"ROOT", "ccomp"})
"""Where a copula heads a clause that can be an event: the sentence's root, or a reported
clause ("Starmer said Britain *was* ready to put troops in Ukraine")."""
CLAUSE_BREAKS = frozenset({"ccomp", "parataxis", "conj", "relcl", "advcl", "csubj"})
REPORTING_BREAKS = frozenset({"parataxis", "conj", "relcl", "advcl", "csubj", "acl"})
"""The clauses that are not part of what a predicate says or reports ("indicated *that he
would meet Zelensky*" keeps its complement; "a resolution *that portrayed Russia*" and "*but
avoids naming Russia*" are other clauses)."""


@dataclass(frozen=True)
class RoleRules:
    """Switches of the role rules added in issue 14's session-4 accuracy round, each kept or
    dropped by grouped cross-validation on the development data (``accord.news.nlp.rules_cv``;
    docs/validation-events/session-04.md). ``RoleRules()`` is the coder's behaviour before the
    round; :data:`DEFAULT_RULES` the chosen set.

    * ``coordinated_modifiers``: a coordinated adjective or compound names an actor too
      ("*Russian and Ukrainian* delegations met": RUS + UKR, coordination);
    * ``object_complement``: a recipient preposition inside the object's "of" complement is
      the verb's ("adopted a package *of sanctions against Russia*": RUS);
    * ``including``: the members after "including" are arguments ("called on all member
      states, *including Ukraine and Russia*");
    * ``future_meeting``: a meeting that "will"/"would" happen is an agreement to meet (PLOVER
      manual 3.2.1: "references to future meetings ... should be coded as AGREE");
    * ``meeting_place_no_target``: the place of a meeting is not its recipient (the meeting
      convention of :mod:`accord.news.meetings` decides the host);
    * ``strict_violence``: a violent type needs a violent verb, or a violent noun as the
      verb's subject or object, not a violent word anywhere in the clause (issue 14 item 5);
    * ``strict_self``: a target with the source's code is dropped unless the sentence says so
      (a reflexive) or their roles differ ("the government" and "rebels"; issue 14 item 5);
    * ``border_place``: a country that names a border, frontier or coast is a place, not a
      recipient nor the event's country ("captured a stronghold *on the Thai border*");
    * ``subject_noun_recipient``: an event noun as subject carries its recipient ("Palestinian
      *riots against Israeli policies* continued": ISR);
    * ``agentless_place``: an act with no named agent (an agentless passive, or a weapon or
      attack as subject: "a roadside bombing near Samarra killed a U.S. soldier") takes the
      state of the place it names as its actor (the OEDA/CAMEO convention the rules coder
      follows: "was arrested in Lebanon" is LBN -> the arrested);
    * ``domestic_all``: the domestic recipient of :func:`accord.news.nlp.coder._implicit_target`
      (the other side of the same state, a different actor) for every type, not only protest,
      coercion and assault ("the opposition agreed to postpone the demonstration in Baku");
    * ``pronoun_in_complement``: a pronoun subject of a complement clause is the governing
      clause's subject ("Trump indicated that *he* would meet ...": Trump), before the
      previous sentence's actor;
    * ``no_self_meeting``: a meeting whose participants are all one actor ("Putin discussed
      the matter with the Kremlin leader") is no event (issue 14 item 5);
    * ``no_purpose_clause``: an infinitive adverbial clause states a purpose, not an act ("a
      peacekeeping force *to help stabilize* the situation", "would meet Zelensky *to
      discuss* ..."): no predicate of its own;
    * ``no_hypothetical``: a clause under "could", "might" or "may" states a possibility, not
      an act ("European peacekeepers *could play* a crucial role"): no predicate of its own;
    * ``not_done``: "failed to", "avoided" report an act that did not happen, not a refusal
      ("the U.S. *failed to garner* enough support"; the rules coder's ``_NOT_DONE``);
    * ``fallback_if_required``: the rules coder's targets fill in a recipient the parse missed
      only for the types whose recipient PLOVER requires (COOPERATE, AID, SANCTION; manual
      3.5.2, 3.6.1, 3.13.1), not for a request or a statement that names none;
    * ``domestic_at_home``: ``domestic_all`` narrowed to sentences that name a place of the
      source's own country ("lifted a state of emergency in West Darfur State": the
      government acts on its population), so that no recipient is made up for an actor abroad;
      a name before a capitalised noun ("at the *US* Mission") is then no location at all;
    * ``opinion_clause``: a verb whose complement clause only says what something is
      ("suggesting that a ceasefire *is achievable*") states an opinion, not an act (the
      rules coder's ``_opinion``; CAMEO 01 statements are no PLOVER event).

    Session 5 (issue 14 item 5: no event a careful reader would reject):

    * ``no_noun_clause``: a clause that completes or describes a noun (``acl``: "Macron's
      suggestion *that peacekeepers could play* a role", "areas *occupied by Russia*")
      reports the noun's content or background, not an act of the sentence;
    * ``place_in_clause``: the place that gives an event its implicit recipient must be named
      in the predicate's own clause ("..., *calling* for a robust strategy" takes no
      recipient from "Russia's actions *in Ukraine*" in the clause before);
    * ``fallback_in_clause``: the rules coder's targets fill in a recipient only when they
      are named in the predicate's own clause, not in a relative or coordinated clause ("a
      resolution *that portrayed Russia*", "calls for an end ... *but avoids naming Russia*");
    * ``not_done_complement``: what "failed" or "avoided" governs, through their complement
      and its conjuncts, did not happen ("avoids naming Russia *or demanding* a
      withdrawal"): no predicate of its own (the verb "failed" itself is ``not_done``);
    * ``fallback_not_background``: narrower than ``fallback_in_clause``: the rules coder's
      targets fill in a recipient unless they are named only in a relative clause ("a
      resolution *that portrayed Russia*") or in an act that did not happen ("avoids *naming
      Russia*");
    * ``pronoun_number``: "it", "he", "she" stand for one actor: a pronoun does not take a
      previous source of several actors ("France and the UK refrained ... *it* failed").

    Session 5, round 2 (issue 14: the nlp coder finds fewer events than the rules coder):

    * ``rules_when_silent``: a sentence in which the nlp coder codes no event takes the rules
      coder's events for it (the hybrid of :func:`accord.news.nlp.coder._rules_targets`
      widened from a missing recipient to a missing event: a predicate the parse does not
      give an actor agent, a nominal event, a clause the head types ``NONE``).

    Session 5, round 3 (issue 14: the nlp coder's recipients are less often right than the
    rules coder's):

    * ``fronted_phrase``: a prepositional phrase of the verb placed before its subject is the
      setting, not a partner ("*At the United Nations*, France and the UK refrained ...": no
      UN recipient);
    * ``rules_targets_same_type``: when the rules coder codes the sentence with the same type
      and a shared source, its recipients replace the parse's (on the session-5 held-out
      scoring the rules coder's target accuracy was 0.773, the nlp coder's 0.568; the parse
      keeps the event's type, agent and mode, and its recipients where the coders disagree
      on the type); they pass the hybrid fallback's background filters.

    Session 7 (issue 14 item 5):

    * ``asked_for``: the object of "for" after a verb of asking ("called *for the creation of
      a Ukrainian military force*", "called for tougher measures against Moscow") is what is
      asked for, not the party asked (CAMEO 10: "called *on* X", "urged X"): no recipient;
    * ``avoided``: ``not_done`` for "avoid" alone: what an actor avoids doing it does not do,
      and avoiding answers no request, so it is no refusal (CAMEO 12 is the rejection of a
      proposal or demand): "the plan *avoids* naming Russia" codes nothing. ("failed",
      the other verb of ``not_done``, also heads the content of complaints, "authorities
      *are failing to uphold* rights, a rights group protested", which the gold codes.)

    Session 8 (issue 14 item 5):

    * ``failed_to_obtain``: "failed to garner/gain/win ..." (:data:`OBTAIN_LEMMAS`) reports
      support or backing the actor did not get: no act of the actor's on anyone, and no
      refusal either (CAMEO 12 is the rejection of a proposal or demand): no predicate.
      "failing to uphold rights" (an obligation not met, the content of a complaint) stays;
    * ``noun_infinitive``: an infinitive whose "to" follows the object of a preposition
      ("reflected on past *failures to react*") completes that noun, even where the parse
      makes it the verb's ``xcomp``: it does not type a verb that has no dictionary entry of
      its own (:func:`noun_infinitive`);
    * ``participle_after_relative``: a participle clause right after a "who" relative clause
      ("Joe Biden, *who had been a staunch supporter of Ukraine*, providing both military
      aid ...") takes that clause's subject, the noun the relative describes, when it has no
      subject of its own: a participle is read with the nearest clause, whatever the
      parse attaches it to (issue 14 item 5: the actor is the subject of the clause, not the
      nearest name nor the main clause's possessor).

    Session 9 (issue 14: the nlp coder's actors below the rules coder's, most of the gap
    being gold events it leaves uncoded):

    * ``negated_reject``: a negated predicate that the head types ``REJECT`` is a refusal
      ("would not *accept* any more refugees", "would not *bow down*"): the head has read
      the negation in the clause's text, so the negation filter does not drop it (a negated
      hostile act is still no event);
    * ``rules_when_abstained``: a sentence where the parse gives at least one predicate an
      actor agent but the head types every one ``NONE`` or under its threshold takes the
      rules coder's events for it whose type the head gives at least
      :data:`accord.news.nlp.coder.ABSTAIN_FLOOR` in one of those predicates (the head's
      abstention is a weak "no", which the rules coder's event overrules only where the head
      does not rule its type out; narrower than ``rules_when_silent``, which also fills
      sentences with no actor agent and ignores the head);
    * ``abstained_same_type``: narrows ``rules_when_abstained`` to the rules coder's events
      whose type is the head's best type other than ``NONE`` in one of the predicates: the
      two coders agree on the type, the head was only not sure enough to code it;
    * ``rules_without_agent``: the part of ``rules_when_silent`` that ``rules_when_abstained``
      leaves out: a sentence where the parse gives no predicate an actor agent (a nominal
      event, an actor the gazetteer names outside any subject) takes the rules coder's
      events for it; the head has not read such a sentence at all.

    Session 9 (s9-silent; written after the development error it removes was read):

    * ``fallback_not_conditional``: a rules-coder event that a fallback above adds
      (``rules_when_silent``, ``rules_without_agent``, ``rules_when_abstained``) is dropped
      when its trigger stands in a conditional construction: in an adverbial clause opened by
      "if" or "unless", or in a clause that such a clause modifies ("*If* the ceasefire holds,
      Norway will *send* engineers"): the act is stated as depending on a condition, not as
      done or decided (PLOVER codes acts and announced decisions; the rules coder has no rule
      for it, the nlp head reads the clause's text).

    Session 10 (s10-fallback: a fallback that keeps the nlp coder's deliberate rejections):

    * ``fallback_not_rejected``: a rules-coder event that a fallback above adds is dropped
      where the nlp coder left the sentence uncoded on purpose rather than for want of a
      reading: its trigger stands in a clause that a role rule drops (:func:`dropped`: a
      purpose, an act not done, a noun's content, a possibility ...), or in a clause whose
      predicate the head typed (best label not ``NONE``, above its threshold) and a role
      rule then removed (negation, an actor meeting itself, a violent type without violence),
      or in a clause with no actor agent that states no act (an expectation: "the envoy is
      expected in Riyadh"), whose subject is a pronoun the nlp coder found no actor for, or
      whose subject names no actor while the event's sources are named outside the clause
      (the actor is the clause's subject, not the nearest name). The event that remains
      passes the nlp coder's own rejections of an event: no meeting of an actor with itself,
      no negated act but a refusal, no violent type without a violent word in its clause.
      Where the parse found no predicate for the trigger or the head abstained, the rules
      coder's event stands.
    Session 10 (s10-nlptypes: the nlp coder's wrong types, 107 on the development files; in
    all but a few the head's type is its verb's dictionary type, and the rules coder, whose
    rules read more of the sentence, has the gold type on 49 of them):

    * ``rules_type_same_trigger``: when the rules coder codes the same sentence with an event
      whose trigger holds the predicate's verb and whose type differs from the head's, and
      the head's probability of its own type exceeds that of the rules coder's by less than
      :data:`accord.news.nlp.coder.TYPE_MARGIN`, the event takes the rules coder's type ("Chile
      *expelled* the ambassador of Peru": SANCTION where the head says ACCUSE);
    * ``rules_type_in_clause`` (with ``rules_type_same_trigger``): where no rules-coder event
      has the verb as its trigger, one whose trigger is a word of the predicate's own clause
      and whose source is the predicate's first agent gives the type the same way
      ("*decided* to *impose* sanctions": SANCTION, not AGREE). Written after reading the
      wrong types left by ``rules_type_same_trigger``;
    * ``rules_mode_same_trigger``: the mode of an event is that of the rules coder's event of
      the same type on the same trigger verb, whose CAMEO code is read with the whole pattern
      ("*accused* ... of" allege), not the verb's first dictionary sense of the type
      (disapprove). Written after a count of mode errors on the development files.
    * ``rules_expulsion`` (session 27, s27-expel): where the head abstains on a predicate
      whose verb the rules coder reads as the expulsion of diplomats (SANCTION ``expel``,
      docs/event-coding.md: "Expelling diplomats (or ordering them to leave) is SANCTION
      `expel`"; ``accord.news.coding._expelled_envoy``: "declared the attache *persona non
      grata*"), the predicate takes SANCTION, as ``rules_type_same_trigger`` gives it the
      rules coder's type where the head types it.
    * ``rules_arms_sale`` (session 30, s30-armsale): docs/event-coding.md, "An approved or
      delivered arms sale is AID `military` [...] A sale only offered or promised is AGREE,
      mode `military`". Where the head abstains on a predicate whose verb the rules coder
      reads as an arms sale (``accord.news.coding._arms_sale``), the predicate takes the rules
      coder's type; where the event's type is that sale's, its mode is ``military``.

    Session 12 (s12-nlpactors: the nlp coder's right types with wrong actors):

    * ``complement_members``: every member of a list in an agent's or recipient's "of" or
      "from" complement is an actor of the predicate ("the ministers *of Chile and Peru*
      met", "envoys *from Ghana and Togo* signed": both countries), as the stance reader
      already took the members of an "of" list (:meth:`accord.news.nlp.coder.NlpCoder.
      clause_agents`); before, only the first member of an "of" list was read and a "from"
      complement not at all.

    Session 12 (s12-nlpactors2: recipients the parse does not give):

    * ``domestic_default``: a protest, coercion or assault (:data:`accord.news.nlp.coder.
      DOMESTIC_TYPES`) of one state's actors that is left with no recipient after every other
      rule (none parsed, none borrowed, or only mentions of the source's own state that the
      same-actor filters drop: "the government *banned* the opposition party", "the air force
      *killed* militia members") falls on the other side of that state (its population for the
      state and its forces, its government for anyone else): the gold standard's domestic
      convention (docs/event-coding.md), which the rules coder applies to every such act and
      :func:`accord.news.nlp.coder._implicit_target` applied to the state's own acts only
      where the sentence names a place of its own country.

    Session 12 (s12-recall: gold events the nlp coder leaves uncoded):

    * ``violent_pattern``: a violent type's clause names a violent act also where the rules
      coder codes a violent event whose trigger is a word of that clause: a specific violent
      pattern of the dictionary ("*used* tear gas", "*lobbed* tear gas") or a violent word
      read with its inflection undone ("after fierce *fighting*"), which the lemma test
      (:data:`accord.news.coding.VIOLENT_LEMMAS` on spaCy's lemmas) misses; both the head's
      violent types and the fallback's violent events pass it.

    Session 13 (s13-nlptargets: recipients where the two coders agree on the type):

    * ``rules_recipient``: a predicate left with no recipient after every other rule takes
      the recipients of the rules coder's event of the same type (the one whose trigger holds
      the predicate's verb, else one sharing a source's country, else the first), less those
      that are a source again and those the fallback refuses: a recipient of the source's own
      country that names another sector of that state ("Nairobi warned that *the police*
      ...", "a police spokesman accused *the security forces*") is kept, by the rules coder's
      same-actor test; one that names the state itself or its people stays dropped, by the
      nlp coder's (issue 14 item 5: "Rubio warned that Washington ...").

    Session 15 (s15-recipient: the nlp coder's events without the recipient the gold names):

    * ``fallback_domestic_recipient``: a rules-coder event that a fallback keeps with no
      recipient, whose sources are of one state, takes the actors the rules coder gives it
      when a subject that names no actor stands for the state of the verb's object (its
      ``object_recipient``, which the fallback otherwise turns off): an unnamed agent of that
      state as the source, the object as the recipient. "The coalition accused *the
      authorities* of ..." is MLI -> MLI, the domestic convention, not the authorities with
      no recipient (:func:`accord.news.nlp.coder._domestic_recipient`; a joint act of several
      states takes none).

    Session 17 (s17-rank: which event of a sentence comes first):

    * ``learned_first``: in a sentence where the coder codes events, a model learned on the
      development gold (:mod:`accord.news.event_choice`) chooses among them and the rules
      coder's events of the sentence; the coder's event of the chosen type (its own actors)
      comes first, a rules event only where the coder has none of that type; nothing is
      dropped (:func:`accord.news.event_choice.reorder`);
    * ``learned_gate``: in a sentence the coder leaves uncoded, the rules event the model
      scores highest, if its score reaches the model's gate. Off: it puts back events the
      coder's conventions refuse on purpose (an actor meeting itself, an agentless
      expectation; docs/validation-events/session-17-rank.md).

    Session 23 (s23-nlpclaim: the gold convention on reported judgements, docs/event-coding.md):

    * ``reported_judgement``: a reported clause that judges wrong-doing ("India reported
      *Pakistan violated* the ceasefire", "said *Cambodia's actions posed a direct threat*";
      :func:`accord.news.coding.judges_wrong`, the rules coder's test) is the speaker's
      accusation: ACCUSE speaker -> the clause's agent, not an act of the agent. As with a
      reported obligation, only where both the speaker and the agent name an actor.

    Session 26 (s26-accuse: a verb of saying that only states, CAMEO 01, docs/event-coding.md):

    * ``statement_not_accuse``: a verb of saying that reports a clause ("said the drill was
      designed to deepen cooperation") and that the head types ACCUSE is a statement, which
      codes nothing (CAMEO 01), unless a word of the clause it reports judges wrong-doing
      (:func:`accord.news.coding.judges_wrong`, the rules coder's test: "said the launches
      have been unforgivable", "claimed Thailand broke the ceasefire" stay ACCUSE), and
      unless the rules coder codes the verb or a word of that clause ACCUSE (the CAMEO
      dictionary codes "claim" and "argue" 110, disapprove, and "say", "tell", "state" 010,
      a statement). The rules coder's events of the dropped verb's clause are not thereby
      rejected (``fallback_not_rejected``): "claimed that it had sunk a cargo ship" keeps the
      rules coder's reading of the act of force it reports.

    Session 27 (s27-deny: docs/event-coding.md's "dismissing, disputing, denying or refuting a
    claim, accusation, report, figures or proposal is REJECT"):

    * ``rejected_claim``: a verb of dismissal or denial whose direct object is a claim, a
      charge, an accusation, a report, figures or a proposal ("Kabul denied the claim",
      "dismissed Trump's statements"; :func:`accord.news.coding.rejects_claim`, the rules
      coder's test, on the verb and its object's head) is REJECT whatever the head types it,
      its subject the source and the claim's owner the recipient; a participle of the verb
      ("denied the claim, accusing Pakistan of ...") is ranked after it.
    """

    coordinated_modifiers: bool = False
    object_complement: bool = False
    including: bool = False
    future_meeting: bool = False
    meeting_place_no_target: bool = False
    strict_violence: bool = False
    strict_self: bool = False
    border_place: bool = False
    subject_noun_recipient: bool = False
    agentless_place: bool = False
    domestic_all: bool = False
    pronoun_in_complement: bool = False
    no_self_meeting: bool = False
    no_purpose_clause: bool = False
    no_hypothetical: bool = False
    not_done: bool = False
    not_done_complement: bool = False
    fallback_if_required: bool = False
    domestic_at_home: bool = False
    opinion_clause: bool = False
    no_noun_clause: bool = False
    place_in_clause: bool = False
    fallback_in_clause: bool = False
    fallback_not_background: bool = False
    pronoun_number: bool = False
    rules_when_silent: bool = False
    fronted_phrase: bool = False
    rules_targets_same_type: bool = False
    asked_for: bool = False
    avoided: bool = False
    failed_to_obtain: bool = False
    noun_infinitive: bool = False
    participle_after_relative: bool = False
    negated_reject: bool = False
    rejected_claim: bool = False
    rules_when_abstained: bool = False
    abstained_same_type: bool = False
    rules_without_agent: bool = False
    fallback_not_conditional: bool = False
    fallback_not_rejected: bool = False
    rules_type_same_trigger: bool = False
    rules_type_in_clause: bool = False
    rules_mode_same_trigger: bool = False
    rules_expulsion: bool = False
    rules_arms_sale: bool = False
    complement_members: bool = False
    domestic_default: bool = False
    violent_pattern: bool = False
    rules_recipient: bool = False
    fallback_domestic_recipient: bool = False
    learned_first: bool = False
    learned_gate: bool = False
    reported_judgement: bool = False
    statement_not_accuse: bool = False

    def switched_on(self) -> tuple[str, ...]:
        """The names of the switches that are on."""
        return tuple(name for name, on in vars(self).items() if on)


LEGACY_RULES = RoleRules()


@dataclass(frozen=True)
class Predicate:
    """One verb and its arguments, as token indices of the parsed document."""

    verb: int
    agents: tuple[int, ...]
    recipients: tuple[int, ...]
    negated: bool = False
    passive: bool = False
    inner_negated: bool = False  # a negation in the xcomp ("decided not to impose")
    speakers: tuple[int, ...] = ()  # the subject of the verb of saying that reports it
    main: bool = False  # the clause that carries the sentence (root, or what the root reports)
    first_person: bool = False  # the agent is "we"/"I" (resolved to the speaker)
    obligation: bool = False  # "must"/"should": in a reported clause, the speaker's demand


def expand(tok: Tok, rules: RoleRules = LEGACY_RULES) -> list[Tok]:
    """An argument head with its coordinated and apposed heads ("X and Y", "X, the Z"), and
    with ``rules.including`` the members it names ("states, including X and Y")."""
    out: list[Tok] = []
    todo = [tok]
    while todo:
        head = todo.pop(0)
        if head in out:
            continue
        out.append(head)
        todo.extend(c for c in children(head) if c.dep_ in ("conj", "appos"))
        if rules.including:
            todo.extend(_pobjs(head, frozenset({"including"})))
    return out


def _pobjs(tok: Tok, preps: frozenset[str]) -> list[Tok]:
    return [
        g
        for c in children(tok)
        if c.dep_ == "prep" and c.lower_ in preps
        for g in children(c)
        if g.dep_ == "pobj"
    ]


def phrase(tok: Tok, rules: RoleRules = LEGACY_RULES) -> list[Tok]:
    """The words of a noun phrase that name its referent: modifiers, compounds, possessors and
    "of" complements ("the president of France"), not its clauses or other prepositions; with
    ``rules.coordinated_modifiers`` also a modifier's conjuncts ("Russian and Ukrainian")."""
    out = [tok]
    for child in children(tok):
        if child.dep_ in PHRASE_DEPS:
            out.extend(phrase(child, rules))
        elif child.dep_ == "prep" and child.lower_ == "of":
            for grand in children(child):
                if grand.dep_ == "pobj":
                    out.extend([child, *phrase(grand, rules)])
        elif (
            rules.coordinated_modifiers
            and child.dep_ == "conj"
            and tok.dep_ in ("amod", "compound")
        ):
            out.extend(phrase(child, rules))
    return sorted(out, key=lambda t: t.i)


def _own_subject(verb: Tok) -> list[Tok]:
    return [c for c in children(verb) if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]


def _is_passive(verb: Tok) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in children(verb))


def _by_agent(verb: Tok) -> list[Tok]:
    return [g for c in children(verb) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]


def _inherited_subject(verb: Tok) -> list[Tok]:
    """The subject a verb without one takes from its context (coordination, control,
    relative clause)."""
    seen = 0
    current = verb
    while seen < 6:
        seen += 1
        head = current.head
        if head.i == current.i:  # the root (tokens are compared by index: `is` never holds)
            return []
        if current.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
            own = [c for c in children(head) if c.dep_ in SUBJECT_DEPS]
            if own:
                return own
            current = head
            continue
        if current.dep_ == "relcl":
            return [head]
        return []
    return []


def _recipients(verb: Tok, rules: RoleRules = LEGACY_RULES) -> list[Tok]:
    """Objects and partners of a verb, following its xcomp chain and its objects'
    prepositions; the subject of a that-clause of a non-saying verb ("demanded that the US
    match ...": who is asked) when there is no direct object."""
    out: list[Tok] = []
    frontier = [verb]
    while frontier:
        node = frontier.pop(0)
        for child in children(node):
            if child.dep_ in OBJECT_DEPS:
                out.append(child)
                frontier.extend(expand(child, rules))  # "held talks with X": under "talks"
                if rules.object_complement:  # "a package of sanctions against Russia"
                    frontier.extend(_pobjs(child, frozenset({"of"})))
            elif (
                child.dep_ == "prep"
                and (child.lower_ in RECIPIENT_PREPS or (child.lower_ == "by" and node is not verb))
                and not (rules.fronted_phrase and node is verb and _fronted(verb, child))
                and not (rules.asked_for and _asked_for(node, child))
            ):  # "rejected calls by Belarus's rulers": who made the call is the recipient
                out.extend(
                    g
                    for g in children(child)
                    if g.dep_ == "pobj"
                    and g.lower_ not in TIME_WORDS
                    and not (rules.border_place and g.lemma_.lower() in PLACE_NOUNS)
                )
            elif node is verb and not _has_object(verb) and child in complements(verb):
                frontier.append(child)  # "agreed to meet Putin", not "urged Putin to stop X"
    if not out and verb.lemma_ not in SAY_LEMMAS:
        for child in children(verb):
            if child.dep_ == "ccomp":
                out.extend(c for c in children(child) if c.dep_ in SUBJECT_DEPS)
    return out


def _asked_for(node: Tok, prep: Tok) -> bool:
    """``prep`` is the "for" of a verb or noun of asking ("called for", "calls for"): its
    object is what is asked for, not who is asked (``RoleRules.asked_for``)."""
    return prep.lower_ == "for" and node.lemma_.lower() in ASK_LEMMAS


def _fronted(verb: Tok, prep: Tok) -> bool:
    """A prepositional phrase of ``verb`` placed before its subject: in English the subject
    precedes the verb's partners, so a phrase before it sets the scene ("At the United
    Nations, France ... refrained")."""
    subjects = [c.i for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and prep.i < min(subjects)


def _has_object(verb: Tok) -> bool:
    return any(c.dep_ in OBJECT_DEPS for c in children(verb))


def _has_negation(verb: Tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in children(verb))


def _negated(verb: Tok) -> bool:
    """A negation of the verb itself (or, for an xcomp, of the verb it completes)."""
    heads = [verb.head] if verb.dep_ == "xcomp" else []
    return any(_has_negation(v) for v in [verb, *heads])


def _inner_negated(verb: Tok) -> bool:
    """A negation inside the verb's xcomp ("decided not to impose", "urged X not to ..."): it
    negates the event only when the inner verb is what types it (:func:`prior_verb`)."""
    return any(_has_negation(c) for c in complements(verb))


def complements(verb: Tok) -> list[Tok]:
    """The verb's open complements: its ``xcomp`` ("agreed *to meet*"), or, for a copula, the
    ``xcomp`` of its adjective ("Britain was ready *to put* troops", "he is prepared *to
    lift* the ban")."""
    out = [c for c in children(verb) if c.dep_ == "xcomp"]
    if not out and verb.pos_ == "AUX":
        out = [g for c in children(verb) if c.dep_ == "acomp" for g in children(c)]
        out = [g for g in out if g.dep_ == "xcomp"]
    return out


def clause_tokens(verb: Tok, breaks: frozenset[str] = CLAUSE_BREAKS) -> list[Tok]:
    """The words of a predicate's own clause: its subtree without the clauses hanging off it
    (reported, coordinated, relative or adverbial clauses are their own predicates); with
    ``breaks`` :data:`REPORTING_BREAKS`, the clause with what it reports."""
    out: list[Tok] = []
    todo = [verb]
    while todo:
        node = todo.pop()
        out.append(node)
        for child in children(node):
            if child.dep_ in breaks and child.pos_ in ("VERB", "AUX"):
                continue
            todo.append(child)
    return sorted(out, key=lambda t: t.i)


def _opinion(verb: Tok) -> bool:
    """The verb's only complement clause is a copula with an adjective and no modal ("that a
    ceasefire is achievable"), and the verb has no object of its own."""
    clauses = [c for c in children(verb) if c.dep_ == "ccomp"]
    if len(clauses) != 1 or _has_object(verb):
        return False
    (clause,) = clauses
    return (
        clause.pos_ == "AUX"
        and any(c.dep_ == "acomp" for c in children(clause))
        and not any(c.dep_ == "aux" for c in children(clause))
    )


def _not_done(verb: Tok) -> bool:
    """A verb that "failed" or "avoided" governs through its complement and coordination
    ("avoids naming Russia *or demanding* a withdrawal"): an act that did not happen."""
    node = verb
    for _ in range(6):
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in NOT_DONE_LEMMAS:
            return True
    return False


def _failed_to_obtain(verb: Tok) -> bool:
    """ "failed to garner enough support": "fail" with an open complement of obtaining
    (``RoleRules.failed_to_obtain``)."""
    if verb.lemma_.lower() != "fail":
        return False
    return any(c.lemma_.lower() in OBTAIN_LEMMAS for c in complements(verb))


def _relative_before(verb: Tok) -> list[Tok]:
    """The noun a "who" relative clause describes when ``verb`` is a participle right after
    that clause and its comma ("Joe Biden, who had been a staunch supporter of Ukraine,
    *providing* ..."; ``RoleRules.participle_after_relative``), else []."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2:
        return []
    comma = verb.doc[verb.i - 1]
    if comma.text != ",":
        return []
    for tok in verb.sent:
        if tok.dep_ != "relcl" or tok.i >= verb.i:
            continue
        words = list(tok.subtree)
        who = any(t.lower_ == "who" and t.dep_ in SUBJECT_DEPS for t in words)
        if who and words[-1].i == comma.i - 1:
            return [tok.head]
    return []


def noun_infinitive(verb: Tok) -> bool:
    """The verb's open complement is an infinitive whose "to" follows the object of a
    preposition ("reflected on past *failures to react*"): it completes that noun, not the
    verb (``RoleRules.noun_infinitive``)."""
    for comp in complements(verb):
        to = next((c for c in children(comp) if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None or to.i < 1:
            continue
        noun = verb.doc[to.i - 1]
        if noun.pos_ == "NOUN" and noun.dep_ == "pobj":
            return True
    return False


def background_words(sent: Any) -> set[int]:
    """Token indices of a sentence's relative clauses and of what "failed"/"avoided" govern:
    words that describe a noun or an act that did not happen, not a participant of the
    sentence's acts (``RoleRules.fallback_not_background``)."""
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ == "relcl" or (tok.pos_ == "VERB" and tok.lemma_.lower() in NOT_DONE_LEMMAS):
            out.update(t.i for t in tok.subtree if t.i != tok.i or tok.dep_ == "relcl")
    return out


def _purpose(verb: Tok) -> bool:
    """An infinitive adverbial or adnominal clause ("to discuss", "to help stabilize")."""
    return verb.dep_ in ("advcl", "acl", "relcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)
    )


def _speaker_of(verb: Tok) -> list[Tok]:
    head = verb.head
    if verb.dep_ in ("ccomp", "parataxis") and head.lemma_ in SAY_LEMMAS:
        return [c for c in children(head) if c.dep_ in SUBJECT_DEPS]
    # "..., according to X"
    return [
        g
        for c in children(verb)
        if c.dep_ == "prep" and c.lower_ == "according"
        for p in children(c)
        for g in children(p)
        if g.dep_ == "pobj"
    ]


def heads_clause(tok: Tok) -> bool:
    """The token is a verb that :func:`predicates` reads as a clause of its own: not an
    auxiliary, not a copula outside :data:`COPULA_CLAUSES`, not an ``xcomp`` ("agreed to
    meet" is read as part of its head's clause)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass", "xcomp"):
        return False
    return tok.pos_ != "AUX" or tok.dep_ in COPULA_CLAUSES


def clause_verb(tok: Tok) -> Tok | None:
    """The verb of the clause that holds ``tok``: the token itself or its nearest head that
    :func:`heads_clause` (the trigger "talks" of "held talks" is in the clause of "held");
    None for a token under no such verb (a sentence without a verb)."""
    node = tok
    while not heads_clause(node):
        if node.head.i == node.i:  # the root (spaCy makes a new Token on each access: no ``is``)
            return None
        node = node.head
    return node


def dropped(tok: Tok, rules: RoleRules) -> bool:
    """The role rules under which the clause that ``tok`` heads states no act, so that it is
    no predicate (a purpose, an act not done, an opinion, a noun's content, a possibility)."""
    lemma = tok.lemma_.lower()
    return (
        (rules.no_purpose_clause and _purpose(tok))
        or (rules.not_done and lemma in NOT_DONE_LEMMAS)
        or (rules.avoided and lemma == "avoid")
        or (rules.failed_to_obtain and _failed_to_obtain(tok))
        or (rules.not_done_complement and _not_done(tok))
        or (rules.opinion_clause and _opinion(tok))
        or (rules.no_noun_clause and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"))
        or (
            rules.no_hypothetical
            and any(
                c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in children(tok)
            )
        )
    )


def predicates(sent: Any, rules: RoleRules = LEGACY_RULES) -> list[Predicate]:
    """The predicates of a parsed sentence (a spaCy ``Span``), main clause first."""
    root = sent.root
    main = root
    if root.lemma_ in SAY_LEMMAS:
        reported = [c for c in children(root) if c.dep_ in ("ccomp", "parataxis")]
        if reported:
            main = reported[0]
    out: list[Predicate] = []
    for tok in sent:
        if not heads_clause(tok) or dropped(tok, rules):
            continue
        passive = _is_passive(tok)
        subjects = _own_subject(tok)
        if not subjects and rules.participle_after_relative:
            subjects = _relative_before(tok)
        subjects = subjects or _inherited_subject(tok)
        if tok.dep_ == "acl" and not subjects:
            passive, subjects = True, [tok.head]  # "areas occupied by Russia"
        if passive:
            agents = _by_agent(tok)
            recipients = [s for s in subjects if s.dep_ not in SUBJECT_DEPS] or subjects
            recipients += _recipients(tok, rules)
        else:
            agents, recipients = subjects, _recipients(tok, rules)
            if rules.subject_noun_recipient:
                # "Palestinian riots against Israeli policies continued"
                nouns = [a for a in agents if a.pos_ == "NOUN"]
                recipients += [g for a in nouns for g in _pobjs(a, SUBJECT_NOUN_PREPS)]
        speakers = _speaker_of(tok)
        # "we"/"I" in a quotation, and "it"/"he"/"they" in a reported clause ("Iraq said it
        # would allow ..."), stand for the speaker
        first_person = bool(agents and speakers) and all(
            a.lower_ in FIRST_PERSON | THIRD_PERSON for a in agents
        )
        out.append(
            Predicate(
                verb=tok.i,
                agents=tuple(t.i for a in agents for t in expand(a, rules)),
                recipients=tuple(t.i for r in recipients for t in expand(r, rules)),
                negated=_negated(tok),
                inner_negated=_inner_negated(tok),
                passive=passive,
                speakers=tuple(t.i for s in speakers for t in expand(s, rules)),
                main=tok.i == main.i,
                first_person=first_person,
                obligation=any(
                    c.dep_ == "aux" and c.lower_ in ("must", "should") for c in children(tok)
                ),
            )
        )
    out.sort(key=lambda p: (not p.main, p.verb))
    return out


def clause_text(verb: Tok) -> str:
    """The clause of a predicate as text (its words in order, space-separated)."""
    return " ".join(t.text for t in clause_tokens(verb))


def prior_verb(verb: Tok) -> Tok:
    """The verb whose dictionary entry types the predicate: the verb itself, or the verb of
    its xcomp chain ("continued to *send*", "decided to *impose*") when it has one."""
    chain = [verb]
    while True:
        nxt = next(iter(complements(chain[-1])), None)
        if nxt is None or len(chain) > 3:
            return chain[-1] if len(chain) > 1 else verb
        chain.append(nxt)


def particle_of(verb: Tok) -> str:
    """The verb's particle or first preposition ("called *for*", "pulled *out*"), or ""."""
    for child in children(verb):
        if child.dep_ in ("prt", "prep") and child.i > verb.i:
            return str(child.text)
    return ""
