"""``assess``: how worried to be about the person, from the conversation so far.

Three layers, each adding evidence to the ``Assessment``'s signals:
1. pattern rules over normalised text (``rules``), with benign look-alikes masked first;
2. an optional semantic classifier over each message's embedding (the turn embeds the new message
   once; earlier ones come from the caller's cache);
3. conversation context: risk is sticky, a method question after distress is a crisis, and a
   retraction does not lower the level.
The level only goes up through these layers. Nothing here calls an LLM or the network.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from . import rules
from .assessment import Assessment, Level
from .normalize import normalize, readable_share

CLASSIFIER_MIN = {Level.DISTRESS: 0.6, Level.ELEVATED: 0.6, Level.CRISIS: 0.7}
"""How sure the classifier must be to raise a message to each level on its own. Chosen by 5-fold
cross-validation on the training set: at 0.7 a crisis vote kept false crisis calls on none and
distress messages under 3% (never on the evaluation sets)."""
CRISIS_VOTE_FOR_SUPPORT = 0.5
"""A weaker crisis vote still raises to elevated, so human support is shown and the person is
asked directly."""

METHOD_MIN = 0.7
"""How sure the classifier must be that a message seeks a method to treat it as one."""

Embed = Callable[[str], Sequence[float]]


class Vote(Protocol):
    level: Level
    probability: float
    crisis: float
    method: float


class Classifier(Protocol):
    def vote(self, text: str, vector: Sequence[float]) -> Vote:
        """The classifier's reading of one message (see ``classifier.Vote``)."""
        ...


@dataclass
class Reading:
    """One message read on its own, before the conversation is considered."""

    level: Level = Level.NONE
    categories: set[str] = field(default_factory=set)
    signals: list[str] = field(default_factory=list)
    seeks_method: bool = False
    """Asks about means, methods, doses, heights or places: harmless alone, not after distress."""


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
    if not said:
        return Assessment(Level.NONE)
    *earlier, last = said

    now = read_message(last, classifier, embed)
    level, categories, signals = now.level, now.categories, now.signals
    before, before_categories = Level.NONE, set()
    for text in earlier:
        reading = read_message(text, classifier, embed)
        before = max(before, reading.level)
        if reading.level >= Level.ELEVATED:
            before_categories |= reading.categories
    text = normalize(last)
    if before == Level.CRISIS and level < Level.CRISIS and (
        level >= Level.DISTRESS or now.seeks_method or rules.CONTINUATION.search(text)
    ):
        # After a crisis turn, any further sign of pain or of the plan keeps it a crisis.
        level = Level.CRISIS
        categories |= before_categories
        signals.append("context:crisis_continues")
    elif now.seeks_method and max(before, level) >= Level.DISTRESS:
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
        signals.append("context:method_after_distress")
    if before >= Level.ELEVATED and rules.RETRACTION.search(text) and level < before:
        level = before
        categories |= before_categories
        signals.append("context:retraction")
    elif before >= Level.ELEVATED and level < Level.ELEVATED:
        level = Level.ELEVATED
        categories |= before_categories
        signals.append("context:sticky")
    supported = readable_share(last) >= 0.5
    if not supported:
        signals.append("unsupported_language")
    return Assessment(level, tuple(sorted(categories)), tuple(signals), supported)


def read_message(
    raw: str, classifier: Classifier | None = None, embed: Embed | None = None
) -> Reading:
    """One message on its own: level, categories, evidence, and whether it seeks a method."""
    text = normalize(raw)
    reading = _read_rules(text)
    if rules.METHOD_QUESTION.search(text):
        reading.seeks_method = True
        reading.signals.append("rule:method_question")
    vector = embed(raw) if classifier is not None and embed is not None and raw.strip() else None
    if vector is None:
        return reading
    vote = classifier.vote(raw, vector)
    reading.signals.append(f"classifier:{vote.level}:{vote.probability:.2f}")
    benign = any(s.startswith("benign:") for s in reading.signals)
    # The classifier may raise a level, never lower it, and never on text the rules read as a
    # benign look-alike (idioms must not raise an alarm) or as worry about someone else.
    if not benign and rules.THIRD not in reading.categories:
        if vote.level > reading.level and vote.probability >= CLASSIFIER_MIN[vote.level]:
            reading.level = vote.level
        if reading.level < Level.ELEVATED and vote.crisis >= CRISIS_VOTE_FOR_SUPPORT:
            reading.level = Level.ELEVATED
            reading.signals.append(f"classifier_crisis_vote:{vote.crisis:.2f}")
    if vote.method >= METHOD_MIN and not reading.seeks_method:
        reading.seeks_method = True
        reading.signals.append(f"classifier_method:{vote.method:.2f}")
    return reading


def _read_rules(text: str) -> Reading:
    signals: list[str] = []
    for name, pattern in rules.BENIGN:
        if pattern.search(text):
            text = pattern.sub(" ~ ", text)
            signals.append(f"benign:{name}")
    level, categories = Level.NONE, set()
    for rule in rules.RULES:
        match = rule.pattern.search(text)
        if not match:
            continue
        if rule.level >= Level.ELEVATED and rules.NEGATION.search(text[: match.start()]):
            signals.append(f"negated:{rule.name}")
            level = max(level, Level.DISTRESS)
            continue
        signals.append(f"rule:{rule.name}")
        level = max(level, rule.level)
        if rule.category:
            categories.add(rule.category)
    if rules.THIRD_PARTY.search(text):
        now = rules.THIRD_PARTY_NOW.search(text)
        if not now and not rules.THIRD_PARTY_RISK.search(text):
            if rules.THIRD_PARTY_CONCERN.search(text) and level < Level.ELEVATED:
                signals.append("rule:third_party_concern")
                level = max(level, Level.DISTRESS)
        else:
            categories.add(rules.THIRD)
            signals.append("rule:third_party_now" if now else "rule:third_party")
            if rules.FIRST_PERSON_RISK.search(text):
                level = max(level, Level.CRISIS if now else Level.DISTRESS)
            else:  # the risk words were about them ("she has been suicidal"), not the writer
                categories.discard(rules.SELF_HARM)
                level = Level.CRISIS if now else Level.DISTRESS
            if now:
                categories.add(rules.MEDICAL if "abuse_danger" not in categories else rules.DANGER)
    elif rules.SELF_METHOD.search(text):
        signals.append("rule:self_method")
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
    return Reading(level, categories, signals)
