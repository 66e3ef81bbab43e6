"""What the words around a matched time say it is, when it is no figure's time or more than
one figure's: a debt's maturity ("a Eurobond maturing in 2035"), the end of a code ("GOST
32410-2013"), a programme's name ("the Nurly Zhol 2020-2025 programme"), the date of a
statement ("said in March"), a cumulative total so far, a record's frame ("the highest since
2019"), a plan for a coming time, and a part of a year said once for two ("the first half of
2024 and 2025"). Read by `periods` on each match of `time_grammar.RE_TIME`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import may_contain
from dashboard.vocab.past_verbs import PAST_CHANGE_WORDS

# A debt's maturity names the debt, not the time a figure about it refers to: "placed a
# $1.5 billion Eurobond maturing in 2035", "bonds due 2029", "yields on Georgia's 2026
# Eurobond". ("A tranche of EUR 50 million is due in 2026" is a payment's time: "due" counts
# only after a word for debt.)
_DEBT = r"(?:bonds?|notes|eurobonds?|sukuk|debt|securities|paper)"
# "bonds due", "the notes, due": `kinds` reads "due in" there as no plan either.
RE_DEBT_BEFORE_DUE: Final = regex.compile(rf"(?i:\b{_DEBT}(?:[\s\u00a0]*+,)?[\s\u00a0]++)\Z")
_RE_MATURITY_BEFORE: Final = regex.compile(
    rf"(?i:\b(?:matur(?:ing|es|e|ity)(?:\s+date)?|{_DEBT}(?:[\s\u00a0]*+,)?[\s\u00a0]++due)"
    r"(?:[\s\u00a0]++(?:in|on))?[\s\u00a0]++)\Z"
)
_RE_DEBT_NAMED_BEFORE: Final = regex.compile(r"(?i:\b(?:the|its|their|a|an)|['’]s)[\s\u00a0]++\Z")
_RE_DEBT_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:(?i:sovereign|dollar|euro|green|global|senior|international)[\s\u00a0]++)?"
    r"(?i:euro-?bonds?|bonds?|notes|sukuk|maturit(?:y|ies))\b"
)


def names_a_maturity(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """A year (or month) that dates when a bond falls due rather than the figure."""
    if _RE_MATURITY_BEFORE.search(text, max(lo, start - 30), start):
        return True
    return bool(_RE_DEBT_AFTER.match(text, end, min(hi, end + 40))
                and _RE_DEBT_NAMED_BEFORE.search(text, max(lo, start - 8), start))


def ends_a_code(text: str, start: int, lo: int) -> bool:
    """Does the year at `start` close a code, after a dash or colon and a number that is
    neither a year nor a day or month ("51685-2013", "9001:2015"; not "2012-2013",
    "14-03-2025")?"""
    if start - lo < 5 or text[start - 1] not in "-:":
        return False
    head = text[max(lo, start - 12) : start - 1]
    run = head[len(head.rstrip("0123456789")) :]
    return len(run) >= 3 and not (len(run) == 4 and 1800 <= int(run) <= 2199)


# A year in a programme's name: "Vision 2030", "Agenda 2063", "Strategy-2050", "the
# Kazakhstan-2050 Strategy", "the Digital Kazakhstan 2025 programme". Not "In 2024 programme
# spending ...", nor "the 2025 programme" (the programme for that year).
_RE_PROGRAMME_HEAD_BEFORE: Final = regex.compile(
    r"\b(?:Vision|Agenda|Strategy|Concept|Doctrine|Expo|EXPO|World[\s\u00a0]Cup|Olympics)"
    r"[\s\u00a0-]?+\Z"
)
# ... or a sporting event's or exhibition's: "the 2026 FIFA World Cup", "Astana's 2017 Expo"
# (not a forum's or summit's: the deals signed there are that year's).
_RE_EVENT_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:[A-Z][\w-]{0,20}+[\s\u00a0]++){0,3}?"
    r"(?:World[\s\u00a0]Cup|Olympics|Olympic[\s\u00a0]Games|Asian[\s\u00a0]Games|Expo|EXPO"
    r"|Universiade|Paralympics)\b"
)
_RE_NAME_BEFORE: Final = regex.compile(
    r"\b(?!(?:In|By|Since|For|From|Until|Through|During|Over|Of|On|At|The|This|That|Its|Their"
    r"|A|An)\b)[A-Z][\w'’]*+[\s\u00a0-]\Z"
)
_RE_PREPOSITION_BEFORE: Final = regex.compile(
    r"(?i:\b(?:in|during|since|by|for|from|until|of|after|before)[\s\u00a0]+)\Z"
)
_RE_PROGRAMME_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:programmes?|programs?|strategy|agenda|vision|concept|doctrine|roadmap)\b"
)


def names_a_programme(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Is the year at text[start:end] part of a programme's or an event's name ("Vision 2030",
    "the 2026 FIFA World Cup")? Such a year dates no figure near it."""
    before = text[max(lo, start - 24) : start]
    if _RE_PROGRAMME_HEAD_BEFORE.search(before) or (
            _RE_EVENT_AFTER.match(text, end, min(hi, end + 80))
            and not _RE_PREPOSITION_BEFORE.search(before)):  # "In 2017 Expo visitors spent"
        return True
    return bool(_RE_PROGRAMME_AFTER.match(text, end, min(hi, end + 14))
                and _RE_NAME_BEFORE.search(before))


