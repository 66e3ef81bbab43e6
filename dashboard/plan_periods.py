"""The periods of figures a plan or forecast names beside an outcome, two passes of
`bases.compared_periods`: a forecast an outcome beat or missed, with no time of its own, is for
the outcome's period ("reached 1.9 million TEU in 2025, above the 1.8 million TEU forecast");
a whole year's target among months of it is for the year ("in the first ten months of 2025
... 87% of its annual target of 6 mt").

Pure: no pandas, no dash.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from dashboard.claim import Located
from dashboard.periods import Time
from dashboard.scanning import match_at
from dashboard.vocab.hedging import HEDGE_WORDS

# "2025-01/2025-10", "2025-03": months of one year.
RE_PART_OF_A_YEAR: Final = regex.compile(r"\A([0-9]{4})-[0-9]{2}(?:/\1-[0-9]{2})?\Z")


# "exceeded the forecast of 8 mt", "short of the $5 billion goal", "beating the forecast
# of 4 mt", "falling short of the planned 5 mt": a forecast an outcome is set against.
_RE_AGAINST_FORECAST_OF: Final = regex.compile(
    r"(?i:\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|miss(?:es|ed|ing)?|"
    r"short\s+of|ahead\s+of|above|below|against|topp(?:ed|ing))\s+(?:the|its|their|a|an)\s+"
    r"(?:(?:official|original|initial|government's|ministry's)\s+)?(?:forecast|target|plan|"
    rf"goal|projection)\s+of\s+(?:{HEDGE_WORDS}\s+)?\Z"
    r"|\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|miss(?:es|ed|ing)?|"
    r"short\s+of|ahead\s+of|above|below|against|topp(?:ed|ing)|than)\s+(?:the|its|their|a|an)\s+"
    r"(?P<planned>(?:planned|targeted|projected|forecast)\s+)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
# "short of the 5.2 million tonnes that had been forecast", "faster than the 10% that was
# expected": a relative clause names the plan (`plans` asks it too).
RE_FORECAST_RELATIVE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:that|which)[\s\u00a0]++(?:(?i:had|has|was|were|is|are)[\s\u00a0]++)?+"
    r"(?:(?i:been|originally|initially|earlier|previously)[\s\u00a0]++){0,2}+"
    r"(?i:forecast|projected|planned|targeted|expected|envisaged|budgeted)\b"
)
_RE_FORECAST_AFTER: Final = regex.compile(
    r"\s+(?i:forecast|target|goal|projection|plan)\b|" + RE_FORECAST_RELATIVE_AFTER.pattern)
# "Transit cargo, which the ministry had forecast at 2 million tonnes, came to 2.3 million
# tonnes in 2024": an aside naming the forecast of what the sentence then reports.
_RE_FORECAST_ASIDE: Final = regex.compile(
    r"(?i:,\s*+(?:which|that)\s++(?:(?:the\s++)?[a-z]++(?:'s)?\s++|it\s++|they\s++)?"
    r"(?:had\s++|has\s++)?(?:been\s++)?(?:forecast|projected|planned|targeted|budgeted)"
    rf"\s++(?:at|to\s++(?:reach|be|total))\s++(?:{HEDGE_WORDS}\s++)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def _may_name_a_forecast(text: str, lo: int, hi: int) -> bool:
    """A word of a forecast in text[lo:hi] (never first in a sentence: a word of "exceeded the
    forecast of" comes before it; "expected" of "the 10% that was expected"), by `str.find`
    (measured: 2,200 tests a MB, the search "forecast|target|goal|projection|plan" 3.3 -> 2.0
    ms)."""
    return (text.find("forecast", lo, hi) >= 0 or text.find("target", lo, hi) >= 0
            or text.find("goal", lo, hi) >= 0 or text.find("projection", lo, hi) >= 0
            or text.find("plan", lo, hi) >= 0 or text.find("expected", lo, hi) >= 0)


def _is_forecast_set_against(claim: Located, text: str) -> bool:
    """ "exceeded the forecast of 8 mt", "above the 1.8 million TEU forecast", ", which the
    ministry had forecast at 2 mt, came to"."""
    lo = max(0, claim.start - 60)
    found = _RE_AGAINST_FORECAST_OF.search(text, lo, claim.start)
    if found is None:
        return (text.startswith(",", claim.end) and text.find(",", lo, claim.start) >= 0
                and _RE_FORECAST_ASIDE.search(text, lo, claim.start) is not None)
    return (found.group().lower().rstrip().endswith("of") or found.group("planned") is not None
            or match_at(_RE_FORECAST_AFTER, text, claim.end) is not None)


def forecast_set_against(
    group: Sequence[Located], chosen: list[Time | None], text: str
) -> None:
    """A forecast an outcome beat or missed, with no time of its own, is for the outcome's
    period: "reached 1.9 million TEU in 2025, above the 1.8 million TEU forecast" (2025),
    "exceeded the forecast of 8 mt, reaching 8.4 mt in 2024" (2024). The outcome is the
    nearest figure before it of the same unit with a time, else the nearest after."""
    if None not in chosen or len(group) < 2 or not _may_name_a_forecast(
            text, max(0, group[0].start - 60), group[-1].end + 20):
        return  # the words first: asked at every claim, the search costs 2% a MB
    for k, claim in enumerate(group):
        if chosen[k] is not None or not _is_forecast_set_against(claim, text):
            continue
        order = [*range(k - 1, -1, -1), *range(k + 1, len(group))]
        outcome = next((chosen[j] for j in order if group[j].unit == claim.unit
                        # a level, or a change a forecast per cent is set against ("grew
                        # 12% in 2024, faster than the 10% that was expected")
                        and (group[j].change is None or claim.unit == "%")
                        and chosen[j] is not None), None)
        if outcome is not None and not outcome.base:
            chosen[k] = Time(claim.start, claim.start, outcome.period, False)


# "87% of its annual target of 6 mt", "a full-year figure of $95 billion"
_RE_WHOLE_YEAR_BEFORE: Final = regex.compile(
    r"(?i:\b(?:annual|full[-\s]year|whole[-\s]year|yearly)\s+(?:target|plan|forecast|goal|"
    rf"figure|projection|estimate|total)\s+(?:of|at)\s+(?:{HEDGE_WORDS}\s+)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)

_RE_WHOLE_YEAR_WORD: Final = regex.compile(r"annual|[Ff]ull[-\s]year|[Ww]hole[-\s]year|yearly")


def _may_say_whole_year(text: str, lo: int, hi: int) -> bool:
    """`_RE_WHOLE_YEAR_WORD` in text[lo:hi], told by `str.find` where it can be (measured:
    3,900 searches a MB, 1.2 µs each, none found; a `find` is a tenth of that)."""
    if text.find("annual", lo, hi) >= 0 or text.find("yearly", lo, hi) >= 0:
        return True
    if text.find("ull", lo, hi) < 0 and text.find("hole", lo, hi) < 0:
        return False  # neither "full year" nor "whole year"
    return _RE_WHOLE_YEAR_WORD.search(text, lo, hi) is not None


def whole_year(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """A whole year's figure among months of it (another figure's) is for the year: "in the
    first ten months of 2025, the port handled 5.2 mt, or 87% of its annual target of 6 mt"
    (2025, not January-October); so is "a full-year figure of $95 billion" after "the first
    nine months"."""
    if len(group) < 2 or not _may_say_whole_year(text, max(0, group[0].start - 40),
                                                 group[-1].start):
        return  # the words first: a search before every claim costs 1% a MB
    for k, claim in enumerate(group):
        t = chosen[k]
        if (t is not None and not RE_PART_OF_A_YEAR.match(t.period)) or not (
                _RE_WHOLE_YEAR_BEFORE.search(text, max(0, claim.start - 40), claim.start)):
            continue
        part = t if t is not None else next(
            (p for p in chosen if p is not None and RE_PART_OF_A_YEAR.match(p.period)), None)
        if part is not None:
            chosen[k] = Time(claim.start, claim.start, part.period[:4], False)
