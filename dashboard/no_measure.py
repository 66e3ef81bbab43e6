"""Quantities that name a time frame, a size, a grade or a frequency rather than measure
something: "the first 11 months", "a 40ft container", "1,420 mm pipe", "wheat with 12.5%
protein", "uranium (100% basis)", "three times a week". Read by `quantity` once a
quantity's unit is known.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.countables import in_a_name, is_statistic_or_citation
from dashboard.hedges import WINDOW, sentence_tail
from dashboard.multiples import read_times_change
from dashboard.numbers import is_currency_code
from dashboard.patterns import QuantityGroups
from dashboard.raw import DURATIONS, Raw
from dashboard.timeframes import is_time_frame

_RE_BOX_AFTER: Final = regex.compile(  # "40ft containers", "20ft and 40ft boxes"
    r"\A(?:[\s\u00a0]*+(?:and|or|,|/)[\s\u00a0]*+[0-9]{2}[\s\u00a0-]?(?i:ft|foot|feet)\b)?"
    r"[\s\u00a0-]*(?i:(?:dry|reefer|refrigerated|standard|empty|loaded|open-top|flat-rack|tank"
    r"|pallet-wide|HC)[\s\u00a0-]++)?"  # "a new 20ft dry container", "45ft pallet-wide boxes"
    r"(?i:containers?|boxes|box|units?|equivalent|high[\s\u00a0-]?cubes?|HC|HQ"  # "per 40ft HC",
    # "a 40-foot high cube"
    r"|(?:flat[\s\u00a0-]?)?(?:wagons?|cars?|platforms?|railcars?|trailers?))\b"
)
# The standard box sizes listed after the boxes they size: "Box sizes include 20ft, 40ft and
# 45ft" (a container word earlier in the clause, no full stop or semicolon between, and no
# noun after the size: "a container ship with a 40ft draught" measures the draught).
_BOX_SIZES: Final = frozenset({20.0, 40.0, 45.0})
_RE_BOX_BEFORE: Final = regex.compile(
    r"(?i:\b(?:containers?|box(?:es)?)\b)[^.;:!?]{0,60}?\Z", flags=regex.REVERSE)
_RE_LIST_AFTER: Final = regex.compile(r"\A(?:[\s\u00a0]*+(?:[,.;:)]|\Z)|[\s\u00a0]++(?:and|or)\b)")
# A diameter in millimetres before the pipe it sizes: "1,219 mm pipe", "a 1,420-mm section".
_RE_PIPE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0-]*+(?i:(?:steel[\s\u00a0]++)?(?:pipes?|pipelines?|sections?|lines?|spools?))\b")

# A railway's gauge before its lines: "the Uzbek network's 1,520 mm lines" (trains, a gauge or
# a track named in the sentence before it), no pipe's diameter.
_RE_RAIL_BEFORE: Final = regex.compile(
    r"(?i:\b(?:rail\w*+|trains?|gauges?|tracks?|bogies|wagons?)\b)[^.;!?]{0,120}?\Z",
    flags=regex.REVERSE)


# Pipes named in the sentence make the lines a pipeline's, whatever carries them ("trains
# carried steel pipes for the 1,020 mm lines of the gas pipeline").
_RE_PIPE_WORD: Final = regex.compile(r"(?i:\b(?:pipes?|pipelines?|gas|oil|water)\b)")
_RE_STOP: Final = regex.compile(r"[.;!?]")  # where the figure's sentence begins and ends


def _is_rail_line(before: str, after: str) -> bool:
    if "line" not in after[:8].lower() or _RE_RAIL_BEFORE.search(before[-140:]) is None:
        return False
    sentence = _RE_STOP.split(before[-140:])[-1] + _RE_STOP.split(after[:140], maxsplit=1)[0]
    return _RE_PIPE_WORD.search(sentence) is None


# A unit defined by what it equals: "one MCI equals 3,932 tenge", "one dollar was worth 560
# tenge", "1 USD = 520 KZT" (a number right after the verb).
_RE_EQUALS_AFTER: Final = regex.compile(
    r"[\s\u00a0]*+(?:=|(?i:equals|equalled|equaled|(?:is|was)[\s\u00a0]++(?:equal[\s\u00a0]++to"
    r"|worth)|corresponds[\s\u00a0]++to))[\s\u00a0]*+[0-9]"
)

# The other side of a physical unit's definition: "one centner equals 100 kilograms", "1
# barrel = 159 litres" (a money side stays: "one MCI equals 3,932 tenge" is the MCI's value).
_RE_DEFINED_BEFORE: Final = regex.compile(
    r"(?i:\b(?:one|1)[\s\u00a0]++[a-z]{2,20}+[\s\u00a0]*+(?:=|equals|equalled|equaled"
    r"|(?:is|was)[\s\u00a0]++equal[\s\u00a0]++to|corresponds[\s\u00a0]++to)[\s\u00a0]*+)\Z")


def _defines_a_unit(raw: Raw, m: QuantityGroups, before: str, after: str) -> bool:
    """Is the quantity either side of a unit's definition: its base ("one MCI equals 3,932
    tenge", "1 USD = 520 KZT", "one centner equals 100 kg") or the measure a physical unit
    is defined by ("... equals 100 kilograms")? Either is no amount of its own."""
    if raw.value_high is not None:
        return False
    one = raw.value == 1 or (m.wnum or "").lower() == "one"
    if one and _RE_EQUALS_AFTER.match(after):
        return True  # the base of a conversion, what the figure after it is of
    tail = before[-40:]
    return (raw.unit not in (None, "%", "x") and ("qual" in tail or "=" in tail
                                                   or "orresponds" in tail)
            and not is_currency_code(raw.unit) and _RE_DEFINED_BEFORE.search(tail) is not None)


def measures_nothing(
    raw: Raw, m: QuantityGroups, text: str, before: str, after: str, floor: int
) -> bool:
    """Does the quantity, its unit read, name a time frame, a size, a grade or a frequency
    rather than measure something? (A multiplier's change is read on the way.)"""
    if raw.unit in DURATIONS and is_time_frame(raw.unit, "-" in (m.sp2 or ""), before, after,
                                               m.num or m.wnum or "", raw.value):
        return True  # "the first 11 months", "over the past five years", "a three-day visit"
    if (raw.unit == "ft" and (_RE_BOX_AFTER.match(after) or (
            raw.value in _BOX_SIZES and _RE_LIST_AFTER.match(after)
            and _RE_BOX_BEFORE.search(before[-80:])))) or (
            raw.unit == "mm" and _RE_PIPE_AFTER.match(after) and not _is_rail_line(before, after)):
        return True  # "a 40ft container", "80-foot flat wagons", "1,420 mm pipe": the size of
        # the box, wagon or pipe, not a measure
    if raw.unit == "%" and ((_may_grade(after) and _RE_GRADE_AFTER.match(after)) or (
            raw.value == 100 and _RE_BASIS_AFTER.match(after)) or in_a_name(after)):
        return True  # "uranium (100% basis)", "wheat with 12.5% protein": how it is counted
        # or what it is made of (a grade), no share of anything; "the 30% Club": a name
    if raw.unit in ("%", "pp") and _is_poll_precision(before, after):
        return True  # "a margin of error of ±3 percentage points", "at the 95% confidence
        # level", "significant at the 1% level": how precise a poll or an estimate is
    if raw.unit == "kn" and (m.unit or "").lower() == "kn" and not _near_sea_or_speed(
            before, after):
        return True  # "a room for 750 kn per night": the kuna's sign, no knots
    if raw.unit in _DATA_SIZES and _RE_FILE_BEFORE.search(before[-60:]):
        return True  # "port_2024.jpg (1200 × 800 px, 245 KB)", "(PDF, 2.4 MB)": a file's size
    if is_statistic_or_citation(before, after):
        return True  # "(95% CI: 2.8 to 5.4 days)", "p < 0.05": the precision of an estimate
    if (before[-8:].lower().rstrip().endswith("flight") and is_currency_code(raw.unit or "")
            and text[raw.start : raw.start + 1].isalpha()):
        return True  # "Flight KGS 302 to Osh": an airline's code and a flight number, no money
    if raw.item == "place" and not _RE_PARKING.search(
            _clause_around(before, after) + " " + text[raw.start : raw.end]):
        return True  # "climbed 13 places to 88th", "two decimal places": no room counted
    if _defines_a_unit(raw, m, before, after):
        return True  # "one MCI equals 3,932 tenge", "one centner equals 100 kilograms"
    if raw.unit == "x" and _RE_PREFERENCE_AFTER.match(after):
        return True  # "a 1x non-participating liquidation preference": a term of a funding
        # round's shares, what investors are paid back first, no multiple of anything
    return raw.unit == "x" and not read_times_change(
        raw, text, before, after, text[max(floor, m.start() - WINDOW) : m.start()]
    )  # "three times a week"


# Places count room only where vehicles park: a parking, a truck park, a terminal, a car
# park in the clause ("its parking area has 400 places", "the truck terminal rose by 150
# places to 600"); else a ranking's move ("climbed 13 places to 88th", "12 places ahead of"),
# or "two decimal places", no count.
_RE_PARKING: Final = regex.compile(
    r"(?i:\b(?:parking|park|trucks?|lorr(?:y|ies)|vehicles?|cars?|terminals?|depots?"
    r"|garages?|yards?|bays?)\b)")
_RE_CLAUSE_BREAK: Final = regex.compile(r"[.;!?](?![0-9])|\n")


def _clause_around(before: str, after: str) -> str:
    """The sentence around a figure: up to 120 characters before it, 60 after."""
    tail = after[:60]
    stop = _RE_CLAUSE_BREAK.search(tail)
    return sentence_tail(before[-120:]) + " " + tail[: stop.start() if stop else None]


# A multiple before an investor's preference, a word or two between: "1x non-participating
# liquidation preference", "a 2x participating preference".
_RE_PREFERENCE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?:[a-z-]++[\s\u00a0]++){0,2}?(?i:liquidation[\s\u00a0]++)?preferences?\b")


