"""``assess``: how worried to be about the person, from the conversation so far.

Three layers, each adding evidence to the ``Assessment``'s signals:
1. pattern rules over normalised text (``rules``), with benign look-alikes (``lookalikes``)
   masked first;
2. an optional semantic classifier over each message's embedding (the turn embeds the new message
   once; earlier ones come from the caller's cache); a long message is read in windows
   (``windows``), never truncated; in a short one a look-alike keeps the vote off the whole
   message, and the sentences beside it are voted on alone when they read as risk;
3. conversation context: risk is sticky, a method question after distress is a crisis, and a
   retraction does not lower the level. Two things context may lower: a short message the
   classifier alone raised, after a benign opener, is read again together with that opener
   ("heading to the tracks now" after talk of a steam train), from vectors already computed;
   and a goodbye (a letter, things given away) just after its occasion is named (a retirement,
   a move abroad).
Otherwise the level only goes up through these layers. Nothing here calls an LLM or the network.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from . import rules, windows
from . import rules_context as context
from .assessment import Assessment, Level
from .lookalikes import LOOK_ALIKES
from .normalize import normalize, readable_share

CLASSIFIER_MIN = {Level.DISTRESS: 0.6, Level.ELEVATED: 0.6, Level.CRISIS: 0.7}
"""How sure the classifier must be to raise a message to each level on its own. Chosen by 5-fold
cross-validation on the training set: at 0.7 a crisis vote kept false crisis calls on none and
distress messages under 3% (never on the evaluation sets)."""
CRISIS_VOTE_FOR_SUPPORT = 0.5
"""A weaker crisis vote still raises to elevated, so human support is shown and the person is
asked directly."""

LONG_ELEVATED_MIN = 0.9
"""How sure an elevated vote must be to raise a message longer than ``windows.WINDOWED_FROM``
(longer than any training message) on its own. Chosen on the long messages of the read sets that
the rules read as distress at most: with an elevated vote of 0.9 or more, 28 were labelled
elevated and 11 distress or none; from 0.6 to 0.9, none was elevated and 20 were distress or none
(a heavy story of grief or work read as risk). The one crisis among them is the rules' to catch.
Unless ``LONG_CRISIS_KEEP``: the twenty-first blind set's first run lost a crisis this way (an
elevated vote of 0.85 with a crisis probability of 0.37, where the distress messages' were 0.21
at most, or a window's crisis explained away, see ``windows.WHOLE_SURE``)."""
LONG_CRISIS_KEEP = 0.3
"""A crisis probability at which a long message's lukewarm elevated vote still raises it."""
VERY_LONG_FROM = 500
VERY_LONG_CRISIS_MIN = 0.95
"""How sure a crisis vote must be to make a message of more than ``VERY_LONG_FROM`` characters a
crisis on its own; a less sure one raises it to elevated. Chosen on the read sets: of the messages
that long the classifier alone made a crisis, with a vote under 0.95 two were labelled crisis and
twelve not (eight of them distress); at 0.95 or more, fifteen crisis and six distress."""

QUOTED = re.compile(r"(?<![a-z])'[^']{1,40}'(?![a-z])")
"""A short span in single quotes (after ``normalize``, curly quotes are straight)."""
SURE_OVER_LOOK_ALIKE = 0.99
"""A crisis vote this sure still raises a message in which the rules found a look-alike. On the
read sets such votes were three crises and one benign message; on XSTest, none."""
BENIGN_LEAD_MAX = 100
"""Longest last message read together with a benign message before it. The step is for short
arrivals ("it's tonight" after a nativity costume): a longer message carries its own meaning, and
reading it with small talk before it turned clear crises into distress (the twenty-second blind
set: a shop closed, the milk cancelled, "going up the headland tonight", after "quiet day in the
shop"). Between 100 and 1,000 characters, no read set's level changed but three such crises."""

BESIDE_SCREEN_MIN = 0.7
"""How sure the character head must be that the sentences beside a look-alike are risk before
they are embedded and voted on ("this job is killing me. i won't be around to see the next rota
anyway"). A sentence lifted out of its message is often misread by the vote alone ("It's in my
Hamlet essay", after "shuffle off this mortal coil", read as a crisis): without this gate the vote
on them raised five read look-alikes; with it, none, and one unread elevated message was reached."""

