"""Ingestion against the model's own encode rate, and query time over a large synthetic index.

Ingestion runs ``companion.ingest`` into a fresh Chroma in a temp dir. The raw rate is the model
encoding the same passage texts with the same batch size and nothing else, in both of its
runtimes: ``SentenceTransformer.encode``, and the app's embedder (ONNX Runtime by default) called
directly. The target is held against the faster of the two, so neither the pipeline nor the choice
of runtime can hide a slow ingest. All are run in alternation and the best round of each is kept
(as ``timeit`` keeps its best), because other processes on the machine only ever slow a round
down.

The scale index holds random unit vectors (384 dimensions, seeded) with placeholder passages; the
queries are real embeddings of the bench messages, searched through our own store and
``retrieval.retrieve`` (dense only: a BM25 index of placeholder text would measure nothing real).
It is built once under ``<data_dir>/bench-<size>`` and reused while it holds the expected count.

Left out: how well retrieval ranks at scale (random vectors have no right answer), the query
embedding (timed in ``stages``) and the lexical index.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from ..config import Settings
from ..corpus import Document
from ..embeddings import model_path
from ..ingest import EMBED_BATCH, ingest, split_document
from ..retrieval import retrieve
from ..store import open_client, open_collection
from .report import Spread, spread

DIMENSION = 384
SEED = 7
FILL_BATCH = 5000


@dataclass(frozen=True)
class IngestFigures:
    ingest_chunks_per_s: float
    raw_encode_chunks_per_s: float
    """The faster of the two runtimes below."""
    sentence_transformers_chunks_per_s: float
    app_embedder_chunks_per_s: float
    chunks: int


@dataclass(frozen=True)
class ScaleFigures:
    chunks: int
    query_ms: Spread
    built_s: float
    """Seconds spent building the index in this run; 0 when a cached one was reused."""
    path: str


def measure_ingestion(settings: Settings, embedder, documents: list[Document], rounds: int
                      ) -> IngestFigures:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(model_path(), device="cpu")
    texts = list({c.id: c.embed_text for d in documents for c in split_document(d)}.values())
    ingest_rates, st_rates, app_rates = [], [], []
    for _ in range(rounds):
        started = time.perf_counter()
        model.encode(texts, batch_size=EMBED_BATCH, normalize_embeddings=True,
                     convert_to_numpy=True, show_progress_bar=False)
        st_rates.append(len(texts) / (time.perf_counter() - started))
        started = time.perf_counter()
        embedder.embed_documents(texts)
        app_rates.append(len(texts) / (time.perf_counter() - started))
        with tempfile.TemporaryDirectory(prefix="companion-ingest-",
                                         ignore_cleanup_errors=True) as tmp:
            fresh = replace(settings, data_dir=Path(tmp), chroma_url="")
            report = ingest(documents, embedder, open_collection(fresh, embedder))
            ingest_rates.append(report.added / report.seconds)
    st_rate, app_rate = round(max(st_rates), 2), round(max(app_rates), 2)
    return IngestFigures(round(max(ingest_rates), 2), max(st_rate, app_rate), st_rate, app_rate,
                         len(texts))


def measure_scale(settings: Settings, embedder, vectors: list[list[float]], chunks: int
                  ) -> ScaleFigures:
    """p50/p95 of ``retrieve`` over the synthetic index, one query per vector."""
    collection, built_s, path = scale_collection(settings, embedder, chunks)
    retrieve(collection, vectors[0], settings.top_k)  # the first query loads the index
    times = []
    for vector in vectors:
        started = time.perf_counter()
        retrieve(collection, vector, settings.top_k, 0.0)
        times.append((time.perf_counter() - started) * 1000)
    return ScaleFigures(chunks, spread(times), round(built_s, 1), str(path))


def scale_collection(settings: Settings, embedder, chunks: int):
    """(collection, seconds spent building it now, its folder): reused when complete."""
    path = Path(settings.data_dir) / f"bench-{size_label(chunks)}"
    where = replace(settings, data_dir=path, chroma_url="", collection="synthetic")
    client = open_client(where)
    collection = open_collection(where, embedder, client)
    if collection.count() == chunks:
        return collection, 0.0, path
    started = time.perf_counter()
    client.delete_collection(where.collection)  # empty, or partial from an interrupted run
    collection = open_collection(where, embedder, client)
    fill(collection, chunks)
    return collection, time.perf_counter() - started, path


def fill(collection, chunks: int) -> None:
    import numpy as np

    rng = np.random.default_rng(SEED)
    for start in range(0, chunks, FILL_BATCH):
        end = min(start + FILL_BATCH, chunks)
        vectors = rng.standard_normal((end - start, DIMENSION)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        collection.add(
            ids=[f"s{i}" for i in range(start, end)],
            embeddings=vectors,
            documents=[f"Synthetic passage {i}." for i in range(start, end)],
            metadatas=[{"doc_id": f"d{i // 4}", "title": f"Synthetic {i // 4}", "section": "",
                        "sources": ""} for i in range(start, end)],
        )


def size_label(chunks: int) -> str:
    return f"{chunks // 1000}k" if chunks % 1000 == 0 else str(chunks)