# A data size on the line of a file's name or format, or of an image's pixels, is the file's
# size, no measure of anything: "IMG_2041.jpg, 245 KB", "the report (PDF, 2.4 MB)" (a size
# said in words, "a file size of 2 MB", stays one: only marks and digits between).
_DATA_SIZES: Final = frozenset({"KB", "MB"})
_RE_FILE_BEFORE: Final = regex.compile(
    r"(?i:(?:\.(?:jpe?g|png|gif|webp|tiff?|pdf|docx?|xlsx?|pptx?|zip|mp4)\b"
    r"|\b(?:px|pixels?|dpi)\b|\((?:pdf|jpe?g|png|docx?|xlsx?),)[^a-z\n]{0,20}+\Z)")
# "kn" is a knot beside a ship or a speed ("the feeder held a steady 12 kn", "a speed of
# 10-12 kn"), but elsewhere the sign of the Croatian kuna ("a hotel room for 750 kn").
_RE_SEA_OR_SPEED: Final = regex.compile(
    r"(?i:\b(?:speeds?|sail(?:s|ed|ing)?|steam(?:s|ed|ing)?|cruis(?:e|es|ed|ing)|nautical"
    r"|knots?|vessels?|ships?|ferry|ferries|tankers?|feeders?|boats?|trawlers?|carriers?"
    r"|tugs?|barges?|yachts?)\b)")


