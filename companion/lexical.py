"""The lexical index: BM25 (bm25s) over the passages the store holds, for hybrid retrieval.

Dense vectors blur literal words: an acronym ("MSC"), a named exercise ("5-4-3-2-1"), a word the
person and the corpus share. BM25 ranks by those words. Each passage is indexed with its title,
section and its document's topics and summary, so everyday words listed as topics count too.

The index lives in memory and is read from the store, never from the corpus folder, so it cannot
disagree with what the store returns; for this corpus that takes milliseconds. It is read on first
use and again when the store has changed: ids are content hashes, so a changed set of ids means an
ingest ran, perhaps in another process (``companion ingest``, or a replica sharing a Chroma
server). Each question lists the store's ids once, before its spelling is mended (a millisecond
embedded, a few over loopback). Waiting until the store returns an unknown passage is not enough:
a stale speller "mends" a word only new passages use ("metta") into an old one ("meta"), and the
new passages are never returned. Ranking checks only the ids it is handed. A small store's
vectors are kept with the snapshot too, for an exact dense search (see ``retrieval.nearest``).
This module ranks; it does not decide what is relevant.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .spelling import Speller

WORD = re.compile(r"[a-z0-9]+")
# Lucene's English stopwords (as bm25s ships them): so few that "help" or "alone" always count.
STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their then "
    "there these they this to was will with".split()
)
SUFFIXES = ("ing", "ed", "es", "s")


def tokenize(text: str) -> list[str]:
    """Lowercase word stems without stopwords: "Breathing exercises" -> ["breath", "exercis"]."""
    return [stem(word) for word in WORD.findall(text.lower()) if word not in STOPWORDS]


def stem(word: str) -> str:
    """A light suffix strip, enough for "friends"/"friend" and "cared"/"caring"; the spelling
    check uses it too, so both agree on what counts as the same word."""
    # A real stemmer (PyStemmer) would be one more dependency for little gain on 33 documents.
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def indexed_text(text: str, meta: Mapping[str, Any]) -> str:
    """What BM25 sees for a stored passage: its document's labels, then the passage."""
    labels = (meta.get(key, "") for key in ("title", "section", "topics", "summary"))
    return "\n".join([*(str(label) for label in labels if label), text])


@dataclass(frozen=True)
class Snapshot:
    """The BM25 index of the store's passages at one moment."""

    ids: tuple[str, ...]
    """Passage ids in index order."""
    bm25: Any
    members: frozenset[str]
    """The same ids, for a quick "does it hold these?"."""
    speller: Speller
    """Mends misspelt questions against the indexed words, so it changes with them."""
    rows: Mapping[str, tuple[str, Mapping[str, Any]]] = field(default_factory=dict)
    """Each passage's text and metadata as stored, so retrieval need not fetch them per query."""
    vectors: np.ndarray | None = None
    """The passages' unit vectors in ``ids`` order, when the store is small enough to be searched
    exactly in memory (``EXACT_SEARCH_LIMIT``); None otherwise."""

    def covers(self, ids: Iterable[str]) -> bool:
        return self.members.issuperset(ids)

    def nearest(self, vector, n: int) -> tuple[list[str], list[float]]:
        """The ``n`` passages most similar to ``vector`` (cosine), best first, searched exactly."""
        assert self.vectors is not None
        if not self.ids:
            return [], []
        query = np.asarray(vector, dtype=np.float32)
        scores = self.vectors @ (query / (np.linalg.norm(query) or 1.0))
        n = min(n, len(scores))
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [self.ids[i] for i in best.tolist()], scores[best].astype(float).tolist()

    def ranks(self, query: str) -> dict[str, int]:
        """The rank (0 is best) of every passage that shares a term with ``query``."""
        terms = [t for t in tokenize(query) if t in self.bm25.vocab_dict] if self.ids else []
        if not terms:
            return {}
        # A stable sort keeps tied passages in index order. numpy's, because sorting every
        # passage with a Python key cost more than BM25's scoring itself.
        scores = self.bm25.get_scores(terms)
        matched = np.flatnonzero(scores > 0)
        matched = matched[np.argsort(-scores[matched], kind="stable")]
        return {self.ids[i]: rank for rank, i in enumerate(matched.tolist())}


