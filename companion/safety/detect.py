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
from typing import Protocol

from . import rules
from .assessment import Assessment, Level
from .normalize import normalize, readable_share

CLASSIFIER_MIN = {Level.DISTRESS: 0.7, Level.ELEVATED: 0.6, Level.CRISIS: 0.8}
"""How sure the classifier must be to raise a message to each level on its own. Below the crisis
bar, a crisis vote still raises to elevated, so human support is shown."""

Embed = Callable[[str], Sequence[float]]


class Classifier(Protocol):
    def classify(self, vector: Sequence[float]) -> tuple[Level, float]:
        """The most likely level for one embedded message, and its probability."""
        ...


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

    level, categories, signals = read_message(last, classifier, embed)
    before, before_categories = Level.NONE, set()
    for text in earlier:
        earlier_level, earlier_categories, _ = read_message(text, classifier, embed)
        before = max(before, earlier_level)
        if earlier_level >= Level.ELEVATED:
            before_categories |= earlier_categories
    text = normalize(last)
    if rules.METHOD_QUESTION.search(text) and max(before, level) >= Level.DISTRESS:
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
        signals.append("context:method_after_distress")
    elif rules.METHOD_QUESTION.search(text) and level < Level.ELEVATED:
        signals.append("method_question")
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
) -> tuple[Level, set[str], list[str]]:
    """One message on its own: level, categories and the names of the evidence that fired."""
    level, categories, signals = _read_rules(normalize(raw))
    vector = embed(raw) if classifier is not None and embed is not None and raw.strip() else None
    if vector is not None:
        predicted, probability = classifier.classify(vector)
        signals.append(f"classifier:{predicted}:{probability:.2f}")
        benign = any(s.startswith("benign:") for s in signals)
        # The classifier may raise a level, never lower it, and never on text the rules read as a
        # benign look-alike (idioms must not raise an alarm) or as worry about someone else.
        if predicted > level and not benign and rules.THIRD not in categories:
            if probability >= CLASSIFIER_MIN[predicted]:
                level = predicted
            elif predicted == Level.CRISIS and probability >= CLASSIFIER_MIN[Level.ELEVATED]:
                level = max(level, Level.ELEVATED)
    return level, categories, signals


def _read_rules(text: str) -> tuple[Level, set[str], list[str]]:
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
        if now or rules.THIRD_PARTY_RISK.search(text):
            categories.add(rules.THIRD)
            categories.discard(rules.SELF_HARM)
            signals.append("rule:third_party_now" if now else "rule:third_party")
            level = Level.CRISIS if now else Level.DISTRESS
            if now:
                categories.add(rules.MEDICAL if "abuse_danger" not in categories else rules.DANGER)
    elif rules.SELF_METHOD.search(text):
        signals.append("rule:self_method")
        level = Level.CRISIS
        categories.add(rules.SELF_HARM)
    return level, categories, signals
