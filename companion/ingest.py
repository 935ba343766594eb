"""Ingestion: split documents into passages, embed the new ones, and sync them into the store.

Passages are cut header-aware (a section is a unit a person can read alone), long sections are
split again with overlap. Each passage is stored with its document's topics and summary (the
lexical index reads them). Its id is derived from everything stored, so re-running embeds only what
changed and deletes what is gone. This module does not decide what is relevant; see retrieval.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from .corpus import Document

CHUNK_SIZE = 600
CHUNK_OVERLAP = 100
EMBED_BATCH = 32


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    title: str
    section: str
    text: str
    """The passage as shown to a person."""
    embed_text: str
    """What is embedded: title and section give a short passage its context."""
    sources: str
    topics: str
    """The document's topics, joined with ", ": everyday words the lexical index matches."""
    summary: str

    @property
    def metadata(self) -> dict[str, str]:
        return {
            "doc_id": self.doc_id, "title": self.title, "section": self.section,
            "sources": self.sources, "topics": self.topics, "summary": self.summary,
        }


@dataclass(frozen=True)
class IngestReport:
    documents: int
    chunks: int
    added: int
    removed: int
    unchanged: int
    seconds: float

    def summary(self) -> str:
        return (
            f"{self.documents} documents, {self.chunks} passages: {self.added} embedded, "
            f"{self.removed} removed, {self.unchanged} unchanged in {self.seconds:.1f} s"
        )


def split_document(doc: Document) -> list[Chunk]:
    from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

    by_header = MarkdownHeaderTextSplitter(
        headers_to_split_on=[("#", "h1"), ("##", "h2"), ("###", "h3")], strip_headers=True
    )
    by_size = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    sources, topics = " | ".join(doc.sources), ", ".join(doc.topics)
    summary = str(doc.meta.get("summary") or "")
    chunks = []
    for section in by_header.split_text(doc.body):
        heading = section.metadata.get("h3") or section.metadata.get("h2") or section.metadata.get(
            "h1", ""
        )
        for text in by_size.split_text(section.page_content):
            text = text.strip()
            if not text:
                continue
            label = f"{doc.title}. {heading}." if heading else f"{doc.title}."
            embed_text = f"{label} Topics: {topics}.\n{text}"
            stored = "\n".join((doc.id, embed_text, text, heading, sources, topics, summary))
            digest = hashlib.sha256(stored.encode()).hexdigest()[:16]
            chunks.append(
                Chunk(
                    id=f"{doc.id}:{digest}", doc_id=doc.id, title=doc.title, section=heading,
                    text=text, embed_text=embed_text, sources=sources, topics=topics,
                    summary=summary,
                )
            )
    return chunks


def ingest(documents: list[Document], embedder, collection, progress: bool = False) -> IngestReport:
    """Make the collection hold exactly the passages of ``documents``, embedding only new ones."""
    started = time.perf_counter()
    chunks = {c.id: c for doc in documents for c in split_document(doc)}
    existing = set(collection.get(include=[])["ids"])
    # Batched by length, as sentence-transformers orders one big encode: a batch is padded to
    # its longest passage, so mixing short and long ones costs more than the padding is worth.
    new = sorted((c for cid, c in chunks.items() if cid not in existing),
                 key=lambda c: len(c.embed_text))
    stale = sorted(existing - chunks.keys())
    if stale:
        collection.delete(ids=stale)
    batches = [new[i : i + EMBED_BATCH] for i in range(0, len(new), EMBED_BATCH)]
    if progress and len(batches) > 1:
        from tqdm import tqdm

        batches = tqdm(batches, desc="embedding", unit="batch")
    for batch in batches:
        collection.upsert(
            ids=[c.id for c in batch],
            documents=[c.text for c in batch],
            embeddings=embedder.embed_documents([c.embed_text for c in batch]),
            metadatas=[c.metadata for c in batch],
        )
    return IngestReport(
        documents=len(documents), chunks=len(chunks), added=len(new), removed=len(stale),
        unchanged=len(chunks) - len(new), seconds=time.perf_counter() - started,
    )