# "the first half of 2024 and 2025": one part of a year named for both years
_RE_PART_OF_TWO_YEARS: Final = regex.compile(r"(?:,|,?[\s\u00a0]++(?:and|or))[\s\u00a0]++")
_RE_PART_PERIOD: Final = regex.compile(r"(?P<y>[0-9]{4})-(?P<a>[0-9]{2})/(?P=y)-(?P<b>[0-9]{2})")


def part_again(period: str, text: str, part_end: int, year_start: int, year: str) -> str:
    """The period of a year named right after a part of another one, its year last ("the
    first half of 2024 and 2025", "January-May 2024 and 2025"): that part of it."""
    part = _RE_PART_PERIOD.fullmatch(period)
    if (part is None or len(year) != 4 or not text[part_end - 4 : part_end].isdigit()
            or not _RE_PART_OF_TWO_YEARS.fullmatch(text, part_end, year_start)):
        return year
    return f"{year}-{part['a']}/{year}-{part['b']}"


# "95,000 TEU in the first quarter and 102,000 TEU in the second": the part's noun said once
# (a decimal point is no sentence end: "after 1.8 million tonnes in the third")
_RE_ELIDED_PART: Final = regex.compile(
    r"(?:[^.;!?\n]|\.(?=[0-9])){0,100}?"
    r"\bin[\s\u00a0]++the[\s\u00a0]++(?P<n>second|third|fourth)"
    r"(?=[\s\u00a0]*+(?:[,.;:)]|\Z|(?:and|while|but|compared|against|as|from|to)\b))"
)
_ORDINALS: Final = {"second": 2, "third": 3, "fourth": 4}


def elided_part(
    text: str, end: int, hi: int, period: str, months: int
) -> tuple[int, int, str] | None:
    """Where "in the second" (third, fourth) stands after a part of a year of `months` months
    ending at `end` (a quarter: 3, a half: 6), and the period it names, of the same year."""
    part = _RE_PART_PERIOD.fullmatch(period)
    found = _RE_ELIDED_PART.match(text, end, min(hi, end + 130)) if part else None
    if part is None or found is None or _ORDINALS[found["n"]] * months > 12:
        return None
    last = _ORDINALS[found["n"]] * months
    year = part["y"]
    return found.start("n") - 4, found.end(), f"{year}-{last - months + 1:02d}/{year}-{last:02d}"


# A month or year that dates a statement (`periods.find_times` drops it as a figure's time).
_RE_SAID_IN: Final = regex.compile(
    r"(?i:\b(?:said|announced|reported|stated|told\s+\w+|noted|declared|wrote|unveiled"
    # a publication's date: "the study published in June", "data released in March" (not
    # "the first tranche of $50 million was released in July": money or goods let go)
    r"|(?:data|figures|statistics|reports?|study|studies|survey|index|results|review|paper"
    r"|note|bulletin|estimates?|forecasts?|outlook)\b[^.;]{0,30}?\b(?:published|released))"
    r"\s+(?:in|on|during)\s+(?:(?:early|mid|late)[-\s])?)\Z",
    flags=regex.REVERSE,  # anchored at the end, used as a test: tried from the end only
)

