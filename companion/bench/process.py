"""Cold start and memory of the real server: ``companion serve`` in a child process.

Cold start is the wall time from starting ``python -m companion.cli serve`` (on an index that is
already built) until ``gradio_client`` receives a complete reply to a first message: what a
person waits for after starting the app, imports, model, index sync and the page included. The
client library is imported before the clock starts, so only the server's time is counted (plus
the client's connection, which a browser would pay too). Memory is the child's resident set
(``VmRSS`` in ``/proc/<pid>/status``) after a further round of turns, and its peak (``VmHWM``).

Left out: the generative mode (the child runs offline), and a browser's own start-up.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..local_llm import HOST, free_port

START_TIMEOUT = 600.0
COUNTRY = "GB"


@dataclass(frozen=True)
class ServingFigures:
    cold_start_s: float
    listening_s: float
    """From the start until the port accepted connections (the rest is the first turn)."""
    rss_mb: float
    """Resident memory after ``turns`` more turns."""
    rss_peak_mb: float
    turns: int


def measure_serving(settings: Settings, messages: list[str]) -> ServingFigures:
    """Start the server, time its first reply, answer ``messages``, read its memory, stop it."""
    from gradio_client import Client  # before the clock: the client is not the server's cost

    port = free_port()
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "companion.cli", "serve", "--host", HOST, "--port", str(port)],
            env=child_env(settings), stdout=subprocess.DEVNULL, stderr=log)
        try:
            wait_for_port(child, port, log)
            listening = time.perf_counter() - started
            client = Client(f"http://{HOST}:{port}/", verbose=False)
            client.predict("Hello, I'm new here.", COUNTRY, api_name="/chat")
            cold = time.perf_counter() - started
            for message in messages:
                Client(f"http://{HOST}:{port}/", verbose=False).predict(
                    message, COUNTRY, api_name="/chat")  # a new client: a new conversation
            rss, peak = memory_mb(child.pid)
        finally:
            stop(child)
    return ServingFigures(round(cold, 3), round(listening, 3), rss, peak, len(messages))


def child_env(settings: Settings) -> dict[str, str]:
    """The child's environment: these settings, offline, no login, nothing sent anywhere."""
    # The child is another process: settings reach it only through its environment.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("COMPANION_", "OPENAI_"))}
    env.update({
        "COMPANION_DATA_DIR": str(Path(settings.data_dir).resolve()),
        "COMPANION_CORPUS_DIR": str(Path(settings.corpus_dir).resolve()),
        "COMPANION_COLLECTION": settings.collection,
        "COMPANION_CHROMA_URL": settings.chroma_url,
        "COMPANION_HELPLINES_FILE": settings.helplines_file,
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False",
    })
    return env


def wait_for_port(child: subprocess.Popen, port: int, log) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if child.poll() is not None:
            log.seek(0)
            tail = log.read().decode(errors="replace")[-800:]
            raise RuntimeError(f"`companion serve` exited with {child.returncode}: {tail}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"`companion serve` did not listen within {START_TIMEOUT:g} s")


def memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in megabytes (MiB)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024  # reported in kB
    return round(fields["VmRSS"], 1), round(fields["VmHWM"], 1)


def stop(child: subprocess.Popen) -> None:
    child.terminate()
    try:
        child.wait(timeout=15)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
