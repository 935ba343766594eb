"""The offline responder: a non-generative reply grounded in the corpus.

A reply serves the person's journey (see ``journeys``). Mostly it has up to three parts: a short
reflection of what the person said, the most relevant passage (trimmed, with its source) when an
idea or an answer was asked for, and at most one gentle question offering the next step.
Everyday distress is listened to first: no passage until one is invited. Informational questions
get the passage as the answer; when nothing relevant was found it says so. Drafts and the
self-compassion break come from ``drafts`` and ``exercise``. Wording varies, and no sentence of
the previous reply is used again. Crisis replies are not made here (see safety.policy).
"""

from __future__ import annotations

import re
import zlib

from .drafts import draft_reply
from .exercise import break_step, break_stopped
from .journeys import (
    ABOUT,
    BREAK,
    BREAK_STOP,
    DRAFT,
    EXPLAIN,
    LISTEN,
    OFFER_BREAK,
    OFFER_DRAFT,
    OFFER_IDEA,
    Journey,
    is_question,
    recognise,
)
from .retrieval import Passage
from .safety import SCREENING_QUESTION, Assessment, Level

_ABOUT_SOMEONE = re.compile(r"\b(my (friend|mate|sister|brother|partner|mum|mom|dad|son|"
                            r"daughter|colleague)|someone i)\b", re.I)
_THEMES: list[tuple[str, re.Pattern[str], list[str]]] = [
    ("third_party", _ABOUT_SOMEONE, [
        "It's clear how much you care about them.",
        "It says a lot that you're looking out for them.",
        "Worrying about someone you care about is heavy to carry.",
    ]),
    ("grief", re.compile(r"\b(died|passed away|lost my|grief|grieving|funeral|miss (him|her))\b",
                         re.I), [
        "I'm so sorry. Losing someone leaves a space nothing else fills.",
        "Grief can be so heavy. I'm sorry you're carrying it.",
    ]),
    ("lonely", re.compile(r"\b(lonely|alone|isolated|no friends|nobody to talk)\b", re.I), [
        "Feeling alone with things is really hard.",
        "Loneliness can ache in a way that's hard to put into words.",
    ]),
    ("critic", re.compile(r"\b(hate myself|so stupid|idiot|useless|worthless|failure|pathetic|"
                          r"mean to myself|hard on myself|not good enough)\b", re.I), [
        "It sounds like you're being really hard on yourself right now.",
        "That inner voice sounds harsh. You deserve more kindness than that.",
    ]),
    ("carer", re.compile(r"\b(carer|caregiver|caring for|look(ing)? after|compassion fatigue|"
                         r"nothing left to give|everyone else'?s needs|my patients|my clients)\b",
                         re.I), [
        "Caring for others takes so much, and it makes sense that you're running low.",
        "You give a lot to other people. It's no wonder you feel empty sometimes.",
    ]),
    ("tired", re.compile(r"\b(tired|exhausted|drained|hard day|long day|rough day|burn(ed|t)? ?out"
                         r"|worn out)\b", re.I), [
        "It sounds like today took a lot out of you.",
        "That sounds exhausting. No wonder you feel worn down.",
    ]),
    ("stress", re.compile(r"\b(stress|stressed|overwhelmed|too much|anxious|panic|pressure|"
                          r"exams?|deadline)\b", re.I), [
        "That sounds like a lot to hold at once.",
        "It makes sense that you feel stretched thin with all of that.",
    ]),
    ("heartbreak", re.compile(r"\b(broke up|breakup|break up|dumped|divorce|heartbroken|ex)\b",
                              re.I), [
        "Heartbreak hurts in such a real way. I'm sorry.",
        "Endings like that can shake everything. I'm sorry it hurts so much.",
    ]),
]
_GENERIC_DISTRESS = [
    "That sounds really painful.",
    "Thank you for telling me about this. It sounds hard.",
    "I'm sorry things feel this way right now.",
]
_ELEVATED = [
    "It sounds like you're carrying a lot of pain right now, and I'm glad you told me.",
    "That sounds incredibly heavy. Thank you for trusting me with it.",
]
_ELEVATED_AFTER_ASKING = [
    "Thank you for answering me. I'm still here, and I'm listening. What's been the hardest part?",
    "I'm glad you're still talking with me. Whatever you're feeling, you can say it here.",
]
_CARRY_ON = [
    "I'm listening. Take your time.",
    "I'm here. Say as much or as little as you like.",
]
WHAT_I_AM = (
    "I'm an AI compassion companion, not a person. I listen, reflect back what I hear, and share "
    "ideas about compassion and self-compassion from a small library of notes, with their sources. "
    "I'm not a therapist, a doctor or a crisis service, and nothing you write is kept after you "
    "close this tab. What's on your mind?"
)
_INFO_LEADS = [
    "Here's what I can share about that.",
    "This is how one of my sources puts it.",
    "Here's a passage that speaks to that.",
]
_SHARE_LEADS = [
    "If it helps, here's something from my notes that some people find useful.",
    "Something from my notes that might speak to this:",
]
_GREETING = [
    "Hi, I'm glad you're here. How are you doing today?",
    "Hello. I'm here to listen. What's on your mind?",
]
_NOTHING_FOUND = [
    "I don't have anything in my notes about that, and I'd rather not guess.",
    "That's outside what my notes cover, so I won't pretend to know.",
]
_QUESTIONS_LISTEN = [
    "Would you like to tell me more about what happened?",
    "What's been weighing on you the most?",
    OFFER_IDEA,
]
_QUESTIONS_AFTER_IDEA = [
    "Does any of that fit how it feels for you?",
    "Would you like to try it, or would you rather just talk for now?",
]
_QUESTIONS_INFO = [
    "Does that fit what you were wondering about?",
    "Is there a part of that you'd like to go into more?",
]
_SELF_COMPASSION_DOCS = {
    "self-compassion-three-components", "self-compassion-myths", "mindful-self-compassion",
    "self-compassion-break", "common-humanity", "self-criticism-and-shame", "soothing-touch",
}
"""An explanation drawn from these ends with an offer to try a self-compassion break."""
_HELP_DOCS = {
    "asking-for-help", "finding-a-therapist", "first-therapy-session", "low-cost-support",
    "talking-to-a-doctor", "compassion-focused-therapy",
}
"""An explanation drawn from these ends with an offer to draft a message asking for help."""
_QUESTIONS_THIRD = [
    "What have you noticed in them that worries you most?",
    "How are you holding up yourself?",
]
_GREETING_WORDS = re.compile(r"^(hi|hello|hey|hiya|good (morning|evening|afternoon)|yo)\b", re.I)
MAX_PASSAGE_CHARS = 480
# A sentence ends at . ? or ! before a space, but not after a title like "Dr." or "Mr.".
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)[.?!](?=\s)")


