"""What the person is asking of this turn, read from the conversation so far.

People come to listen and be listened to, to understand something, for one idea to try, for help
finding the words to ask someone for help, or to be guided through a self-compassion break. A
``Journey`` names which, so the reply (offline or generated) can serve it: no advice until it is
invited, a draft they can copy, one exercise step per message.

State lives in the conversation itself (the last reply says which step of the exercise it was,
or that it offered something), so no server keeps any memory of a person. Safety comes first and is
not decided here: at ``elevated`` only drafting a message to ask for help is still offered.

Left out on purpose: any guess at what someone "really" needs; when in doubt, listen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .safety import Assessment, Level

LISTEN, EXPLAIN, IDEA, DRAFT, BREAK, BREAK_STOP, ABOUT = (
    "listen", "explain", "idea", "draft", "break", "break_stop", "about")

BREAK_STEPS = 3
STEP_MARK = re.compile(r"\(step (\d) of 3\)")
OFFER_IDEA = "What would feel most helpful right now: talking it through, or a small idea to try?"
OFFER_BREAK = "Would you like to try a short self-compassion break, one step at a time?"
OFFER_DRAFT = "If it would help, I can draft a short message for you to send. Who is it for?"
DRAFT_AGAIN = ("Who would you like to send it to?", "Would you like a version for someone else")

_ASK_BREAK = re.compile(
    r"\b(self[- ]?compassion break|guide me through|walk me through|an exercise|"
    r"(try|do) (it|that|one|the exercise|a break|an exercise)( together| with me| now)?)\b", re.I)
_ASK_DRAFT = re.compile(
    r"\b(find (the )?words|how (do|would|can|should) i (say|tell|ask|word|bring (it|this) up|"
    r"start the conversation)|(don'?t|do not) know (how|what) to (say|tell|ask|word|put|write)|"
    r"(help me|can you|could you) (write|draft|word|phrase) (a |an |the |my |me a )?(message|"
    r"text|email|note|letter|something)|what (do|should|would) i (say|write) to|(write|draft) "
    r"(a|the|me a) (message|text|email|note))\b", re.I)
_TO_THEM = re.compile(
    r"\b(say|talk|write|text) to (him|her|them)\b|\bask (him|her|them)\b|"
    r"\b(say|talk) to (a|my|someone|somebody)\b[^.?!]{0,40}\bwho\b|"
    r"\b(my|a|our) (friend|mate|colleague|co-?worker|sister|brother|partner|son|daughter|mum|mom|"
    r"dad|student|flatmate|roommate)s? (who|seems|is|has|was|said|keeps|won'?t|doesn'?t|isn'?t|"
    r"hasn'?t|can'?t)\b", re.I)
"""Someone else's struggle (what to say to them), which is supporting them, not drafting."""
_ABOUT_YOU = re.compile(r"^\W*(who|what) are you( exactly| really)?\W*$|"
                        r"\bare you (a bot|an? ai|real|human|a person|a therapist)\b", re.I)
DRAFT_TOPICS = {
    "doctor": "what to say to a doctor or GP about mental health",
    "therapist": "contacting a therapist for the first time",
}
"""What a draft is grounded in; others use the corpus's example openers for asking for help."""
_ASK_IDEA = re.compile(
    r"\b(any (ideas?|tips|advice|suggestions)|what (can|could|should) i do|something (to try|that"
    r" might help)|(small |an )?idea( to try)?|how (can|do) i (cope|feel better|stop|calm|get "
    r"through)|help me (feel|cope|calm)|tips?\b|what helps)\b", re.I)
_HOW_TO = re.compile(
    r"\b(how (do|can|should|could|would) (i|we)|what (do|can|should|could) (i|we) (do|say)|"
    r"is it (normal|ok|okay|bad|wrong)|what (is|are|does))\b", re.I)
_QUESTION = re.compile(r"\?\s*$|^(what|how|why|when|where|who|which|can|could|would|is|are|"
                       r"does|do|should|tell me|explain|define)\b", re.I)
_YES = re.compile(r"^\W*(yes|yeah|yep|yup|ok(ay)?|sure|please|go on|go ahead|let'?s( do it| try)?|"
                  r"i'?d like that|sounds good|why not|alright|next|ready|done|and then)\b", re.I)
_STOP = re.compile(r"\b(stop|enough|no( thanks| thank you)?|not now|later|can we stop|i'?m done|"
                   r"don'?t want|too much|skip it|end (it|this|the exercise))\b", re.I)
_TALK = re.compile(r"\b(talk(ing)?( it through)?|just (listen|vent)|vent(ing)?)\b", re.I)

_RECIPIENTS = [
    ("doctor", re.compile(r"\b(doctor|gp|physician|nurse practitioner|dr)\b", re.I)),
    ("therapist", re.compile(r"\b(therapist|counsell?or|psychologist|counselling|counseling|"
                             r"therapy)\b", re.I)),
    ("manager", re.compile(r"\b(manager|boss|supervisor|line manager|work|hr)\b", re.I)),
    ("family", re.compile(r"\b(mum|mom|dad|mother|father|parents?|family|sister|brother|"
                          r"aunt|uncle|grand(ma|pa|mother|father))\b", re.I)),
    ("partner", re.compile(r"\b(partner|husband|wife|boyfriend|girlfriend|fianc[ée]e?)\b", re.I)),
    ("friend", re.compile(r"\b(friend|mate|bestie|flatmate|roommate)\b", re.I)),
]


