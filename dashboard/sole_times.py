"""The one time a sentence names, which its reported figures without a time of their own
share ("Exports totalled $3.4 billion in 2024, while imports ... reached $3.9 billion"), and
when a season of two years is not a figure's ("in the 2023/24 season, well above the
five-year average of 8 mt"). Read by `describe`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.carry import within_a_year
from dashboard.claim import Draft
from dashboard.dated_things import released_by_deals
from dashboard.periods import Time, years_of
from dashboard.shared_times import RE_FROM_LEVEL_BEFORE, set_against
from dashboard.time_asides import in_opening_aside


def sole_period(
    chosen: list[Time | None], times: tuple[Time, ...], group: list[Draft], text: str
) -> Time | None:
    """The one time a sentence names, when its figures that have a time all have it: the
    reported figures after it without one share it ("Exports totalled $3.4 billion in 2024,
    while imports ... reached $3.9 billion", "in the 2023/24 season but shipped 11 million
    tonnes": a season of two years is one); not a longer span ("over 1995-2021"). The
    time of a level a change came from does not count ("$22.1 billion in 2024, down 13% from
    $25.4 billion in 2023, while gas exports brought in $10.1 billion": 2024)."""
    # "146 flights a week, against 98 a year ago, with 11 airlines": the time of the level
    # set against is that level's, not the sentence's
    against = {t.start for t, claim in zip(chosen, group, strict=True)
               if t is not None and set_against(claim, text)}
    # nor when it is the sentence's one time ("fell to 1.8 days from 3.5 days in 2024, and
    # the stay in port was cut by 14 hours": no time for the 14 hours)
    froms = {(t.start, t.end) for t, claim in zip(chosen, group, strict=True)
             if t is not None and "rom" in text[max(0, claim.start - 20) : claim.start]
             and RE_FROM_LEVEL_BEFORE.search(text, max(0, claim.start - 20), claim.start)}
    if froms:
        chosen = [t for t in chosen if t is None or (t.start, t.end) not in froms]
        times = tuple(t for t in times if (t.start, t.end) not in froms)
    named = [t for t in times if not t.base]
    if (len(named) != 1 or named[0].start in against
            or not (within_a_year(named[0].period) or is_season(named[0].period))
            or {t.period for t in chosen if t is not None} != {named[0].period}
            or _in_brackets(named[0], text) or released_by_deals(named[0], text)
            or in_opening_aside(text, max(0, named[0].start - 80), named[0].start)):
        return None  # (nor the time of deals that are a figure's subject: that figure's)
    return named[0]


def is_season(period: str) -> bool:
    """ "2023/2024": two years in a row, a season or split year without its months."""
    years = years_of(period)
    return years is not None and years[1] - years[0] == 1


# "in the 2023/24 season, well above the five-year average of 8 mt", "..., and its total since
# independence exceeds 200 mt", "..., and the sector employs 40,000 workers": between the
# season and the figure, a long-run average, a total since, or a verb in the present tense.
_RE_BESIDE_SEASON: Final = regex.compile(
    r"(?i:\b(?:(?:[a-z]++-year|long-term|long-run|historical)[\s\u00a0]++average|since"
    r"|stands|holds|remains|exceeds|employs|counts|numbers|tops)\b)")


def _beside_season(sole: Time, draft: Draft, text: str) -> bool:
    """Does the text between the season and the figure say the figure is not of the season
    (`_RE_BESIDE_SEASON`)?"""
    lo = max(sole.end, draft.start - 80)
    return lo < draft.start and _RE_BESIDE_SEASON.search(text, lo, draft.start) is not None


_BRACKET_REACH: Final = 40


def _in_brackets(t: Time, text: str) -> bool:
    """Whether a time sits in brackets: "Sales of USD 90 million (Q1 2024: USD 80 million),
    up 12.5%": the compared level's time, which the figures after the bracket do not share."""
    lo = max(0, t.start - _BRACKET_REACH)
    return (text.rfind("(", lo, t.start) > text.rfind(")", lo, t.start)
            and text.find(")", t.end, t.end + _BRACKET_REACH) != -1)


def not_of_season(sole: Time, draft: Draft, text: str) -> bool:
    """Is the sentence's one time a season the figure does not share: set against it ("in the
    2025/26 season, against 1.6 mt in the season before") or told beside it
    (`_RE_BESIDE_SEASON`)?"""
    return is_season(sole.period) and (set_against(draft, text)
                                       or _beside_season(sole, draft, text))
