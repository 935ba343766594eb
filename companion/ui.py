"""The Gradio page: a chat that streams replies, shows sources, and keeps human support in reach.

Starter prompts open each journey; the support panel (*Talk to a person*) is always one click
away, for the country picked or read from the browser's language region; once a turn is
``elevated`` or ``crisis`` a calm banner with the crisis line stays at the top for the session.
The chat function is also the API (``api_name="chat"``, returning the reply and the banner) that
``gradio_client`` drives. Nothing is stored: the conversation lives in the browser tab, analytics
are off, and no message is logged.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Iterator

from . import page
from .safety import assess, crisis_reply, load_directory, support_for
from .safety.assessment import Level
from .safety.policy import describe
from .turn import Companion, Reply, text_of

log = logging.getLogger(__name__)

ABOUT = (
    "This is a compassion companion: it listens, reflects, and shares ideas about compassion and "
    "self-compassion from a small library, with their sources. **It is not a therapist, a doctor "
    "or an emergency service.** If you might be in danger, open *Talk to a person* below or call "
    "your local emergency number. Nothing you write is stored: the conversation is gone when you "
    "close this tab."
)
SORRY = (
    "I'm sorry, something went wrong on my side and I couldn't finish that reply. Your message is "
    "still here; you could try sending it again. If you need someone now, open *Talk to a person*."
)
CONCURRENT_TURNS = 4
"""Turns answered at once; more only queue behind two CPU cores running the same model."""
STARTERS = [
    ("A hard day", "I had a really hard day and I'm exhausted."),
    ("What is self-compassion?", "What does self-compassion mean?"),
    ("Worried about a friend", "My friend has gone quiet lately. How do I check in?"),
    ("Help me find the words", "I think I might need some help but don't know how to say it."),
    ("Tired from caring", "I look after everyone else and I have nothing left to give."),
    ("A self-compassion break", "Can you guide me through a self-compassion break?"),
]
EXAMPLES = [text for _, text in STARTERS]


def chat_handler(companion: Companion):
    """The chat function: streams the reply, and raises the support banner when risk is seen.

    It yields (reply so far, banner); the banner is left as it is (``gr.skip()``) unless this
    turn's level is ``elevated`` or ``crisis``, so once raised it stays for the session.
    """
    import gradio as gr

    override = companion.settings.helplines_file

    def chat(message: str, history: list, country: str = "") -> Iterator[tuple[str, object]]:
        messages = [*_plain(history), {"role": "user", "content": str(message or "")}]
        try:
            for text, reply in companion.stream(messages, country):
                if text != reply.text:
                    yield text, gr.skip()
                    continue
                yield text + sources_block(reply), banner_for(reply.level, country, override)
        except Exception:
            log.exception("a turn failed")  # the traceback names no message text
            text, level = fallback_reply(messages, country, override)
            yield text, banner_for(level, country, override)

    return chat


def banner_for(level: Level, country: str, override: str = ""):
    """The calm banner with the person's crisis line, or ``gr.skip()`` to leave it as it is."""
    import gradio as gr

    if level < Level.ELEVATED:
        return gr.skip()
    return banner_html(country, override)


def banner_html(country: str, override: str = "") -> str:
    support = support_for(country, override)
    line = support.first_line
    reach = f"call <b>{html.escape(support.emergency)}</b>" if support.emergency else \
        "call your local emergency number"
    parts = [f"You matter, and you don't have to face this alone. If you are in danger, {reach}."]
    if line is not None:
        parts.append(f"{html.escape(describe_plain(line))}.")
    parts.append("More under <i>Talk to a person</i> below.")
    return f"<div class='risk-banner' role='status'>{' '.join(parts)}</div>"


def describe_plain(line) -> str:
    """A line as one sentence without markdown: "Samaritans: call 116 123 (24/7)"."""
    return describe(line).replace("**", "")


def _plain(history: list) -> list[dict]:
    """Gradio's history as plain {"role", "content"} text messages."""
    return [
        {"role": m.get("role", ""), "content": text_of(m.get("content"))}
        for m in history or [] if isinstance(m, dict)
    ]


