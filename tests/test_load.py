"""Twenty people at once, ten turns each, through one real server: no errors, no crossed wires.

Turn times are written to test-artifacts/load.json and printed; they are reported, not asserted.
"""

import json
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from gradio_client import Client

SESSIONS, TURNS = 20, 10
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CALM = ["hi", "What does self-compassion mean?", "I had a long day at work",
        "how do I practise the self-compassion break?", "thanks, that helps"]


def _session(server_url: str, number: int) -> tuple[list[str], list[float]]:
    client = Client(server_url, verbose=False)
    # Every third person starts in crisis; the others never say anything alarming.
    opening = "I'm going to kill myself tonight" if number % 3 == 0 else f"hello, I'm {number}"
    replies, seconds = [], []
    for turn in range(TURNS):
        message = opening if turn == 0 else CALM[(number + turn) % len(CALM)]
        started = time.perf_counter()
        reply, banner = client.predict(message, "GB", api_name="/chat")
        replies.append((reply, isinstance(banner, str) and "116 123" in banner))
        seconds.append(time.perf_counter() - started)
    return replies, seconds


def test_concurrent_sessions_stay_separate(server_url):
    with ThreadPoolExecutor(max_workers=SESSIONS) as pool:
        results = list(pool.map(lambda n: _session(server_url, n), range(SESSIONS)))
    for number, (replies, _) in enumerate(results):
        assert len(replies) == TURNS and all(replies)
        in_crisis = number % 3 == 0
        # Support stays visible for the person who disclosed risk, and only for them.
        assert all(("116 123" in r) == in_crisis for r, _ in replies), number
        assert all(raised == in_crisis for _, raised in replies), number
    times = sorted(t for _, seconds in results for t in seconds)
    report = {"sessions": SESSIONS, "turns": len(times),
              "p50_ms": round(statistics.median(times) * 1000, 1),
              "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 1)}
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "load.json").write_text(json.dumps(report, indent=2))
    print(f"\nload: {report}")