METHOD_MIN = 0.8
"""How sure the classifier must be that a message seeks a method to treat it as one."""

Embed = Callable[[str], Sequence[float] | None]
"""A message's vector, or None when embedding failed (the rules still assess)."""


class Vote(Protocol):
    level: Level
    probability: float
    crisis: float
    method: float


class Classifier(Protocol):
    def vote(self, text: str, vector: Sequence[float]) -> Vote:
        """The classifier's reading of one message (see ``classifier.Vote``)."""
        ...

    def screen(self, texts: Sequence[str]) -> list[float]:
        """A cheap risk score per text, to pick the windows of a long message worth a vote."""
        ...


@dataclass
class Reading:
    """One message read on its own, before the conversation is considered."""

    level: Level = Level.NONE
    categories: set[str] = field(default_factory=set)
    signals: list[str] = field(default_factory=list)
    seeks_method: bool = False
    """Asks about means, methods, doses, heights or places: harmless alone, not after distress."""
    rules_level: Level = Level.NONE
    """The level from the rules alone, before the classifier raised it."""


def assess(
    messages: Sequence[dict] | str,
    classifier: Classifier | None = None,
    embed: Embed | None = None,
) -> Assessment:
    """Assess the last user message in the light of the earlier ones.

    ``messages`` is a list of ``{"role", "content"}`` (or a single string). With a ``classifier``
    and an ``embed`` function, each user message is also read by the semantic layer.
    """
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    said = [str(m.get("content") or "") for m in messages if m.get("role") == "user"]
    asked = _asked_about_suicide(messages)
    if not said:
        return Assessment(Level.NONE)
    *earlier, last = said
    text, written_earlier = normalize(last), [normalize(t) for t in earlier]

    # "my brother has been really down" / "he's on the railing now": the one named earlier.
    named = THEM.search(text) is not None and any(
        context.THIRD_PARTY.search(written) for written in written_earlier)
    now = read_message(last, classifier, embed, someone_named=named)
    level, categories, signals = now.level, now.categories, now.signals
    if now.level > now.rules_level and now.rules_level < Level.ELEVATED and \
            _agrees_to_suggestion(messages, last):
        # "ok i'll do it" to "could a short walk help?": a yes to what the companion offered,
        # which the classifier alone reads as intent.
        level = now.rules_level
        signals.append("context:agrees_to_suggestion")
    before, before_categories, someone_at_risk, act_done = Level.NONE, set(), False, False
    pain_only = bool(earlier)  # every earlier sign of distress was pain of the body
    self_harm_talk = False  # cutting, blades, an urge to burn: whatever level it was read at
    for raw, written in zip(earlier, written_earlier, strict=True):
        reading = read_message(raw, classifier, embed)
        before = max(before, reading.level)
        pain_only &= reading.level < Level.DISTRESS or _pain_only(written)
        self_harm_talk |= bool(context.SELF_HARM_TALK.search(written))
        someone_at_risk |= rules.THIRD in reading.categories
        act_done |= bool(_fired(reading) & rules.ACTS_DONE)
        if reading.level >= Level.ELEVATED:
            before_categories |= reading.categories
    if earlier and before == Level.NONE and now.level >= Level.ELEVATED > now.rules_level:
        level = _read_after_benign_lead(earlier[-1], last, now, classifier, embed)
    occasion = None
    if before == Level.NONE and level >= Level.ELEVATED:
        if earlier and (_farewell_only(now) or now.rules_level < Level.ELEVATED) \
                and context.FAREWELL_OCCASION.search(written_earlier[-1]):
            # "Can you help me write a goodbye letter?" or "I've given my guitars away" after
            # "retiring after 25 years" or "moving to Lisbon": the goodbye is that.
            occasion = "context:farewell_occasion"
        elif _goodbye_to_a_job(now, text):
            occasion = "context:leaving_work"
    if occasion:
        level = Level.DISTRESS if "distress" in _fired(now) else Level.NONE
        categories.discard(rules.SELF_HARM)
        signals.append(occasion)
    emergency = (act_done or rules.MEDICAL in before_categories) and not someone_at_risk
    danger_passed = rules.DANGER in before_categories and context.DANGER_PASSED.search(text)
    if before == Level.CRISIS and level < Level.CRISIS and not danger_passed and (
        level >= Level.DISTRESS or now.seeks_method or context.CONTINUATION.search(text)
        or emergency
    ):
        # After a crisis turn, any further sign of pain or of the plan keeps it a crisis; and an
        # overdose taken or a deep cut is an emergency whatever is said next ("anyway, a film?").
        level = Level.CRISIS
        categories |= before_categories
        signals.append("context:crisis_continues")
    elif (rules.DANGER in before_categories and level < Level.CRISIS
          and context.DANGER_ARRIVAL.search(text)):
        level = Level.CRISIS
        categories |= before_categories
        signals.append("context:danger_arrives")
    elif before == Level.NONE and context.BARE_TAKEN.fullmatch(text) and not any(
            context.MEDICINE.search(written) for written in written_earlier):
        # "i took all of them" after the flatmate's parcels: no medicine, no overdose.
        level = Level.NONE
        categories.difference_update({rules.MEDICAL, rules.SELF_HARM})
        signals.append("context:taken_not_medicine")
    elif level > now.rules_level and before < Level.ELEVATED and \
            context.SAFE_RETURN.fullmatch(text):
        # "he's home now." after a son was late: relief, which the classifier alone reads as the
        # arrival of a danger.
        level = now.rules_level
        signals.append("context:safe_return")
    elif level == Level.CRISIS and now.rules_level < Level.CRISIS and (
            danger_passed or before < Level.ELEVATED and context.DANGER_PASSED.search(text)) \
            and not context.OWN_MEANS.search(text):
        # "he's gone now, i'm at my sister's", here or after a threat ("threatened to kill me on
        # the door last night, police took him"): the classifier alone reads a death in it.
        level = Level.ELEVATED
        signals.append("context:danger_passed")
    elif now.seeks_method and (max(before, level) >= Level.DISTRESS
                               or context.GIVING_UP_IN_PASSING.search(text)) \
            and not _method_for_another_reason(now, before, text, pain_only):
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
        signals.append("context:method_after_distress")
    elif before >= Level.DISTRESS and level < Level.ELEVATED and context.GIVING_UP.search(text):
        level = Level.ELEVATED
        categories.add(rules.SELF_HARM)
        signals.append("context:giving_up_after_distress")
    elif (before >= Level.ELEVATED and level < Level.CRISIS
          and (rules.SELF_HARM in before_categories or not before_categories)
          and (cues := _preparations(text))):
        # One preparation after words of dying or of being a burden ("i've written letters to
        # my kids"): alone it takes two (see ``_read_rules``).
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
        signals.append("context:preparation_after_risk:" + "+".join(cues))
    elif (before >= Level.ELEVATED and level < Level.CRISIS and context.DONE_IT.search(text)
          and (rules.SELF_HARM in before_categories or self_harm_talk)):
        # The urge may have been the classifier's to read ("fighting the urge to cut all
        # evening"), so the rules named no category.
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
        signals.append("context:done_after_urge")
    elif level < Level.ELEVATED and context.RELAPSE.search(text) and self_harm_talk:
        level = Level.ELEVATED
        categories.add(rules.SELF_HARM)
        signals.append("context:relapse")
    elif asked and level < Level.CRISIS and context.YES_TO_SCREENING.search(text):
        clause = text.split(".")[0][:60]
        denial = None if context.NOT_SAFE.search(clause) else context.DENIED.search(clause)
        if not denial:
            # A yes to "are you having thoughts of ending your life?" is acute (as in the ASQ).
            level = Level.CRISIS
            categories.add(rules.SELF_HARM)
            signals.append("context:yes_to_screening")
        elif level < Level.ELEVATED and context.YES_BUT.search(clause[:denial.start()]):
            # "i think about it a lot but i would never": the thoughts, without the intent.
            # ("i do not", "i guess not", with no yes before the no, stay a no.)
            level = Level.ELEVATED
            categories.add(rules.SELF_HARM)
            signals.append("context:yes_without_intent")
    # A retraction keeps the earlier level; and the classifier alone, which reads "sorry, i'm
    # fine, ignore me" out of context and often as a goodbye, does not raise it past it.
    raised_by_classifier_alone = level == now.level > now.rules_level
    if before >= Level.ELEVATED and context.RETRACTION.search(text) and (
            level < before or (raised_by_classifier_alone and level > before)):
        level = before
        categories |= before_categories
        signals.append("context:retraction")
    elif before >= Level.ELEVATED and level < Level.ELEVATED:
        level = Level.ELEVATED
        categories |= before_categories
        signals.append("context:sticky")
    elif someone_at_risk and rules.THIRD not in categories and level <= Level.DISTRESS:
        # Still talking about the friend at risk ("what should I say to her?"): their resources
        # stay in reach, as the writer's own risk does.
        level = max(level, Level.DISTRESS)
        categories.add(rules.THIRD)
        signals.append("context:someone_at_risk")
    supported = readable_share(last) >= 0.5
    if not supported:
        signals.append("unsupported_language")
    return Assessment(level, tuple(sorted(categories)), tuple(signals), supported)


