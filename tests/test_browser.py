"""Headless Chromium (Debian's) walks each journey on the real page, as a person would.

Screenshots of every journey are saved to ``test-artifacts/``. The browser's language picks the
country (en-US here, so the support lines are the US ones).
"""

import re
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
BOT = '[data-testid="bot"]'
BANNER = "#risk-banner .risk-banner"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is not installed: run ./scripts/test (it installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server_url):
    context = browser.new_context(locale="en-US", viewport={"width": 1100, "height": 900})
    page = context.new_page()
    _open(page, server_url)
    yield page
    context.close()


def _open(page, url):
    page.goto(url, wait_until="domcontentloaded")
    page.locator('textarea[data-testid="textbox"]').wait_for(timeout=90_000)


def _send(page, text: str) -> str:
    """Types a message, waits for the whole streamed reply, and returns what the person sees."""
    before = page.locator(BOT).count()
    box = page.locator('textarea[data-testid="textbox"]')
    box.fill(text)
    box.press("Enter")
    page.wait_for_function(
        """(before) => { const b = document.querySelectorAll('[data-testid="bot"]');
                         return b.length > before
                                && b[b.length - 1].innerText.trim().length > 20; }""",
        arg=before, timeout=90_000)
    page.wait_for_function(  # the reply has stopped growing
        """() => new Promise(done => {
             const last = () => { const b = document.querySelectorAll('[data-testid="bot"]');
                                  return b[b.length - 1].innerText; };
             const first = last();
             setTimeout(() => done(last() === first), 1200); })""",
        timeout=90_000, polling=200)
    return page.locator(BOT).last.inner_text()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"journey-{name}.png"), full_page=True)


def test_a_hard_day_is_met_with_listening(page):
    reply = _send(page, "I had a really hard day and I'm exhausted.")
    assert "Sources" not in reply and "?" in reply
    assert page.locator(BANNER).count() == 0
    _shot(page, "hard-day")


def test_self_compassion_is_explained_with_sources_on_demand(page):
    reply = _send(page, "What does self-compassion mean?")
    assert "Sources" in reply and "self-compassion break" in reply
    page.locator(BOT).last.locator("details.sources summary").click()
    assert page.locator(BOT).last.locator("details.sources li").first.is_visible()
    step = _send(page, "yes")
    assert "(step 1 of 3)" in step
    _shot(page, "self-compassion")


def test_the_self_compassion_break_step_by_step(page):
    first = _send(page, "Can you guide me through a self-compassion break?")
    second = _send(page, "next")
    stopped = _send(page, "stop")
    assert "(step 1 of 3)" in first and "(step 2 of 3)" in second
    assert "stop here" in stopped
    _shot(page, "self-compassion-break")


def test_help_me_find_the_words_gives_a_draft_to_copy(page):
    _send(page, "I've been feeling low for weeks and I can't concentrate.")
    reply = _send(page, "Help me find the words to tell my doctor")
    assert "appointment" in reply and "I've been feeling low for weeks" in reply
    assert page.locator(BOT).last.locator("pre").count() == 1
    _shot(page, "find-the-words")


def test_supporting_a_friend_and_compassion_fatigue(page):
    friend = _send(page, "My friend has gone quiet lately. How do I check in?")
    assert "Sources" in friend
    tired = _send(page, "I look after everyone else and I have nothing left to give.")
    assert page.locator(BANNER).count() == 0 and tired
    _shot(page, "friend-and-fatigue")


def test_crisis_raises_a_banner_that_stays(page):
    reply = _send(page, "I want to end my life tonight")
    assert "988" in reply and "911" in reply
    banner = page.locator(BANNER)
    banner.wait_for(timeout=30_000)
    assert "988" in banner.inner_text()
    _send(page, "what's the weather like where you are")
    assert page.locator(BANNER).is_visible() and "988" in page.locator(BANNER).inner_text()
    _shot(page, "crisis-banner")


def test_benign_look_alike_raises_no_banner(page):
    _send(page, "this heat is killing me")
    assert page.locator(BANNER).count() == 0


def test_support_panel_shows_the_browser_countrys_lines(page):
    page.get_by_role("button", name=re.compile("Talk to a person")).click()
    panel = page.locator("#support-panel")
    panel.get_by_text("988").first.wait_for(timeout=30_000)
    assert "911" in panel.inner_text() and "verified" in panel.inner_text()


def test_clear_empties_the_conversation(page):
    _send(page, "hello")
    page.get_by_label("Clear").first.click()
    page.wait_for_function("() => !document.querySelector('[data-testid=\"bot\"]')",
                           timeout=30_000)


def test_phone_width_keyboard_and_labels(browser, server_url):
    context = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        _open(page, server_url)
        assert page.get_by_label("Your country").count() >= 1
        box = page.get_by_label("Your message")
        assert box.count() >= 1, "the message box has an accessible name"
        box.first.focus()
        page.keyboard.type("What is common humanity?")
        page.keyboard.press("Enter")
        page.locator(BOT).first.wait_for(timeout=90_000)
        wide = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1")
        assert not wide, "nothing scrolls sideways at phone width"
        _shot(page, "phone-width")
    finally:
        context.close()


def test_typed_script_is_shown_as_text_not_run(page):
    attack = "<script>window.__pwned = 1</script><img src=x onerror=window.__pwned=2>"
    _send(page, attack)
    assert page.evaluate("() => window.__pwned === undefined")


def test_the_page_says_when_it_is_reconnecting(browser, companion):
    from companion.ui import launch, start
    from conftest import free_port

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    demo = start(companion, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    try:
        _open(page, url)
        _send(page, "hello")
        demo.close()
        notice = page.locator("#connection-status")
        page.get_by_text("Reconnecting to the companion").wait_for(timeout=30_000)
        launch(demo, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
        page.get_by_text("Connected again").wait_for(timeout=30_000)
        assert "hello" in page.locator('[data-testid="user"]').first.inner_text()
        assert notice.get_attribute("role") == "status"
        reply = _send(page, "What does self-compassion mean?")
        assert "Sources" in reply
        said = page.locator('[data-testid="user"]').all_inner_texts()
        assert len(said) == 2 and "hello" in said[0], "the conversation survived the restart"
    finally:
        context.close()
        demo.close()


CONTRAST = """(selector) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const style = getComputedStyle(document.querySelector(selector));
  const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_banner_is_readable_in_both_themes(browser, server_url, theme):
    context = browser.new_context(locale="en-GB", color_scheme=theme)
    page = context.new_page()
    try:
        _open(page, f"{server_url}?__theme={theme}")
        _send(page, "I want to end my life")
        page.locator(BANNER).wait_for(timeout=30_000)
        assert page.evaluate(CONTRAST, BANNER) >= 4.5
        _shot(page, f"banner-{theme}")
    finally:
        context.close()
