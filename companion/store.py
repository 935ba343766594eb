"""The vector store: a Chroma collection, embedded (``PersistentClient``) or served
(``HttpClient``).

Our own embedding function is always passed, so Chroma never reaches for its default model (which
downloads one). Telemetry is off. Opening problems become ``StoreError`` with the path (or the
server's URL) and a fix, because a person starting the app should read a sentence, not a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from .config import Settings
from .embeddings import Embedder


class StoreError(RuntimeError):
    """The index cannot be opened; the message says where and what to do."""


class ChromaEmbedding(EmbeddingFunction[Documents]):
    """Adapts our ``Embedder`` to Chroma's embedding-function protocol."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        if self._embedder is None:
            raise StoreError("open the collection through companion.store.open_collection")
        return self._embedder.embed_documents(list(input))  # type: ignore[return-value]

    @staticmethod
    def name() -> str:
        return "companion-minilm"

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbedding:
        # Chroma rebuilds a stored collection's function from its config on reopen; the real
        # embedder is always passed by open_collection, so this placeholder is never called.
        return ChromaEmbedding()

    def is_legacy(self) -> bool:
        return False


def open_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        host, port, ssl = server_address(settings.chroma_url)
        try:
            return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings)
        except Exception as err:
            raise StoreError(
                f"Cannot reach the Chroma server at {settings.chroma_url} ({err}). "
                "Start it with `chroma run --path DIR --host 127.0.0.1 --port PORT`, "
                "or unset COMPANION_CHROMA_URL to use the embedded index."
            ) from None
    path = Path(settings.index_dir)
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as err:
        raise StoreError(_damaged(path, err)) from None


def server_address(url: str) -> tuple[str, int, bool]:
    """(host, port, ssl) of a ``COMPANION_CHROMA_URL``; a missing port is Chroma's 8000 (443 for
    https). Anything else is refused rather than guessed: a wrong guess would quietly serve
    from, or fill, another index."""
    parsed = urlparse(url)
    try:
        port = parsed.port  # ValueError when it is not a number from 0 to 65535
        well_formed = parsed.scheme in ("http", "https") and bool(parsed.hostname) and not (
            parsed.path.strip("/") or parsed.params or parsed.query or parsed.fragment
        )
    except ValueError:
        well_formed = False
    if not well_formed:
        raise StoreError(
            f"COMPANION_CHROMA_URL={url!r} is not a Chroma server address: "
            "use http://HOST:PORT (or https://HOST:PORT), e.g. http://127.0.0.1:8000."
        )
    ssl = parsed.scheme == "https"
    host = parsed.hostname or ""
    if ":" in host:  # IPv6: Chroma's client joins host and port as given
        host = f"[{host}]"
    return host, port or (443 if ssl else 8000), ssl


def open_collection(settings: Settings, embedder: Embedder, client=None):
    """Get or create the collection (cosine space) with our embedding function."""
    client = client or open_client(settings)
    try:
        return client.get_or_create_collection(
            settings.collection,
            embedding_function=ChromaEmbedding(embedder),
            metadata={"hnsw:space": "cosine"},
        )
    except Exception as err:
        if settings.chroma_url:
            raise StoreError(
                f"The Chroma server at {settings.chroma_url} cannot open the collection "
                f"{settings.collection!r} ({err.__class__.__name__}: {err})."
            ) from None
        raise StoreError(_damaged(Path(settings.index_dir), err)) from None


def _damaged(path: Path, err: Exception) -> str:
    return (
        f"The index at {path} cannot be opened ({err.__class__.__name__}: {err}). "
        f"If another companion process is using it, stop that one; otherwise move or delete "
        f"{path} and start again: the index is rebuilt from the corpus."
    )
