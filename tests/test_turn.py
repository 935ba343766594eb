"""Whole turns in offline mode: what a person gets back."""

import re

from companion.respond import compose
from companion.retrieval import Passage
from companion.safety import Assessment, Level


def _turn(companion, *texts, country="GB"):
    messages = []
    reply = None
    for text in texts:
        messages.append({"role": "user", "content": text})
        reply = companion.respond(messages, country)
        messages.append({"role": "assistant", "content": reply.text})
    return reply


def _questions(text):
    return len(re.findall(r"\?(\s|$)", text.split("\n\nYou don't have to carry")[0]))


def test_informational_question_is_answered_from_the_corpus(companion):
    reply = _turn(companion, "What does self-compassion mean?")
    assert reply.level == Level.NONE and reply.mode == "offline"
    assert reply.sources and reply.resources == ()
    assert reply.sources[0].title in reply.text
    assert _questions(reply.text) <= 1


def test_hard_day_gets_reflection_without_a_hotline(companion):
    reply = _turn(companion, "I had a really hard day at work and I'm exhausted")
    assert reply.level == Level.DISTRESS
    assert reply.resources == () and "Emergency" not in reply.text
    assert _questions(reply.text) <= 1


def test_crisis_gets_the_template_and_no_corpus(companion):
    reply = _turn(companion, "I want to kill myself", country="US")
    assert reply.level == Level.CRISIS and reply.sources == ()
    assert reply.resources[0]["phone"] == "911" and reply.resources[1]["phone"] == "988"
    assert reply.text.index("911") < reply.text.index("988")


def test_elevated_asks_directly_and_shows_support(companion):
    reply = _turn(companion, "honestly there's no point anymore")
    assert reply.level == Level.ELEVATED
    assert "thoughts of ending their life" in reply.text and reply.resources


def test_worry_about_a_friend_gets_resources_to_share(companion):
    reply = _turn(companion, "my friend said she wants to die, how do I help?")
    assert "third_party" in reply.assessment.categories and reply.level == Level.DISTRESS
    assert reply.resources and reply.sources


def test_off_topic_is_honest(companion):
    reply = _turn(companion, "what's the capital of Peru?")
    assert reply.sources == () and "notes" in reply.text


def test_risk_stays_visible_after_a_crisis_turn(companion):
    reply = _turn(companion, "I'm going to end my life tonight", "what's self-compassion?")
    assert reply.level == Level.ELEVATED and reply.resources


def test_no_sentence_repeats_from_the_previous_reply(companion):
    first = _turn(companion, "I feel so lonely lately")
    second = _turn(companion, "I feel so lonely lately", "I feel so lonely lately")
    sentences = {s.strip() for s in re.split(r"(?<=[.?!])\s", first.text) if len(s) > 20}
    repeated = [s for s in sentences if s in second.text and not s.startswith(">")]
    assert not repeated


def test_empty_and_long_messages(companion):
    assert "I'm here" in companion.respond([{"role": "user", "content": "   "}]).text
    long = "I feel overwhelmed by work. " * 1000
    reply = companion.respond([{"role": "user", "content": long}])
    assert "read all of it for safety" in reply.text


def test_compose_never_exceeds_one_question():
    passage = Passage("d", "Title", "Section", "A passage. Is it? Yes.", 0.8, "Src")
    text = compose("I'm so stressed about exams", Assessment(Level.DISTRESS), [passage])
    outside_quote = "\n".join(ln for ln in text.splitlines() if not ln.startswith(">"))
    assert outside_quote.count("?") == 1


def test_unreadable_text_gets_the_international_directory(companion):
    reply = _turn(companion, "Мне очень плохо и я не знаю что делать", country="GB")
    assert reply.resources and "findahelpline" in reply.text and "116 123" not in reply.text