@dataclass(frozen=True)
class Journey:
    kind: str
    """One of LISTEN, EXPLAIN, IDEA, DRAFT, BREAK, BREAK_STOP."""
    step: int = 0
    """The self-compassion break's step to give (1-3), or 4 for its close."""
    recipient: str = ""
    """Who a drafted message is for ("doctor", "friend", ...); "" when not said yet."""
    words: str = ""
    """The person's own words about what is going on, for a draft."""
    topic: str = ""
    """What to look up in the notes for this turn ("" means the message itself)."""

    @property
    def grounded_in_topic(self) -> bool:
        """A draft or an exercise step is drawn from its topic's passage, without quoting it."""
        return self.kind in (DRAFT, BREAK)

    @property
    def shares_passages(self) -> bool:
        """Whether the notes are looked up: drafts and listening need none."""
        return self.kind in (EXPLAIN, IDEA, BREAK, DRAFT)


def recognise(messages: Sequence[dict], assessment: Assessment, informational: bool) -> Journey:
    """The journey this turn serves, from the last user message and the reply before it."""
    users = [str(m.get("content") or "") for m in messages if m.get("role") == "user"]
    message = users[-1].strip() if users else ""
    previous = next((str(m.get("content") or "") for m in reversed(messages)
                     if m.get("role") == "assistant"), "")
    earlier = users[:-1]

    asked_who = any(mark in previous for mark in (OFFER_DRAFT, *DRAFT_AGAIN))
    drafting = _ASK_DRAFT.search(message) and not _TO_THEM.search(message)
    if drafting or (asked_who and _recipient(message)):
        recipient = _recipient(message) or _recipient(previous)
        return Journey(DRAFT, recipient=recipient, words=own_words(message, earlier),
                       topic=DRAFT_TOPICS.get(recipient, "finding the words to ask for help"))
    if assessment.level >= Level.ELEVATED:
        return Journey(LISTEN)
    if _ABOUT_YOU.search(message):
        return Journey(ABOUT)

    step = _step_in(previous)
    short = len(message.split()) <= 8
    if step and _STOP.search(message) and short:
        return Journey(BREAK_STOP)
    if step and short:
        return Journey(BREAK, step=step + 1, topic="self-compassion break step by step")
    if _ASK_BREAK.search(message) or (OFFER_BREAK in previous and _YES.search(message)):
        return Journey(BREAK, step=1, topic="self-compassion break step by step")

    if _TO_THEM.search(message):  # what to say to the friend they worry about
        return Journey(EXPLAIN, topic="what to say to someone who is struggling")
    accepted = OFFER_IDEA in previous and _YES.search(message) and not _TALK.search(message)
    distressed = assessment.level >= Level.DISTRESS
    asked = (_ASK_IDEA.search(message) and (earlier or distressed)
             or distressed and (_HOW_TO.search(message) or is_question(message)))
    if accepted or (asked and not informational):
        return Journey(IDEA, topic=earlier[-1] if earlier and short else "")
    if informational or "third_party" in assessment.categories:
        return Journey(EXPLAIN)
    return Journey(LISTEN if assessment.level >= Level.DISTRESS else EXPLAIN)


def is_question(message: str) -> bool:
    """Whether the message asks something (a question mark at the end, or a question's opening)."""
    return bool(_QUESTION.search(message.strip()))


def own_words(message: str, earlier: Sequence[str]) -> str:
    """What the person has said about themselves, to put in a draft in their own voice."""
    ask = _ASK_DRAFT.search(message)
    said = ask and _SAID.search(message, ask.end())
    if said:
        return _sentence(said.group())
    for text in (message, *reversed(earlier)):
        mine = [s for s in _sentences(text) if _ABOUT_ME.match(s) and not s.endswith("?")
                and not _ASK_DRAFT.search(s)]
        if mine:
            return _sentence(" ".join(mine[:2]))
    return ""


_SAID = re.compile(r"\b(i|i'm|im|i've|ive|i have|i feel|i am|i keep|i can't|i cant)\b[^?]+", re.I)
_ABOUT_ME = re.compile(r"(i|i'm|im|i've|ive|i have|i feel|my|lately|recently)\b", re.I)


def _recipient(text: str) -> str:
    for name, pattern in _RECIPIENTS:
        if pattern.search(text):
            return name
    return ""


def _step_in(previous: str) -> int:
    found = STEP_MARK.search(previous)
    return int(found.group(1)) if found else 0


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _sentence(text: str, limit: int = 300) -> str:
    text = re.sub(r"\s+", " ", text).strip().rstrip("?")[:limit].strip()
    text = re.sub(r"\bi\b", "I", text)
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!" else text + "."
