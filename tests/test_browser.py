"""Headless Chromium (Debian's) opens the page, sends a message, and sees a streamed reply."""

import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(server_url):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is not installed: run `make test` (it installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        yield page
        browser.close()


def _send(page, server_url, text):
    page.goto(server_url, wait_until="domcontentloaded")
    box = page.locator('textarea[data-testid="textbox"]')
    box.wait_for(timeout=90_000)
    box.fill(text)
    box.press("Enter")
    page.wait_for_function(
        """() => { const b = document.querySelectorAll('[data-testid="bot"]');
                   return b.length && b[b.length - 1].innerText.trim().length > 40; }""",
        timeout=90_000,
    )


def test_page_shows_a_streamed_reply_with_sources(page, server_url):
    _send(page, server_url, "What does self-compassion mean?")
    page.get_by_text("Sources").last.wait_for(timeout=60_000)
    bot = page.locator('[data-testid="bot"]').last
    assert "Sources" in bot.inner_text()
    assert "not a therapist" in page.locator("#about").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "self-compassion.png"), full_page=True)


def test_typed_script_is_shown_as_text_not_run(page, server_url):
    attack = "<script>window.__pwned = 1</script><img src=x onerror=window.__pwned=2>"
    _send(page, server_url, attack)
    assert page.evaluate("() => window.__pwned === undefined")
