"""Index numbers, as official statistics write them: a level stated as a percentage of the
same figure in a base period ("amounted to 103.4% to the corresponding period of 2024",
"$141.4 billion, or 102.8% compared to 2023", "the consumer price index was 108.6%") is a
multiplier of the base, 1.034 `x`, an increase (98.1% is 0.981 `x`, a decrease); a growth
rate is a rise ("GDP growth at 6.8%").

Pure: no pandas, no dash. Called on each percentage by `pairs.resolve`.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Change
from dashboard.hedges import WINDOW, sentence_tail
from dashboard.patterns import COMPARISON_TAGS
from dashboard.raw import Raw
from dashboard.vocab.calendar import MONTHS

_INDEX_LOW: Final = 50  # an index outside 50-500% is no index: "rose 2.5%", "a 600% jump"
_INDEX_HIGH: Final = 500
_REACH: Final = 200  # characters before a figure read for "in % to ..." and "index"

# What follows an index: the base period it is a percentage of.
_MONTH = rf"(?:{MONTHS})\b"
_BASE = (
    r"(?:the[\s\u00a0]+)?(?:level[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?)?"
    rf"(?:(?i:same|corresponding|previous|preceding|last|a[\s\u00a0]+year|{_MONTH})\b"
    r"|(?:19|20)[0-9]{2}\b|(?:[1-4]Q|Q[1-4]|[12]H|H[12]|9M|FY)[0-9]*\b)"
)
# "or 102.8% compared to 2023", "(98.1% of the 2023 level)", "103.4% to the corresponding
# period of 2024", "107.9% to January-September 2024", "104.1% year on year"
_RE_BASE_AFTER: Final = regex.compile(
    rf"\A[\s\u00a0]+(?:(?i:{COMPARISON_TAGS})\b|(?i:(?:as[\s\u00a0]+)?compar(?:ed|ing)"
    r"[\s\u00a0]+(?:to|with)|in[\s\u00a0]+comparison[\s\u00a0]+(?:to|with)|against|versus|"
    rf"relative[\s\u00a0]+to|to|of)[\s\u00a0]+{_BASE}"
    r"|(?i:of[\s\u00a0]+the[\s\u00a0]+(?:(?:19|20)[0-9]{2}[\s\u00a0]+)?(?:level|figure))\b)"
)
# A level restated right after it: "$141.4 billion, or 102.8%", "$81.6 billion (98.1%".
_RE_INDEX_JOINT: Final = regex.compile(r"\A[\s\u00a0]*(?:,[\s\u00a0]*or|\(|,)[\s\u00a0]*\Z")
# A clause closed by a comma before an index: "237.4 mln. tons of cargo in January-November
# 2025, 101.8% of the same period last year" (the level earlier in the clause).
_RE_CLAUSE_COMMA: Final = regex.compile(r",[\s\u00a0]*+(?:or[\s\u00a0]++)?\Z")
# The verb a stand-alone index follows: "amounted to 103.4%", "which ... is 107.9%".
_RE_LINK_BEFORE: Final = regex.compile(
    r"(?i:\b(?:amounted(?:[\s\u00a0]+to)?|was|were|is|are|made[\s\u00a0]+up|made|constituted|"
    r"comprised|equall?ed|stood[\s\u00a0]+at|totall?ed)[\s\u00a0]+)\Z"
)
# A sentence that announces its percentages as indices: "In % to the corresponding period of
# the previous year, exports amounted to 96.4%"; "the consumer price index ... was 108.6%".
_RE_INDEX_HEAD: Final = regex.compile(
    rf"(?i:\bin[\s\u00a0]+(?:%|per[\s\u00a0]?cent)[\s\u00a0]+(?:to|of)[\s\u00a0]+{_BASE}"
    r"|\bindex\b)"
)
_RE_SHARE: Final = regex.compile(r"(?i:\b(?:share|proportion|part)\b)")

# "the growth rate (of trade turnover) was 108.9%": an index (50-500%) or a rate of growth;
# "real GDP growth in January-September 2025 was 6.3%" (the period's digits, no figure's).
_RE_GROWTH_RATE_BEFORE: Final = regex.compile(
    r"(?i:\bgrowth[\s\u00a0]+rate\b[^.;:0-9]{0,60}?\b(?:was|were|is|amounted(?:[\s\u00a0]+to)?|"
    r"stood[\s\u00a0]+at|made(?:[\s\u00a0]+up)?|reached|of)[\s\u00a0]+"
    r"|\bgrowth\b(?:[^.;:%0-9]|(?:19|20)[0-9]{2}\b){0,60}?\b(?:was|amounted(?:[\s\u00a0]+to)?|"
    r"stood[\s\u00a0]+at|made(?:[\s\u00a0]+up)?)[\s\u00a0]+)\Z"
)
_RE_GROWING_AT: Final = regex.compile(
    r"(?i:\b(?:growth|gr[eo]w|growing|grows|expanded|expanding|expansion)[\s\u00a0]+at[\s\u00a0]+)\Z"
)


def read_index(level: Raw | None, raw: Raw, text: str) -> None:
    """Read the percentage `raw` (after the quantity `level`, if any) as an index of a base
    period or a growth rate, where the text says it is one."""
    restated = raw.change is None and level is not None and (
        _restates(level, raw, text) or _closes_clause(level, raw, text))
    if restated or (raw.change is not Change.DECREASE and _stands_alone(raw, text)):
        _to_multiplier(raw)
    elif raw.change is not Change.DECREASE:
        _read_growth_rate(raw, text)


def _is_index_value(raw: Raw) -> bool:
    return (raw.unit == "%" and _INDEX_LOW <= raw.value <= _INDEX_HIGH and raw.value != 100
            and raw.value_high is None)


def _to_multiplier(raw: Raw) -> None:
    raw.unit, raw.value = "x", raw.value / 100
    raw.change = Change.INCREASE if raw.value > 1 else Change.DECREASE


def _restates(level: Raw, raw: Raw, text: str) -> bool:
    """ "amounted to $141.4 billion, or 102.8% compared to 2023": the level restated as a
    percentage of the same figure in a base period."""
    return (level.unit not in (None, "%", "pp", "x") and _is_index_value(raw)
            and _RE_INDEX_JOINT.match(text[level.end : raw.start]) is not None
            and _RE_BASE_AFTER.match(text[raw.end : raw.end + WINDOW]) is not None)


def _closes_clause(level: Raw, raw: Raw, text: str) -> bool:
    """ "Railway transport carried 237.4 mln. tons of cargo in January-November 2025, 101.8%
    of the same period last year": the level of the sentence restated after the words that
    say what and when, as an index of its base period."""
    between = text[level.end : raw.start]
    return (level.unit not in (None, "%", "pp", "x") and _is_index_value(raw)
            and len(between) <= _REACH and _RE_CLAUSE_COMMA.search(between) is not None
            and sentence_tail(between) == between and not _RE_SHARE.search(between)
            and _RE_BASE_AFTER.match(text[raw.end : raw.end + WINDOW]) is not None)


def _stands_alone(raw: Raw, text: str) -> bool:
    """ "Industrial production amounted to 103.4% to the corresponding period of 2024", "the
    real GDP growth index was 106.3%": an index after a linking verb, with its base period
    after it or an index named before it; not a share ("the share of exports was 56.3%")."""
    if not _is_index_value(raw):
        return False
    before = text[max(0, raw.start - _REACH) : raw.start]
    if not _RE_LINK_BEFORE.search(before[-40:]):
        return False
    head = sentence_tail(before)
    if _RE_SHARE.search(head):
        return False
    return (_RE_BASE_AFTER.match(text[raw.end : raw.end + WINDOW]) is not None
            or _RE_INDEX_HEAD.search(head) is not None)


def _read_growth_rate(raw: Raw, text: str) -> None:
    """ "The growth rate was 108.9%" (official statistics): 1.089 times the base period;
    "the growth rate of GDP was 6.3 percent": a rise of 6.3%."""
    before = text[max(0, raw.start - 90) : raw.start]
    if (raw.change is None and raw.value < _INDEX_LOW and before.endswith("at ")
            and _RE_GROWING_AT.search(before)):
        raw.change = Change.INCREASE  # "GDP growth at 6.8%", "grew at 5% a year": a rise
        return
    if "growth" not in before.lower():
        return
    growth = _RE_GROWTH_RATE_BEFORE.search(before)
    if growth is None or _RE_SHARE.search(growth.group()):
        return  # not "GDP growth was driven by trade, whose share was 30%"
    if _INDEX_LOW <= raw.value <= _INDEX_HIGH and raw.value_high is None:
        raw.unit, raw.value = "x", raw.value / 100
        raw.change = Change.INCREASE if raw.value >= 1 else Change.DECREASE
    elif raw.change is None:
        raw.change = Change.INCREASE
