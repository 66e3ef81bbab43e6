"""How the figures of one sentence share its times (`timing` reads each figure's own first):
a level reached after a change shares the change's time ("rose 14.6% in 2021 to 5.6 mt"), a
restatement the time of what it restates ("50 billion tenge, or almost EUR 100 million"), a
quantity joined to the next one that one's ("2.5 mt and 96,000 TEU for 2025", "2,400 km ...
and another 5,100 km in 2027"), and a part of a total since a year that year on ("since 1993,
of which about 40 percent").

Pure: no pandas, no dash.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from dashboard.claim import Located
from dashboard.patterns import COMPARISON_TAGS
from dashboard.periods import Time
from dashboard.present import is_current
from dashboard.scanning import match_at, may_contain
from dashboard.time_grammar import MONTH_NUM
from dashboard.vocab.hedging import HEDGE_WORDS, HEDGED

# "rose 14.6% in 2021 to 5.6 million tonnes", "in 2024, carrying a combined 2,077,216 TEU",
# "carried 1.9 million TEUs in 2024, with 19,000 trips".
RE_CHAIN: Final = regex.compile(
    r"\A\s*,?\s*(?:(?:to(?:\s+(?:reach|hit))?|at|with|including"
    r"|of\s+which(?:\s+[a-z-]+){0,5}?)"
    r"|[a-z]+ing(?:\s+(?:a\s+combined|a\s+total\s+of|some))?)"
    r"\s+(?:(?:a|an|record|all-time|high|of|about|almost|nearly|over|more|than|around|some|"
    r"roughly|just)\s+)*\Z"
)
# "reached $2.23 billion in January-June, which is 9.4% more", ", up by about 5%".
_RE_COMMA: Final = regex.compile(
    r"\A\s*,\s*(?:(?:which|that)\s+(?:is|was|represents|marks)\s+|(?:up|down)\s+(?:by\s+)?"
    r"|(?:an?\s+)?(?:increase|rise|decrease|drop|fall|decline|jump|gain)\s+of\s+|an?\s+)?"
    rf"(?:{HEDGE_WORDS}\s+)?\Z"
)
# "50 billion tenge, or almost EUR 100 million", "GEL 45 million (USD 17 million)".
_RE_RESTATED: Final = regex.compile(
    r"\A\s*(?:,\s*or|\(|,\s*worth|or)\s*(?:(?:about|almost|nearly|some|roughly|around|over|"
    r"more\s+than|at\s+least|just\s+over|slightly\s+more\s+than|up\s+to)\s*)?\Z"
)
# ", or about" ending the words between two figures: the second restates the first.
_RE_OR_RESTATES: Final = regex.compile(
    r"\A[^.;:!?()0-9]{0,60}?,\s*or\s+(?:(?:about|almost|nearly|some|roughly|around)\s+)?\Z"
)
# "2.5 mt and 96,000 TEU for 2025", "rose 2.5-fold to 1.5 mt in 2022", "rose 12% year on
# year to 4.9 mt in the first ten months", "KZT 312.6 billion (approx. US$620 million) in 2025";
# a post's emoji between is no gap ("doubled 🚀 to $410 mln in 2024").
_RE_SHARED: Final = regex.compile(
    rf"\A[\s,(\p{{Extended_Pictographic}}\ufe0f\u200d]*(?:(?:{COMPARISON_TAGS}|on\s+the\s+(?:year|quarter))"
    r"[\s,]+)?"
    # "fell 18.4% in value terms to $1.1bn in 2024": how it was measured, no gap
    r"(?:in\s+(?:value|volume|real|nominal|dollar|physical|tonnage)\s+terms[\s,]+)?"
    r"(?:(?:and|or|to|including|plus)\s+)?"
    r"(?:(?:a|an|the|record|about|around|some|nearly|almost|over|more|than|up|to|just|roughly|of|"
    r"slightly|approx\.?|approximately|ca\.|"
    # "disbursed 38.5 bln of a planned 52 bln ... this year": the plan's total, of the same time
    r"planned|projected|budgeted|targeted|envisaged)\s+)*\Z"
)


# "36.7 percent in January-June 2024, against 37.4 percent in January-June 2023, a decrease
# of 0.7 percentage points": a level compared with, whose change is over the first one's time.
_RE_BASE_LEVEL: Final = regex.compile(
    r"(?i:\b(?:against|versus|vs\.?|compar(?:ed|ing)\s+(?:with|to)|from)\s+(?:the\s+)?)\Z"
)


_RE_BY_BEFORE: Final = regex.compile(r"(?i:by)\s\Z")


def _part_since(prev: Time, gap: str) -> bool:
    """ "has invested EUR 10 billion since 1993, of which about 40 percent went to
    infrastructure": a part of a total since then is since then too."""
    return prev.period.endswith("/..") and "which" in gap


