"""A real Gradio server, driven through gradio_client (api_name="chat" returns reply and banner)."""

import pytest
from gradio_client import Client

from companion.safety import load_directory
from companion.ui import country_from_locales


def _raised(banner) -> bool:
    return isinstance(banner, str) and "risk-banner" in banner


def test_chat_streams_a_grounded_reply(server_url):
    client = Client(server_url, verbose=False)
    job = client.submit("What does self-compassion mean?", "GB", api_name="/chat")
    updates = list(job)
    final, banner = job.result()
    assert len(updates) > 1, "the reply is streamed"
    assert "Sources" in final and "<details" in final and not _raised(banner)


def test_crisis_message_gets_the_country_lines_and_the_banner(server_url):
    final, banner = Client(server_url, verbose=False).predict("I want to end my life", "GB",
                                                              api_name="/chat")
    assert "999" in final and "116 123" in final
    assert _raised(banner) and "999" in banner and "116 123" in banner


def test_benign_look_alike_raises_no_banner(server_url):
    final, banner = Client(server_url, verbose=False).predict("this heat is killing me", "GB",
                                                              api_name="/chat")
    assert not _raised(banner) and "116 123" not in final


def test_conversations_are_separate(server_url):
    worried = Client(server_url, verbose=False)
    worried.predict("I'm going to kill myself tonight", "US", api_name="/chat")
    other = Client(server_url, verbose=False)
    reply, banner = other.predict("what's self-compassion?", "US", api_name="/chat")
    assert "988" not in reply and not _raised(banner)


def test_the_draft_comes_through_the_api(server_url):
    reply, _ = Client(server_url, verbose=False).predict(
        "help me find the words to tell my friend I've been struggling", "GB", api_name="/chat")
    assert "```text" in reply and "I've been struggling" in reply


@pytest.mark.parametrize("locales,country", [
    ("en-GB,en", "GB"), ("de-DE,de,en", "DE"), ("fr,en-US", "US"), ("pt_BR", "BR"),
    ("en", "INTL"), ("", "INTL"), ("xx-ZZ", "INTL"),
], ids=["gb", "de", "second-language", "underscore", "no-region", "empty", "unknown"])
def test_country_comes_from_the_browser_language_region(locales, country):
    assert country_from_locales(locales, load_directory()) == country


def test_journeys_through_the_api(server_url):
    client = Client(server_url, verbose=False)
    hard_day, _ = client.predict("I had a really hard day and I'm exhausted.", "GB",
                                 api_name="/chat")
    assert "Sources" not in hard_day and "116 123" not in hard_day
    step_one, _ = client.predict("Can you guide me through a self-compassion break?", "GB",
                                 api_name="/chat")
    step_two, _ = client.predict("next", "GB", api_name="/chat")
    assert "(step 1 of 3)" in step_one and "(step 2 of 3)" in step_two
    friend, banner = Client(server_url, verbose=False).predict(
        "My friend has gone quiet lately. How do I check in?", "GB", api_name="/chat")
    assert "Sources" in friend and not _raised(banner)