def build_snapshot(passages: Iterable[tuple[str, str]],
                   rows: Mapping[str, tuple[str, Mapping[str, Any]]] | None = None,
                   vectors: np.ndarray | None = None) -> Snapshot:
    """Index ``(id, text)`` pairs; ``rows`` keeps each passage's stored text and metadata, and
    ``vectors`` their vectors in the same order (None: the store is searched instead)."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import
    # spelling uses this module's stem, so it is imported here rather than at the top (a cycle)
    from .spelling import build_speller

    pairs = list(passages)
    bm25 = bm25s.BM25()
    if pairs:
        bm25.index([tokenize(text) or [""] for _, text in pairs], show_progress=False)
    words = Counter(word for _, text in pairs for word in re.findall(r"[a-z]+", text.lower()))
    ids = tuple(pid for pid, _ in pairs)
    return Snapshot(ids, bm25, frozenset(ids), build_speller(words), rows or {}, vectors)


EXACT_SEARCH_LIMIT = 20_000
"""Up to this many passages, their vectors are kept with the snapshot (30 MB at the limit) and
searched exactly: for this corpus's few hundred passages that takes hundredths of a millisecond
where the store's approximate (HNSW) query took 1-2.5 ms. Larger stores are queried as before."""


def read_snapshot(collection) -> Snapshot:
    exact = collection.count() <= EXACT_SEARCH_LIMIT
    stored = collection.get(include=["documents", "metadatas", *(["embeddings"] if exact else [])])
    rows = {pid: (text or "", meta or {}) for pid, text, meta in
            zip(stored["ids"], stored["documents"], stored["metadatas"], strict=True)}
    vectors = None
    if exact:
        vectors = np.asarray(stored["embeddings"], dtype=np.float32).reshape(len(rows), -1)
        vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
    return build_snapshot(((pid, indexed_text(text, meta)) for pid, (text, meta) in rows.items()),
                          rows, vectors)


RECHECK_SECONDS = 5.0
"""How stale a replica's lexical index may be after another replica changes the shared store."""


class LexicalIndex:
    """The BM25 index of one store, kept in step with it (see the module docstring)."""

    def __init__(self, collection, recheck_seconds: float = RECHECK_SECONDS) -> None:
        self.collection = collection
        self.recheck_seconds = recheck_seconds
        """How often a turn compares the store's ids with the index (0: every turn)."""
        self._snapshot: Snapshot | None = None
        self._checked_at = float("-inf")
        self._lock = threading.Lock()

    def current(self, ids: Iterable[str] = ()) -> Snapshot:
        """The snapshot, read again first if it is missing or lacks any of ``ids``."""
        ids = list(ids)
        return self._read_unless(lambda snapshot: snapshot.covers(ids))

    def fresh(self) -> Snapshot:
        """The snapshot, read again first if the store's passages are no longer the indexed ones.

        Listing the store's ids costs a round trip that grows with the store, so it is done at
        most every ``recheck_seconds``; another replica's change is seen within that time.
        """
        now = time.monotonic()
        if self._snapshot is not None and now - self._checked_at < self.recheck_seconds:
            return self._snapshot
        self._checked_at = now
        stored = frozenset(self.collection.get(include=[])["ids"])
        return self._read_unless(lambda snapshot: snapshot.members == stored)

    def _read_unless(self, up_to_date: Callable[[Snapshot], bool]) -> Snapshot:
        snapshot = self._snapshot
        if snapshot is None or not up_to_date(snapshot):
            with self._lock:  # one reader at a time; concurrent turns then share its result
                snapshot = self._snapshot
                if snapshot is None or not up_to_date(snapshot):
                    snapshot = self._snapshot = read_snapshot(self.collection)
        return snapshot

    def ranks(self, query: str, ids: Iterable[str] = ()) -> dict[str, int]:
        return self.current(ids).ranks(query)

    def correct(self, text: str) -> str:
        """``text`` with misspelt words mended against the indexed words (see spelling); the
        first lexical step of a question, so it is where a change to the store is noticed."""
        return self.fresh().speller.correct(text)