def compose(
    message: str,
    assessment: Assessment,
    passages: list[Passage],
    previous_reply: str = "",
    journey: Journey | None = None,
) -> str:
    """One offline reply for a non-crisis turn, serving the journey the person is on."""
    seed = zlib.crc32(message.encode("utf-8", "replace"))
    pick = _Picker(seed, previous_reply)
    informational = is_informational(message, assessment)
    if journey is None:
        journey = recognise([{"role": "assistant", "content": previous_reply},
                             {"role": "user", "content": message}], assessment, informational)

    if not assessment.supported:
        return pick.one(["Thank you for writing to me."])
    if journey.kind == DRAFT:
        return draft_reply(journey.recipient, journey.words)
    if assessment.level == Level.ELEVATED:
        if SCREENING_QUESTION in previous_reply:  # asked once; now stay with them
            return pick.one(_ELEVATED_AFTER_ASKING)
        return " ".join([pick.one(_ELEVATED), SCREENING_QUESTION])
    if journey.kind == BREAK:
        return break_step(journey.step)
    if journey.kind == BREAK_STOP:
        return break_stopped()
    if journey.kind == ABOUT:
        return WHAT_I_AM
    if assessment.level == Level.NONE and not informational and journey.kind == EXPLAIN:
        if _GREETING_WORDS.search(message.strip()) or not passages:
            return pick.one(_CARRY_ON if previous_reply else _GREETING)

    parts = []
    if assessment.level >= Level.DISTRESS:
        parts.append(pick.one(_reflections(message)))
    if journey.kind == LISTEN:  # no advice until it is invited
        parts.append(pick.one(_QUESTIONS_LISTEN))
        return "\n\n".join(parts)
    if passages:
        parts.append(pick.one(_INFO_LEADS if informational else _SHARE_LEADS))
        parts.append(quote(passages[0]))
    elif informational:
        parts.append(pick.one(_NOTHING_FOUND))
    parts.append(_question(message, assessment, informational, passages, pick))
    return "\n\n".join(part for part in parts if part)


def is_informational(message: str, assessment: Assessment) -> bool:
    """A question about something (not a cry for help): it gets an answer from the notes."""
    return assessment.level == Level.NONE and is_question(message)


def _question(message: str, assessment: Assessment, informational: bool,
              passages: list[Passage], pick: _Picker) -> str:
    """The one question that ends a reply, offering the next step of the journey."""
    if "third_party" in assessment.categories or _ABOUT_SOMEONE.search(message):
        return pick.one(_QUESTIONS_THIRD)
    if informational and passages:
        offers = [offer for offer, docs in ((OFFER_BREAK, _SELF_COMPASSION_DOCS),
                                            (OFFER_DRAFT, _HELP_DOCS))
                  if passages[0].doc_id in docs and offer not in pick.previous]
        return offers[0] if offers else pick.one(_QUESTIONS_INFO)
    if assessment.level >= Level.DISTRESS:
        return pick.one(_QUESTIONS_AFTER_IDEA)
    return ""


def fresh_passages(passages: list[Passage], previous_reply: str) -> list[Passage]:
    """Passages not already quoted in the previous reply: a reply never repeats the last one."""
    return [p for p in passages if trim(p.text).splitlines()[0][:60] not in previous_reply]


def quote(passage: Passage) -> str:
    """The passage as a blockquote, trimmed at a sentence, with its title and section."""
    text = trim(passage.text)
    where = f"*{passage.title}*" + (f", {passage.section}" if passage.section else "")
    lines = "\n".join(f"> {line}" if line.strip() else ">" for line in text.splitlines())
    return f"{lines}\n>\n> — {where}"


def trim(text: str, limit: int = MAX_PASSAGE_CHARS) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    ends = [m.end() - 1 for m in _SENTENCE_END.finditer(cut)]
    end = ends[-1] if ends else -1
    return cut[: end + 1] if end > limit // 3 else cut.rsplit(" ", 1)[0] + "…"


def _reflections(message: str) -> list[str]:
    for _, pattern, options in _THEMES:
        if pattern.search(message):
            return options
    return _GENERIC_DISTRESS


class _Picker:
    """Chooses wording by a stable seed, skipping sentences used in the previous reply."""

    def __init__(self, seed: int, previous: str) -> None:
        self._seed = seed
        self.previous = previous

    def one(self, options: list[str]) -> str:
        fresh = [o for o in options if o not in self.previous] or options
        return fresh[self._seed % len(fresh)]
