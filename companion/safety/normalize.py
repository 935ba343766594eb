"""Text normalisation for the pattern rules: one canonical spelling of what people type.

Folds Unicode (NFKC), curly quotes, case and spacing; expands contractions and chat shorthand
("im", "wanna", "kms", "unalive") so one rule covers many spellings. It does not try to fix every
typo: the semantic classifier covers what the rules miss.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"'})
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Emoji that carry risk meaning become words; the rest are left alone.
_EMOJI = {"\U0001f52a": " knife ", "\U0001f48a": " pills ", "\U0001faa6": " grave ",
          "\u26b0": " coffin ", "\U0001fa78": " blood ", "\U0001f52b": " gun "}

# Whole-word rewrites, applied in order. Keys are regexes over lower-cased text.
_REWRITES: list[tuple[str, str]] = [
    (r"\b(i|he|she|they|you|we|it|who)\s*'\s*d (been|had|gone|done|taken|left|already|just|thought|"
     r"tried|said|told|seen|made|got|lost|found|spent)\b",
     r"\1 had \2"),
    (r"\bi\s*'?\s*m\b", "i am"), (r"\bim\b", "i am"), (r"\bi\s*'?\s*ve\b", "i have"),
    (r"\bive\b", "i have"), (r"\bi\s*'?\s*ll\b", "i will"), (r"\bi\s*'?\s*d\b", "i would"),
    (r"\b(\w+)n't\b", r"\1 not"), (r"\bcan not\b", "cannot"), (r"\bwo not\b", "will not"),
    (r"\bca not\b", "cannot"), (r"\bcant\b", "cannot"), (r"\bdont\b", "do not"),
    (r"\bdoesnt\b", "does not"), (r"\bdidnt\b", "did not"), (r"\bwont\b", "will not"),
    (r"\bisnt\b", "is not"), (r"\barent\b", "are not"), (r"\bwasnt\b", "was not"),
    (r"\bhavent\b", "have not"), (r"\bshouldnt\b", "should not"), (r"\bwouldnt\b", "would not"),
    (r"\bcouldnt\b", "could not"), (r"\b(\w+)'re\b", r"\1 are"),
    (r"\b(he|she|it|that|there|what|who|life|everything|nothing)'s\b", r"\1 is"),
    (r"\b(he|she|they|you|we|it|that|who|nobody|no one|everyone|everybody|someone)'d\b",
     r"\1 would"),
    (r"\b(he|she|they|you|we|it|that|who)'ll\b", r"\1 will"),
    (r"\b(they|you|we|would|could|should|might|must)'ve\b", r"\1 have"),
    # Punctuation said aloud to dictation software ("how many would be enough question mark").
    (r"\s+full stop\b", "."), (r"\s+question mark\b", "?"), (r"\s+exclamation mark\b", "!"),
    (r"\bwanna\b", "want to"), (r"\bgonna\b", "going to"), (r"\bgotta\b", "got to"),
    (r"\bu\b", "you"), (r"\bur\b", "your"), (r"\brn\b", "right now"), (r"\bpls\b", "please"),
    (r"\bbc\b", "because"), (r"\bcuz\b", "because"), (r"\bidk\b", "i do not know"),
    (r"\bkms\b", "kill myself"), (r"\bctb\b", "kill myself"), (r"\bunalive\b(?= (myself|me)\b)", "kill"),
    # Said alone, "unalive" is the writer's own ("going to unalive tonight").
    (r"(?<!['\"‘“])\bunalive\b(?!['\"’”]| (him|her|them|you|someone|somebody|people|everyone|my|"
     r"the|this|that|his|her|their|your|himself|herself|themselves|yourself|ourselves|us)\b)",
     "kill myself"), (r"\bunalive\b", "kill"),
    (r"\bunaliving\b", "killing"), (r"\bmy\s+self\b", "myself"), (r"\bmy\s+life\b", "my life"),
    (r"\b(sucide|suicde|suicid|suiside|suicied|sucicide)\b", "suicide"),
    (r"\b(sucidal|suicidel|suicidle|suisidal|sucicidal)\b", "suicidal"),
    (r"\bod(\s*'\s*|\s+)d\b|\bod'?ed\b", "overdosed"),
    (r"\bself[\s-]*harm(ing|ed|s|ers?)?\b", r"self harm\1"),
    (r"\b(2nite|2night|tn|tnite|tonite|tnight)\b", "tonight"), (r"\b2day\b", "today"),
    (r"\b(2mor+o+w?|tmrw?|tmrrw|tmoro|tomoz)\b", "tomorrow"),
    (r"\b(want|wanna|going|gonna|need|have|got|about|ready|try|trying) 2\b", r"\1 to"),
    (r"\b(finna|fixing to|fixin to|boutta|bout to|about ta)\b", "going to"),
    (r"\b(sewer ?slide|suey ?side|su1c1de|s\*icide|s\*\*cide)\b", "suicide"), (r"\bfr\b", "for real"),
    (r"\bdiee+\b", "die"), (r"\b(myslef|mysef|mysel)\b", "myself"), (r"\bany more\b", "anymore"),
    (r"\bmih\b", "my"), (r"\btheres\b", "there is"),
]
_WHOLE_WORD = re.compile(r"\\b([a-z0-9 ]+)\\b")


def _needle(pattern: str) -> str:
    """The literal a plain ``\\bword\\b`` rewrite needs in the text ("" for any other pattern).

    Why: most rewrites match a few words that most messages lack; looking for the word as a
    substring first skips their regex passes, about a third of the time of ``normalize``."""
    plain = _WHOLE_WORD.fullmatch(pattern)
    return plain.group(1) if plain else ""


_COMPILED = [(re.compile(pattern), repl, _needle(pattern)) for pattern, repl in _REWRITES]


@lru_cache(maxsize=1024)  # a turn reads the same message in several layers
def normalize(text: str) -> str:
    """Lower-cased, quote-folded, contraction-expanded text with single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    for emoji, word in _EMOJI.items():
        text = text.replace(emoji, word)
    text = text.translate(_QUOTES).lower()
    for pattern, repl, needle in _COMPILED:
        if needle in text:  # always true for "": those rewrites always run
            text = pattern.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()


def readable_share(text: str) -> float:
    """Share of letters that are Latin script: the rules and classifier read English only."""
    if text.isascii():  # every ASCII letter is Latin: skips a Unicode name lookup per letter
        return 1.0
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    return latin / len(letters)
