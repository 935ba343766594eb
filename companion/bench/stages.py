"""Where an offline turn's time goes, and the same turn through a plain LangChain pipeline.

Each stage is timed by calling what the turn calls: ``Companion.embed``, ``safety.assess``,
``Companion._retrieve`` and ``respond.compose``; then the whole ``Companion.respond``. Before every
timed message the caches keyed by message text (the turn's vectors, the classifier's votes, the
normalised text) are emptied, so each turn meets its message for the first time, as a person's new
message does. The stages after ``embed`` find the vector already computed, as in the turn,
which embeds once.

The baseline is what a LangChain tutorial would build: langchain-chroma's ``Chroma`` retriever
over the same passages and vectors, ``HuggingFaceEmbeddings`` on the same model files, and a string
template. It has no safety layer, no lexical index and no reply composition. The two are timed in
alternation, message by message, so load from other processes falls on both alike.

Left out: crisis messages (their turn stops before retrieval), and the generative mode (see
``generative``).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..embeddings import model_path
from ..respond import compose
from ..safety import assess
from ..turn import Companion
from .report import Spread, spread

MESSAGES = {
    "distress": [
        "I had a really rough day at work and I feel like I let everyone down.",
        "I'm so exhausted, I can't keep up with everything and I feel like a failure.",
        "My partner and I broke up last week and I keep replaying what I did wrong.",
        "I've been feeling really lonely since I moved to a new city.",
        "I'm stressed about my exams and I keep calling myself stupid.",
        "I snapped at my kids this morning and now I feel awful about it.",
        "Work has been overwhelming and I can't switch off at night.",
        "I messed up a presentation and I can't stop thinking about it.",
    ],
    "question": [
        "What does self-compassion mean?",
        "How do I stop being so hard on myself?",
        "Is self-compassion just letting myself off the hook?",
        "Can you suggest a short exercise for when I'm anxious?",
        "What's the difference between self-esteem and self-compassion?",
        "How can I be kinder to myself after a mistake?",
        "How do I support a friend who is going through a hard time?",
        "Why is it easier to be kind to others than to myself?",
    ],
    "benign": [
        "Hi there",
        "Thanks, that was helpful.",
        "I went for a walk in the park today and it was nice.",
        "Good morning! Just checking in.",
        "Can you recommend a good book?",
        "The weather is lovely today.",
        "I made pancakes for breakfast.",
        "What's your name?",
    ],
}
STAGES = ("embed_query_ms", "assess_ms", "retrieve_ms", "compose_ms", "turn_ms",
          "baseline_turn_ms")
TEMPLATE = ("You are a kind listener. Notes that may help:\n\n{context}\n\n"
            "The person said: {question}\nReply gently.")


def bench_messages(per_kind: int | None = None) -> list[str]:
    """The fixed messages, ``per_kind`` of each kind (all by default)."""
    return [m for kind in MESSAGES.values() for m in kind[:per_kind]]


def time_turns(companion: Companion, messages: list[str], repetitions: int
               ) -> dict[str, Spread]:
    """p50/p95 of every stage, the whole turn and the baseline turn, in milliseconds."""
    with tempfile.TemporaryDirectory(prefix="companion-baseline-") as workdir:
        baseline = LangChainBaseline(companion.collection, Path(workdir))
        warm(companion, baseline)
        timings: dict[str, list[float]] = {name: [] for name in STAGES}
        for _ in range(repetitions):
            for message in messages:
                for name, ms in time_one(companion, baseline, message).items():
                    timings[name].append(ms)
        baseline.close()
    return {name: spread(values) for name, values in timings.items()}


def time_one(companion: Companion, baseline: LangChainBaseline, message: str
             ) -> dict[str, float]:
    messages = [{"role": "user", "content": message}]
    focus = message[: companion.settings.max_message_chars]
    forget(companion)
    embed_ms, _ = timed(lambda: companion.embed(message))
    assess_ms, assessment = timed(lambda: assess(messages, companion.classifier, companion.embed))
    retrieve_ms, passages = timed(lambda: companion._retrieve(focus))
    compose_ms, _ = timed(lambda: compose(focus, assessment, passages))
    forget(companion)
    turn_ms, _ = timed(lambda: companion.respond(messages))
    baseline_ms, _ = timed(lambda: baseline.answer(message))
    return dict(zip(STAGES, (embed_ms, assess_ms, retrieve_ms, compose_ms, turn_ms, baseline_ms),
                    strict=True))


def warm(companion: Companion, baseline: LangChainBaseline) -> None:
    """One untimed turn each: first calls load weights and the index into memory."""
    companion.respond([{"role": "user", "content": "Hello, is anyone there?"}])
    baseline.answer("Hello, is anyone there?")


def forget(companion: Companion) -> None:
    """Empty the caches keyed by message text, so the next turn computes everything afresh."""
    from ..safety.normalize import normalize

    companion._embed_cached.cache_clear()
    normalize.cache_clear()
    votes = getattr(companion.classifier, "_votes", None)
    if votes is not None:
        votes.clear()


def timed(call: Callable):
    """(milliseconds, result) of one call."""
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


class LangChainBaseline:
    """A LangChain retriever + template over a copy of our store's passages and vectors."""

    def __init__(self, collection, workdir: Path, k: int = 3) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_huggingface import HuggingFaceEmbeddings

        client = chromadb.PersistentClient(
            path=str(workdir), settings=ChromaSettings(anonymized_telemetry=False))
        self._client: object = client  # held until ``close``
        copy = client.get_or_create_collection(
            "baseline", metadata={"hnsw:space": "cosine"}, embedding_function=None)
        stored = collection.get(include=["embeddings", "documents", "metadatas"])
        copy.add(ids=stored["ids"], embeddings=stored["embeddings"],
                 documents=stored["documents"], metadatas=stored["metadatas"])
        embeddings = HuggingFaceEmbeddings(
            model_name=model_path(), model_kwargs={"device": "cpu"},
            encode_kwargs={"normalize_embeddings": True})
        store = Chroma(client=client, collection_name="baseline",
                       embedding_function=embeddings)
        self.retriever = store.as_retriever(search_kwargs={"k": k})

    def answer(self, message: str) -> str:
        docs = self.retriever.invoke(message)
        return TEMPLATE.format(context="\n\n".join(d.page_content for d in docs),
                               question=message)

    def close(self) -> None:
        self._client = None
