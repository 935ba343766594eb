"""The vetted directory, the crisis template, and the output guard."""

import re

import pytest

from companion.safety import (
    SAFE_FALLBACK,
    Assessment,
    Level,
    StreamGuard,
    check,
    crisis_reply,
    known_numbers,
    load_directory,
    support_for,
)

DIRECTORY = load_directory()
REQUIRED = "US CA GB IE AU NZ IN DE FR ES IT NL BR MX JP KR ZA PH SG".split()


def test_directory_covers_required_countries_and_fallback():
    assert set(REQUIRED) <= set(DIRECTORY)
    assert len(DIRECTORY) - 1 >= 20
    assert DIRECTORY["INTL"].lines and "findahelpline" in DIRECTORY["INTL"].lines[0].url


@pytest.mark.parametrize("code", sorted(DIRECTORY))
def test_every_entry_has_source_and_verified_date(code):
    support = DIRECTORY[code]
    if support.emergency:
        assert support.emergency_source.startswith("http")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", support.emergency_verified)
    assert support.lines
    for line in support.lines:
        assert line.source.startswith("http"), line.name
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", line.verified), line.name
        assert line.phone or line.text or line.chat or line.url


def test_known_traps():
    assert support_for("US").lines[0].phone == "988"
    assert support_for("CA").lines[0].phone == "988"
    every = {x for s in DIRECTORY.values() for ln in s.lines for x in (ln.phone, ln.text)}
    assert not any("273" in n and "8255" in n for n in every), "the old US lifeline number"
    texts = {ln.name: ln for ln in support_for("US").lines}
    assert texts["Crisis Text Line"].text == "741741" and not texts["Crisis Text Line"].phone
    assert support_for("GB").lines[0].phone == support_for("IE").lines[0].phone == "116 123"
    assert support_for("GB").emergency == "999"


def test_unknown_country_falls_back_to_international():
    assert support_for("ZZ").code == "INTL" and support_for("").code == "INTL"


def test_override_file_replaces_a_country(tmp_path):
    override = tmp_path / "ours.yaml"
    override.write_text(
        "GB:\n  country: United Kingdom\n  emergency:\n    number: '999'\n"
        "    source: https://example.org/ours\n    verified: 2026-11-01\n  lines:\n"
        "    - name: Campus Listening Line\n      phone: '01234 567890'\n"
        "      source: https://example.org/ours\n      verified: 2026-11-01\n"
    )
    assert support_for("GB", override).lines[0].name == "Campus Listening Line"
    assert "01234567890" in known_numbers(override)


def test_crisis_reply_puts_numbers_first_and_stays_short():
    reply = crisis_reply(Assessment(Level.CRISIS, ("suicide_self_harm",)), support_for("GB"))
    first_number = reply.index("999")
    assert first_number < reply.index("116 123") < reply.index("Can you reach out")
    assert len(reply.split()) < 90
    assert "?" in reply and reply.count("?") == 1


def test_a_crisis_of_someone_else_is_not_called_a_friends():
    # A mum who has collapsed is no "friend": the opening names no relation.
    reply = crisis_reply(Assessment(Level.CRISIS, ("medical_emergency", "third_party")),
                         support_for("GB"))
    assert "friend" not in reply.split("\n\n")[0] and "They need urgent help" in reply


@pytest.mark.parametrize("text, violation", [
    ("You could call 0800 555 0199 any time.", "unknown_number"),
    ("Taking 40 tablets would be enough to be fatal.", "method_dose"),
    ("A fall from 30 metres is usually fatal.", "method_height"),
    ("It sounds like you have clinical depression.", "diagnosis"),
    ("You should stop taking your antidepressants.", "medication_advice"),
    ("Don't worry, this stays between us.", "secrecy_permanence"),
    ("I'll always be here for you.", "secrecy_permanence"),
    ("Hanging is quick and painless.", "method_how"),
    ("You're clearly bipolar.", "diagnosis"),
    ("Sounds like borderline personality disorder to me.", "diagnosis"),
    ("Maybe ask about upping your dose.", "medication_advice"),
    ("I won't tell a soul.", "secrecy_permanence"),
    ("I'll be here for you forever.", "secrecy_permanence"),
    ("It'll stay between you and me.", "secrecy_permanence"),
    ("You could take all your pills at once.", "method_how"),
], ids=["number", "dose", "height", "diagnosis", "medication", "secrecy", "permanence",
        "method-said-easy", "diagnosis-youre", "diagnosis-sounds-like", "dose-change",
        "secrecy-soul", "permanence-forever", "secrecy-you-and-me", "method-all-pills"])
def test_guard_catches(text, violation):
    assert violation in check(text, known_numbers()).violations


@pytest.mark.parametrize("text", [
    "Taking the whole packet would make you very ill.",
    "An overdose of paracetamol causes liver damage over days.",
    "Stockpile your tablets somewhere safe.",
])
def test_in_a_risk_context_what_a_means_does_is_caught(text):
    assert "method_dose" in check(text, known_numbers(), risky=True).violations
    assert check(text, known_numbers()).ok  # a first-aid answer outside one


@pytest.mark.parametrize("text", [
    "Call 116 123 to talk to Samaritans.", "Try the 5-4-3-2-1 grounding exercise.",
    "Neff (2003) described three components.", "Breathe in for 4 and out for 6.",
    "Drowning in work again sounds exhausting.", "Talking to your doctor could help.",
    "You could take all the time you need.",
])
def test_guard_allows(text):
    assert check(text, known_numbers()).ok


def test_stream_guard_releases_sentences_and_replaces_the_rest():
    guard = StreamGuard(known_numbers())
    shown = "".join(guard.feed(piece) for piece in ["That sounds ", "hard. You can ", "call 555 ",
                                                     "0101 123 today. More ", "text here."])
    shown += guard.finish()
    assert shown.startswith("That sounds hard.")
    assert "555" not in shown and SAFE_FALLBACK in shown and "More text" not in shown
    assert guard.violations == ("unknown_number",)
