"""The turn: assess safety, retrieve, compose, guard, reply with sources and resources.

``Companion.respond`` reads like the product's promise; every step is a call you can open. The
person's message is embedded once, and that vector serves both the safety classifier and retrieval.
A crisis turn returns the fixed template before any corpus or model is consulted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .config import Settings
from .lexical import LexicalIndex
from .respond import compose, fresh_passages
from .retrieval import Passage, retrieve
from .safety import (
    Assessment,
    Level,
    assess,
    crisis_reply,
    guard,
    known_numbers,
    support_block,
    support_for,
)

log = logging.getLogger(__name__)

LONG_NOTE = "Your message was long, so I read all of it for safety but drew ideas from its start."
EMPTY_REPLY = "I'm here whenever you're ready. You can type as much or as little as you like."


@dataclass(frozen=True)
class Reply:
    text: str
    assessment: Assessment
    sources: tuple[Passage, ...] = ()
    resources: tuple[dict, ...] = ()
    """Human support from the directory, shown when the level calls for it."""
    mode: str = "offline"
    notes: tuple[str, ...] = field(default=())

    @property
    def level(self) -> Level:
        return self.assessment.level

    def as_dict(self) -> dict:
        return {
            "reply": self.text,
            "level": str(self.level),
            "categories": list(self.assessment.categories),
            "sources": [p.as_source() for p in self.sources],
            "resources": list(self.resources),
            "mode": self.mode,
        }


class Companion:
    """Holds the loaded pieces (embedder, store, classifier) and answers turns."""

    def __init__(self, settings: Settings, embedder, collection, classifier=None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.collection = collection
        self.classifier = classifier
        self._allowed_numbers = known_numbers(settings.helplines_file)
        self._embed_cached = lru_cache(maxsize=4096)(
            lambda text: tuple(self.embedder.embed_query(text))
        )

    def respond(self, messages: Sequence[dict], country: str = "") -> Reply:
        """One turn for the last user message; earlier messages are the conversation so far."""
        message = last_user_message(messages)
        if not message.strip():
            return Reply(EMPTY_REPLY, Assessment(Level.NONE))
        focus = message[: self.settings.max_message_chars]
        assessment = assess(messages, self.classifier, self._embed_safely)
        support = support_for(country or self.settings.country, self.settings.helplines_file)
        if assessment.level == Level.CRISIS:
            return Reply(crisis_reply(assessment, support), assessment,
                         resources=tuple(support.as_resources()))

        previous = last_reply(messages)
        passages = self._retrieve(focus) if assessment.level < Level.ELEVATED else []
        passages = fresh_passages(passages, previous)
        text = compose(focus, assessment, passages, previous_reply=previous)
        text, verdict = guard(text, self._allowed_numbers)
        if not verdict.ok:
            log.warning("guard replaced an offline reply: %s", ",".join(verdict.violations))
            passages = []
        notes = (LONG_NOTE,) if len(message) > len(focus) else ()
        block = support_block(assessment, support)
        resources = tuple(support.as_resources()) if block else ()
        text = "\n\n".join(part for part in (text, block, *notes) if part)
        return Reply(text, assessment, tuple(passages), resources, notes=notes)

    def stream(self, messages: Sequence[dict], country: str = "") -> Iterator[tuple[str, Reply]]:
        """Yield (text so far, reply) as the reply is revealed; the last yield is complete."""
        reply = self.respond(messages, country)
        words = reply.text.split(" ")
        for end in range(4, len(words), 4):
            yield " ".join(words[:end]), reply
        yield reply.text, reply

    def embed(self, text: str) -> tuple[float, ...]:
        """The message's vector, computed once: safety and retrieval (and later turns) share it."""
        return self._embed_cached(text[: self.settings.max_message_chars])

    def _embed_safely(self, text: str) -> tuple[float, ...] | None:
        try:
            return self.embed(text)
        except Exception:  # the rules still assess; the classifier and corpus are skipped
            log.exception("embedding failed")
            return None

    @cached_property
    def lexical(self) -> LexicalIndex:
        """BM25 over the store's passages, read on first use and kept in step with the store."""
        return LexicalIndex(self.collection)

    def _retrieve(self, text: str, k: int | None = None) -> list[Passage]:
        # A misspelt message is embedded a second time, mended: the first vector (shared with
        # safety) reads "compasion" as word pieces and misses the topic.
        query = self.lexical.correct(text)
        vector = self._embed_safely(query)
        if vector is None:
            return []
        return retrieve(self.collection, list(vector), k or self.settings.top_k,
                        self.settings.min_score, query=query, lexical=self.lexical)


def last_user_message(messages: Sequence[dict]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return text_of(message.get("content"))
    return ""


def last_reply(messages: Sequence[dict]) -> str:
    for message in reversed(messages):
        if message.get("role") == "assistant":
            return text_of(message.get("content"))
    return ""


def text_of(content) -> str:
    """Message content as text, whether a string or a list of typed parts (Gradio, OpenAI)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(text_of(part) for part in content)
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    return "" if content is None else str(content)
