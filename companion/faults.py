"""Scripted faulty OpenAI-compatible endpoints on loopback, for benchmarks and tests.

``FaultServer`` (``http.server`` in a thread) plays the failures a real provider has, one per URL
path: ``{url}/{script}/v1``. ``slow`` accepts and answers nothing for 3 s (a client with a shorter
timeout sees a timeout), ``error500`` and ``limit429`` answer with that status, ``cut`` closes the
stream mid-reply, ``garbled`` sends a body that is not JSON, ``empty`` finishes without text, and
``phone`` completes with a phone number the guard must stop. A refused connection needs no server:
see ``closed_url``.

Left out on purpose: anything beyond the standard library, TLS, and any address but 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .local_llm import HOST, free_port

SLOW_SECONDS = 3.0


def sse(*pieces: str, finish: str | None = "stop") -> list[bytes]:
    """Server-sent events of a streamed chat completion; ``finish=None`` leaves it unfinished."""

    def chunk(delta, reason=None):
        body = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
                "choices": [{"index": 0, "delta": delta, "finish_reason": reason}]}
        return f"data: {json.dumps(body)}\n\n".encode()

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": piece}) for piece in pieces]
    if finish:
        events += [chunk({}, finish), b"data: [DONE]\n\n"]
    return events


BAD_COMPLETION = ("I hear how hard this is. ", "You could call ", "555 0199 2231 tonight. ",
                  "Take care.")
SCRIPTS: dict[str, int | list[bytes] | None] = {
    "slow": None,
    "error500": 500,
    "limit429": 429,
    "cut": sse("I hear you. ", "That sounds ", finish=None),
    "garbled": [b"data: {not json\n\n"],
    "empty": sse(),
    "phone": sse(*BAD_COMPLETION),
}
"""What each path answers: None waits, a number is an HTTP error, bytes are streamed events."""
UNFINISHED = {"cut"}
"""Scripts whose stream ends without HTTP's closing chunk, as a dropped connection does."""


class ScriptedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        name = self.path.strip("/").split("/")[0]
        script = SCRIPTS[name]
        if script is None:
            time.sleep(SLOW_SECONDS)
            try:
                return self._plain(200, b"{}")
            except OSError:  # the client gave up long ago, as it should
                return None
        if isinstance(script, int):
            return self._plain(script, json.dumps({"error": {"message": "no"}}).encode())
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.close_connection = True
        try:
            for event in script:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
                self.wfile.flush()
            if name not in UNFINISHED:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the guard stopped reading: the client hung up, as it should
            pass

    def _plain(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)


class FaultServer:
    """The scripted server; ``with FaultServer() as faults: faults.base_url("cut")``."""

    def __init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start the server first"
        return f"http://{HOST}:{self._server.server_address[1]}"

    def base_url(self, script: str) -> str:
        """The OpenAI base URL whose every request plays ``script``."""
        if script not in SCRIPTS:
            raise ValueError(f"no script named {script!r}; choose from {sorted(SCRIPTS)}")
        return f"{self.url}/{script}/v1"

    def start(self) -> FaultServer:
        self._server = ThreadingHTTPServer((HOST, 0), ScriptedHandler)
        self._server.daemon_threads = True  # a slow reply must not hold up shutdown
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def closed_url() -> str:
    """A base URL on a loopback port nobody listens on: the connection is refused."""
    return f"http://{HOST}:{free_port()}/v1"