def read_message(
    raw: str, classifier: Classifier | None = None, embed: Embed | None = None,
    someone_named: bool = False,
) -> Reading:
    """One message on its own: level, categories, evidence, and whether it seeks a method.

    ``someone_named``: the message speaks of someone an earlier one named ("he", "she")."""
    text = normalize(raw)
    reading = _read_rules(text, someone_named)
    reading.rules_level = reading.level
    # On the text before masking: a look-alike ("rope knot") must not hide a method question.
    if context.METHOD_QUESTION.search(text):
        reading.seeks_method = True
        reading.signals.append("rule:method_question")
    if classifier is None or embed is None or not raw.strip():
        return reading
    vote = windows.vote_whole(raw, classifier, embed)
    if vote is None:
        return reading
    reading.signals.append(f"classifier:{vote.level}:{vote.probability:.2f}")
    # The classifier may raise a level, never lower it, and never on text the rules read as a
    # benign look-alike (idioms must not raise an alarm) or as worry only about someone else. In a
    # text read in windows one idiom must not silence every window, so there their vote stands.
    # (Letting it raise a look-alike to distress was tried: a method question then reads as
    # "method after distress" — "time to kill myself with this workout lol" became a crisis.)
    # A look-alike explains the words it covers, not a question about means beside it ("this
    # headache is killing me. how many pills would end it"): then the vote stands. Nor does the
    # method vote count where the look-alike stands ("which rat poison is safest round the
    # chickens?"), as the level vote does not.
    benign = len(raw) <= windows.WINDOWED_FROM and not reading.seeks_method and any(
        s.startswith("benign:") for s in reading.signals)
    if benign and vote.level == Level.CRISIS and vote.probability >= SURE_OVER_LOOK_ALIKE:
        # "phone nearly dead" beside "screaming he's going to kill me": the idiom is one part.
        benign = False
        reading.signals.append("classifier:over_look_alike")
    about_them_only = rules.THIRD in reading.categories and "rule:own_risk_too" not in \
        reading.signals
    # Risk words the rules read only as denied ("i'm not going to kill myself, just low about my
    # exams"): a sure vote may still raise to elevated, a lukewarm crisis vote may not. Only a
    # denied intent: "not even sure i want it to stop" denies relief, not risk. Not in a long
    # text, where the denial may be one place and the risk another.
    negated = {s.removeprefix("negated:") for s in reading.signals if s.startswith("negated:")}
    denied = (len(raw) <= windows.WINDOWED_FROM and reading.rules_level < Level.ELEVATED
              and bool(negated) and negated <= rules.INTENT)
    # Said safe in so many words ("i'm not in any danger", "i won't act on them"), at any
    # length: unless the rules read a crisis, the classifier's vote raises it to elevated at most.
    if reading.rules_level < Level.CRISIS and context.SAFE_SAID.search(text):
        denied = True
        reading.signals.append("context:safe_said")
    if not benign and not about_them_only:
        reading.level = _raise(reading.level, vote, reading.signals, denied, length=len(raw))
    elif benign and not about_them_only:
        _vote_beside_look_alike(raw, reading, classifier, embed, denied)
    if vote.method >= METHOD_MIN and not reading.seeks_method and not benign:
        reading.seeks_method = True
        reading.signals.append(f"classifier_method:{vote.method:.2f}")
    return reading


