"""The turn: assess safety, retrieve, compose (offline or LLM), guard, reply with sources.

``Companion.stream`` reads like the product's promise; every step is a call you can open, and
``respond`` is its last yield. The person's message is embedded once, and that vector serves both
the safety classifier and retrieval. A crisis turn returns the fixed template before any corpus or
model is consulted. With a chat model, each generated sentence passes the output guard before it
is shown; if the model fails at any point, the offline reply (composed from the notes) is given
instead, with a quiet note. Human support and sources are added by the app after generation,
never written by the model.

Left out on purpose: storing conversations, and retrying a failed model (the notes answer now).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .config import Settings
from .journeys import ABOUT, BREAK, BREAK_STOP, DRAFT, Journey, recognise
from .lexical import LexicalIndex
from .llm import ChatModel, LLMUnavailable
from .prompt import build_messages, cite
from .respond import compose, fresh_passages, is_informational
from .retrieval import Passage, retrieve
from .safety import (
    Assessment,
    Level,
    StreamGuard,
    assess,
    crisis_reply,
    guard,
    known_numbers,
    support_block,
    support_for,
)

log = logging.getLogger(__name__)

LONG_NOTE = "Your message was long, so I read all of it for safety but drew ideas from its start."
OFFLINE_NOTE = ("(The assistant is in offline mode right now, so this reply comes straight from "
                "its notes.)")
EMPTY_REPLY = "I'm here whenever you're ready. You can type as much or as little as you like."
GUIDED = (BREAK, BREAK_STOP, ABOUT)
"""Journeys the app answers itself in either mode: the break's fixed steps, and what it is."""


