"""A real Gradio server, driven through gradio_client (api_name="chat")."""

from gradio_client import Client


def test_chat_streams_a_grounded_reply(server_url):
    client = Client(server_url, verbose=False)
    job = client.submit("What does self-compassion mean?", "GB", api_name="/chat")
    updates = list(job)
    final = job.result()
    assert len(updates) > 1, "the reply is streamed"
    assert "Sources" in final and "<details" in final


def test_crisis_message_gets_the_country_lines(server_url):
    final = Client(server_url, verbose=False).predict("I want to end my life", "GB",
                                                      api_name="/chat")
    assert "999" in final and "116 123" in final


def test_conversations_are_separate(server_url):
    worried = Client(server_url, verbose=False)
    worried.predict("I'm going to kill myself tonight", "US", api_name="/chat")
    other = Client(server_url, verbose=False)
    reply = other.predict("what's self-compassion?", "US", api_name="/chat")
    assert "988" not in reply
