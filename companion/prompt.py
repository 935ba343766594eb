"""The prompt for generative replies, and mapping the reply's [n] citations back to passages.

``build_messages`` gives the model the companion's stance, the retrieved passages numbered as
context, an instruction for the ``elevated`` level or for the person's journey (listen, one idea,
draft a message) when needed, and the conversation trimmed to a
token budget (tokens are approximated from words; exact counts would tie us to one tokenizer).
``cite`` keeps the citations that point at a passage and drops the rest.

Left out on purpose: crisis turns (they never reach a model; see ``safety.policy``), helpline
numbers (the app shows human support itself, from the vetted directory), and any attempt to make
the model's wording safe by prompt alone: the output guard checks every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import journeys
from .drafts import WHO
from .journeys import Journey
from .respond import trim
from .retrieval import Passage
from .safety import Level

STANCE = """\
You are a compassion companion: a warm, calm presence for someone having a hard time.
- Be present without judgment. Reflect what the person said and validate how they feel.
- Do not try to fix, diagnose, or lecture. Never give medical or medication advice.
- Keep replies brief: two to five sentences. Ask at most one question.
- Be honest that you are an AI, not a therapist, a doctor or an emergency service.
- Gently encourage connection with people they trust.
- Never give phone numbers or helpline details; the app shows human support itself.
- When an idea comes from a numbered passage below, cite it like [1]. Do not invent sources."""

ELEVATED = """\
The person may be at risk. Kindly and directly ask whether they are having thoughts of ending \
their life, and whether they are safe right now. Do not list helplines or numbers: the app shows \
human support below your reply. Do not share exercises or ideas this turn."""

NO_PASSAGES = "No passages matched this message; do not cite any."
LISTEN = """\
The person has not asked for advice. Reflect what they said and listen; do not suggest ideas, \
exercises or techniques this turn. You may ask one gentle question."""
IDEA = "The person would like an idea. Offer one idea from the passages, briefly, and cite it."
DRAFT = """\
The person wants help finding the words to reach out to {who}. Write a short message (three to \
five sentences) in their own voice, using what they have told you, that they can edit and send. \
Put only the message inside a ```text code block, then ask if they would like changes."""
CONVERSATION_BUDGET = 1200
"""Approximate tokens of conversation the model sees; older turns are dropped first."""

_CITATION = re.compile(r"\s?\[(\d{1,2})\]")


def build_messages(conversation: Sequence[dict], passages: Sequence[Passage], level: Level,
                   journey: Journey | None = None, budget: int = CONVERSATION_BUDGET
                   ) -> list[dict]:
    """OpenAI-style messages: system (stance, context, level, journey), then the conversation."""
    system = [STANCE, context(passages)]
    if journey is not None and journey.kind == journeys.DRAFT:
        system.append(DRAFT.format(who=WHO.get(journey.recipient, WHO[""])))
    if level >= Level.ELEVATED:
        system.append(ELEVATED)
    elif journey is not None and journey.kind == journeys.LISTEN:
        system.append(LISTEN)
    elif journey is not None and journey.kind == journeys.IDEA:
        system.append(IDEA)
    return [{"role": "system", "content": "\n\n".join(system)}, *trim_conversation(
        conversation, budget)]


def context(passages: Sequence[Passage]) -> str:
    if not passages:
        return NO_PASSAGES
    numbered = [f"[{n}] {p.title}" + (f" ({p.section})" if p.section else "") + f"\n{trim(p.text)}"
                for n, p in enumerate(passages, 1)]
    return "Passages from the companion's notes:\n\n" + "\n\n".join(numbered)


def trim_conversation(conversation: Sequence[dict], budget: int) -> list[dict]:
    """The latest user and assistant messages that fit the budget; the last one always stays."""
    turns = [{"role": m["role"], "content": str(m.get("content") or "")}
             for m in conversation if m.get("role") in ("user", "assistant")]
    kept: list[dict] = []
    used = 0
    for message in reversed(turns):
        cost = approx_tokens(message["content"])
        if kept and used + cost > budget:
            break
        if not kept and cost > budget:  # one very long message: keep its start
            words = message["content"].split()[: budget * 3 // 4]
            message = {**message, "content": " ".join(words)}
        kept.append(message)
        used += cost
    return kept[::-1]


def approx_tokens(text: str) -> int:
    """About 4 tokens per 3 English words; close enough for a budget."""
    return len(text.split()) * 4 // 3 + 1


def cite(text: str, passages: Sequence[Passage]) -> tuple[str, list[Passage]]:
    """The text without citations that point nowhere, and the passages it does cite (in order)."""
    cited: list[Passage] = []

    def keep(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if not 1 <= number <= len(passages):
            return ""
        if passages[number - 1] not in cited:
            cited.append(passages[number - 1])
        return match.group()

    return _CITATION.sub(keep, text), cited