def _vote_beside_look_alike(raw: str, reading: Reading, classifier: Classifier,
                            embed: Embed, denied: bool) -> None:
    """Raise ``reading`` by a vote on the sentences of ``raw`` in which no look-alike stands, when
    the character head also reads them as risk (``BESIDE_SCREEN_MIN``)."""
    sentences = [s.strip() for s in windows.SENTENCE_BREAK.split(raw) if s.strip()]
    rest = [s for s in sentences if not any(p.search(normalize(s)) for _, p in LOOK_ALIKES)]
    if not rest or len(rest) == len(sentences):
        return
    text = " ".join(rest)
    if classifier.screen([text.lower()])[0] < BESIDE_SCREEN_MIN:
        return
    vector = embed(text)  # a second embedding, only for these few messages
    if vector is not None:
        vote = classifier.vote(text, vector)
        reading.signals.append(f"classifier:beside_look_alike:{vote.level}:{vote.probability:.2f}")
        reading.level = _raise(reading.level, vote, reading.signals, denied, length=len(text))


def _asked_about_suicide(messages: Sequence[dict]) -> bool:
    """Whether the reply just before the last message asked the screening question."""
    for message in reversed(messages[:-1]):
        if message.get("role") == "assistant":
            return bool(context.ASKED_ABOUT_SUICIDE.search(str(message.get("content") or "")))
        if message.get("role") == "user":
            return False
    return False


