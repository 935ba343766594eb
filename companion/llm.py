"""The chat model seam: something that streams text for a list of messages.

``ChatModel`` is the whole interface a turn needs. ``OpenAIChat`` speaks to any OpenAI-compatible
server (OpenAI, Ollama, vLLM, LM Studio, llama.cpp) through LangChain's ``ChatOpenAI``, with no
retries, a first-token timeout and a total timeout. Every failure (refused connection, timeout,
HTTP error, rate limit, garbled or empty output, a stream cut short) becomes one
``LLMUnavailable`` with a short reason, so the turn can fall back to its offline reply.

Left out on purpose: retries and backoff (a person is waiting; the offline reply is better than a
slow one), tool calls, token counting, and any provider other than the OpenAI wire format.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Protocol

from .config import Settings

MAX_TOKENS = 400
"""A ceiling on a reply's length; the stance asks for brevity anyway."""


class LLMUnavailable(RuntimeError):
    """The model could not give a complete reply; the message is a short reason, never text."""


class ChatModel(Protocol):
    def stream(self, messages: list[dict]) -> Iterator[str]:
        """Yield the reply's text piece by piece for OpenAI-style {"role", "content"} messages.

        Raises ``LLMUnavailable`` (possibly after some pieces) when the reply cannot be completed.
        """
        ...


class OpenAIChat:
    """A ``ChatModel`` over an OpenAI-compatible endpoint."""

    def __init__(self, model: str, base_url: str = "", api_key: str = "",
                 first_token_timeout: float = 8.0, timeout: float = 30.0,
                 max_tokens: int = MAX_TOKENS) -> None:
        self.model = model
        self.base_url = base_url
        self.first_token_timeout = first_token_timeout
        self.timeout = timeout
        self._api_key = api_key
        self._max_tokens = max_tokens
        self._client = None

    def stream(self, messages: list[dict]) -> Iterator[str]:
        started = time.monotonic()
        got_text = finished = False
        try:
            for chunk in self._chat().stream(messages):
                elapsed = time.monotonic() - started
                if not got_text and elapsed > self.first_token_timeout:
                    raise LLMUnavailable(f"no reply within {self.first_token_timeout:g} s")
                if elapsed > self.timeout:
                    raise LLMUnavailable(f"the reply took longer than {self.timeout:g} s")
                finished = finished or bool(chunk.response_metadata.get("finish_reason"))
                text = chunk.content if isinstance(chunk.content, str) else ""
                if text:
                    got_text = True
                    yield text
        except LLMUnavailable:
            raise
        except Exception as err:  # the client's errors are many; the person needs one answer
            raise LLMUnavailable(_reason(err)) from err
        if not got_text:
            raise LLMUnavailable("the model returned no text")
        if not finished:
            raise LLMUnavailable("the stream ended before the reply was complete")

    def _chat(self):
        if self._client is None:
            self._client = _chat_openai(self)
        return self._client


def _chat_openai(chat: OpenAIChat):
    try:
        import httpx
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr
    except ImportError as err:  # pragma: no cover - a dependency of the package
        raise LLMUnavailable("langchain-openai is not installed (pip install langchain-openai)"
                             ) from err
    # httpx has no total timeout: the read timeout bounds each wait (the first token included),
    # and ``stream`` checks the total between chunks.
    timeout = httpx.Timeout(chat.timeout, read=chat.first_token_timeout)
    return ChatOpenAI(model=chat.model, base_url=chat.base_url or None,
                      api_key=SecretStr(chat._api_key or "not-needed"), timeout=timeout,
                      max_retries=0, streaming=True,
                      max_completion_tokens=chat._max_tokens)  # its field max_tokens, by alias


def _reason(err: Exception) -> str:
    status = getattr(err, "status_code", None)
    if status == 429:
        return "rate limited (HTTP 429)"
    if status:
        return f"HTTP {status}"
    name = type(err).__name__
    if "Timeout" in name:
        return "timed out"
    if "Connection" in name or "Connect" in name:
        return "could not connect"
    return name


def make_chat_model(settings: Settings) -> ChatModel | None:
    """The configured chat model, or None when no LLM is configured (offline mode)."""
    if not settings.llm_enabled:
        return None
    return OpenAIChat(
        model=settings.llm_model or ("gpt-4o-mini" if not settings.llm_base_url else "local"),
        base_url=settings.llm_base_url, api_key=settings.llm_api_key,
        first_token_timeout=settings.llm_first_token_timeout, timeout=settings.llm_timeout,
    )
