"""What a person writes stays theirs: not in logs, not on disk, not on the network."""

import logging

from gradio_client import Client

import conftest
from companion.ui import chat_handler

SECRET = "my-unrepeatable-secret-7f3a"
CONVERSATION = [
    f"I had an awful day and {SECRET} is all I can think about",
    f"I feel like a burden, {SECRET}",
    f"I'm going to kill myself tonight {SECRET}",
]


def _files_containing(folder, needle: bytes):
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_no_message_text_in_logs_or_files(companion, caplog, capfd):
    chat = chat_handler(companion)
    history = []
    with caplog.at_level(logging.DEBUG):
        for message in CONVERSATION:
            reply, _ = list(chat(message, history, "GB"))[-1]
            history += [{"role": "user", "content": message},
                        {"role": "assistant", "content": reply}]
    assert SECRET not in caplog.text
    out, err = capfd.readouterr()
    assert SECRET not in out and SECRET not in err
    assert _files_containing(companion.settings.data_dir, SECRET.encode()) == []


def test_a_whole_chat_through_the_server_stays_on_loopback(server_url):
    before = len(conftest.attempts)
    client = Client(server_url, verbose=False)
    for message in CONVERSATION:
        client.predict(message, "US", api_name="/chat")
    assert conftest.attempts[before:] == []


def test_analytics_and_telemetry_are_off(companion):
    from companion.ui import build_ui

    assert build_ui(companion).analytics_enabled is False
    assert companion.collection._client.get_settings().anonymized_telemetry is False
