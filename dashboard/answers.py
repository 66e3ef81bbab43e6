"""Figures in an interview's or a press conference's answers that are forecasts because the
question asked for one: "Q: What growth do you expect? / A: Between 5 and 7 per cent a year",
"QUESTION: How much traffic do you expect? / MINISTER: In the first phase, 5 million tonnes a
year, rising later to 15 million". Read by `describe` for a figure with no time and no cue of
its own.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

import regex

from dashboard.claim import Located
from dashboard.patterns_around import GOES_ON_TO
from dashboard.scanning import scan_timeout
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import PAST_IRREGULAR_WORDS

if TYPE_CHECKING:
    from dashboard.context import SentenceIndex
    from dashboard.periods import Time

# An answer that is its figure alone, a hedge maybe before it ("A: Between 5 and 7 per cent a
# year, depending on the harvest."): it has no verb of its own, the question's is its verb.
# A transcript names the speaker, and a phrase may set the time or the stage ("MINISTER: In
# the first phase, 5 million tonnes a year").
_RE_BARE_ANSWER: Final = regex.compile(
    r"[\s\u00a0]*+(?:(?:A[:.]|[A-Z]{2,}+(?:[\s\u00a0][A-Z]{2,}+){0,2}+:)[\s\u00a0]*+)?"
    r"(?:(?i:in|for|at|by)[\s\u00a0]++(?![^,]{0,40}?\b(?i:now|present|moment|today|currently"
    r"|so[\s\u00a0]++far|to[\s\u00a0]++date)\b)"  # "For now, 3 million tonnes": the present
    r"(?:[\w-]++[\s\u00a0]++){0,3}?[\w-]++,[\s\u00a0]++)?"
    rf"(?i:(?:{HEDGE_WORDS}|between|perhaps|maybe|probably)[\s\u00a0]++)?\Z"
)
# ... and no verb after it before the clause ends ("Can exports reach the target? 40% of it
# was shipped by May." is a sentence of its own, not an answer to the question).
_RE_VERB_AFTER: Final = regex.compile(
    r"[^,.;:!?\n]{0,60}?\b(?i:is|are|was|were|be|been|has|have|had|will|would|can|could|"
    r"should|may|might|must|[a-z]{2,}ed)\b"
)
# A bare answer's figure goes on to another with a participle and "to", still no verb: "5
# million tonnes a year, rising later to 15 million tonnes a year".
_RE_GOES_ON: Final = regex.compile(rf",[\s\u00a0]++{GOES_ON_TO}\Z")
_RE_FIGURE: Final = regex.compile(r"[$€£0-9]")


def answers_a_forecast(claim: Located, i: int, index: SentenceIndex) -> bool:
    """Is the figure a bare answer in sentence `i` to a question asking for a forecast, as
    interviews run ("Q: What growth do you expect? / A: Between 5 and 7 per cent a year")?"""
    asked = _asked(claim, i, index, _opens_or_goes_on)
    return asked is not None and any(
        asked[0] <= p < asked[1] for p in index.facts(i - 1, asked[0], asked[0]).projection_cues)


def _asked(claim: Located, i: int, index: SentenceIndex,
           opens: Callable[[str, int, int], bool]) -> tuple[int, int] | None:
    """The span of the question that sentence `i` answers, when the figure is a bare answer
    to it (`opens`: from the answer's start to the figure) with no verb of its own after it."""
    if i == 0:
        return None
    text = index.text
    q_lo, q_hi = index.span(i - 1)
    # the question first: it rules out nearly every figure, mostly by one `find` (measured:
    # 4,700 matches of _RE_BARE_ANSWER a MB, 5 µs each, all in vain)
    if text.find("?", q_lo, q_hi) < 0 or not text[q_lo:q_hi].rstrip().endswith("?"):
        return None
    if not opens(text, index.span(i)[0], claim.start):
        return None
    if _RE_VERB_AFTER.match(text, claim.end, claim.end + 60, timeout=scan_timeout(60)):
        return None
    return q_lo, q_hi


# A question about what was done: "How much cargo did the port handle last year?", "What was
# the volume in 2025?", "How many trains have you run so far?".
_RE_ASKS_THE_PAST: Final = regex.compile(
    r"\b(?i:did|was|were|ha(?:ve|s)[\s\u00a0]++(?:\w++[\s\u00a0]++){0,3}?"
    rf"(?:been|[a-z]{{2,}}ed|{PAST_IRREGULAR_WORDS}))\b"
)


def answers_the_past(claim: Located, i: int, index: SentenceIndex) -> tuple[Time, ...] | None:
    """If the figure is a bare answer in sentence `i` to a question about what was done, with
    no forecast in it ("Q: How much cargo did the port handle last year? / A: About 6.1 million
    tonnes, and this year we are aiming for 7 million"), the times the question names (the
    answer's, as its verb is); else None. A plan later in the answer is the answer's next
    figure's, not this one's."""
    asked = _asked(claim, i, index, _opens_bare)
    if asked is None:
        return None
    q_lo, q_hi = asked
    facts = index.facts(i - 1, q_lo, q_lo)
    if any(q_lo <= p < q_hi for p in facts.projection_cues) or not _RE_ASKS_THE_PAST.search(
            index.text, q_lo, q_hi, timeout=scan_timeout(q_hi - q_lo)):
        return None
    return tuple(t for t in facts.times if q_lo <= t.start < q_hi and not t.base)


def _opens_bare(text: str, lo: int, start: int) -> bool:
    """Does the figure at `start` open the answer starting at `lo` (`_RE_BARE_ANSWER`)?"""
    return _RE_BARE_ANSWER.match(text, lo, start, timeout=scan_timeout(60)) is not None


def _opens_or_goes_on(text: str, lo: int, start: int) -> bool:
    """Does the figure at `start` open the answer starting at `lo`, or go on from the figure
    that opens it ("5 million tonnes a year, rising later to 15 million")?"""
    if _RE_BARE_ANSWER.match(text, lo, start, timeout=scan_timeout(60)):
        return True
    goes_on = _RE_GOES_ON.search(text, lo, start, timeout=scan_timeout(60))
    first = None if goes_on is None else _RE_FIGURE.search(text, lo, goes_on.start())
    return first is not None and bool(
        _RE_BARE_ANSWER.match(text, lo, first.start(), timeout=scan_timeout(60))) and not (
        _RE_VERB_AFTER.match(text, first.start(), goes_on.start(), timeout=scan_timeout(60)))
