"""The ``companion`` command's stable output shapes."""

import json

import pytest

from companion.cli import main
from conftest import ROOT


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


def test_ingest_names_an_unreachable_server_before_loading_the_model(env, monkeypatch, capsys):
    import companion.embeddings
    from conftest import free_port

    def no_model(settings):
        raise AssertionError("the model was loaded before the server was tried")

    monkeypatch.setattr(companion.embeddings, "load_embedder", no_model)
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    monkeypatch.setenv("COMPANION_CHROMA_URL", url)
    assert main(["ingest"]) == 2
    assert url in capsys.readouterr().err


def test_eval_safety_writes_the_report(env, companion, tmp_path, capsys):
    assert main(["eval", "safety", "--reports", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "crisis_reaches_elevated" in out and "holdout" in out
    report = json.loads((tmp_path / "scorecard.json").read_text())
    assert set(report) == {"safety"}
    safety = report["safety"]
    assert safety["labelled"]["messages"] >= 500 and safety["holdout"]["messages"] >= 400
    assert sum(map(sum, safety["holdout"]["confusion"])) == safety["holdout"]["messages"]
    for chart in ("safety-confusion-holdout.png", "safety-recall-per-kind.png"):
        assert (tmp_path / chart).stat().st_size > 0
    # The holdout appears as figures only: none of its messages in what was printed or written.
    written = out + (tmp_path / "scorecard.md").read_text() + (tmp_path / "scorecard.json"
                                                                ).read_text()
    holdout = [json.loads(line) for line in (ROOT / "evals/safety/holdout.jsonl").open()]
    texts = {m["content"] for row in holdout for m in row["messages"] if len(m["content"]) > 20}
    leaked = sum(text in written for text in texts)
    assert leaked == 0


def test_eval_replies_writes_the_scorecard(env, companion, tmp_path, capsys, monkeypatch):
    from companion import replycheck

    conversations = tmp_path / "conversations.jsonl"
    conversations.write_text("\n".join(json.dumps(row) for row in [
        {"id": "hi-01", "kind": "small_talk", "messages": [{"role": "user", "content": "hi"}],
         "expect": {"level": "none", "support": False, "sources": False}},
        {"id": "wrong-01", "kind": "crisis", "messages": [
            {"role": "user", "content": "What does self-compassion mean?"}],
         "expect": {"level": "crisis", "support": True}},
    ]))
    monkeypatch.setattr(replycheck, "CONVERSATIONS", conversations)
    reports = tmp_path / "reports"
    assert main(["eval", "replies", "--reports", str(reports)]) == 0
    out = capsys.readouterr().out
    assert "Replies (2 conversations, offline)" in out and "crisis_reaches_elevated" not in out
    report = json.loads((reports / "scorecard.json").read_text())
    assert set(report) == {"replies"}
    assert {(f["id"], f["check"]) for f in report["replies"]["failures"]} >= {
        ("wrong-01", "level"), ("wrong-01", "support")}
    markdown = (reports / "scorecard.md").read_text()
    assert "| wrong-01 | support |" in markdown and "reply-checks.png" in markdown
    assert (reports / "reply-checks.png").stat().st_size > 0
