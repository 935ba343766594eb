"""The journeys people come for, walked through whole offline turns."""

import re

import pytest

from companion.journeys import (
    ABOUT,
    BREAK,
    DRAFT,
    EXPLAIN,
    IDEA,
    LISTEN,
    OFFER_BREAK,
    recognise,
)
from companion.safety import Assessment, Level


def _walk(companion, *texts, country="GB"):
    """Each text as the person's next message; returns every reply."""
    messages, replies = [], []
    for text in texts:
        messages.append({"role": "user", "content": text})
        reply = companion.respond(messages, country)
        messages.append({"role": "assistant", "content": reply.text})
        replies.append(reply)
    return replies


def _questions(text):
    outside = "\n".join(line for line in text.splitlines() if not line.startswith(">"))
    return len(re.findall(r"\?(\s|$)", outside))


def _draft(text):
    found = re.search(r"```text\n(.+?)\n```", text, re.S)
    assert found, f"no draft in {text!r}"
    return found.group(1)


def test_a_hard_day_is_listened_to_before_any_idea(companion):
    first, second = _walk(companion, "I had such a rough day, everything went wrong at work",
                          "a small idea would be nice")
    assert first.level == Level.DISTRESS and first.sources == () and ">" not in first.text
    assert _questions(first.text) == 1 and first.resources == ()
    assert second.sources, "an invited idea comes from the notes, with its source"
    assert second.sources[0].title in second.text


def test_openers_vary_between_hard_days(companion):
    days = ["I'm exhausted after today", "today was so draining", "long day, I'm wiped out",
            "work was awful and I'm drained", "I'm so tired of everything going wrong today"]
    openers = {_walk(companion, day)[0].text.split(".")[0] for day in days}
    assert len(openers) > 1


def test_what_is_self_compassion_explains_and_offers_to_try(companion):
    explained, step_one = _walk(companion, "What is self-compassion?", "yes, let's try")
    assert explained.sources and OFFER_BREAK in explained.text
    assert step_one.mode == "guided" and "(step 1 of 3)" in step_one.text


def test_the_self_compassion_break_goes_one_step_per_message(companion):
    replies = _walk(companion, "Can you guide me through a self-compassion break?",
                    "ok", "next", "done")
    assert ["(step 1 of 3)" in replies[0].text, "(step 2 of 3)" in replies[1].text,
            "(step 3 of 3)" in replies[2].text] == [True, True, True]
    assert replies[0].sources[0].doc_id == "self-compassion-break"
    assert "whole break" in replies[3].text and "step" not in replies[3].text.split(".")[-1]


def test_the_break_can_be_stopped_at_any_step(companion):
    for stop in ("can we stop now", "stop please"):
        replies = _walk(companion, "guide me through a self-compassion break", stop)
        assert "stop here" in replies[1].text and "(step" not in replies[1].text
        assert replies[1].resources == (), f"{stop!r} is not a sign of risk"


def test_help_me_find_the_words_drafts_in_the_persons_words(companion):
    reply, = _walk(companion, "Can you help me find the words to tell my GP that i've been "
                              "feeling numb for weeks and can't focus")
    draft = _draft(reply.text)
    assert "I've been feeling numb for weeks" in draft and "appointment" in draft
    assert reply.level < Level.ELEVATED
    assert reply.sources[0].doc_id == "talking-to-a-doctor", "the draft's grounding is shown"


def test_a_draft_without_a_recipient_asks_who_then_adapts(companion):
    first, second = _walk(companion,
                          "I think I might need some help but don't know how to say it.",
                          "my manager")
    assert "[a sentence or two" in _draft(first.text) and "Who would you like" in first.text
    assert "talk privately" in _draft(second.text)


def test_earlier_words_go_into_the_draft(companion):
    _, reply = _walk(companion, "I've been crying every night and I can't sleep.",
                     "how do I tell my mum?")
    assert "I've been crying every night and I can't sleep." in _draft(reply.text)


def test_professional_help_explains_then_offers_a_draft(companion):
    reply, = _walk(companion, "How do I find a therapist?")
    assert reply.sources and "draft a short message" in reply.text


def test_supporting_a_friend_shares_guidance_without_fixing(companion):
    reply, = _walk(companion, "My friend has gone quiet lately. How do I check in?")
    assert reply.sources and reply.resources == ()
    assert _questions(reply.text) == 1 and ("them" in reply.text.split("\n")[-1]
                                            or "holding up" in reply.text)


def test_compassion_fatigue_is_named_and_grounded(companion):
    reply, = _walk(companion, "I'm a nurse and caring for everyone has left me with nothing "
                              "left to give. what can I do?")
    assert reply.sources and reply.resources == ()
    assert reply.sources[0].doc_id in ("compassion-fatigue", "boundaries-and-rest",
                                       "caring-for-a-carer", "work-stress-and-burnout")


def test_drafting_is_still_offered_when_risk_is_raised(companion):
    first, second = _walk(companion, "there's no point to anything anymore",
                          "help me find the words to tell my doctor")
    assert second.level >= Level.ELEVATED and second.resources
    assert "appointment" in _draft(second.text)


def test_crisis_interrupts_a_break(companion):
    replies = _walk(companion, "guide me through a self-compassion break", "I want to die",
                    country="US")
    assert replies[1].level == Level.CRISIS and "988" in replies[1].text


