"""Corpus loading: markdown documents with YAML front matter, from ``corpus/*.md``.

A file whose front matter is missing, unparsable or lacks a required field is reported by name and
skipped; the rest still load. Splitting into passages lives in ``ingest``; this module only reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

REQUIRED_FIELDS = ("id", "title", "topics", "sources")


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    body: str
    """The markdown after the front matter, unchanged."""
    topics: tuple[str, ...]
    sources: tuple[str, ...]
    """Published works (or the seed's attribution) the document's facts come from."""
    path: Path
    meta: dict = field(default_factory=dict, compare=False, hash=False)
    """The whole front matter, for fields only some readers need (summary, audience, related)."""


@dataclass(frozen=True)
class CorpusLoad:
    documents: list[Document]
    problems: list[str]
    """One line per skipped file: its name and why."""


class FrontMatterError(ValueError):
    pass


def parse_document(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise FrontMatterError("no front matter (the file must start with a '---' line)")
    end = text.find("\n---\n", 4)
    if end == -1:
        raise FrontMatterError("front matter is not closed by a '---' line")
    try:
        meta = yaml.safe_load(text[4:end])
    except yaml.YAMLError as err:
        problem = err.__class__.__name__
        raise FrontMatterError(f"front matter is not valid YAML ({problem})") from None
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter is not a mapping")
    missing = [name for name in REQUIRED_FIELDS if not meta.get(name)]
    if missing:
        raise FrontMatterError(f"front matter lacks {', '.join(missing)}")
    return Document(
        id=str(meta["id"]),
        title=str(meta["title"]),
        body=text[end + len("\n---\n") :],
        topics=tuple(str(t) for t in _as_list(meta["topics"])),
        sources=tuple(str(s) for s in _as_list(meta["sources"])),
        path=path,
        meta=meta,
    )


def load_corpus(directory: Path) -> CorpusLoad:
    """Read every ``*.md`` in ``directory`` (sorted by name); skip and report the bad ones."""
    documents: list[Document] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for path in sorted(Path(directory).glob("*.md")):
        try:
            doc = parse_document(path)
        except (FrontMatterError, UnicodeDecodeError) as err:
            problems.append(f"{path.name}: {err}")
            continue
        if doc.id in seen:
            problems.append(f"{path.name}: id {doc.id!r} is already used by {seen[doc.id].name}")
            continue
        seen[doc.id] = path
        documents.append(doc)
    return CorpusLoad(documents, problems)


def _as_list(value: object) -> list:
    return list(value) if isinstance(value, list | tuple) else [value]
