"""The self-compassion break, one step per message, stoppable at any time.

Three steps follow the corpus's *The self-compassion break* (noticing, common humanity, kindness),
then a short close. Each step says which step it is, which is how the next turn knows where the
person is (see ``journeys``), and how to go on or stop. The steps are the same in the offline and
the generative mode: a guided exercise is better fixed and reviewed than improvised.

Left out on purpose: timers, scores, and any push to finish.
"""

from __future__ import annotations

from .journeys import BREAK_STEPS

_HOW_TO_GO_ON = "Say *next* when you're ready, or *stop* whenever you like."

_STEPS = {
    1: ("Let's take it slowly. Bring to mind something that's bothering you a little, not the "
        "hardest thing. Notice where you feel it in your body.\n\n"
        "**Noticing.** Say to yourself, slowly: *\"This is a moment of suffering.\"* If that "
        "feels too big, *\"This is hard\"* or *\"Ouch, this hurts\"* work just as well."),
    2: ("**You're not alone.** Now say: *\"Suffering is a part of life.\"* Or, if it fits "
        "better: *\"Other people feel this way too\"*, *\"We all struggle sometimes.\"*"),
    3: ("**Kindness.** If you like, rest a hand on your heart, or wherever feels comforting. Say: "
        "*\"May I be kind to myself.\"* You might add what you need to hear, like *\"May I be "
        "patient with myself.\"*"),
}
_CLOSE = ("That's the whole break. Stay with a few breaths for as long as you like, then go gently "
          "back to your day. If it felt awkward or stirred things up, that's normal too. How are "
          "you feeling now?")
_STOPPED = ("Of course, we can stop here. There's no right way to do this, and you can come back "
            "to it any time. I'm here if you'd like to talk.")


def break_step(step: int) -> str:
    """The text of step 1-3 (with how to go on), or the close after the last step."""
    if step > BREAK_STEPS:
        return _CLOSE
    return f"{_STEPS[step]}\n\n(step {step} of {BREAK_STEPS}) {_HOW_TO_GO_ON}"


def break_stopped() -> str:
    return _STOPPED