def _agrees_to_suggestion(messages: Sequence[dict], last: str) -> bool:
    """Whether ``last`` is a short yes to something the companion's reply just before proposed
    (a question that is not the screening question)."""
    reply = next((str(m.get("content") or "") for m in reversed(messages[:-1])
                  if m.get("role") == "assistant"), "")
    return "?" in reply and not context.ASKED_ABOUT_SUICIDE.search(reply) and \
        bool(context.AGREEMENT.fullmatch(normalize(last)))


def _raise(level: Level, vote: Vote, signals: list[str], denied: bool = False,
           length: int = 0) -> Level:
    """``level`` raised as far as a sure enough vote allows; where the rules read the risk words
    as denied, only to elevated, and only by a sure vote."""
    minimum = CLASSIFIER_MIN.get(vote.level, 1.0)
    if length > windows.WINDOWED_FROM and vote.level == Level.ELEVATED and \
            vote.crisis < LONG_CRISIS_KEEP:
        minimum = LONG_ELEVATED_MIN
    ceiling = Level.ELEVATED if denied or (
        length > VERY_LONG_FROM and vote.probability < VERY_LONG_CRISIS_MIN) else Level.CRISIS
    if vote.level > level and vote.probability >= minimum:
        level = max(level, min(vote.level, ceiling))
    if not denied and level < Level.ELEVATED and vote.crisis >= CRISIS_VOTE_FOR_SUPPORT:
        level = Level.ELEVATED
        signals.append(f"classifier_crisis_vote:{vote.crisis:.2f}")
    return level


def _pain_only(text: str) -> bool:
    """Bodily pain, without giving up ("the pain in my back... i'm so tired of all of it")."""
    return bool(context.PHYSICAL_PAIN.search(text)) and not (
        context.GIVING_UP.search(text) or context.GIVING_UP_IN_PASSING.search(text))


def _method_for_another_reason(now: Reading, before: Level, text: str, pain_only: bool) -> bool:
    """A method question with a plain reason and no risk before or in it: a dose after bodily
    pain only ("max dose of ibuprofen?" after "my wisdom tooth is killing me", but not with words
    of dying) or for an ailment it names ("how much paracetamol can he have for his back" after
    "exhausted from caring for my dad"), or a poison in a story being written ("in my crime
    novel the villain...")."""
    if before > Level.DISTRESS or now.rules_level > Level.DISTRESS:
        return False
    plain_dose = pain_only or bool(context.AILMENT_NAMED.search(text))
    return (plain_dose and not context.DOSE_TO_DIE.search(text)) or bool(
        context.FICTION_FRAME.search(text))


