"""Retrieval: the top passages for a question, hybrid (dense + BM25), with a relevance floor.

The passages nearest the query vector come from the store (or, for a store of up to
``lexical.EXACT_SEARCH_LIMIT`` passages, from an exact search of the vectors the lexical index
holds in memory). When a lexical index is given, their order is fused with the BM25 order by
reciprocal rank fusion, so a passage that shares the person's literal words (an acronym, a named
exercise) rises. The floor stays on the dense score, which is comparable across questions (BM25
scores are not): a question whose best passage is below it is off-topic and gets nothing rather
than irrelevant passages. BM25 only reorders the dense candidates, so it never brings in a passage
the dense search did not return. The caller embeds the query (once per turn, shared with safety)
and hands the vector here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from .lexical import LexicalIndex


@dataclass(frozen=True)
class Passage:
    doc_id: str
    title: str
    section: str
    text: str
    score: float
    """Cosine similarity to the query, 0-1 in practice; higher is closer."""
    sources: str
    """The published works the document draws on, joined with " | "."""

    def as_source(self) -> dict:
        return {
            "doc_id": self.doc_id, "title": self.title, "section": self.section,
            "score": round(self.score, 4),
        }


CANDIDATES = 30
"""Dense candidates fused with BM25: deep enough that a passage the vector ranks 10th-20th can
rise on shared words (12 was measurably too shallow; 30 and all passages score the same)."""
RRF_K = 60
"""The usual reciprocal-rank-fusion constant (Cormack et al., 2009): top ranks count, none rules."""
T = TypeVar("T")


def retrieve(collection, vector: list[float], k: int = 3, min_score: float = 0.0, query: str = "",
             lexical: LexicalIndex | None = None) -> list[Passage]:
    """Up to ``k`` passages, best first, one per document; none if the best scores below
    ``min_score`` (the question is off-topic), and none scoring below half of it.

    With ``query`` and ``lexical`` the order is the fused dense + BM25 order, else the dense one.
    One passage per document keeps the sources varied: the best section of three documents says
    more than three sections of one.
    """
    ids, scores, rows = nearest(collection, vector, max(CANDIDATES, k), lexical)
    if not scores or scores[0] < min_score:
        return []
    order = list(range(len(ids)))
    if query and lexical is not None:
        order = fuse(ids, order, lexical.ranks(query, ids))
    # Shared words can lift a passage the vector scores low; below half the floor it is too far
    # from the question to show, whatever it shares. Passages are built only as they are chosen
    # (usually the first few of 30): building all 30 first cost about 0.04 ms a question.
    near = (i for i in order if scores[i] >= min_score / 2)
    return one_per_document((to_passage(*rows[ids[i]], scores[i]) for i in near), k)


def nearest(collection, vector: list[float], n: int, lexical: LexicalIndex | None
            ) -> tuple[list[str], list[float], Mapping[str, tuple[str, Mapping[str, Any]]]]:
    """The ``n`` passages nearest ``vector``, best first: ids, cosine scores, and each id's text
    and metadata.

    A lexical index already holds every passage's text and metadata, and for a small store their
    vectors too: then the search is exact and in memory. Otherwise the store is asked, for
    distances only when the text is in memory (a third of the query's time).
    """
    if lexical is not None:
        snapshot = lexical.fresh()  # in step with the store within ``recheck_seconds``
        if snapshot.vectors is not None:
            ids, scores = snapshot.nearest(vector, n)
            return ids, scores, snapshot.rows
    include = ["distances"] if lexical is not None else ["documents", "metadatas", "distances"]
    found = collection.query(query_embeddings=[vector], n_results=n, include=include)
    ids, scores = found["ids"][0], [1.0 - float(d) for d in found["distances"][0]]
    if lexical is None:
        stored = zip(ids, found["documents"][0], found["metadatas"][0], strict=True)
        return ids, scores, {pid: (text, meta) for pid, text, meta in stored}
    rows = lexical.current(ids).rows
    kept = [(pid, score) for pid, score in zip(ids, scores, strict=True)
            if pid in rows]  # a passage deleted since the query is simply skipped
    return [pid for pid, _ in kept], [score for _, score in kept], rows


def to_passage(text: str, meta: Mapping[str, Any], score: float) -> Passage:
    return Passage(doc_id=meta["doc_id"], title=meta["title"], section=meta.get("section", ""),
                   text=text, score=score, sources=meta.get("sources", ""))


def fuse(ids: list[str], candidates: list[T], lexical_ranks: dict[str, int]) -> list[T]:
    """Candidates (in dense order, one per id) reordered by reciprocal rank fusion with the BM25
    ranks."""

    def fused(item: tuple[int, tuple[str, T]]) -> float:
        dense_rank, (pid, _) = item
        score = 1 / (RRF_K + dense_rank)
        if pid in lexical_ranks:
            score += 1 / (RRF_K + lexical_ranks[pid])
        return score

    ranked = sorted(enumerate(zip(ids, candidates, strict=True)), key=fused, reverse=True)
    return [passage for _, (_, passage) in ranked]


def one_per_document(passages: Iterable[Passage], k: int) -> list[Passage]:
    chosen: list[Passage] = []
    seen: set[str] = set()
    for passage in passages:
        if passage.doc_id not in seen:
            seen.add(passage.doc_id)
            chosen.append(passage)
            if len(chosen) == k:
                break
    return chosen
