"""The ``companion`` command: ingest, serve, ask, assess, eval, local-llm.

Output shapes of ``ask --json`` and ``assess`` are a stable interface (later versions add fields,
never remove them). Problems a person can fix are printed as one sentence and exit 2, not traced.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .config import Settings, SettingsError


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
        _quiet_libraries()
        return args.run(args, settings)
    except (SettingsError, OSError, ValueError, RuntimeError) as err:
        print(f"companion: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def cmd_ingest(args, settings: Settings) -> int:
    from .build import sync_index
    from .embeddings import load_embedder
    from .store import open_client, open_collection

    client = open_client(settings)  # an unreachable server is reported before the model loads
    embedder = load_embedder(settings)
    collection = open_collection(settings, embedder, client)
    report, problems = sync_index(settings, embedder, collection, progress=True)
    for problem in problems:
        print(f"skipped {problem}", file=sys.stderr)
    print(report.summary())
    return 0


def cmd_serve(args, settings: Settings) -> int:
    from .build import build_companion
    from .ui import serve

    if args.host or args.port:
        settings = _replace(settings, host=args.host or settings.host,
                            port=args.port or settings.port)
    companion = build_companion(settings, progress=True)
    print(f"Serving the companion on http://{settings.host}:{settings.port}", flush=True)
    serve(companion)
    return 0


def cmd_ask(args, settings: Settings) -> int:
    from .build import build_companion

    companion = build_companion(settings)
    for messages in _conversations(args):
        reply = companion.respond(messages, country=args.country or "")
        if args.json or args.jsonl:
            print(json.dumps(reply.as_dict(), ensure_ascii=False), flush=True)
        else:
            print(reply.text, flush=True)
    return 0


def cmd_assess(args, settings: Settings) -> int:
    from .build import load_safety_classifier
    from .embeddings import load_embedder
    from .safety import assess

    embedder = load_embedder(settings)
    classifier = load_safety_classifier(settings, embedder)
    embed = lru_cache(maxsize=4096)(embedder.embed_query)
    for messages in _conversations(args):
        print(json.dumps(assess(messages, classifier, embed).as_dict(), ensure_ascii=False),
              flush=True)
    return 0


def cmd_local_llm(args, settings: Settings) -> int:
    import time

    from .local_llm import LocalLLM

    with LocalLLM(port=args.port or 0) as llm:
        print(f"Serving SmolLM2-135M (a tiny demo model) on {llm.base_url}", flush=True)
        print("Use these settings in another shell, then run `companion serve` or `ask`:")
        for line in llm.settings_lines():
            print(f"  export {line}", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        while True:
            time.sleep(3600)


def cmd_eval(args, settings: Settings) -> int:
    """Run the chosen evaluations, write the scorecard to ``--reports`` and print its summary."""
    from .build import build_companion
    from .evaluate import eval_retrieval, eval_safety
    from .replycheck import eval_replies
    from .scorecard import summary, write_report

    runs = {"safety": eval_safety, "retrieval": eval_retrieval, "replies": eval_replies}
    companion = build_companion(settings)
    results = {name: run(companion) for name, run in runs.items()
               if args.which in (name, "all")}
    written = write_report(results, Path(args.reports))
    print(summary(results))
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def cmd_bench(args, settings: Settings) -> int:
    from .bench import render_table, run_bench

    report = run_bench(settings, quick=args.quick, llm=args.llm)
    print(json.dumps(report.as_dict(), indent=2) if args.json else render_table(report))
    return 0


def _conversations(args) -> Iterable[list[dict]]:
    if args.jsonl:
        lines = sys.stdin if args.jsonl == "-" else Path(args.jsonl).open(encoding="utf-8")
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise ValueError(f"{args.jsonl}:{number} is not valid JSON") from None
            if "messages" in row:
                yield [{"role": str(m.get("role", "")), "content": str(m.get("content", ""))}
                       for m in row["messages"]]
            else:
                yield [{"role": "user", "content": str(row.get("text", ""))}]
    elif args.message is not None:
        yield [{"role": "user", "content": args.message}]
    else:
        raise ValueError("give a MESSAGE or --jsonl FILE")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="companion", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="build or update the index from the corpus")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("serve", help="serve the chat page")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("local-llm", help="serve a tiny local model (SmolLM2) for demos and tests")
    p.add_argument("--port", type=int, help="loopback port (default: a free one)")
    p.set_defaults(run=cmd_local_llm)

    p = sub.add_parser("eval", help="write the scorecard (safety, retrieval, replies or all)")
    p.add_argument("which", nargs="?", choices=["safety", "retrieval", "replies", "all"],
                   default="all")
    p.add_argument("--reports", default="reports", help="where the scorecard and charts go")
    p.set_defaults(run=cmd_eval)

    p = sub.add_parser("bench", help="measure latency, memory, ingestion, scale (and the LLM path)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--quick", action="store_true",
                   help="few repetitions and a 2k-chunk scale index (for tests and a first look)")
    p.add_argument("--llm", action="store_true",
                   help="also time the local model (SmolLM2) and the fault scenarios")
    p.set_defaults(run=cmd_bench)

    for name, run, text in [("ask", cmd_ask, "answer one message (or a JSONL file of them)"),
                            ("assess", cmd_assess, "print the safety assessment of a message")]:
        p = sub.add_parser(name, help=text)
        p.add_argument("message", nargs="?")
        p.add_argument("--jsonl", metavar="FILE",
                       help='one {"messages": [...]} (or {"text": ...}) per line; - for stdin')
        if name == "ask":
            p.add_argument("--json", action="store_true", help="print one JSON object")
            p.add_argument("--country", help="ISO country code for human support, e.g. GB")
        p.set_defaults(run=run)
    return parser


def _replace(settings: Settings, **changes) -> Settings:
    from dataclasses import replace

    return replace(settings, **changes)


def _quiet_libraries() -> None:
    for name in ("httpx", "chromadb", "sentence_transformers", "transformers", "urllib3",
                 "bm25s", "openai"):
        logging.getLogger(name).setLevel(logging.WARNING)


if __name__ == "__main__":
    raise SystemExit(main())