@dataclass(frozen=True)
class Reply:
    text: str
    assessment: Assessment
    sources: tuple[Passage, ...] = ()
    resources: tuple[dict, ...] = ()
    """Human support from the directory, shown when the level calls for it."""
    mode: str = "offline"
    """"llm" (generated), "offline" (composed from the notes) or "guided" (an exercise step)."""
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
    """Holds the loaded pieces (embedder, store, classifier, chat model) and answers turns."""

    def __init__(self, settings: Settings, embedder, collection, classifier=None,
                 chat_model: ChatModel | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.collection = collection
        self.classifier = classifier
        self.chat_model = chat_model
        """Writes generative replies; None means offline mode (replies composed from the notes)."""
        self._allowed_numbers = known_numbers(settings.helplines_file)
        self._embed_cached = lru_cache(maxsize=4096)(
            lambda text: tuple(self.embedder.embed_query(text))
        )

    def respond(self, messages: Sequence[dict], country: str = "") -> Reply:
        """One turn for the last user message; earlier messages are the conversation so far."""
        *_, (_, reply) = self.stream(messages, country)
        return reply

    def stream(self, messages: Sequence[dict], country: str = ""
               ) -> Generator[tuple[str, Reply], None, None]:
        """Yield (text so far, reply so far) as the reply is revealed; the last yield is complete.

        Until the last yield the reply carries only the text so far (no sources or resources).
        """
        message = last_user_message(messages)
        if not message.strip():
            yield EMPTY_REPLY, Reply(EMPTY_REPLY, Assessment(Level.NONE))
            return
        focus = message[: self.settings.max_message_chars]
        assessment = assess(messages, self.classifier, self._embed_safely)
        # Text the detector cannot read gets the international directory, which spans languages.
        where = (country or self.settings.country) if assessment.supported else "INTL"
        support = support_for(where, self.settings.helplines_file)
        previous = last_reply(messages)
        if assessment.level == Level.CRISIS:
            yield from reveal(Reply(crisis_reply(assessment, support, previous), assessment,
                                    resources=tuple(support.as_resources())))
            return

        journey = recognise(messages, assessment, is_informational(focus, assessment))
        passages = fresh_passages(self._passages_for(focus, journey, assessment), previous)
        block = support_block(assessment, support)
        resources = tuple(support.as_resources()) if block else ()
        long_note = (LONG_NOTE,) if len(message) > len(focus) else ()

        def complete(text: str, sources, mode: str, notes: tuple[str, ...] = ()) -> Reply:
            notes = (*notes, *long_note)
            text = "\n\n".join(part for part in (text, block, *notes) if part)
            return Reply(text, assessment, tuple(sources), resources, mode, notes)

        offline_note: tuple[str, ...] = ()
        if self.chat_model is not None and journey.kind not in GUIDED:
            try:
                for text, sources, done in self._generate(messages, assessment, passages,
                                                          journey):
                    if done:
                        final = complete(text, sources, "llm")
                        yield final.text, final
                    else:
                        yield text, Reply(text, assessment, mode="llm")
                return
            except LLMUnavailable as err:  # before or during the stream: the notes answer instead
                log.warning("the chat model is unavailable (%s); replying offline", err)
                offline_note = (OFFLINE_NOTE,)
        text, sources = self._compose(focus, assessment, passages, previous, journey)
        mode = "guided" if journey.kind in GUIDED else "offline"
        yield from reveal(complete(text, sources, mode, offline_note))

    def _passages_for(self, focus: str, journey: Journey, assessment: Assessment
                      ) -> list[Passage]:
        """The notes this turn draws on: none while listening, or once risk is raised."""
        if not journey.shares_passages:
            return []
        if assessment.level >= Level.ELEVATED and journey.kind != DRAFT:
            return []
        return self._retrieve(journey.topic or focus)

    def _compose(self, focus: str, assessment: Assessment, passages: list[Passage],
                 previous: str, journey: Journey) -> tuple[str, list[Passage]]:
        """The offline reply, guarded, with the passages it quotes."""
        text = compose(focus, assessment, passages, previous_reply=previous, journey=journey)
        text, verdict = guard(text, self._allowed_numbers, risky=at_risk(assessment))
        if not verdict.ok:
            log.warning("guard replaced an offline reply: %s", ",".join(verdict.violations))
            return text, []
        # Sources are the passages the reply quotes; an exercise step is drawn from its document.
        quoted = [p for p in passages if f"*{p.title}*" in text]
        return text, quoted or (passages[:1] if journey.grounded_in_topic else [])

    def _generate(self, messages: Sequence[dict], assessment: Assessment,
                  passages: list[Passage], journey: Journey
                  ) -> Iterator[tuple[str, list[Passage], bool]]:
        """Yield (guarded text so far, cited passages, done) from the chat model.

        Every sentence passes the output guard before it is shown; after a violation the rest is
        replaced with the safe fallback and the model is not read further.
        """
        assert self.chat_model is not None
        conversation = [{"role": m.get("role", ""), "content": text_of(m.get("content"))}
                        for m in messages]
        prompt = build_messages(conversation, passages, assessment.level, journey)
        watch = StreamGuard(self._allowed_numbers, risky=at_risk(assessment))
        shown = ""
        tokens = self.chat_model.stream(prompt)
        try:
            for token in tokens:
                released = watch.feed(token)
                if released:
                    shown += released
                    yield one_question(cite(shown, passages)[0]).rstrip(), [], False
                if watch.tripped:
                    break
        finally:
            close = getattr(tokens, "close", None)
            if close:
                close()
        shown = (shown + watch.finish()).strip()
        if watch.tripped:
            log.warning("guard replaced a generated reply: %s", ",".join(watch.violations))
            yield shown, [], True
            return
        if not shown:
            raise LLMUnavailable("the model returned no text")
        text, cited = cite(one_question(shown), passages)
        yield text, cited or passages, True

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


_SENTENCE = re.compile(r"[^.?!]*[.?!]+[\"')\]]*\s*|[^.?!]+$")


def at_risk(assessment: Assessment) -> bool:
    """A risk context for the output guard: distress or risk, or worry about someone at risk."""
    return assessment.level >= Level.DISTRESS or assessment.needs_support


def one_question(text: str) -> str:
    """The text with every question after the first left out: the stance asks for one at most,
    and a small model does not always listen. A fenced draft is the person's, and kept whole."""
    kept, asked = [], False
    for number, part in enumerate(text.split("```")):
        if number % 2:  # inside a fenced draft: the person's own message, kept whole
            kept.append(f"```{part}```" if number < text.count("```") else f"```{part}")
            continue
        for sentence in _SENTENCE.findall(part):
            if sentence.rstrip().rstrip("\"')]").endswith("?"):
                if asked:
                    continue
                asked = True
            kept.append(sentence)
    return "".join(kept)


def reveal(reply: Reply, step: int = 4) -> Iterator[tuple[str, Reply]]:
    """A finished reply revealed a few words at a time, as the offline mode has always streamed."""
    words = reply.text.split(" ")
    for end in range(step, len(words), step):
        yield " ".join(words[:end]), Reply(" ".join(words[:end]), reply.assessment,
                                           mode=reply.mode)
    yield reply.text, reply


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