# "4.5 million tonnes reported in 2024", "the 1,350 trains it reported in December": a
# figure's own participle or relative clause, not a statement's verb; the time is the
# figure's (but not "trade in 2025 ... from the $43.8 billion it reported in February": a
# relative clause with its subject, after another time the figure is of, dates the
# statement: `_RE_BY_ITS_REPORTER`, `_RE_YEAR_BEFORE`).
_RE_FIGURE_REPORTED: Final = regex.compile(
    r"[0-9]%?+(?:[\s\u00a0]++(?!reported\b)[A-Za-z]++){0,3}+"
    r"[\s\u00a0]++reported[\s\u00a0]++(?:in|on|during)[\s\u00a0]++(?:(?:early|mid|late)[-\s])?\Z"
)
_RE_BY_ITS_REPORTER: Final = regex.compile(
    r"\b(?:it|they|he|she|we)[\s\u00a0]++reported[\s\u00a0]++(?:in|on|during)[\s\u00a0]++"
    r"(?:(?:early|mid|late)[-\s])?\Z")
_RE_YEAR_BEFORE: Final = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


# "exceeding the 4.2 million tonnes forecast in 2023", "a target set in 2022", "a forecast
# of 4.2 million tonnes made in 2023", "the 3 mt it had expected in January": when a forecast
# or a target was made, not its target period (the figure's period is the sentence's other
# time, or none).
_RE_FORECAST_MADE_IN: Final = regex.compile(
    r"(?:\b(?:the|a|its|their)[\s\u00a0]++[$€£]?[0-9][0-9.,]*+(?:[\s\u00a0]++[A-Za-z]++){0,3}?"
    r"[\s\u00a0]++(?:(?i:forecast|predicted|projected|targeted|envisaged)"
    # "down from the 3 million tonnes it had expected in January": a relative clause
    r"|(?P<relative>(?:it|they|he|she|we|the[\s\u00a0]++[a-z]++)[\s\u00a0]++"
    r"(?:had[\s\u00a0]++)?(?i:forecast|predicted|projected|targeted|envisaged|expected"
    r"|planned)))"
    r"|(?i:\b(?:forecasts?|projections?|targets?|estimates?|predictions?|goals?|plans?)"
    r"(?:[\s\u00a0]++(?:[^\s.;]|\.(?=[0-9]))++){0,6}?[\s\u00a0]++"
    r"(?:made|set|issued|published|given)))"
    r"[\s\u00a0]++(?:in|on|during)[\s\u00a0]++(?:(?:early|mid|late)[-\s])?\Z"
)


# The words _RE_FORECAST_MADE_IN needs one of (a stem each, lower case).
_FORECAST_WORDS: Final = ("forecast", "predict", "project", "target", "envisag", "estimate",
                          "goal", "plan", "expected")


def dates_a_statement(text: str, lo: int, start: int) -> bool:
    """Does the time at `start` date a statement ("the ministry said in 2024", "the 4.2
    million tonnes forecast in 2023") rather than the figure before it ("4.5 million tonnes
    reported in 2024")?"""
    if may_contain(text[max(lo, start - 80) : start], _FORECAST_WORDS):
        made = _RE_FORECAST_MADE_IN.search(text, max(lo, start - 80), start)
        # (after a relative clause, a bare year is the forecast's target: "short of the 5 mt
        # it expected in 2024"; a month is when it was made: "it had expected in January")
        if made is not None and not (made.group("relative") and text[start : start + 4].isdigit()):
            return True
    said = _RE_SAID_IN.search(text, max(lo, start - 40), start)
    if said is None:
        return False
    own = _RE_FIGURE_REPORTED.search(text, max(lo, start - 60), start)
    if own is None:
        return True
    # the year in the figure's own clause, not a comma aside's ("Founded in 2019, the
    # operator said the 1,350 trains it reported in December")
    clause = max(lo, *(text.rfind(mark, lo, own.start()) + 1 for mark in ",;"))
    return (_RE_BY_ITS_REPORTER.search(text, own.start(), start) is not None
            and _RE_YEAR_BEFORE.search(text, clause, own.start()) is not None)


