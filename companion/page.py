"""How the chat page looks and behaves in the browser: styles and the connection watcher.

The styles give the support banner and the connection notice readable contrast in the light and
dark themes, let drafted messages wrap at phone width, and keep focus outlines visible. The
watcher checks every few seconds that the server still answers; when it does not, a notice says
the page is reconnecting (the conversation stays in the tab), and says so again when it is back.
A restarted server has forgotten the session's copy of the conversation, so on reconnecting the
watcher presses a hidden control that hands the conversation shown in the tab back to it.

Left out on purpose: any script that sends or keeps what the person writes.
"""

from __future__ import annotations

CSS = """
#risk-banner:empty { display: none; }
.risk-banner { background: #fff4e5; color: #3b2300; border-left: 6px solid #a34f00;
  padding: 0.75rem 1rem; border-radius: 8px; font-size: 1rem; line-height: 1.45; }
.risk-banner a { color: #3b2300; text-decoration: underline; }
.dark .risk-banner { background: #3b2a14; color: #ffecd2; border-left-color: #ffb35c; }
.dark .risk-banner a { color: #ffecd2; }
#connection-status { position: fixed; top: 0; left: 0; right: 0; z-index: 1000;
  padding: 0.6rem 1rem; text-align: center; font-weight: 600;
  background: #fff6bf; color: #2b2500; border-bottom: 2px solid #8a7300; }
#connection-status.back { background: #ddf4dd; color: #0d3b0d; border-bottom-color: #2e7d32; }
#connection-status[hidden] { display: none; }
.hidden-control { display: none !important; }
.message pre, .message pre code { white-space: pre-wrap; word-break: break-word; }
details.sources summary { cursor: pointer; text-decoration: underline; }
:focus-visible { outline: 3px solid #1a5fb4 !important; outline-offset: 2px; }
@media (max-width: 480px) { .risk-banner { font-size: 0.95rem; } }
"""

WATCH_CONNECTION = """
() => {
  if (document.getElementById('connection-status')) return;
  const notice = document.createElement('div');
  notice.id = 'connection-status';
  notice.setAttribute('role', 'status');
  notice.setAttribute('aria-live', 'polite');
  notice.hidden = true;
  document.body.prepend(notice);
  const base = window.location.href.split(/[?#]/)[0].replace(/\\/?$/, '/');
  let lost = false;
  const check = async () => {
    let ok = false;
    try {
      const response = await fetch(base + 'config', { cache: 'no-store' });
      ok = response.ok;
    } catch (err) { ok = false; }
    if (!ok && !lost) {
      lost = true;
      notice.className = 'lost';
      notice.textContent = 'Reconnecting to the companion\u2026 Your conversation is still here. '
        + 'If you need someone right now, call your local emergency number.';
      notice.hidden = false;
    } else if (ok && lost) {
      lost = false;
      const resync = document.getElementById('resync-chat');
      if (resync) resync.click();
      notice.className = 'back';
      notice.textContent = 'Connected again. You can carry on; if your last message got no '
        + 'reply, please send it again.';
      setTimeout(() => { if (!lost) notice.hidden = true; }, 10000);
    }
  };
  setInterval(check, 3000);
}
"""
"""Run once when the page loads (Gradio's ``js``)."""

BROWSER_LOCALES = "(ignored) => [(navigator.languages || [navigator.language || '']).join(',')]"
"""Hands the browser's preferred languages (e.g. "en-GB,en") to the country picker."""


def launch_options() -> dict:
    """Keyword arguments for ``Blocks.launch`` that style the page and watch the connection."""
    return {"css": CSS, "js": WATCH_CONNECTION}