def _fired(reading: Reading) -> set[str]:
    """The names of the rules that matched (not negated) in a reading."""
    return {s.removeprefix("rule:") for s in reading.signals if s.startswith("rule:")}


def _goodbye_to_a_job(reading: Reading, text: str) -> bool:
    """Whether the only risk read is goodbyes said beside a job left, in the same (normalised)
    message ("handed in my pass, said my goodbyes, cleared my desk"), with no means named and no
    crisis vote."""
    return _fired(reading) - {"distress"} == {"goodbye_message"} and \
        not any(s.startswith("classifier:crisis") for s in reading.signals) and \
        bool(context.LEAVING_WORK.search(text)) and not context.OWN_MEANS.search(text)


def _farewell_only(reading: Reading) -> bool:
    """Whether the only risk the rules saw was a goodbye (a letter, a last message)."""
    risk = _fired(reading) - {"distress", "method_question"}
    return bool(risk) and risk <= rules.FAREWELL


def _read_after_benign_lead(lead: str, last: str, now: Reading, classifier: Classifier | None,
                            embed: Embed | None) -> Level:
    """The level of ``last`` read together with the benign message before it.

    The pair's vector is the mean of the two messages' vectors (both already embedded, so no
    new embedding), a fair stand-in for the pair's own under a mean-pooling model.
    """
    assert classifier is not None and embed is not None  # only the classifier raised ``now``
    first, second = embed(lead), embed(last)
    if first is None or second is None or len(last) > BENIGN_LEAD_MAX:
        return now.level
    mean = [a + b for a, b in zip(first, second, strict=True)]
    norm = sum(x * x for x in mean) ** 0.5 or 1.0
    vote = classifier.vote(f"{lead}\n{last}", [x / norm for x in mean])
    level = min(now.level, _raise(now.rules_level, vote, now.signals))
    now.signals.append(f"context:benign_lead:{vote.level}:{vote.probability:.2f}")
    return level


def _read_rules(text: str, someone_named: bool = False) -> Reading:
    signals: list[str] = []
    for name, pattern in LOOK_ALIKES:
        if pattern.search(text):
            text = pattern.sub(" ~ ", text)
            signals.append(f"benign:{name}")
    level, categories = Level.NONE, set()
    own_words = False  # a risk rule matched words in the first person ("i have the pills ready")
    reported = []  # per risk rule: only reported talk of self-harm ("he says 'i want to die'")
    for rule in rules.RULES:
        if not rule.pattern.search(text):
            continue
        # Any one match that is not negated counts: a long text may deny in one place and
        # mean it in another.
        if rule.level >= Level.ELEVATED and all(
            _negated(text, m.start()) or context.DISCLAIMED.search(text[m.end():m.end() + 40])
            for m in rule.pattern.finditer(text)
        ):
            signals.append(f"negated:{rule.name}")
            level = max(level, Level.DISTRESS)
            continue
        if rule.name in rules.TOLD_AS_PAST_ABLE and all(
            context.TOLD_AS_PAST.search(_sentence_before(text, m.start()))
            for m in rule.pattern.finditer(text)
        ):
            signals.append(f"past:{rule.name}")
            level = max(level, Level.ELEVATED)
            categories.add(rules.SELF_HARM)
            continue
        signals.append(f"rule:{rule.name}")
        level = max(level, rule.level)
        if rule.level >= Level.ELEVATED:
            own_words = own_words or _said_by_writer(rule.pattern, text, FIRST_PERSON)
            # Reported talk of self-harm is theirs; a reported threat or danger stays urgent.
            reported.append(rule.category == rules.SELF_HARM
                            and not _said_by_writer(rule.pattern, text))
        if rule.category:
            categories.add(rule.category)
    # Two or more preparations in one message ("cancelled the paper, left the key for whoever
    # comes looking"; "he can have the trainers", bags with a name on): each is everyday alone.
    cues = _preparations(text)
    if len(cues) >= 2:
        signals.append("rule:preparations:" + "+".join(cues))
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
        own_words = True
    theirs = bool(reported) and all(reported) and not own_words
    them = context.THIRD_PERSON_RISK.search(text)
    if them or someone_named or context.THIRD_PARTY.search(text):
        now = context.THIRD_PARTY_NOW.search(text)
        if now and context.IF_IT_HAPPENED.search(text[:now.start()]):
            now = None
        if not now and not them and not context.THIRD_PARTY_RISK.search(text) and not theirs:
            if context.THIRD_PARTY_CONCERN.search(text) and level < Level.ELEVATED:
                signals.append("rule:third_party_concern")
                level = max(level, Level.DISTRESS)
        else:
            categories.add(rules.THIRD)
            signals.append("rule:third_party_now" if now else "rule:third_party")
            same_here = bool(context.THIRD_PARTY_RISK.search(text) and
                             context.SAME_HERE.search(text))
            if own_words or same_here or _said_by_writer(context.FIRST_PERSON_RISK, text):
                # The writer's own risk too ("she is suicidal and so am i"): nothing is lowered,
                # and the classifier may raise it (see ``read_message``).
                signals.append("rule:own_risk_too")
                categories.add(rules.SELF_HARM)
                level = max(level, Level.CRISIS if now else
                            Level.ELEVATED if same_here else Level.DISTRESS)
            else:  # the risk words were about them ("she has been suicidal"), not the writer
                categories.discard(rules.SELF_HARM)
                level = Level.CRISIS if now else Level.DISTRESS
            if now:
                categories.add(rules.MEDICAL if "abuse_danger" not in categories else rules.DANGER)
    if context.SELF_METHOD.search(text):  # even beside someone else ("my mum's tablets")
        signals.append("rule:self_method")
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
    return Reading(level, categories, signals)