# "The bank has financed 320 projects so far.": a total to date in a perfect clause that ends
# with "so far", not the year to date ("so far this year", "trade so far up 40%"); a decimal
# point is no end of the clause.
_RE_PERFECT_BEFORE: Final = regex.compile(
    r"\b(?:has|have|had)\b(?:[^.;:,()]|[.,](?=[0-9])){0,100}+\Z"
)


def is_cumulative_so_far(m: regex.Match[str], text: str, lo: int) -> bool:
    """Is the bare "so far" of `m` a total to date rather than the year to date?"""
    return (m.group().lower().replace("\u00a0", " ") == "so far"
            and text[m.end() : m.end() + 1] in ("", ".", ",", ";")
            and _RE_PERFECT_BEFORE.search(text, max(lo, m.start() - 110), m.start()) is not None)


# "the lowest since 2020", "the highest level since the port moved to Alat in 2018", "the
# first increase since 2019", a market's "its firmest since May", "the cheapest since 2021": a
# record's time frame, not when a total or a change started
_RE_RECORD_BEFORE: Final = regex.compile(
    r"(?i:\b(?:highest|lowest|largest|smallest|biggest|strongest|weakest|best|worst|"
    r"fastest|slowest|firmest|softest|cheapest|steepest|sharpest|widest|narrowest|record|most"
    r"|least|first)(?:\s+[\w-]+){0,5}\s+)\Z"  # "its largest loan to the company since 2019"
)


def frames_a_record(text: str, lo: int, start: int) -> bool:
    """Does the since-time at `start` give a record's time frame ("the lowest since 2020")?"""
    return _RE_RECORD_BEFORE.search(text, max(lo, start - 60), start) is not None


_RE_NAMES_YEAR: Final = regex.compile(r"[0-9]{2}|(?i:year)")
_RE_SENTENCE_END: Final = regex.compile(r"[.!?](?![0-9])|\n")


def year_named_for_parts(
    m: regex.Match[str], period: str, named: tuple[int, int] | None
) -> tuple[int | None, tuple[int, int] | None]:
    """ "in the second half of 2024 ..., against 1.4 million tonnes in the first half": a
    quarter or half `m` (read as `period`) without its year, in a sentence that named one
    for another part (`named`: that year and where it was said), is of that year, not the
    publication's. Returns the year to read `m` in, if another, and what is named now."""
    if _RE_NAMES_YEAR.search(m.group()):
        return None, (int(period[:4]), m.end())
    if named is None or period.startswith(str(named[0])):
        return None, named
    if _RE_SENTENCE_END.search(m.string, named[1], m.start()):
        return None, None
    return named[0], named


# The future in the clause before a bare month ("the line will add two sailings a week in
# September", "is scheduled to open in October", "loadings are scheduled at 1.55 million bpd in
# December"): the coming such month, not last year's.
_RE_AHEAD: Final = regex.compile(
    r"(?i:\b(?:will|shall|plans?[\s\u00a0]+to|is[\s\u00a0]+to|are[\s\u00a0]+to|set[\s\u00a0]+to"
    r"|due[\s\u00a0]+to|scheduled|slated|expected[\s\u00a0]+to|aims?[\s\u00a0]+to"
    # "we expect rail rates to ease by another $100-200 in March", "I'd expect another 5-10%
    # decline in the first quarter"
    r"|expects?"
    # a central bank's guidance: "signalled room for a further cut of 0.25 points in the first
    # quarter"
    r"|room[\s\u00a0]+for[\s\u00a0]+(?:(?:a|another|further)[\s\u00a0]+)+(?:rate[\s\u00a0]+)?"
    r"(?:cuts?|hikes?|easing|tightening)"
    r")\b)"
    r"(?:[^.;!?]|(?<=[0-9])\.(?=[0-9])){0,80}+\Z"  # "at 1.55 million bpd": a decimal point
)


# A past told between the future's cue and the time: "expects exports to recover after they
# fell 12% in December", "expect the decline of 8% recorded in the first quarter to be revised",
# "expect inflation to have peaked at 9.8% in February", "the 1.2 trillion collected in January".
_RE_PAST_BETWEEN: Final = regex.compile(
    rf"(?i:\b(?:{PAST_CHANGE_WORDS}|gained|slipped|eased|dipped|surged|slumped|plunged|soared"
    r"|tumbled|shrank|recorded|seen|registered|posted|collected|logged|booked|earned|was|were"
    r"|had|which|who|to[\s\u00a0]++have[\s\u00a0]++(?:been|\p{L}+ed))\b)")