def _total_since(group: Sequence[Located], k: int, prev: Time) -> bool:
    """ "made 110,000 trips since 2011, carrying 10.5 million TEU": a total since then goes on
    to what the trips carried (not after a change: "up fivefold since 2020, reaching $X")."""
    return (prev.period.endswith("/..") and group[k - 1].end <= prev.start < group[k].start
            and group[k - 1].change is None and group[k].change is None)


# The level a figure is set against, whose time is its own: "against 98 a year ago"
_RE_AGAINST_BEFORE: Final = regex.compile(
    r"(?i:\b(?:compared[\s\u00a0]++(?:with|to)|against|versus|vs\.?)[\s\u00a0]++(?:the[\s\u00a0]++)?"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?)\Z",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
_AGAINST_WORDS: Final = ("compared", "against", "versus", "vs")  # for `may_contain`


def set_against(claim: Located, text: str) -> bool:
    """Is the figure the level another is set against ("against 98 a year ago", "could reach
    100,000 containers in 2027, compared with 31,000 in 2024")? Asked of every claim: told
    by substring tests first."""
    lo = max(0, claim.start - 30)
    return may_contain(text[lo : claim.start], _AGAINST_WORDS) and _RE_AGAINST_BEFORE.search(
        text, lo, claim.start) is not None


