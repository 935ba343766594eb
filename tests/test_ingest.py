"""Ingestion against a real Chroma in a temp dir with the real model."""

import shutil

from companion.config import Settings
from companion.corpus import load_corpus
from companion.ingest import ingest, split_document
from companion.store import open_collection
from conftest import ROOT


def _corpus_copy(tmp_path, names):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in names:
        shutil.copy(ROOT / "corpus" / f"{name}.md", folder / f"{name}.md")
    return folder


def test_second_run_embeds_nothing_and_deleted_files_are_removed(tmp_path, embedder):
    folder = _corpus_copy(tmp_path, ["self-compassion-break", "grief", "loneliness"])
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=folder)
    collection = open_collection(settings, embedder)

    first = ingest(load_corpus(folder).documents, embedder, collection)
    assert first.added == first.chunks > 0 and first.removed == 0

    again = ingest(load_corpus(folder).documents, embedder, open_collection(settings, embedder))
    assert (again.added, again.removed, again.unchanged) == (0, 0, first.chunks)

    grief_chunks = len(split_document(next(d for d in load_corpus(folder).documents
                                           if d.id == "grief")))
    (folder / "grief.md").unlink()
    after = ingest(load_corpus(folder).documents, embedder, collection)
    assert after.removed == grief_chunks and after.added == 0
    stored = collection.get(include=["metadatas"])["metadatas"]
    assert {m["doc_id"] for m in stored} == {"self-compassion-break", "loneliness"}


def test_changed_section_re_embeds_only_that_passage(tmp_path, embedder):
    folder = _corpus_copy(tmp_path, ["loneliness"])
    collection = open_collection(Settings(data_dir=tmp_path / "data"), embedder)
    first = ingest(load_corpus(folder).documents, embedder, collection)
    path = folder / "loneliness.md"
    path.write_text(path.read_text().rstrip() + "\n\nOne more gentle sentence at the end.\n")
    second = ingest(load_corpus(folder).documents, embedder, collection)
    assert second.added == 1 and second.removed == 1
    assert second.unchanged == first.chunks - 1


def test_passages_carry_section_and_stable_ids():
    doc = next(d for d in load_corpus(ROOT / "corpus").documents if d.id == "self-compassion-break")
    first, second = split_document(doc), split_document(doc)
    assert [c.id for c in first] == [c.id for c in second]
    assert all(c.section for c in first)
    assert all(c.id.startswith("self-compassion-break:") for c in first)


def test_front_matter_change_re_embeds_only_that_document(tmp_path, embedder):
    folder = _corpus_copy(tmp_path, ["grief", "loneliness"])
    collection = open_collection(Settings(data_dir=tmp_path / "data"), embedder)
    first = ingest(load_corpus(folder).documents, embedder, collection)
    path = folder / "grief.md"
    path.write_text(path.read_text().replace("topics: [grief,", "topics: [grief, missing someone,"))
    grief = next(d for d in load_corpus(folder).documents if d.id == "grief")
    assert "missing someone" in grief.topics

    second = ingest(load_corpus(folder).documents, embedder, collection)
    assert second.added == second.removed == len(split_document(grief))
    assert second.unchanged == first.chunks - second.added
    stored = collection.get(where={"doc_id": "grief"}, include=["metadatas"])["metadatas"]
    assert all("missing someone" in m["topics"] and m["summary"] for m in stored)
