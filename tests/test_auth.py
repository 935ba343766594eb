"""COMPANION_AUTH puts a login in front of the page and the API."""

import pytest
from gradio_client import Client
from gradio_client.exceptions import AuthenticationError

from companion.ui import build_ui, login
from conftest import free_port


def test_login_pair_parsing():
    assert login("ana:s3cret:with-colon") == ("ana", "s3cret:with-colon")
    assert login("") is None and login("nopassword") is None and login(":x") is None


def test_the_page_needs_the_login(companion):
    demo = build_ui(companion)
    port = free_port()
    demo.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True,
                        quiet=True, auth=login("ana:s3cret"))
    url = f"http://127.0.0.1:{port}/"
    try:
        with pytest.raises(AuthenticationError):
            Client(url, verbose=False)
        reply, _ = Client(url, auth=("ana", "s3cret"), verbose=False).predict(
            "What does self-compassion mean?", "GB", api_name="/chat")
        assert "Sources" in reply
    finally:
        demo.close()