JOURNEYS = [
    ("listen", [("user", "i feel rubbish today")], Level.DISTRESS, LISTEN),
    ("idea-asked", [("user", "i feel rubbish today, any tips?")], Level.DISTRESS, IDEA),
    ("explain", [("user", "what is common humanity?")], Level.NONE, EXPLAIN),
    ("draft", [("user", "what should I say to my boss about burnout")], Level.DISTRESS, DRAFT),
    ("break", [("user", "can we do the self-compassion break")], Level.NONE, BREAK),
    ("break-yes", [("assistant", OFFER_BREAK), ("user", "sure")], Level.NONE, BREAK),
    ("long-after-step", [("assistant", "... (step 1 of 3) Say next"),
                         ("user", "actually I want to tell you about my sister and what she "
                                  "said to me at dinner tonight")], Level.DISTRESS, LISTEN),
    ("code-is-not-a-draft", [("user", "can you write me a python function")], Level.NONE,
     EXPLAIN),
    ("words-for-a-friend", [("user", "My friend said she wants to die"), ("assistant", "..."),
                            ("user", "what should i say to her?")], Level.DISTRESS, EXPLAIN),
    ("question-in-distress", [("user", "is it normal to cry every day after a breakup")],
     Level.DISTRESS, IDEA),
    ("grieving-friend", [("user", "what not to say to someone who is grieving?")],
     Level.DISTRESS, EXPLAIN),
    ("friend-who-failed", [("user", "What should I say to a friend who failed her exams?")],
     Level.NONE, EXPLAIN),
    ("colleague-seems", [("user", "My colleague seems burnt out lately. How do I bring it up "
                                  "without being pushy?")], Level.DISTRESS, EXPLAIN),
    ("gp-what-to-say", [("user", "I want to talk to my GP about feeling low but I don't know "
                                 "what to say")], Level.DISTRESS, DRAFT),
    ("who-are-you", [("user", "who are you?")], Level.NONE, ABOUT),
    ("what-are-you-doing", [("user", "what are you doing tonight?")], Level.NONE, EXPLAIN),
    ("elevated-listens", [("user", "can we do the self-compassion break")], Level.ELEVATED,
     LISTEN),
]


@pytest.mark.parametrize("turns,level,kind", [j[1:] for j in JOURNEYS],
                         ids=[j[0] for j in JOURNEYS])
def test_recognise(turns, level, kind):
    messages = [{"role": role, "content": text} for role, text in turns]
    informational = level == Level.NONE and "?" in turns[-1][1]
    assert recognise(messages, Assessment(level), informational).kind == kind


def test_the_generative_prompt_serves_the_journey():
    from companion.journeys import Journey
    from companion.prompt import DRAFT as DRAFT_PROMPT
    from companion.prompt import LISTEN as LISTEN_PROMPT
    from companion.prompt import build_messages

    talk = [{"role": "user", "content": "help me find the words to tell my doctor"}]
    system = build_messages(talk, [], Level.DISTRESS, Journey(DRAFT, recipient="doctor"))[0]
    assert "reach out to your doctor" in system["content"]
    assert DRAFT_PROMPT.split("{")[0] in system["content"]
    listening = build_messages(talk, [], Level.DISTRESS, Journey(LISTEN))[0]["content"]
    assert LISTEN_PROMPT in listening
    elevated = build_messages(talk, [], Level.ELEVATED, Journey(LISTEN))[0]["content"]
    assert LISTEN_PROMPT not in elevated


class _Recording:
    """A chat model double for the seam: counts calls and says one fixed thing."""

    def __init__(self, text="Here is a short message you could send. "):
        self.prompts = []
        self.text = text

    def stream(self, messages):
        self.prompts.append(messages)
        for word in self.text.split(" "):
            yield word + " "


def test_generative_mode_guides_the_break_itself_and_drafts_with_the_model(companion):
    from companion.turn import Companion

    model = _Recording()
    llm = Companion(companion.settings, companion.embedder, companion.collection,
                    companion.classifier, model)
    step = llm.respond([{"role": "user", "content": "guide me through a self-compassion break"}])
    assert step.mode == "guided" and "(step 1 of 3)" in step.text and model.prompts == []
    draft = llm.respond([{"role": "user", "content": "help me find the words to tell my GP"}])
    assert draft.mode == "llm" and len(model.prompts) == 1
    assert "reach out to your doctor" in model.prompts[0][0]["content"]


def test_replies_in_a_longer_conversation_do_not_repeat_themselves(companion):
    replies = _walk(companion, "I feel like such a failure", "tell me more about that",
                    "i don't know. it's just work and everything")
    assert not any(r.text.startswith(("Hi,", "Hello.")) for r in replies[1:])
    asked = _walk(companion, "there's no point anymore", "no, not really. just tired")
    assert asked[0].text.count("Are you having thoughts") == 1
    assert "Are you having thoughts" not in asked[1].text
    crisis = _walk(companion, "I want to kill myself", "I have the pills here", country="GB")
    first = {line for line in crisis[0].text.splitlines() if not line.startswith("- ")}
    again = {line for line in crisis[1].text.splitlines() if not line.startswith("- ")}
    assert "116 123" in crisis[1].text and not (first & again) - {""}


def test_small_talk_carries_no_sources(companion):
    reply, = _walk(companion, "hey how are you")
    assert reply.sources == ()


def test_a_generated_reply_asks_one_question_at_most(companion):
    from companion.turn import Companion

    model = _Recording("That sounds so hard. How long has it felt like this? What happened "
                       "today? Do you have someone to talk to? I'm here.")
    llm = Companion(companion.settings, companion.embedder, companion.collection,
                    companion.classifier, model)
    reply = llm.respond([{"role": "user", "content": "I had an awful day at work"}])
    assert reply.mode == "llm" and _questions(reply.text) == 1
    assert reply.text.startswith("That sounds so hard. How long has it felt like this?")
