"""``companion bench``: the app's speed, memory and fault handling, measured in one run.

It measures, on this machine and in this order: cold start and memory of ``companion serve``
(``process``), where an offline turn's time goes against a plain LangChain pipeline (``stages``),
ingestion against the model's own encode rate and query time over a large synthetic index
(``scale``), and, with the local model, what the app adds to the model's first sentence
(``generative``) and which mode turns are served in when the model fails (``faultshare``).
``report`` holds the figures, the issues' targets and the printed table.

Left out: answer quality (``companion eval``), GPUs, concurrency (``tests/test_load.py``), and any
remote service: everything runs on this machine and on 127.0.0.1.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from dataclasses import dataclass, replace

from ..config import Settings
from .report import Report, Spread, render_table

__all__ = ["Plan", "Report", "render_table", "run_bench"]


@dataclass(frozen=True)
class Plan:
    """How much to measure: the full run, or ``--quick`` for tests and a first look."""

    per_kind: int | None
    """Messages of each kind (distress, question, benign); None is all of them."""
    repetitions: int
    ingest_rounds: int
    ingest_documents: int | None
    scale_chunks: int
    scale_queries: int
    serving_turns: int
    llm_messages: int
    fault_messages: int
    fault_crisis: int


FULL = Plan(per_kind=None, repetitions=8, ingest_rounds=3, ingest_documents=None,
            scale_chunks=100_000, scale_queries=200, serving_turns=10, llm_messages=8,
            fault_messages=4, fault_crisis=2)
QUICK = Plan(per_kind=2, repetitions=1, ingest_rounds=1, ingest_documents=3, scale_chunks=2_000,
             scale_queries=12, serving_turns=2, llm_messages=2, fault_messages=1, fault_crisis=1)


def run_bench(settings: Settings, quick: bool = False, llm: bool = False) -> Report:
    """Every measurement in turn; progress goes to stderr so stdout stays the report."""
    from ..build import build_companion
    from ..corpus import load_corpus
    from .process import measure_serving
    from .scale import measure_ingestion, measure_scale
    from .stages import bench_messages, time_turns

    plan = QUICK if quick else FULL
    settings = replace(settings, llm_base_url="", llm_api_key="")  # offline unless --llm
    machine = {"cpus": os.cpu_count(), "load": _load(), "python": platform.python_version(),
               "run": "quick" if quick else "full"}
    figures: dict[str, Spread | float | int] = {}
    messages = bench_messages(plan.per_kind)

    _say("building the companion (the index is synced first)")
    companion = build_companion(settings)
    _say("cold start and memory of `companion serve`")
    serving = measure_serving(settings, messages[: plan.serving_turns])
    figures.update(cold_start_s=serving.cold_start_s, cold_start_listening_s=serving.listening_s,
                   rss_mb=serving.rss_mb,
                   rss_peak_mb=serving.rss_peak_mb)
    _say("turn stages and the LangChain baseline")
    figures.update(time_turns(companion, messages, plan.repetitions))
    _say("ingestion")
    documents = load_corpus(settings.corpus_dir).documents[: plan.ingest_documents]
    ingestion = measure_ingestion(settings, companion.embedder, documents, plan.ingest_rounds)
    figures.update(ingest_chunks_per_s=ingestion.ingest_chunks_per_s,
                   raw_encode_chunks_per_s=ingestion.raw_encode_chunks_per_s,
                   encode_sentence_transformers_chunks_per_s=(
                       ingestion.sentence_transformers_chunks_per_s),
                   encode_app_embedder_chunks_per_s=ingestion.app_embedder_chunks_per_s)
    _say(f"queries over {plan.scale_chunks} synthetic chunks")
    vectors = [companion.embedder.embed_query(m) for m in bench_messages()]
    queries = [vectors[i % len(vectors)] for i in range(plan.scale_queries)]
    scale = measure_scale(settings, companion.embedder, queries, plan.scale_chunks)
    figures.update(scale_chunks=scale.chunks, scale_query_ms=scale.query_ms)
    faults: dict[str, dict] = {}
    notes = _notes(plan, len(messages), serving, ingestion, scale,
                   type(companion.embedder).__name__)
    if llm:
        faults, llm_notes = _measure_llm(companion, plan, figures)
        notes += llm_notes
    machine["load_after"] = _load()
    return Report(figures, faults, tuple(notes), machine)


def _measure_llm(companion, plan: Plan, figures: dict) -> tuple[dict, list[str]]:
    from ..local_llm import LocalLLM
    from .faultshare import CRISIS, measure_fault_share
    from .generative import measure_first_text
    from .stages import MESSAGES

    chatty = [m for pair in zip(MESSAGES["distress"], MESSAGES["question"], strict=True)
              for m in pair]
    with LocalLLM() as local:
        _say("first text: the app against the local model streamed directly")
        first = measure_first_text(companion, local.base_url, chatty[: plan.llm_messages])
        figures.update(vars(first))
        _say("fault scenarios")
        faults = measure_fault_share(companion, local.base_url, chatty[: plan.fault_messages],
                                     CRISIS[: plan.fault_crisis])
    notes = [
        f"llm: SmolLM2-135M through xllamacpp on 127.0.0.1 (1 thread), "
        f"{plan.llm_messages} messages; companion/bench/generative.py says how the app's "
        "overhead is told apart from the model's time.",
        f"faults: {plan.fault_messages} non-crisis and {plan.fault_crisis} crisis turns per "
        "scenario; llm share is over non-crisis turns; faulty endpoints at 0.5 s first-token and "
        "3 s total timeouts.",
    ]
    return faults, notes


def _notes(plan: Plan, messages: int, serving, ingestion, scale, embedder: str) -> list[str]:
    built = f"built now in {scale.built_s} s" if scale.built_s else "reused from an earlier run"
    return [
        f"turn stages: {messages} fixed messages (distress, self-compassion questions, benign) x "
        f"{plan.repetitions} repetitions, offline mode; the caches keyed by message text (vectors, "
        "classifier votes) are emptied before each timed message; assess/retrieve/compose find "
        "the vector already computed, as in the turn (embed_query_ms counts it once).",
        "baseline: langchain-chroma retriever (k=3) + HuggingFaceEmbeddings on the same model "
        "files + str.format, over a copy of the same passages and vectors; timed in alternation.",
        f"embedder: {embedder}; embed_query_ms is the app's own embedder "
        "(HuggingFaceEmbeddings in the baseline runs sentence-transformers on torch).",
        f"cold start: `python -m companion.cli serve` on the built index until gradio_client "
        f"received a first reply; rss after {serving.turns} more turns (VmRSS; peak is VmHWM).",
        f"ingestion: {ingestion.chunks} passages, best of {plan.ingest_rounds} round(s) each, "
        "companion.ingest into a fresh temp Chroma vs the faster raw encode (batch 32) of "
        "SentenceTransformer.encode and the app's embedder called directly.",
        f"scale: {scale.chunks} random unit vectors in {scale.path} ({built}); "
        f"{plan.scale_queries} real query vectors through retrieval.retrieve (dense, 30 "
        "candidates).",
    ]


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] bench: {text}", file=sys.stderr, flush=True)
