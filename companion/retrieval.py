"""Retrieval: the top passages for a query vector, with a relevance floor.

The floor means an off-topic question gets no passages rather than irrelevant ones. The query is
embedded once per turn by the caller and the same vector is handed here (and to safety).
"""

from __future__ import annotations

from dataclasses import dataclass


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


CANDIDATES_PER_RESULT = 4


def retrieve(collection, vector: list[float], k: int = 3, min_score: float = 0.0) -> list[Passage]:
    """Up to ``k`` passages scoring at least ``min_score``, best first, one per document.

    One passage per document keeps the sources varied: the best section of three documents says
    more than three sections of one.
    """
    found = collection.query(
        query_embeddings=[vector], n_results=k * CANDIDATES_PER_RESULT,
        include=["documents", "metadatas", "distances"],
    )
    passages: list[Passage] = []
    seen: set[str] = set()
    for text, meta, distance in zip(
        found["documents"][0], found["metadatas"][0], found["distances"][0], strict=True
    ):
        score = 1.0 - float(distance)
        if score < min_score or meta["doc_id"] in seen:
            continue
        seen.add(meta["doc_id"])
        passages.append(
            Passage(
                doc_id=meta["doc_id"], title=meta["title"], section=meta.get("section", ""),
                text=text, score=score, sources=meta.get("sources", ""),
            )
        )
        if len(passages) == k:
            break
    return passages
