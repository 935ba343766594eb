"""The generative mode against real servers on loopback: the local SmolLM2 and a scripted one.

The scripted server (``companion.faults``, shared with the benchmark) plays the failures a real
provider has: a slow first token, HTTP 500 and 429, a stream cut mid-way, garbled or empty output,
and a bad completion with a phone number. The model's wording is never asserted: only the
protocol and our handling.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from itertools import pairwise

import pytest

from companion.cli import main
from companion.faults import FaultServer, closed_url
from companion.llm import LLMUnavailable, OpenAIChat, make_chat_model
from companion.local_llm import LocalLLM
from companion.prompt import ELEVATED, build_messages, cite, trim_conversation
from companion.retrieval import Passage
from companion.safety import SAFE_FALLBACK, Level
from companion.turn import OFFLINE_NOTE, Companion

QUESTION = "What does self-compassion mean?"


@pytest.fixture(scope="session")
def local_llm():
    with LocalLLM() as llm:
        yield llm


def _with_model(companion, base_url, first_token=0.5, total=5.0, model=None) -> Companion:
    settings = replace(companion.settings, llm_base_url=base_url, llm_model="test",
                       llm_first_token_timeout=first_token, llm_timeout=total)
    return Companion(settings, companion.embedder, companion.collection, companion.classifier,
                     model or make_chat_model(settings))


def _ask(companion, text, country="GB"):
    return companion.respond([{"role": "user", "content": text}], country)


@pytest.mark.server
def test_local_model_streams_increasing_text(companion, local_llm):
    model = OpenAIChat("smollm2", local_llm.base_url, first_token_timeout=20, timeout=60,
                       max_tokens=120)  # short: the test is about streaming, not eloquence
    llm = _with_model(companion, local_llm.base_url, model=model)
    updates = list(llm.stream([{"role": "user", "content": QUESTION}], "GB"))
    texts = [text for text, _ in updates]
    final = updates[-1][1]
    assert final.mode == "llm" and all(reply.mode == "llm" for _, reply in updates)
    assert all(len(a) <= len(b) for a, b in pairwise(texts))
    # The guard lets text through a sentence at a time: only a reply of several sentences (the
    # tiny model sometimes writes one) arrives in several updates.
    if len(re.findall(r"[.!?](\s|$)", final.text.strip())) > 1:
        assert len(texts) >= 2
    assert final.text == texts[-1] and final.sources


@pytest.mark.server
def test_ask_json_reports_llm_mode(local_llm, settings, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("COMPANION_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("COMPANION_LLM_BASE_URL", local_llm.base_url)
    monkeypatch.setenv("COMPANION_LLM_FIRST_TOKEN_TIMEOUT", "20")
    assert main(["ask", "I had a rough day", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["mode"] == "llm"


class RecordingModel:
    """A chat model double for the seam: records prompts and says one fixed thing."""

    def __init__(self, text="I'm really glad you told me. Are you safe right now?"):
        self.text = text
        self.calls: list[list[dict]] = []

    def stream(self, messages):
        self.calls.append(messages)
        yield from self.text.split(" ")[:1]
        yield " " + " ".join(self.text.split(" ")[1:])


def test_crisis_never_calls_the_model(companion):
    model = RecordingModel()
    llm = Companion(companion.settings, companion.embedder, companion.collection,
                    companion.classifier, model)
    reply = _ask(llm, "I want to kill myself", country="US")
    assert reply.level == Level.CRISIS and model.calls == []
    assert "988" in reply.text and reply.sources == ()


def test_crisis_with_an_unreachable_model_is_still_the_template(companion):
    reply = _ask(_with_model(companion, closed_url()),
                 "I want to kill myself", country="US")
    assert reply.level == Level.CRISIS and "988" in reply.text and OFFLINE_NOTE not in reply.text


def test_elevated_asks_the_model_to_check_safety_and_the_app_adds_support(companion):
    model = RecordingModel()
    llm = Companion(companion.settings, companion.embedder, companion.collection,
                    companion.classifier, model)
    reply = _ask(llm, "honestly there's no point anymore")
    assert reply.level == Level.ELEVATED and reply.mode == "llm"
    assert ELEVATED in model.calls[0][0]["content"]
    assert reply.text.startswith(model.text) and reply.resources and "999" in reply.text


def test_connection_refused_falls_back_offline(companion):
    reply = _ask(_with_model(companion, closed_url()), QUESTION)
    assert reply.mode == "offline" and OFFLINE_NOTE in reply.text and reply.sources


@pytest.fixture(scope="module")
def scripted():
    with FaultServer() as faults:
        yield faults.url


@pytest.mark.parametrize("script", ["slow", "error500", "limit429", "cut", "garbled", "empty"])
def test_provider_failures_fall_back_offline(companion, scripted, script):
    llm = _with_model(companion, f"{scripted}/{script}/v1")
    updates = list(llm.stream([{"role": "user", "content": QUESTION}], "GB"))
    final = updates[-1][1]
    assert final.mode == "offline" and OFFLINE_NOTE in final.text and final.sources
    assert "Traceback" not in final.text


@pytest.mark.parametrize("script", ["slow", "error500", "limit429", "cut", "garbled", "empty"])
def test_failures_are_one_exception_with_a_reason(scripted, script):
    model = OpenAIChat("m", f"{scripted}/{script}/v1", first_token_timeout=0.5, timeout=5)
    with pytest.raises(LLMUnavailable) as caught:
        list(model.stream([{"role": "user", "content": "hi"}]))
    assert str(caught.value)


def test_guard_replaces_the_rest_of_a_bad_completion(companion, scripted):
    llm = _with_model(companion, f"{scripted}/phone/v1")
    texts = [text for text, _ in llm.stream([{"role": "user", "content": QUESTION}], "GB")]
    final = llm.respond([{"role": "user", "content": QUESTION}], "GB")
    assert all("555" not in text for text in texts) and "555" not in final.text
    assert SAFE_FALLBACK in final.text and final.mode == "llm" and final.sources == ()


PASSAGES = [Passage("a", "Kindness", "", "Be kind to yourself.", 0.9, "S1"),
            Passage("b", "Breathing", "Try", "Breathe slowly.", 0.8, "S2")]


def test_citations_map_to_passages_and_dangling_ones_are_dropped():
    text, cited = cite("Be gentle with yourself [1]. Rest helps [9].", PASSAGES)
    assert text == "Be gentle with yourself [1]. Rest helps." and cited == [PASSAGES[0]]
    assert cite("No sources here.", PASSAGES) == ("No sources here.", [])


def test_prompt_numbers_passages_and_trims_the_conversation():
    long = [{"role": "user", "content": "word " * 500}, {"role": "assistant", "content": "ok"},
            {"role": "user", "content": "and today?"}]
    messages = build_messages(long, PASSAGES, Level.DISTRESS, budget=100)
    assert messages[0]["role"] == "system" and "[2] Breathing (Try)" in messages[0]["content"]
    assert ELEVATED not in messages[0]["content"]
    assert [m["content"] for m in messages[1:]] == ["ok", "and today?"]
    assert ELEVATED in build_messages(long, [], Level.ELEVATED)[0]["content"]
    assert trim_conversation(long[:1], 10)[0]["content"].split() == ["word"] * 7


@pytest.mark.server
def test_generated_reply_streams_to_the_gradio_client(companion, local_llm):
    from gradio_client import Client

    from companion.ui import build_ui
    from conftest import free_port as loopback_port

    model = OpenAIChat("smollm2", local_llm.base_url, first_token_timeout=20, timeout=60,
                       max_tokens=120)
    demo = build_ui(_with_model(companion, local_llm.base_url, model=model))
    port = loopback_port()
    demo.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True,
                        quiet=True)
    try:
        job = Client(f"http://127.0.0.1:{port}/", verbose=False).submit(
            "I had a rough day at work", "GB", api_name="/chat")
        updates = [text for text, _banner in job if text]  # /chat yields (reply, banner)
        final, _ = job.result()
    finally:
        demo.close()
    assert updates and final.startswith(updates[0][:20])
    # The guard lets text through a sentence at a time: a reply of several sentences arrives in
    # several updates; the tiny model sometimes answers in one ("No."), which arrives whole.
    if len(re.findall(r"[.!?](\s|$)", final.strip())) > 1:
        assert len(updates) >= 2
    assert OFFLINE_NOTE not in final  # it was the model that answered, not the fallback
