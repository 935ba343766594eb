"""What the app adds to a real model's time to first text, on the local SmolLM2 server.

The app shows text a sentence at a time (``StreamGuard``), so its first text is compared with the
model's first sentence, not its first token. For each message the app's turn runs twice through
``Companion.stream`` (the first run is untimed: it records the prompt the app sends and warms the
server's prompt cache), then the same prompt is streamed straight to the server with the standard
library (``http.client``, no LangChain), so both timed runs start from the same warm cache.

``llm_overhead_ms`` is measured inside the timed app run itself, so sampling cannot blur it: the
app's time to its first text minus the model's share of it, which runs from the moment the app
starts reading the chat model's stream to the moment the model hands over the piece that completed
that text. What remains is the app's own work before the model (safety, retrieval, the prompt)
and after it (the guard, citations). LangChain's client counts as the model's share here; the
direct stream (``model_first_token_ms``, ``model_first_sentence_ms``) shows what the same prompt
costs without it, for reference.

Left out: the rest of the reply (generation speed is the model's), and cold prompts (the cache
is warm for both runs, so the difference is the app's and not the prompt's).
"""

from __future__ import annotations

import http.client
import json
import time
from dataclasses import dataclass, replace
from urllib.parse import urlparse

from ..llm import MAX_TOKENS, make_chat_model
from ..safety import StreamGuard
from ..turn import Companion
from .report import Spread, spread
from .stages import forget


class CountingModel:
    """The app's own chat model, passed through, counting the pieces it hands to the turn."""

    def __init__(self, model) -> None:
        self.model = model
        self.pieces = 0
        self.prompt: list[dict] = []
        self.started = 0.0
        """When the app began reading the stream (``perf_counter``)."""
        self.last_piece = 0.0
        """When the latest piece was handed to the app."""

    def stream(self, messages: list[dict]):
        self.prompt, self.pieces = messages, 0
        self.started = time.perf_counter()
        for piece in self.model.stream(messages):
            self.pieces += 1
            self.last_piece = time.perf_counter()
            yield piece


@dataclass(frozen=True)
class FirstText:
    model_first_token_ms: Spread
    model_first_sentence_ms: Spread
    app_first_text_ms: Spread
    llm_overhead_ms: Spread


def measure_first_text(companion: Companion, base_url: str, messages: list[str]) -> FirstText:
    settings = replace(companion.settings, llm_base_url=base_url, llm_model="smollm2-135m",
                       llm_api_key="local")
    model = CountingModel(make_chat_model(settings))
    app = Companion(settings, companion.embedder, companion.collection, companion.classifier,
                    model)
    rows = []
    for message in messages:
        first_text_ms(app, message)  # untimed: records the prompt, warms the prompt cache
        forget(app)
        app_ms = first_text_ms(app, message)
        if app_ms is None:
            continue
        model_ms = (model.last_piece - model.started) * 1000
        direct = stream_directly(base_url, model.prompt, settings.llm_model, model.pieces)
        rows.append((direct.pieces_ms[0] if direct.pieces_ms else 0.0, direct.sentence_ms, app_ms,
                     app_ms - model_ms))
    if not rows:
        raise RuntimeError("the local model gave no usable first text")
    columns = [spread(column) for column in zip(*rows, strict=True)]
    return FirstText(*columns)


def first_text_ms(app: Companion, message: str) -> float | None:
    """Milliseconds from calling ``Companion.stream`` to its first text; None if not the model's."""
    started = time.perf_counter()
    updates = app.stream([{"role": "user", "content": message}])
    try:
        _, reply = next(updates)
        elapsed = (time.perf_counter() - started) * 1000
    finally:
        updates.close()  # hangs up on the model: the rest of the reply is not measured
    return elapsed if reply.mode == "llm" else None


@dataclass(frozen=True)
class DirectStream:
    pieces_ms: list[float]
    """When each piece of text arrived, in ms from sending the request."""
    sentence_ms: float
    """When a ``StreamGuard`` fed these pieces first released text (its first sentence)."""


def stream_directly(base_url: str, prompt: list[dict], model: str, pieces: int) -> DirectStream:
    """Stream ``prompt`` with ``http.client`` until ``pieces`` pieces and a sentence arrived."""
    url = urlparse(base_url)
    body = json.dumps({"model": model, "messages": prompt, "stream": True,
                       "max_tokens": MAX_TOKENS})
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=60)
    guard, times, sentence_ms = StreamGuard(), [], None
    started = time.perf_counter()
    try:
        connection.request("POST", f"{url.path}/chat/completions", body,
                           {"Content-Type": "application/json"})
        for text in sse_text(connection.getresponse()):
            now = (time.perf_counter() - started) * 1000
            times.append(now)
            if sentence_ms is None and guard.feed(text):
                sentence_ms = now
            if sentence_ms is not None and len(times) >= pieces:
                break
    finally:
        connection.close()
    if sentence_ms is None:  # no sentence end before the stream ended: the whole text is one
        sentence_ms = times[-1] if times else 0.0
    return DirectStream(times, sentence_ms)


def sse_text(response):
    """The non-empty text pieces of a streamed chat completion."""
    for line in response:
        if not line.startswith(b"data:"):
            continue
        data = line[5:].strip()
        if data == b"[DONE]":
            return
        choices = json.loads(data).get("choices") or [{}]
        text = (choices[0].get("delta") or {}).get("content") or ""
        if text:
            yield text
