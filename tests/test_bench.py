"""``companion bench``: the report's shape, not its figures (timing belongs in the benchmark).

The quick run measures everything but the LLM on a small scale index in the session's data dir;
the ``--llm`` run also starts the local model and the scripted faulty servers (all on loopback).
"""

import json

import pytest

from companion.bench.report import Report, Spread, render_table, spread, targets
from companion.cli import main

SPREADS = {"embed_query_ms", "assess_ms", "retrieve_ms", "compose_ms", "turn_ms",
           "baseline_turn_ms", "scale_query_ms"}
NUMBERS = {"cold_start_s", "cold_start_listening_s", "rss_mb", "rss_peak_mb",
           "ingest_chunks_per_s", "raw_encode_chunks_per_s", "scale_chunks"}
TARGETS = {"turn_vs_embed", "turn_vs_baseline", "ingest_vs_encode", "cold_start", "serving_rss",
           "scale_query"}
LLM_SPREADS = {"model_first_token_ms", "model_first_sentence_ms", "app_first_text_ms",
               "llm_overhead_ms"}
SCENARIOS = {"healthy", "refused", "timeout", "http500", "http429", "garbage", "cut"}


@pytest.fixture
def env(monkeypatch, settings):
    monkeypatch.setenv("COMPANION_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("COMPANION_CORPUS_DIR", str(settings.corpus_dir))


def _bench(capsys, *flags) -> dict:
    assert main(["bench", "--quick", "--json", *flags]) == 0
    return json.loads(capsys.readouterr().out)


def _check_figures(figures: dict, spreads: set, numbers: set) -> None:
    assert set(figures) >= spreads | numbers
    for name in spreads:
        p50, p95, n = figures[name]["p50"], figures[name]["p95"], figures[name]["n"]
        assert 0 <= p50 <= p95 and n >= 1, name  # a stage can round to 0 ms, never below
    for name in numbers:
        assert figures[name] > 0, name


def _check_targets(report: dict, names: set) -> None:
    assert set(report["targets"]) >= names
    for target in report["targets"].values():
        assert isinstance(target["passed"], bool) and target["rule"]
        assert target["limit"] > 0 and target["value"] >= 0


def test_quick_bench_reports_every_figure_and_target(env, companion, capsys, settings):
    report = _bench(capsys)
    _check_figures(report["figures"], SPREADS, NUMBERS)
    _check_targets(report, TARGETS)
    assert report["figures"]["scale_chunks"] == 2000 and report["notes"]
    assert (settings.data_dir / "bench-2k").is_dir()  # cached outside git, reused next time
    assert report["faults"] == {} and "llm_overhead" not in report["targets"]


@pytest.mark.server
def test_quick_bench_with_the_local_model_reports_overhead_and_fault_shares(env, companion,
                                                                            capsys):
    report = _bench(capsys, "--llm")
    _check_figures(report["figures"], SPREADS | LLM_SPREADS, NUMBERS)
    _check_targets(report, TARGETS | {"llm_overhead"})
    assert set(report["faults"]) == SCENARIOS
    for name, row in report["faults"].items():
        assert row["llm"] + row["offline"] == row["turns"] >= 1, name
        assert row["crisis_with_resources"] == row["crisis"] >= 1, name
        if name != "healthy":
            assert row["llm"] == 0, name  # a failing model is never shown as the model's reply


def test_spread_is_nearest_rank():
    assert spread([5, 1, 3, 2, 4]) == Spread(p50=3, p95=5, n=5)
    assert spread([7.0]) == Spread(p50=7.0, p95=7.0, n=1)
    with pytest.raises(ValueError):
        spread([])


def test_targets_only_judge_measured_figures_and_the_table_shows_them():
    figures = {"embed_query_ms": Spread(10, 20, 5), "turn_ms": Spread(14, 30, 5),
               "cold_start_s": 9.0}
    found = {t.name: t for t in targets(figures)}
    assert set(found) == {"turn_vs_embed", "cold_start"}
    assert found["turn_vs_embed"].passed and found["turn_vs_embed"].limit == 15
    assert not found["cold_start"].passed
    table = render_table(Report(figures, notes=("how",)))
    assert "FAIL" in table and "pass" in table and "- how" in table