def chain(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    for k in range(1, len(group)):
        prev = chosen[k - 1]
        if chosen[k] is None and prev is not None and (not prev.base or _part_since(
                prev, text[group[k - 1].end : group[k].start]) or _total_since(group, k, prev)):
            if group[k - 1].end <= prev.start < group[k].start:  # "in 2024, carrying ..."
                start = prev.end
                if from_level_in(group[k - 1], prev, text) or (
                        group[k].change is None and set_against(group[k - 1], text)):
                    continue  # "has grown from 22% in 2019 to nearly 30%": not 2019's;
                    # "146 flights, against 98 a year ago, with 11 airlines": not the year's
                    # (a change after it is read below: "..., a decrease of 0.7 pp")
            elif group[k - 1].change is not None or _RE_BY_BEFORE.match(
                    text, max(0, group[k - 1].start - 3), group[k - 1].start):
                # "so far up 40% at $185 million", "cut its forecast for 2025 by 0.5 pp to
                # 10-12%" (a change by a figure, whatever the verb)
                start = group[k - 1].end
            elif group[k].change is not None:  # "reached $61.4 billion, an increase of 22.1%"
                start = group[k - 1].end
                if not _RE_COMMA.match(text[start : group[k].start]):
                    continue
            else:
                continue
            gap = text[start : group[k].start]
            if (RE_CHAIN.match(gap) or (group[k].change is not None and _RE_COMMA.match(gap))
                    or ("the" in gap and _RE_PLAN_BESIDE.match(gap))):
                chosen[k] = prev  # "5 mt in 2023, 12% more than a year earlier"
                if group[k - 1].change is not None and group[k].change is None:
                    chosen[k] = _interval_end(prev, text)
                if group[k].change is not None and _after_a_base_level(group, chosen, k, text):
                    chosen[k] = chosen[k - 2]  # the change of the level before the base


# "growth of 5.0% this year, below the government's target of 6%": a plan set beside a figure
# is for the figure's time.
_RE_PLAN_BESIDE: Final = regex.compile(
    r"\A\s*,\s*(?:below|above|short\s+of|ahead\s+of|in\s+line\s+with)\s+the\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:target|forecast|estimate|projection|goal|plan)s?\s+of\s+"
    rf"(?:{HEDGE_WORDS}\s+)?\Z"
)


# "between 2021 and 2024", "from 2021 to 2024": the two ends of a change's interval.
_RE_INTERVAL: Final = regex.compile(r"(?i:between|from)\s")
_RE_YEARS: Final = regex.compile(r"\A[0-9]{4}/([0-9]{4})\Z")


def _interval_end(t: Time, text: str) -> Time:
    """ "more than doubled between 2021 and 2024 to $1 billion": the level a change over an
    interval reached is the level at its end (not "rose 9% in January-June to $2 billion",
    a total over the months)."""
    end = _RE_YEARS.match(t.period)
    if end is None or match_at(_RE_INTERVAL, text, t.start) is None:
        return t
    return Time(t.start, t.end, end.group(1), t.base)


# "from 22% in 2019 to ...": a level a change starts from, its time, then where it went.
RE_FROM_LEVEL_BEFORE: Final = regex.compile(
    rf"(?i:\bfrom\s+(?:{HEDGE_WORDS}\s+)?)\Z"
)
_RE_TO_AFTER_TIME: Final = regex.compile(r"\s*,?\s*to\s")


def from_level_in(level: Located, t: Time, text: str) -> bool:
    """Is `level` the start of a "from X in <time> to Y" ("grown from 22% in 2019 to nearly
    30%"), so that its time is its own and not the level it went to?"""
    return (match_at(_RE_TO_AFTER_TIME, text, t.end) is not None
            and RE_FROM_LEVEL_BEFORE.search(text, max(0, level.start - 20), level.start)
            is not None)


def _after_a_base_level(
    group: Sequence[Located], chosen: list[Time | None], k: int, text: str
) -> bool:
    """Is the figure before change k a level compared with the one before it, which has a
    time ("36.7% in 1H24, against 37.4% in 1H23, a decrease of 0.7 pp": over 1H24)?"""
    before = chosen[k - 2] if k >= 2 else None
    return (before is not None and not before.base
            and _RE_BASE_LEVEL.search(text, max(0, group[k - 1].start - 20), group[k - 1].start)
            is not None)


def restated(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    for k in range(1, len(group)):
        if chosen[k] is None and chosen[k - 1] is not None:
            prev, gap = group[k - 1], text[group[k - 1].end : group[k].start]
            if _RE_RESTATED.match(gap) or _restates_after_time(prev, chosen[k - 1], gap, text):
                chosen[k] = chosen[k - 1]


def _restates_after_time(prev: Located, t: Time | None, gap: str, text: str) -> bool:
    """ "10 projects ... in 2025-2028, worth at least $3.5 billion": the time sits in the gap."""
    if t is None or not (prev.end <= t.start):
        return False
    return bool(_RE_RESTATED.match(text[t.end : t.end + len(gap) - (t.end - prev.end)]))


# "The budget for 2026 envisages revenues of 37.8 billion manats and expenditures of 41.2
# billion manats": the second item of a list takes the time said before the first.
_RE_NEXT_ITEM: Final = regex.compile(
    r"\A\s*,?\s+and\s+(?:[a-z-]+\s+){1,3}(?:of|at)\s+"
    rf"(?:{HEDGE_WORDS}\s+)?\Z"
)


def share_forward(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    for k in range(1, len(group)):
        prev = chosen[k - 1]
        if chosen[k] is None and prev is not None and not is_current(group[k], text):
            gap = text[group[k - 1].end : group[k].start]
            if (prev.end <= group[k - 1].start and not prev.base and _RE_NEXT_ITEM.match(gap)) or (
                    len(gap) <= 60 and group[k].unit == "count" and _RE_SPREAD_OVER.match(gap)) or (
                    len(gap) <= 60 and _next_forecast(group[k - 1], prev, group[k], text)):
                # "Since 2017 the fund has invested $2.1bn in 40 projects": the count the
                # money was spread over is of its time (`_share_back` reads it the other way)
                chosen[k] = prev


# "The World Bank expects growth of 4.5% in 2025, the ADB forecasts 4.9% and the IMF 4.6%":
# the next forecasters' figures, their verb said again or left out, are of the same year.
_FORECASTER = r"(?:the\s+)?[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,2}+"
_RE_NEXT_FORECAST: Final = regex.compile(
    rf"\A\s*,\s+(?:and\s+)?{_FORECASTER}\s+(?:forecasts|expects|sees|projects|predicts"
    rf"|estimates)\s+{HEDGED}\Z")
_RE_AND_FORECASTER: Final = regex.compile(rf"\A\s*,?\s+and\s+{_FORECASTER}\s+{HEDGED}\Z")


def _next_forecast(before: Located, t: Time, claim: Located, text: str) -> bool:
    """Is `claim` the next forecaster's figure after `before`, whose time `t` it shares?"""
    if before.end <= t.start and t.end <= claim.start:  # "4.5% in 2025, the ADB forecasts"
        return text[before.end : t.start].strip() in ("in", "for") and (
            _RE_NEXT_FORECAST.match(text[t.end : claim.start]) is not None)
    gap = text[before.end : claim.start]  # "..., and the IMF 4.6%"; most gaps have no "and"
    # first (measured: 430 matches a MB, none found), told without the pattern
    return t.end <= before.start and gap.lstrip().lstrip(",").lstrip().startswith("and") and (
        _RE_AND_FORECASTER.match(gap) is not None)


def share_back(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    for k in range(len(group) - 2, -1, -1):
        t = chosen[k + 1]
        if chosen[k] is None and t is not None and not is_current(group[k], text):
            gap = text[group[k].end : group[k + 1].start]
            after = "" if t.start < group[k + 1].end else text[group[k + 1].end : t.start]
            if _shares_the_time_after(gap, group[k + 1].unit, after) or _multiplied_to(
                    group[k], gap) or (
                    group[k].unit == "count" and "carr" in gap and _RE_CARRYING.match(gap)) or (
                    group[k].end <= t.start and t.end <= group[k + 1].start
                    and _RE_OR_RESTATES.match(text[t.end : group[k + 1].start])) or (
                    _bracketed_before(group[k + 1], t, gap, text)):
                # "7.4% of the 2026 budget, or about 1.9 trillion tenge": the time in the gap
                # names the first figure's whole, which the second restates
                chosen[k] = chosen[k + 1]


# "$3.4 billion (revised from a preliminary $3.2 billion) in 2024": the time right after a
# bracketed aside that holds the next figure is the time of the figure before it too.
_RE_ASIDE_OPENS: Final = regex.compile(r"\A[\s\u00a0]*+\([^()0-9;]{0,40}+\Z")
_RE_ASIDE_THEN_TIME: Final = regex.compile(
    r"[^()0-9;,]{0,20}+\)[\s\u00a0,]*+(?:(?:in|for|during|over)[\s\u00a0]++)?\Z"
)


def _bracketed_before(aside: Located, t: Time, gap: str, text: str) -> bool:
    """Does `gap` open a bracket holding the figure `aside`, closed right before time `t`?"""
    return ("(" in gap and aside.end <= t.start and _RE_ASIDE_OPENS.match(gap) is not None
            and _RE_ASIDE_THEN_TIME.match(text, aside.end, t.start) is not None)


# "Ozon doubled its warehouse space in Kazakhstan to 200,000 square metres this year": a
# multiplying verb takes its object, then the level it reached; both are of one time.
_RE_OBJECT_TO: Final = regex.compile(
    r"\A\s++(?:its|their|the)(?:\s++(?!(?:to|in)\b)[\w'’-]++){1,3}+"
    r"(?:\s++in\s++[A-Z][\w'’-]*+)?+\s++to\s++"
    rf"(?:{HEDGE_WORDS}\s++)?\Z"
)


def _multiplied_to(change: Located, gap: str) -> bool:
    """Is `change` a multiplying verb ("doubled", "tripled") whose object, then "to" and the
    level reached, fill `gap`?"""
    return (change.unit == "x" and change.change is not None and len(gap) <= 60
            and _RE_OBJECT_TO.match(gap) is not None)


def _may_name_a_place(gap: str) -> bool:
    """A cheap test before `_RE_PLACE_LIST`: a place word of `PLACE_AFTER` opens the gap."""
    return gap[:1].isspace() and gap.lstrip().startswith(("at", "in", "via", "through", "by"))


def _shares_the_time_after(gap: str, unit: str, after: str) -> bool:
    """Does a figure with no time take the next one's, `gap` between them (`after`: between
    the next one and its time)? The lists' patterns are tried only where their words stand
    (measured: 4,900 tries a MB, most in vain)."""
    if len(gap) <= 30:
        if _RE_SHARED.match(gap) or _RE_LIST_NAME.match(gap):
            return True
        if "and" in gap and _may_name_a_place(gap) and _RE_PLACE_LIST.match(gap):
            return True
    # goods of up to three words ("3.8 tonnes of illegally caught sturgeon and 410 kg of
    # caviar last year"): the gap may be longer than the other lists'
    if len(gap) <= 40 and gap.lstrip().startswith("of") and _RE_GOODS_LIST.match(gap):
        return True
    if len(gap) <= 40 and ("worth" in gap or "valued" in gap or gap.startswith(" of ")) and (
            _RE_WORTH.match(gap)):
        return True
    if len(gap) <= 50 and "with" in gap and _RE_WITH_SIZE.match(gap):
        return True
    if len(gap) <= 30 and " of " in gap and _RE_NOUN_OF_SIZE.match(gap):
        return True
    if len(gap) <= 60 and ("nother" in gap or "further" in gap or "additional" in gap) and (
            _RE_AND_ANOTHER.match(gap)) and _RE_TIME_RIGHT_AFTER.match(after):
        return True
    return len(gap) <= 60 and unit == "count" and _RE_SPREAD_OVER.match(gap) is not None


# "the reconstruction of 2,400 km of national roads and the repair of another 5,100 km in
# 2027": "another" (or "a further") makes the second figure the first one's like, of one time.
_RE_AND_ANOTHER: Final = regex.compile(
    r"\A\s++(?:of(?:\s++[\w'’-]++){1,3}?\s++)?and\s++(?:(?:the|an?)\s++[a-z]++\s++of\s++)?"
    r"(?:another|a\s++further|an\s++additional)\s++\Z"
)
# ... when the time follows the second figure with no verb of the second's own between: not
# "runs 60 locomotives ... and another 20 are due in 2027"; but "commissioned 4 cranes and
# another 6 at the new grain terminal in 2024" (its noun or place, however many words), nor
# a clause of the second's own: "another 200 ordered from Wabtec for delivery in 2027",
# "another 6 cranes bought second-hand in 2019", "another 400 km that a contractor finished"
# (a participle after the first word, a relative pronoun).
_OWN_VERB: Final = (
    r"(?!(?:are|is|was|were|will|would|shall|should|be|been|has|have|had|due|set|expected"
    r"|scheduled|planned|to|may|might|can|could|that|which|who|whose|bought|built|sold|made)\b"
    r"|for\s++delivery\b)")
_RE_TIME_RIGHT_AFTER: Final = regex.compile(
    rf"\A(?:\s++{_OWN_VERB}[\w'’-]++)?+(?:\s++{_OWN_VERB}(?![a-z]{{3,}}ed\b)[\w'’-]++"
    rf"(?:\s++{_OWN_VERB}[\w'’-]++){{0,10}}+)?+"  # (a participle only right after the noun:
    # "another 20 at the refurbished Baku depot in 2023" shares the year; the words after it
    # only after a word that is none, so the participle cannot be taken as one of them)
    r",?\s*+(?:(?:in|by|for|during|over|from|until|till|through)\s++)?\Z"
)


# "added four vessels with a total capacity of 28,000 deadweight tonnes to its fleet this
# year", "62 facilities with a total value of 5.8 billion manats were commissioned in
# January-June": the things counted and their combined size or value are one fact, of one time.
_RE_WITH_SIZE: Final = regex.compile(
    r"\A\s++with\s++(?:an?\s++)?(?:(?:total|combined|overall|aggregate)\s++)?"
    r"(?:(?:carrying|cargo|handling|design|annual|installed)\s++)?(?:capacity|deadweight|tonnage"
    r"|value|cost)"
    rf"\s++of\s++(?:{HEDGE_WORDS}\s++)?\Z"
)


# "will run 1,050-metre trains of 71 wagons from next year", "four tanks of 20,000 cubic
# metres each": a thing's size, then what it is made of or holds, one fact of one time.
_RE_NOUN_OF_SIZE: Final = regex.compile(
    rf"\A\s++[a-z]++\s++of\s++(?:{HEDGE_WORDS}\s++)?\Z")


# "rose 5% at Aktau and 7% at Kuryk in 2024": each figure of a list followed by its place (a
# capitalised name, not a month: "5% in January and 7% in 2024" are of two times); the list
# shares the change (`describe`) and the time said after its last item.
PLACE_AFTER: Final = (
    r"\s+(?:at|in|via|through)\s+(?:the\s+)?(?!(?i:" + "|".join(MONTH_NUM) + r")\b)"
    r"[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,2}+"
)
# So does a list of figures each followed by whose count it is ("83.7 mt by Mongolian count
# and 79.9 mt by Chinese count in 2024": mirror statistics).
_BY_SOURCE = r"\s+by\s+(?:the\s+)?[A-Z][\w'’-]*+\s++(?:count|data|figures|estimates?|statistics)"
_RE_PLACE_LIST: Final = regex.compile(
    rf"\A(?:{PLACE_AFTER}|{_BY_SOURCE})(?:\s*+,)?\s++and\s++"
    rf"(?:{HEDGE_WORDS}\s+)?\Z"
)


# "shipped 1.8 million tonnes of wheat worth $410 million in January-May", "exported 84,000
# tonnes of cotton fibre, worth $142 million, in 2024", "made up 41.2% of Uzbekistan's
# imports, worth $16.7 billion, in 2024": the goods (or the share) and what they were worth
# are one shipment's two measures, of one time; so are a share and the whole it is of, named
# after it ("made up 54% of Mongolia's total exports of $15.8 billion last year").
_RE_WORTH: Final = regex.compile(
    r"\A\s*+(?:of\s++(?:(?!worth\b|valued\b|of\b)[\w'’-]++\s*+){1,5}+(?=of\s)|"
    r"(?:of\s++(?:(?!worth\b|valued\b)[\w'’-]++\s*+){1,5}+)?+(?:,\s*+)?)"
    rf"(?:worth|valued\s+at|of)\s+(?:(?:{HEDGE_WORDS}|an\s+estimated|a\s+combined"
    rf"|a\s+total\s+of)\s+)?\Z"  # "worth a combined"
)


# "received 146 ships carrying 1.1 million tonnes in the first quarter": the vehicles counted
# and their load are one movement's two measures, of one time.
_RE_CARRYING: Final = regex.compile(
    rf"\A\s*+(?:\w++\s++)?carr(?:ying|ied)\s++(?:(?:{HEDGE_WORDS}|a\s+total\s+of)\s++)?\Z"
)


# "invested €3.5 billion across 190 projects since 1992", "invested €10 billion in Kazakhstan
# since 1993 across 300 projects": the money and the count it was spread over are of one time.
_RE_SPREAD_OVER: Final = regex.compile(
    r"\A(?:\s+in\s+[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+)?+)?(?:\s+since\s+(?:19|20)[0-9]{2})?"
    rf"\s+(?:in|across|into|over)\s+(?:{HEDGE_WORDS}\s+)?\Z"
)


# "2.1 mt of cargo, 3,400 trucks in 9M", "5 mt of oil and 3 bcm of gas in 2024": a figure
# of named goods, then the next item of the list, which says the time for both.
_RE_GOODS_LIST: Final = regex.compile(
    r"\A\s++of(?:\s++(?!and\b)[a-z-]++){1,3}+(?:\s*+,\s*+(?:and\s++)?+|\s++and\s++)\Z"
)


# "Poti handled 3.6 million tonnes (+5.2%), Batumi 2.4 million tonnes (-12.1%) in the first
# half of 2025", "Exports came to $3.4 bn, imports $2.1 bn in 2024": a list of names and
# figures shares the time said after its last item.
_RE_LIST_NAME: Final = regex.compile(
    r"\A\)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|exports|imports|transit)"
    r":?\s+"
    rf"(?:{HEDGE_WORDS}\s+)?\Z"
)
