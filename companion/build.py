"""Building a ready ``Companion`` from settings: load the model, open the store, fill the index.

Kept apart from the turn so the turn never loads anything. The embedded index is built on first
start (or when missing) and synced cheaply on later starts: unchanged passages are not embedded
again. A Chroma server's index is shared by every replica, so a replica never syncs it on start
(replicas starting together would all embed, and replicas of different versions would undo each
other's corpus): ``companion ingest`` fills it, once, and a replica refuses to start on an empty
one. The lexical (BM25) index is read from the store here too; it is never written to disk. The
chat model is only described here (no connection is made until the first turn that needs it).
"""

from __future__ import annotations

import logging

from .config import Settings
from .corpus import load_corpus
from .embeddings import load_embedder
from .ingest import IngestReport, ingest
from .llm import make_chat_model
from .safety.classifier import load_classifier
from .store import StoreError, open_client, open_collection
from .turn import Companion

log = logging.getLogger(__name__)


def build_companion(settings: Settings, sync: bool | None = None, progress: bool = False,
                    embedder=None) -> Companion:
    """A ready companion. ``sync`` None means: sync the embedded index, never a server's."""
    client = open_client(settings)  # an unreachable server is reported before the model loads
    embedder = embedder or load_embedder(settings)
    collection = open_collection(settings, embedder, client)
    if sync is None:
        sync = not settings.chroma_url
    if sync:
        report, problems = sync_index(settings, embedder, collection, progress=progress)
        for problem in problems:
            log.warning("skipped corpus file %s", problem)
    elif settings.chroma_url and collection.count() == 0:
        raise StoreError(
            f"The collection {settings.collection!r} on the Chroma server at "
            f"{settings.chroma_url} is empty. Fill it once with `companion ingest` (same "
            "COMPANION_CHROMA_URL and COMPANION_COLLECTION), then start the replicas."
        )
    classifier = load_safety_classifier(settings, embedder)
    companion = Companion(settings, embedder, collection, classifier, make_chat_model(settings))
    companion.lexical.current()  # read the lexical index now, so the first turn does not wait
    return companion


def load_safety_classifier(settings: Settings, embedder):
    return load_classifier(settings.data_dir, embedder)


def sync_index(settings: Settings, embedder, collection, progress: bool = False
               ) -> tuple[IngestReport, list[str]]:
    loaded = load_corpus(settings.corpus_dir)
    return ingest(loaded.documents, embedder, collection, progress=progress), loaded.problems
