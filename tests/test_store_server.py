"""The store as a real Chroma server (`chroma run` on loopback) shared by several app replicas.

Replicas are built the way `companion serve` builds them (``build_companion``); the index is filled
once with the normal ``sync_index``. A test that changes an index uses a collection of its own.
"""

import shutil
from dataclasses import replace

import pytest
from gradio_client import Client

from companion.build import build_companion, sync_index
from companion.cli import main
from companion.config import Settings
from companion.store import StoreError, open_collection, server_address
from companion.ui import CONCURRENT_TURNS, build_ui
from conftest import ROOT, free_port

pytestmark = pytest.mark.server

QUESTION = "What does self-compassion mean?"
METTA = """---
id: metta
title: "Metta: wishing yourself and others well"
topics: [metta, loving-kindness meditation]
audience: [self]
summary: "Metta is a short practice of silently offering kind wishes, to yourself and to others."
sources:
  - "Salzberg, S. (1995). Lovingkindness: The revolutionary art of happiness. Shambhala."
reviewed: 2026-11-27
related: []
---
## What metta is

Metta is a practice of offering kind wishes in silence: may I be safe, may I be peaceful, may I be
kind to myself. After a few breaths the same wishes go to someone you love, then to a stranger.
"""


def ask(companion, text: str):
    return companion.respond([{"role": "user", "content": text}])


def stored_ids(collection) -> set[str]:
    return set(collection.get(include=[])["ids"])


@pytest.fixture(scope="module")
def shared(settings, chroma_server, embedder):
    """The settings of a replica on the server, and the report of the one ingest into it."""
    on_server = replace(settings, chroma_url=chroma_server, collection="shared")
    report, problems = sync_index(on_server, embedder, open_collection(on_server, embedder))
    assert problems == []
    return on_server, report


@pytest.fixture(scope="module")
def replicas(shared, embedder):
    """Two replicas, each built as `companion serve` builds one, on the one shared index."""
    on_server, _ = shared
    return build_companion(on_server, embedder=embedder), build_companion(on_server,
                                                                          embedder=embedder)


def test_one_ingest_fills_the_server(shared, embedder):
    on_server, report = shared
    assert report.added == report.chunks > 0
    assert open_collection(on_server, embedder).count() == report.chunks


def test_a_replica_answers_from_the_shared_index_without_ingesting(shared, embedder, tmp_path):
    on_server, report = shared
    # With an empty corpus folder, a replica that synced on start would empty the shared index.
    (tmp_path / "empty").mkdir()
    replica = build_companion(replace(on_server, corpus_dir=tmp_path / "empty"),
                              embedder=embedder)
    assert replica.collection.count() == report.chunks
    reply = ask(replica, QUESTION)
    assert reply.sources and reply.mode == "offline"
    assert {p.doc_id for p in reply.sources} <= {path.stem for path in
                                                 (ROOT / "corpus").glob("*.md")}


def test_a_replica_refuses_an_empty_collection_and_says_how_to_fill_it(shared, embedder):
    on_server, _ = shared
    with pytest.raises(StoreError) as caught:
        build_companion(replace(on_server, collection="never-filled"), embedder=embedder)
    message = str(caught.value)
    assert on_server.chroma_url in message and "companion ingest" in message


def test_a_resync_by_another_replica_embeds_nothing(shared, replicas, embedder):
    on_server, first = shared
    report, _ = sync_index(on_server, embedder, replicas[1].collection)
    assert (report.added, report.removed, report.unchanged) == (0, 0, first.chunks)


def test_a_change_through_one_replica_reaches_the_others_retrieval(
        settings, chroma_server, embedder, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ["grief", "loneliness", "everyday-kindness"]:
        shutil.copy(ROOT / "corpus" / f"{name}.md", corpus)
    on_server = replace(settings, chroma_url=chroma_server, collection="changes",
                        corpus_dir=corpus)
    sync_index(on_server, embedder, open_collection(on_server, embedder))
    writer, reader = (build_companion(on_server, embedder=embedder) for _ in range(2))
    reader.lexical.recheck_seconds = 0  # see each change at once (deployed: within 5 s)
    question = "Tell me about metta."
    assert "metta" not in {p.doc_id for p in ask(reader, question).sources}

    (corpus / "metta.md").write_text(METTA)
    assert sync_index(on_server, embedder, writer.collection)[0].added > 0
    # The reader's spelling must know the new word, or it "mends" metta into meta and the new
    # passage is never found.
    assert reader.lexical.correct(question) == question
    assert ask(reader, question).sources[0].doc_id == "metta"
    assert reader.lexical.current().members == stored_ids(reader.collection)

    (corpus / "metta.md").unlink()
    assert sync_index(on_server, embedder, writer.collection)[0].removed > 0
    assert "metta" not in {p.doc_id for p in ask(reader, question).sources}
    assert reader.lexical.current().members == stored_ids(reader.collection), \
        "the deleted passages left the reader's BM25 index too"


@pytest.fixture(scope="module")
def replica_urls(replicas):
    """Two Gradio servers, one per replica, on free loopback ports."""
    demos, urls = [], []
    for replica in replicas:
        demo = build_ui(replica)
        port = free_port()
        demo.queue(default_concurrency_limit=CONCURRENT_TURNS).launch(
            server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True
        )
        demos.append(demo)
        urls.append(f"http://127.0.0.1:{port}/")
    yield urls
    for demo in demos:
        demo.close()


def shown(client: Client, message: str) -> str:
    """What the page shows for one message: the reply (and any banner the chat returns)."""
    result = client.predict(message, "US", api_name="/chat")
    return " ".join(map(str, result)) if isinstance(result, list | tuple) else str(result)


def test_two_app_servers_on_one_index_hold_independent_conversations(replica_urls):
    first, second = replica_urls
    assert "988" in shown(Client(first, verbose=False), "I'm going to kill myself tonight")
    reply = shown(Client(second, verbose=False), QUESTION)
    assert "Sources" in reply and "988" not in reply
    reply = shown(Client(first, verbose=False), QUESTION)
    assert "Sources" in reply and "988" not in reply, "a new conversation starts clean"


def test_an_unreachable_server_is_named_in_one_sentence(monkeypatch, capsys):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(StoreError) as caught:
        build_companion(Settings(chroma_url=url))
    assert url in str(caught.value) and "chroma run" in str(caught.value)

    monkeypatch.setenv("COMPANION_CHROMA_URL", url)
    assert main(["serve", "--port", str(free_port())]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"companion: Cannot reach the Chroma server at {url}")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("url", [
    "127.0.0.1:8000", "chroma:8000", "ftp://127.0.0.1:8000", "http://127.0.0.1:port",
    "http://:8000", "http://127.0.0.1:8000/chroma",
], ids=lambda url: url)
def test_a_malformed_url_is_refused_not_guessed(url):
    with pytest.raises(StoreError) as caught:
        server_address(url)
    assert "COMPANION_CHROMA_URL" in str(caught.value) and url in str(caught.value)


@pytest.mark.parametrize("url, address", [
    ("http://127.0.0.1:8123", ("127.0.0.1", 8123, False)),
    ("http://127.0.0.1/", ("127.0.0.1", 8000, False)),
    ("https://chroma.internal", ("chroma.internal", 443, True)),
    ("http://[::1]:8000", ("[::1]", 8000, False)),
], ids=lambda value: value if isinstance(value, str) else "")
def test_a_server_address_is_read_from_the_url(url, address):
    assert server_address(url) == address