def _preparations(text: str) -> list[str]:
    """The preparations named in ``text`` (``rules.PREPARATIONS``), unless a move, a trip or the
    like explains them. A move or trip put in quotes ("told my regulars i'm 'moving abroad'")
    explains nothing."""
    cues = [name for name, pattern in rules.PREPARATIONS if pattern.search(text)]
    if cues and rules.PREPARATION_EXPLAINED.search(QUOTED.sub(" ", text)):
        return []
    return cues


THEM = re.compile(r"^\W*(he|she|they)\b")
"""A message that opens on someone else, by a pronoun."""
FIRST_PERSON = re.compile(r"\b(i|me|my|myself)\b")
"""On normalised text, where "i'm" and "ive" are already "i am" and "i have"."""
SENTENCE_START = re.compile(r"(^|[.!?\n])\W*((ok|okay|so|well|honestly|tbh|yeah|and|but|just|lol)"
                            r"\W+)*$")
"""Nothing but filler before a phrase in its sentence: said with no subject ("sewer slide tonight
fr"), it is the writer's own."""


WRITER_SUBJECT = re.compile(r"\bi (really |honestly |just |still |sometimes |kind of )?$")
"""The writer as the subject just before a phrase the rule matched without it ("i | do not want to
be here anymore, going to my mum's")."""
TOLD_BY_WRITER = re.compile(r"\bi (just |then )?$")
"""Just before a reporting verb, the writer telling their own words ("i said i won't need them")."""
SENTENCE_END = re.compile(r"[.!?\n]")


def _said_by_writer(pattern: re.Pattern[str], text: str,
                    person: re.Pattern[str] | None = None) -> bool:
    """Whether ``pattern`` matches words of the writer's own (in the first person or with no
    subject, when ``person`` is given), not words reported of someone else ("my friend keeps
    joking about kms")."""
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 50):m.start()]
        sentence = SENTENCE_END.split(before)[-1]  # reported in an earlier sentence is not this
        said = context.REPORTED.search(sentence)
        if said and TOLD_BY_WRITER.search(sentence[:said.start()]):
            said = None  # "i said i won't need them": the writer's own words, told
        if not said and (person is None or person.search(m.group())
                         or SENTENCE_START.search(before) or WRITER_SUBJECT.search(before)):
            return True
    return False


def _sentence_before(text: str, start: int) -> str:
    """The words of ``start``'s sentence before it (at most 80 characters)."""
    return SENTENCE_END.split(text[max(0, start - 80):start])[-1]


def _negated(text: str, start: int) -> bool:
    return bool(context.NEGATION.search(text[max(0, start - 60):start]))
