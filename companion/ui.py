"""The Gradio page: a chat that streams replies, shows sources, and keeps human support in reach.

The chat function is also the API (``api_name="chat"``) that ``gradio_client`` drives. Nothing is
stored: the conversation lives in the browser tab, analytics are off, and no message is logged.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Iterator

from .safety import assess, crisis_reply, load_directory, support_for
from .safety.assessment import Level
from .safety.policy import describe
from .turn import Companion, Reply, text_of

log = logging.getLogger(__name__)

ABOUT = (
    "This is a compassion companion: it listens, reflects, and shares ideas about compassion and "
    "self-compassion from a small library, with their sources. **It is not a therapist, a doctor "
    "or an emergency service.** If you might be in danger, open *Talk to a person* below or call "
    "your local emergency number."
)
SORRY = (
    "I'm sorry, something went wrong on my side and I couldn't finish that reply. Your message is "
    "still here; you could try sending it again. If you need someone now, open *Talk to a person*."
)
CONCURRENT_TURNS = 4
"""Turns answered at once; more only queue behind two CPU cores running the same model."""
EXAMPLES = [
    "I had a really hard day and I'm exhausted.",
    "What does self-compassion mean?",
    "My friend has gone quiet lately. How do I check in?",
    "I think I might need some help but don't know how to say it.",
]


def chat_handler(companion: Companion):
    def chat(message: str, history: list, country: str = "") -> Iterator[str]:
        try:
            messages = [*_plain(history), {"role": "user", "content": str(message or "")}]
            for text, reply in companion.stream(messages, country):
                yield text if text != reply.text else text + sources_block(reply)
        except Exception:
            log.exception("a turn failed")  # the traceback names no message text
            yield fallback_reply(messages, country, companion.settings.helplines_file)

    return chat


def _plain(history: list) -> list[dict]:
    """Gradio's history as plain {"role", "content"} text messages."""
    return [
        {"role": m.get("role", ""), "content": text_of(m.get("content"))}
        for m in history or [] if isinstance(m, dict)
    ]


def fallback_reply(messages: list[dict], country: str, override: str = "") -> str:
    """When the turn itself fails, safety still answers from the rules and the directory."""
    try:
        assessment = assess(messages)
        if assessment.level == Level.CRISIS:
            return crisis_reply(assessment, support_for(country, override))
    except Exception:
        log.exception("the fallback assessment failed")
    return SORRY


def sources_block(reply: Reply) -> str:
    if not reply.sources:
        return ""
    seen, items = set(), []
    for passage in reply.sources:
        key = (passage.doc_id, passage.section)
        if key in seen:
            continue
        seen.add(key)
        section = f" — {html.escape(passage.section)}" if passage.section else ""
        works = html.escape(passage.sources.replace(" | ", "; "))
        items.append(f"<li><b>{html.escape(passage.title)}</b>{section}<br><small>{works}"
                      f"</small></li>")
    return ("\n\n<details class='sources'><summary>Sources</summary><ul>"
            + "".join(items) + "</ul></details>")


def support_markdown(country: str, override: str = "") -> str:
    support = support_for(country, override)
    lines = [f"### Talk to a person — {support.country}"]
    if support.emergency:
        note = f" ({support.emergency_note})" if support.emergency_note else ""
        lines.append(f"**Emergency: call {support.emergency}**{note}")
    else:
        lines.append("**Emergency: call your local emergency number**")
    for line in support.lines:
        lines.append(f"- {describe(line)} <small>verified {line.verified}</small>")
    return "\n\n".join(lines)


def build_ui(companion: Companion):
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    import gradio as gr

    directory = load_directory(companion.settings.helplines_file)
    choices = sorted(((s.country, code) for code, s in directory.items()), key=lambda c: c[0])
    default = companion.settings.country if companion.settings.country in directory else "INTL"

    with gr.Blocks(title="Compassion companion", analytics_enabled=False) as demo:
        gr.Markdown("# Compassion companion")
        gr.Markdown(ABOUT, elem_id="about")
        country = gr.Dropdown(choices=choices, value=default, label="Your country",
                              elem_id="country", render=False)
        gr.ChatInterface(
            chat_handler(companion),
            additional_inputs=[country],
            additional_inputs_accordion="Country for support lines",
            examples=[[e, default] for e in EXAMPLES],
            run_examples_on_click=True,
            cache_examples=False,
            api_name="chat",
            flagging_mode="never",
            save_history=False,
            analytics_enabled=False,
            fill_height=False,
        )
        with gr.Accordion("Talk to a person", open=False, elem_id="support-panel"):
            panel = gr.Markdown(support_markdown(default, companion.settings.helplines_file))
        country.change(lambda c: support_markdown(c, companion.settings.helplines_file),
                       country, panel, api_visibility="private")
    return demo


def serve(companion: Companion, **launch) -> None:
    settings = companion.settings
    auth = login(settings.auth)
    demo = build_ui(companion)
    demo.queue(default_concurrency_limit=CONCURRENT_TURNS).launch(
        server_name=settings.host, server_port=settings.port, auth=auth, show_error=False,
        **launch,
    )


def login(auth: str) -> tuple[str, str] | None:
    """``COMPANION_AUTH`` ("user:password") as Gradio's login pair; None leaves the page open."""
    user, colon, password = auth.partition(":")
    if not colon or not user or not password:
        return None
    return user, password