# ... and only a verb still to come, for a month otherwise told as one gone by ("will rise 3%
# in January", published in March): not "scheduled trains", "due to wind", a bare "expects";
# but an expectation of what a thing will do is one ("traders expect loadings to recover to
# 1.5 million bpd in January", published in November).
_RE_WILL_AHEAD: Final = regex.compile(
    r"(?i:\b(?:will|shall|(?:is|are)[\s\u00a0]+(?:(?:set|due|scheduled|expected|going)"
    r"[\s\u00a0]+)?to|expects?[\s\u00a0]+(?:[\w'\u2019-]+[\s\u00a0]+){1,4}?to)\b)"
    r"(?:[^.;!?]|(?<=[0-9])\.(?=[0-9])){0,80}+\Z"
    # ... and a plan in the present before a deadline: "plans to reach 500,000 TEU by March",
    # "We expect 9 million tonnes by June" (not "expected to finish 70% by June", a plan gone
    # by; nor "Despite plans to add a berth, Kuryk shipped ... by August", another clause)
    r"|(?i:\b(?:plans?|aims?|intends?|hopes?)[\s\u00a0]++to|\bexpects?|\btargets?)\b"
    r"(?:[^.,;:!?]|(?<=[0-9])[.,](?=[0-9])){0,80}?\bby[\s\u00a0]++\Z")

# "by March", "by the end of June", "by mid-May": a deadline's words right before its time.
RE_BY_DEADLINE: Final = regex.compile(
    r"(?i:\bby[\s\u00a0]++(?:the[\s\u00a0]++end[\s\u00a0]++of[\s\u00a0]++"
    r"|(?:early|mid|late)[-\s\u00a0]++)?)\Z")


# ... and that verb's own change, not one it speaks of ("is set to raise tariffs after a 12%
# drop in cargo volumes in January", "will review the 15% rise in fuel prices in January",
# "will publish data showing a 6% gain in February"): a month gone by stays this year's.
_RE_NOT_ITS_OWN_CHANGE: Final = regex.compile(
    r"(?i:\b(?:after|following|showing|shows|despite|since|amid|given)\b[^.;!?0-9]{0,40}?"
    r"[0-9]"  # (a figure of that change: not "will raise rates by 7% following a review")
    r"|\b(?:the|its|their|this|that|last[\s\u00a0]+year['\u2019]s)[\s\u00a0]+[^\s\u00a0]*[0-9%]"
    r"[^\s\u00a0]*[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:rise|increase|gain|drop|fall|decline"
    r"|decrease|jump|growth|hike|cut|slump|surge|rebound|contraction)s?\b)")


def speaks_ahead(text: str, lo: int, start: int, strict: bool = False) -> bool:
    """Does the clause before `start` (from `lo`, at most 90 characters) speak of the future
    (`strict`: in a verb still to come), with no past told between its cue and the time?"""
    ahead = (_RE_WILL_AHEAD if strict else _RE_AHEAD).search(text, max(lo, start - 90), start)
    return ahead is not None and _RE_PAST_BETWEEN.search(text, ahead.start(), start) is None and (
        not strict or _RE_NOT_ITS_OWN_CHANGE.search(text, ahead.start(), start) is None)


# A time in the name of the report a figure is quoted from: "according to its FY2025 interim
# report", "according to the company's 2024 annual report", "citing its H1 2025 results".
_RE_SOURCE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:according[\s\u00a0]++to|citing|cited[\s\u00a0]++in)[\s\u00a0]++"
    r"(?:its|their|the|[\w-]++['\u2019]s)[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}?)\Z",
    flags=regex.REVERSE,
)
_RE_REPORT_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}?(?i:reports?|results|accounts|statements?"
    r"|review|survey|filing|prospectus)\b"
)


def names_a_report(text: str, start: int, end: int, lo: int) -> bool:
    """Is the time part of the name of a report a figure is quoted from (`_RE_SOURCE_BEFORE`)?"""
    window = text[max(lo, start - 50) : start].lower()
    return (("according" in window or "cit" in window)
            and _RE_SOURCE_BEFORE.search(text, max(lo, start - 50), start) is not None
            and _RE_REPORT_AFTER.match(text, end) is not None)
