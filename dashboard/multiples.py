"""Multiples and fractions written without a unit word: a times sign or phrase ("grew 2.5x",
"×2", "by a factor of 3"), a ratio's level ("net debt to EBITDA of 2.1x") and fractions in
words, in per cent ("a third" is 33.33, "one in five" 20).

Pure: no pandas, no dash. Called by `quantity` on each matched number.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Change
from dashboard.hedges import change_around, sentence_tail
from dashboard.numbers import fold, tidy
from dashboard.patterns import COMPARISON_TAGS
from dashboard.raw import Raw

_FRACTION_WORDS: Final[dict[str, float]] = {
    "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0, "fourth": 25.0,
    "fourths": 25.0, "fifth": 20.0, "tenth": 10.0, "half": 50.0,
}
_IN_N: Final[dict[str, int]] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}


def fraction_in_words(words: str) -> float:
    """ "a third" -> 33.33, "two-thirds" -> 66.67, "one in five" -> 20.0: in per cent."""
    parts = fold(words).replace("-", " ").split()
    if parts[-1] in _IN_N:  # "one in three", "one out of three"
        return tidy(100 / _IN_N[parts[-1]])
    times = {"two": 2, "three": 3}.get(parts[0], 1)
    return tidy(_FRACTION_WORDS[parts[-1]] * times)



# "grew 2.5x", "×2.5", "by a factor of 3": a multiplier written with a sign or a phrase.
_RE_TIMES_SIGN_AFTER: Final = regex.compile(r"[x×](?![\w])")
_RE_SCIENTIFIC: Final = regex.compile(r"[x×·][\s\u00a0]?10")
_RE_FACTOR_OF_BEFORE: Final = regex.compile(
    r"(?i:\bby[\s\u00a0]+a[\s\u00a0]+factor[\s\u00a0]+of[\s\u00a0]+)\Z"
)


# What says that "x1.8" is a multiple: a comparison after it ("x1.8 compared with 10M24").
_RE_X_COMPARED_AFTER: Final = regex.compile(
    rf"\A[\s\u00a0]+(?i:compared|against|vs\.?|versus|{COMPARISON_TAGS}|from|over)\b"
)


def _is_x_multiple(raw: Raw, text: str, before: str) -> bool:
    """ "x1.8" is a multiple after a verb of change ("grew x2") or before a comparison ("x1.8
    compared with a year earlier"); not a model name ("a Galaxy x10 costs $500")."""
    return (_RE_X_COMPARED_AFTER.match(text[raw.end : raw.end + 24]) is not None
            or change_around(before[:-1], "") is not None)


def read_times_sign(raw: Raw, text: str, before: str) -> bool:
    """Make `raw` a multiplier when a times sign or "by a factor of" says so; never in
    scientific notation ("1.99×10−30", "2.48×10−5")."""
    if _RE_SCIENTIFIC.match(text, raw.end) or (before.endswith("×") and raw.value == 10):
        return False
    if _RE_TIMES_SIGN_AFTER.match(text, raw.end):
        raw.end += 1
    elif before.endswith((" x", "(x")) or before == "x":
        if not _is_x_multiple(raw, text, before):
            return False
    elif not (before.endswith("×")
              or ("factor" in before and _RE_FACTOR_OF_BEFORE.search(before))):
        return False
    raw.unit = "x"
    down = change_around(before, "") is Change.DECREASE
    raw.change = Change.DECREASE if down else Change.INCREASE
    return True


# A multiple that is a ratio's level, not a change: "net debt to EBITDA ratio of 2.1x",
# "leverage stood at 3.8x"; not "EBITDA rose 2x", a change of the amount itself.
_RATIO_WORDS: Final = ("ratio", "leverage", "coverage", "multiple",
                        # "Net debt/EBITDA of 1.4x", "a debt-to-EBITDA of 2.1x": one over another
                        "/ebitda", "to-ebitda", "to ebitda", "/equity", "to-equity")


def names_a_ratio(before: str) -> bool:
    """Whether the sentence before a "3.8x" names a ratio it is the level of."""
    tail = sentence_tail(before).lower()
    return any(word in tail for word in _RATIO_WORDS)
