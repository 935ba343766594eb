"""Shared fixtures: real components, loaded once per session, and a guard against the network.

The guard fails any test that tries to reach a non-loopback address. The embedding model, the
index (a real Chroma in a temp dir) and a Gradio server are started once and shared.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["ANONYMIZED_TELEMETRY"] = "False"

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "compassion-as-everyday-medicine.txt"


class NonLoopbackConnection(AssertionError):
    pass


def _loopback(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo
attempts: list = []


def _guarded_connect(self, address):
    if not _loopback(address):
        attempts.append(address)
        raise NonLoopbackConnection(f"test tried to reach {address!r}")
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    if not _loopback(address):
        attempts.append(address)
        raise NonLoopbackConnection(f"test tried to reach {address!r}")
    return _connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    found = _getaddrinfo(host, *args, **kwargs) if _local_name(host) else None
    if found is None:
        attempts.append(host)
        raise NonLoopbackConnection(f"test tried to resolve {host!r}")
    return found


def _local_name(host) -> bool:
    if host in (None, "localhost", "", b"localhost"):
        return True
    try:
        return ipaddress.ip_address(str(host.decode() if isinstance(host, bytes) else host)
                                    ).is_loopback
    except ValueError:
        return False


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo


@pytest.fixture(autouse=True)
def no_network():
    """Fails the test if anything in it (or a thread it started) tried a non-loopback address."""
    before = len(attempts)
    yield
    tried = attempts[before:]
    assert not tried, f"non-loopback connection attempted: {tried}"


@pytest.fixture(scope="session")
def embedder(settings):
    """The app's default embedder: ONNX Runtime, exported once into the session's data dir."""
    from companion.embeddings import load_embedder
    from companion.onnx_embedder import OnnxMiniLMEmbedder

    loaded = load_embedder(settings)
    assert isinstance(loaded, OnnxMiniLMEmbedder), "the ONNX export failed: see the log"
    return loaded


@pytest.fixture(scope="session")
def settings(tmp_path_factory):
    from companion.config import Settings

    return Settings(data_dir=tmp_path_factory.mktemp("data"), corpus_dir=ROOT / "corpus")


@pytest.fixture(scope="session")
def companion(settings, embedder):
    from companion.build import load_safety_classifier, sync_index
    from companion.store import open_collection
    from companion.turn import Companion

    collection = open_collection(settings, embedder)
    sync_index(settings, embedder, collection)
    return Companion(settings, embedder, collection, load_safety_classifier(settings, embedder))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server_url(companion):
    """A real Gradio server for the session, on a free loopback port."""
    from companion.ui import start

    port = free_port()
    demo = start(companion, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


CHROMA_START_TIMEOUT = 90.0
"""Generous: `chroma run` serves within seconds, but the machine's cores are shared."""


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server for the session on a free loopback port; yields its URL."""
    import shutil
    import subprocess
    import sys

    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        chroma = Path(shutil.which("chroma") or chroma)
    if not chroma.exists():
        pytest.fail(f"no `chroma` command beside {sys.executable}: pip install chromadb")
    folder = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "NO_COLOR": "1"}
    with (folder / "server.log").open("wb") as log:
        process = subprocess.Popen(
            [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port),
             "--path", str(folder / "index")],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
        )
    try:
        _wait_for_heartbeat(process, port, folder / "server.log")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_heartbeat(process, port: int, log: Path) -> None:
    """Returns once the server answers /api/v2/heartbeat; fails with its output otherwise."""
    import http.client
    import time

    deadline = time.monotonic() + CHROMA_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            connection.request("GET", "/api/v2/heartbeat")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        finally:
            connection.close()
        time.sleep(0.2)
    state = (f"exited with {process.returncode}" if process.poll() is not None
             else f"did not answer within {CHROMA_START_TIMEOUT:g} s")
    output = log.read_text(errors="replace")[-3000:]
    process.kill()
    pytest.fail(f"`chroma run` on 127.0.0.1:{port} {state}; its output:\n{output}",
                pytrace=False)