def fallback_reply(messages: list[dict], country: str, override: str = "") -> tuple[str, Level]:
    """When the turn itself fails, safety still answers from the rules and the directory."""
    try:
        assessment = assess(messages)
        if assessment.level == Level.CRISIS:
            return crisis_reply(assessment, support_for(country, override)), Level.CRISIS
        return SORRY, assessment.level
    except Exception:
        log.exception("the fallback assessment failed")
    return SORRY, Level.NONE


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
        excerpt = html.escape(excerpt_of(passage.text))
        items.append(f"<li><b>{html.escape(passage.title)}</b>{section}<br>"
                     f"<q class='excerpt'>{excerpt}</q><br><small>{works}</small></li>")
    return ("\n\n<details class='sources'><summary>Sources</summary><ul>"
            + "".join(items) + "</ul></details>")


def excerpt_of(text: str, limit: int = 160) -> str:
    """The passage's opening words, cut at a word, for the sources list."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


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

    settings = companion.settings
    directory = load_directory(settings.helplines_file)
    choices = sorted(((s.country, code) for code, s in directory.items()), key=lambda c: c[0])
    default = settings.country if settings.country in directory else "INTL"

    with gr.Blocks(title="Compassion companion", analytics_enabled=False) as demo:
        gr.Markdown("# Compassion companion")
        banner = gr.HTML("", elem_id="risk-banner")
        gr.Markdown(ABOUT, elem_id="about")
        country = gr.Dropdown(choices=choices, value=default, label="Your country",
                              info="Used only to show support lines near you.",
                              elem_id="country", render=False)
        chat = gr.ChatInterface(
            chat_handler(companion),
            chatbot=gr.Chatbot(label="Conversation", elem_id="conversation", height="60vh",
                               buttons=["copy"], placeholder="I'm here to listen."),
            textbox=gr.Textbox(label="Your message", show_label=False, elem_id="message",
                               placeholder="Write how you're feeling, or ask a question",
                               submit_btn="Send", stop_btn=True, lines=1, max_lines=8),
            additional_inputs=[country],
            additional_inputs_accordion="Country for support lines",
            additional_outputs=[banner],
            examples=[[text, None] for text in EXAMPLES],
            example_labels=[label for label, _ in STARTERS],
            examples_label="Start with",
            run_examples_on_click=True,
            cache_examples=False,
            api_name="chat",
            flagging_mode="never",
            save_history=False,
            analytics_enabled=False,
            fill_height=False,
        )
        with gr.Accordion("Talk to a person", open=False, elem_id="support-panel"):
            panel = gr.Markdown(support_markdown(default, settings.helplines_file))

        def pick(code: str, shown: str):
            raised = banner_html(code, settings.helplines_file) if shown else gr.skip()
            return support_markdown(code, settings.helplines_file), raised

        country.change(pick, [country, banner], [panel, banner], api_visibility="private")
        # After a server restart the session's history is gone from the server; the page's
        # connection watcher (see ``page``) presses this to hand back the conversation it shows.
        resync = gr.Button("Resume conversation", elem_id="resync-chat",
                           elem_classes="hidden-control")
        resync.click(lambda shown: shown, chat.chatbot, chat.chatbot_state,
                     api_visibility="private", show_progress="hidden")
        if not settings.country:  # an explicit setting wins over the browser's language region
            locales = gr.Textbox(visible=False)
            demo.load(lambda found: country_from_locales(found, directory), locales, country,
                      js=page.BROWSER_LOCALES, api_visibility="private")
    return demo


def country_from_locales(locales: str, directory: dict) -> str:
    """The first region among the browser's languages ("en-GB,en") that the directory covers."""
    for locale in str(locales or "").split(","):
        locale = locale.strip().replace("_", "-")
        region = locale.split("-")[-1].upper()
        if "-" in locale and region in directory:
            return region
    return "INTL"


def start(companion: Companion, host: str, port: int, **options):
    """Build and launch the page (queued, styled, watched); returns the running app."""
    return launch(build_ui(companion), host, port, **options)


def launch(demo, host: str, port: int, **options):
    """Launch a built page; a closed one can be launched again (as after a restart)."""
    demo.queue(default_concurrency_limit=CONCURRENT_TURNS).launch(
        server_name=host, server_port=port, show_error=False, **page.launch_options(), **options)
    return demo


def serve(companion: Companion) -> None:
    start(companion, companion.settings.host, companion.settings.port,
          auth=login(companion.settings.auth))


def login(auth: str) -> tuple[str, str] | None:
    """``COMPANION_AUTH`` ("user:password") as Gradio's login pair; None leaves the page open."""
    user, colon, password = auth.partition(":")
    if not colon or not user or not password:
        return None
    return user, password