def _near_sea_or_speed(before: str, after: str) -> bool:
    return _RE_SEA_OR_SPEED.search(before[-100:]) is not None or (
        _RE_SEA_OR_SPEED.search(after[:60]) is not None)


# An accounting basis after "100%": "(100% basis)", "on a 100% basis" is no figure.
_RE_BASIS_AFTER: Final = regex.compile(r"\A[\s\u00a0]*(?i:basis|ownership[\s\u00a0]+basis)\b")
# A content that grades goods: "wheat with 12.5% protein", "potash of 60% K2O", "urea (46%
# nitrogen)", "3.2% fat milk".
_RE_GRADE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]*+(?i:protein|moisture|gluten|fat|humidity|nitrogen|K2O|P2O5|purity"
    r"|(?:oil|sugar|protein|fat)[\s\u00a0]+content)\b"
)


_GRADE_FIRST: Final = frozenset({"protein", "moisture", "gluten", "fat", "humidity",
                                 "nitrogen", "k2o", "p2o5", "purity", "oil", "sugar"})


def _may_grade(after: str) -> bool:
    """A cheap test before `_RE_GRADE_AFTER`: the word after the figure is one it starts with."""
    words = after[:24].split(None, 1)
    return bool(words) and words[0].lower().rstrip(",.;)") in _GRADE_FIRST


# A poll's precision before its figure: "a margin of error of ±3 percentage points", "the
# sampling error for the rural sample is 3.1%", "an error margin of plus or minus 2%" (up to
# six words between, none a figure and no punctuation that would close the clause).
_RE_ERROR_BEFORE: Final = regex.compile(
    r"(?i:\b(?:margins?[\s\u00a0]++of[\s\u00a0]++error|(?:sampling|statistical|standard)"
    r"[\s\u00a0]++errors?|error[\s\u00a0]++margins?)\b"
    r"(?:[\s\u00a0]++[A-Za-z'’-]++){0,6}?[\s\u00a0]*+(?:±|\+/-|\+-)?+[\s\u00a0]*+)\Z"
)
# "at the 95% confidence level", "a 90 percent confidence interval", "(95% CI: ...)": a level
# of certainty; "significant at the 1% level", "at the 5% significance level": of a test.
_RE_CONFIDENCE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0-]*+(?:(?i:confidence|credible)[\s\u00a0]++(?i:levels?|intervals?)\b"
    r"|CIs?\b|(?i:significance[\s\u00a0]++levels?)\b)"
)
_RE_SIGNIFICANT_AT: Final = regex.compile(
    r"(?i:\bsignificant(?:ly)?[\s\u00a0]++(?:different[\s\u00a0]++)?at[\s\u00a0]++"
    r"(?:the[\s\u00a0]++)?)\Z"
)
_RE_LEVEL_AFTER: Final = regex.compile(r"\A[\s\u00a0]*+(?i:levels?)\b")


def _is_poll_precision(before: str, after: str) -> bool:
    """Does a per cent or a percentage point give a poll's margin of error or confidence
    level, or an estimate's significance level, rather than a share it found? (Cheap tests on
    "rror", "ignifican", "onfiden" and "CI" first.)"""
    tail = before[-80:]
    if "rror" in tail and _RE_ERROR_BEFORE.search(tail) is not None:
        return True
    if "ignifican" in tail[-40:] and _RE_LEVEL_AFTER.match(after) and _RE_SIGNIFICANT_AT.search(
            tail):
        return True
    head = after[:24]
    return ("onfiden" in head or "CI" in head or "ignifican" in head) and (
        _RE_CONFIDENCE_AFTER.match(after) is not None)
