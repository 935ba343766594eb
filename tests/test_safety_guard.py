"""The output guard on places: a high place to jump or fall from is never named, and in a risk
context neither is a way to reach one or a place known for suicides. The safe reply it falls back
to points at no panel, so it reads right on every surface."""

import pytest

from companion.replycheck import no_banner, no_method
from companion.safety import SAFE_FALLBACK, Assessment, Level, StreamGuard, check
from companion.turn import at_risk

ALWAYS = [
    "People jump off the bridge by the station.",
    "The multi-storey car park is high enough that a fall would be fatal.",
    "Some people step in front of trains on the railway tracks.",
]
RISKY_ONLY = [
    "The nearest bridge is on Mill Road.",
    "The roof is easy to reach from the back stairs.",
    "That cliff has no fence at the top.",
    "Beachy Head is an hour's drive away.",
]
NEVER = [
    "A walk across the bridge at sunset can help.",
    "Try sitting on your balcony with a cup of tea.",
    "When you fall down, it's okay to take a moment before getting up.",
    "Autumn leaves fall; that's all right, so do we sometimes.",
    "Meet your friend in the car park by the library.",
]


@pytest.mark.parametrize("text", ALWAYS)
def test_a_place_to_jump_or_fall_from_is_never_named(text):
    assert {"method_location", "method_how"} & set(check(text).violations)
    assert no_method(text)


@pytest.mark.parametrize("text", RISKY_ONLY)
def test_in_a_risk_context_reaching_a_high_place_is_caught_too(text):
    assert check(text).ok
    assert check(text, risky=True).violations == ("method_location",)


@pytest.mark.parametrize("text", NEVER)
def test_everyday_places_pass_even_in_a_risk_context(text):
    assert check(text, risky=True).ok and no_method(text) is None


def test_the_stream_guard_is_strict_in_a_risk_context():
    watch = StreamGuard(risky=True)
    shown = watch.feed("I hear you. ") + watch.feed("The nearest bridge is close. ")
    shown += watch.finish()
    assert "bridge" not in shown and SAFE_FALLBACK in shown
    assert watch.violations == ("method_location",)


def test_the_safe_reply_points_at_no_panel_or_line():
    assert no_banner(SAFE_FALLBACK) is None and check(SAFE_FALLBACK, risky=True).ok


def test_any_distress_or_a_friend_at_risk_is_a_risk_context():
    assert not at_risk(Assessment(Level.NONE))
    assert at_risk(Assessment(Level.DISTRESS))
    assert at_risk(Assessment(Level.CRISIS, ("suicide_self_harm",)))
    assert at_risk(Assessment(Level.NONE, ("third_party",)))
