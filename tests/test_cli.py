"""The ``companion`` command's stable output shapes."""

import json

import pytest

from companion.cli import main


@pytest.fixture
def env(monkeypatch, settings):
    monkeypatch.setenv("COMPANION_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("COMPANION_CORPUS_DIR", str(settings.corpus_dir))


def test_ask_json_shape(env, companion, capsys):
    assert main(["ask", "What does self-compassion mean?", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"reply", "level", "sources", "resources", "mode"}
    assert out["level"] == "none" and out["mode"] == "offline" and out["resources"] == []
    assert set(out["sources"][0]) == {"doc_id", "title", "section", "score"}


def test_ask_jsonl_answers_each_line_in_order(env, companion, tmp_path, capsys):
    lines = tmp_path / "in.jsonl"
    lines.write_text("\n".join(json.dumps(row) for row in [
        {"messages": [{"role": "user", "content": "hi"}]},
        {"messages": [{"role": "user", "content": "I want to kill myself"}]},
    ]))
    assert main(["ask", "--jsonl", str(lines), "--country", "CA"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["level"] for o in out] == ["none", "crisis"]
    assert {"name", "phone", "text", "url"} == set(out[1]["resources"][0])


def test_assess_prints_level_categories_signals(env, companion, capsys):
    assert main(["assess", "this heat is killing me"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["level"] == "none" and set(out) == {"level", "categories", "signals"}


def test_bad_input_is_a_sentence_not_a_traceback(env, tmp_path, capsys):
    broken = tmp_path / "bad.jsonl"
    broken.write_text("{not json\n")
    assert main(["assess", "--jsonl", str(broken)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_eval_safety_writes_the_report(env, companion, tmp_path, capsys):
    assert main(["eval", "safety", "--reports", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "crisis_reaches_elevated" in out and "holdout" in out
    report = json.loads((tmp_path / "safety.json").read_text())
    assert report["labelled"]["messages"] >= 500 and report["holdout"]["messages"] >= 400
    assert sum(map(sum, report["holdout"]["confusion"])) == report["holdout"]["messages"]
    assert (tmp_path / "safety-confusion-holdout.png").stat().st_size > 0
