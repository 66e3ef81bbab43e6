"""Time expressions in a sentence and the ISO 8601 period each one names.

Pure. "in 2023" -> "2023"; "January-November 2024" -> "2024-01/2024-11"; "the first 11
months" (no year) -> the months before publication; "since 2020" -> "2020/.." (a base);
"by 2030" -> "2030"; "this year" -> the publication year; "since January", "so far this
year" -> from that month (January) to the month before publication; "in October" -> that
month of the publication year, if it is not later than publication; "at the end of September",
"as of end-September" -> that month's last day; "on 2 December" (no year) -> that day, the
latest one up to publication, when the sentence names no other time. Dates of reporting ("said on
March 11, 2024") name no period. Years after "than", "on", "compared with" or before
"level" are comparison bases, not the figure's own period. The grammar that finds the time
expressions is `time_grammar.RE_TIME`; `iso_periods` reads the period each one names, and
`time_context` what the words around it say it is (a debt's maturity, a programme's name).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from dashboard.iso_periods import month_number, read_period
from dashboard.published import Published
from dashboard.scanning import iter_triggered, match_at, sentence_around, with_words
from dashboard.time_context import (
    RE_BY_DEADLINE,
    dates_a_statement,
    elided_part,
    ends_a_code,
    frames_a_record,
    is_cumulative_so_far,
    names_a_maturity,
    names_a_programme,
    names_a_report,
    part_again,
    speaks_ahead,
    year_named_for_parts,
)
from dashboard.time_grammar import (
    RE_AGO_TRIGGERS,
    RE_BASE_AFTER,
    RE_BASE_BEFORE,
    RE_TIME,
    RE_TIME_TRIGGERS,
    TIME_WORD_TRIGGERS,
)
from dashboard.vocab.hedging import HEDGE_WORDS


@dataclass(frozen=True)
class Time:
    """One time expression: where it is and the period it names."""

    start: int
    end: int
    period: str
    base: bool  # "since 2020", "on 2022", "the 2021 level": a base, not the figure's time


def _may_be_ahead(m: regex.Match[str], period: str | None, pub: Published) -> bool:
    """Is a bare month ("in January", no year after it) one a verb still to come may put in
    the coming year: read as none, or as one before publication's month ("will rise 3% in
    January", published in March: next January)?"""
    return period is None or (not m["bmr"] and pub.month is not None
                              and period < f"{pub.year}-{pub.month:02d}")


# A level a plan is set against, seen, right before the month: "expects 5 mt this year after
# 3.4 mt by September" (this year's September).
_RE_LEVEL_SET_AGAINST: Final = regex.compile(
    r"(?i:\b(?:after|against|compared[\s\u00a0]++with|versus)[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?[$€£]?[0-9])")


def _coming_month(month: int, pub: Published) -> str:
    """The coming such month: this year's from publication's month on, else next year's."""
    year = pub.year or 0
    return f"{year + (pub.month is not None and month < pub.month)}-{month:02d}"


def find_times(
    text: str, lo: int, hi: int, pub: Published, runs: frozenset[str] | None = None
) -> tuple[Time, ...]:
    """The time expressions in `text[lo:hi]`, with offsets into `text`. `runs`: the text's
    runs of word characters, lower-cased, when known (see `scanning.with_words`)."""
    out: list[Time] = []
    elided = False
    named: tuple[int, int] | None = None  # (year, end) of the last part of a year with a year
    said: tuple[int, int] | None = None  # (year, end) of the last whole year named
    triggers = with_words(RE_TIME_TRIGGERS, TIME_WORD_TRIGGERS, runs)
    if runs is None or "ago" in runs:  # "thirty years ago": rare, so only when the word is
        triggers += RE_AGO_TRIGGERS
    for m in iter_triggered(triggers, RE_TIME, text, lo, hi):
        period = read_period(m, pub)
        if m.lastgroup == "bmonth" and pub.year and _may_be_ahead(m, period, pub) and (
                speaks_ahead(text, lo, m.start(), period is not None)) and (
                _RE_LEVEL_SET_AGAINST.search(text, max(lo, m.start() - 40), m.start()) is None):
            # "will add sailings in September"; "will rise 3% in January" (published in
            # March), told as to come
            period = _coming_month(month_number(m["bm"] or ""), pub)
        elif m.lastgroup == "bmonth" and period is None and said is not None:
            period = _month_of_last_year(m, said, pub)
        if period is None:
            continue
        kind = m.lastgroup
        if kind in ("quarter", "half"):  # "the second half of 2024 ..., in the first half"
            year, named = year_named_for_parts(m, period, named)
            period = (read_period(m, Published(year, 12)) or period) if year else period
            if not year and _passed_part_ahead(m, period, pub, text, lo):
                period = read_period(m, Published((pub.year or 0) + 1, 12)) or period
        if kind == "year" and out and m.start() - out[-1].end <= 6:  # "first half of 2024 and 2025"
            period = part_again(out[-1].period, text, out[-1].end, m.start(), period)
        if kind in ("since", "sincec", "sincem") and frames_a_record(text, lo, m.start()):
            start = period.removesuffix("/..").split("/")[0] if kind == "sincem" else period
            out.append(Time(m.start(), m.end(), start.removesuffix("/.."), True))
            continue  # "the lowest since 2020", "its lowest since October": a base of no
            # span, no figure's nor a date's
        if kind == "rels" and _counts_from_another(m, text, lo, hi):
            out.append(Time(m.start(), m.end(), period, True))  # "the previous winter", after
            continue  # "in 2017": counted from that year, not publication; no figure's time
        if _names_no_time(m, text, lo, hi) or (out and _names_a_report_after(out[-1], m, text, lo)):
            continue
        out.append(Time(m.start(), m.end(), period, _is_base(m, text, lo, hi)))
        if kind in ("year", "rel") and len(period) == 4 and not out[-1].base:
            said = (int(period), m.end())
        if kind in ("quarter", "half") and (found := elided_part(  # "... TEU in the first
                text, m.end(), hi, period, 3 if kind == "quarter" else 6)):  # quarter and 102,000
            out.append(Time(*found, base=False))  # TEU in the second"
            elided = True
    if len(out) > 1 and any(time.period.count("-") == 2 for time in out):
        out = _without_bare_days(out, text)
    return tuple(sorted(out, key=lambda t: t.start) if elided else out)  # out of order then


def _month_of_last_year(m: regex.Match[str], said: tuple[int, int], pub: Published) -> str | None:
    """ "Last year the worst week came in early December" (published in November): a bare
    month still to come this year, not told as to come, in the clause of last year named
    before it (`said`: the year and where it ended; no comma between: "4,300 wagons last
    year, and a rule takes effect in July" is another clause's; so is one after ';' or after
    "and"/"but" not followed by a past verb: "... last year and the berth opens in May"),
    is last year's month."""
    if pub.year is None or said[0] != pub.year - 1 or m.start() - said[1] > _CLAUSE_REACH or (
            _RE_NEW_CLAUSE.search(m.string, said[1], m.start())):
        return None
    return f"{said[0]}-{month_number(m['bm'] or ''):02d}"


# A comma, a sentence's end or a new clause between the year and the month: ';', or a
# conjunction not followed by a past verb sharing the subject ("... last year and peaked in
# December" stays in the clause). Searched within a clause's reach of the year only.
_RE_NEW_CLAUSE: Final = regex.compile(
    r"[,;\n]|[.!?](?![0-9])|\b(?:and|but|while|whereas)[\s\u00a0]++(?!\p{L}+ed\b)",
    flags=regex.IGNORECASE)
_CLAUSE_REACH: Final = 120


def _passed_part_ahead(m: regex.Match[str], period: str, pub: Published, text: str,
                       lo: int) -> bool:
    """ "I'd expect another 5-10% decline in the first quarter" (said in December): a quarter
    or half without its year, over more than three months before the publication (not one
    just ended, whose figures may still be awaited), in a clause that speaks of the future,
    is next year's."""
    return (pub.year is not None and pub.month is not None and period[:4] == str(pub.year)
            and not _RE_NAMES_A_YEAR.search(m.group()) and int(period[-2:]) + 3 < pub.month
            and speaks_ahead(text, lo, m.start()))


def _names_a_report_after(prev: Time, m: regex.Match[str], text: str, lo: int) -> bool:
    """ "In Q3 2025, Uzum's revenue doubled, according to its FY2025 interim report": beside a
    time of its own sentence, a time in the name of the report quoted is the report's (alone,
    "according to its 2024 annual report, revenue rose 10%", it dates the figures)."""
    if m.start() - prev.end >= 160:
        return False
    gap = text[prev.end : m.start()]
    return not any(ch in gap for ch in ".;!?\n") and names_a_report(text, m.start(), m.end(), lo)


def _without_bare_days(out: list[Time], text: str) -> list[Time]:
    """A day named without its year ("on March 4") is the figure's time only in a sentence
    that names no other: beside "in 2025" it dates a meeting or a report ("plans to move 2.5
    mln tonnes in 2025, ..., members agreed at a meeting in Baku on March 4")."""
    bare = [t for t in out if _RE_ON_DAY.match(text, t.start, t.end)]
    if not bare or len(bare) == len(out):
        return out
    return [t for t in out if t not in bare]


_RE_EVENT_ON: Final = regex.compile(
    r"\b(?i:meeting|talks|summit|visit|session|conference|forum|briefing|interview"
    r"|statement|press[\s\u00a0]+release)[\s\u00a0]+on[\s\u00a0]+\Z"
)
_RE_ON_DAY: Final = regex.compile(r"[0-9]{1,2}\s+[A-Z][a-z]+\.?\Z|[A-Z][a-z]+\.?\s+[0-9]{1,2}\Z")


def _names_no_time(m: regex.Match[str], text: str, lo: int, hi: int) -> bool:
    """Does the match name something other than a figure's time: when a statement was made, a
    total to date, a code, a programme or a bond?"""
    kind, start, end = m.lastgroup, m.start(), m.end()
    # "the Commission said in January 2024": when it was said, as a date is; "a Eurobond
    # maturing in 2035": the bond's time, not the figure's
    if kind in _SAID_KINDS and (dates_a_statement(text, lo, start)
                                or names_a_maturity(text, start, end, lo, hi)):
        return True
    if kind == "onday" and _RE_EVENT_ON.search(text, max(lo, start - 30), start):
        return True  # "told President Aliyev at a meeting on June 22": when it was said
    if kind == "ytd":  # "has provided EUR 9.6 billion through 320 projects so far": to date
        return is_cumulative_so_far(m, text, lo)
    if (kind == "firstn" and _RE_ITS_BEFORE.search(text, max(lo, start - 8), start)
            and not (m.group("fy") or m.group("fy_r"))):
        return True  # "a plant commissioned in September supplied 9.4 GWh in its first four
        # months": the thing's own months since it began, no months of a calendar year (but
        # "in its first nine months of 2025", "of the year" are the year's)
    if kind == "startyr":  # "had forecast at the start of the year that ...": when forecast
        return _RE_FORECAST_AT.search(text, max(lo, start - 40), start) is not None
    # "GOST R 51685-2013", "ISO 9001:2015", "Vision 2030": names, not times
    return kind == "year" and (ends_a_code(text, start, lo)
                               or names_a_programme(text, start, end, lo, hi)
                               or _is_price_base(text, start, end, lo, hi)
                               or _falls_on(text, lo, start))


_RE_ITS_BEFORE: Final = regex.compile(r"\b(?i:its|their)[\s\u00a0]++\Z")


_RE_THE_BEFORE: Final = regex.compile(r"\b(?i:the)[\s\u00a0]++\Z")


def _counts_from_another(m: regex.Match[str], text: str, lo: int, hi: int) -> bool:
    """ "In 2017 the port froze for 40 days, and the previous winter it had closed for 25":
    a season "previous" to, or "the last" before, a time its sentence names is counted from
    that time, not from publication; read only in a sentence that names no other time."""
    if not (m["rsw"].lower() == "previous"
            or _RE_THE_BEFORE.search(text, max(lo, m.start() - 6), m.start())):
        return False
    first, last = sentence_around(text, m.start(), m.end(), lo, hi)
    return any(t.span() != m.span() for t in RE_TIME.finditer(text, first, last))


# A year whose prices a value is measured in: "$7.5 billion a year at 2023 prices", "in
# constant 2015 dollars" (the base of deflation, not the figure's time).
_RE_PRICE_BASE_BEFORE: Final = regex.compile(r"\b(?i:at|in|constant)[\s\u00a0]++\Z")
_RE_PRICE_BASE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:(?:constant[\s\u00a0]++)?prices|(?:US[\s\u00a0]++)?dollars|terms)\b")


def _is_price_base(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    return (_RE_PRICE_BASE_AFTER.match(text, end, min(hi, end + 20)) is not None
            and _RE_PRICE_BASE_BEFORE.search(text, max(lo, start - 12), start) is not None)


def _is_base(m: regex.Match[str], text: str, lo: int, hi: int) -> bool:
    """Is the time a comparison base ("since 2020", "than in 2023", "the 2021 level")?"""
    kind, start, end = m.lastgroup, m.start(), m.end()
    if kind == "onday":
        return False  # "on 2 December": the figure's day ("on" is a base only before a year)
    return kind in ("since", "sincec") or _is_relative(m) or (
        # "over 1995-2021" is a span, not a base ("up 20% over 2023"); a split year is one
        # season, a base as a year is ("up 11% on 2023/24")
        (kind != "yrange" or _is_split_year(m))
        and _could_be_base(text, start, end, lo)
        and not _falls_on(text, lo, start)
        and bool(
            RE_BASE_BEFORE.search(text, max(lo, start - 45), start)
            or RE_BASE_AFTER.match(text[end : min(hi, end + 20)])
        )
    )


# "most of the correction falls on October and November": what a part bears on, the time it
# is of, not a base as in "up 5% on October" (months: a year "falls on 2026 shipments" names
# the things borne, no time of the sentence's figures, nor a base: `_names_no_time`)
_RE_FALLS_ON: Final = regex.compile(
    r"\b(?i:falls|falling|centred|centered|concentrated)[\s\u00a0]++on[\s\u00a0]++\Z"
)


def _falls_on(text: str, lo: int, start: int) -> bool:
    """Does "falls on" (`_RE_FALLS_ON`) stand right before the time at `start`? Told first by
    the "on" (most times have none before them)."""
    return "on" in text[max(lo, start - 6) : start] and (
        _RE_FALLS_ON.search(text, max(lo, start - 24), start) is not None)


def _is_split_year(m: regex.Match[str]) -> bool:
    """Is the year range a season or a marketing year ("2023/24", "2023/2024"): two years
    written with a slash, the second the year after the first?"""
    y1, y2 = m.group("y1"), m.group("y2")
    return "/" in m.group("yrange") and (int(y2) - int(y1[-len(y2):])) % 100 == 1


# A month or year that dates a statement ("the European Commission said in January 2024"),
# not what a figure measures.
_SAID_KINDS: Final = frozenset({"monthyear", "bmonth", "year", "onday"})
_RE_FORECAST_AT: Final = regex.compile(
    r"(?i:\b(?:forecast|forecasted|predicted|projected|estimated|said|announced|stated|reported)"
    r"\s+)\Z"
)


def _is_relative(m: regex.Match[str]) -> bool:
    """ "the previous year", "the prior year": the year before some other figure's (timing
    reads "up from 1.05 mln TEU in the previous year" as a year before the 1.2 mln TEU),
    not the year before publication."""
    return m.lastgroup == "rel" and (m.group("rw") or "").lower() in ("previous", "prior")


_BASE_WORDS: Final = frozenset(
    "than on over with to against versus vs vs. from relative in the a same of period "
    "corresponding level mid-".split()
)


_RE_NAMES_A_YEAR: Final = regex.compile(
    r"(?i:[0-9]{2}|\b(?:last|this|next|previous|coming|current|year)\b)"
)
# The same for a day, whose own number is no year: "on 17 February" names none
_RE_DAY_NAMES_A_YEAR: Final = regex.compile(
    r"(?i:[0-9]{4}|['’][0-9]{2}|\b(?:last|this|next|previous|coming|current|year)\b)"
)


def a_year_on(time: Time, text: str, pub: Published) -> Time | None:
    """The same part of the next year, for a part named without its year ("in Q3", "in H2",
    "in the third quarter"), which is read as the latest one before publication, last
    year's when this year's is still to come: a plan for it ("will be shipped in Q3",
    published in June) means the coming one. None when the words name their year, or the
    part is this year's ("having handled 2.9 mt in January-May", published in June). So is a
    day without its year ("to fall before the holiday on 17 February", published in November)."""
    day = len(time.period) == 10  # a bare day is read as this year's, even when over
    names_a_year = _RE_DAY_NAMES_A_YEAR if day else _RE_NAMES_A_YEAR
    if (time.base or time.period.endswith("/..") or pub.year is None
            or int(time.period[:4]) >= pub.year + day
            or names_a_year.search(text, time.start, time.end)):
        return None
    ahead = "/".join(str(int(part[:4]) + 1) + part[4:] for part in time.period.split("/"))
    return Time(time.start, time.end, ahead, time.base)


def _could_be_base(text: str, start: int, end: int, lo: int) -> bool:
    """A cheap test before the base patterns: a base word just before, or "level" after."""
    words = text[max(lo, start - 30) : start].split()
    return bool(words and words[-1].lower() in _BASE_WORDS) or "level" in text[end : end + 12]


def years_of(period: str) -> tuple[int, int] | None:
    """The first and last years of a period of whole years ("1995/2021", "2023/2024"), else
    None ("2024", "2020/..", "2024-01/2024-06")."""
    if (len(period) == 9 and period[4] == "/" and period[:4].isascii() and period[:4].isdigit()
            and period[5:].isascii() and period[5:].isdigit()):
        return int(period[:4]), int(period[5:])
    return None


# "... were $1.7 billion in 2015; they have doubled since.", "has risen 40% since then": a bare
# "since" after a figure says from the time the figure took on, onwards
_RE_SINCE_THEN_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?i:since)(?:[\s\u00a0]++(?i:then))?+(?=[\s\u00a0]*+(?:[.,;:!?)]|\Z))")


def since_follows(end: int, text: str) -> bool:
    """Does a bare "since" ("since then") follow the figure that ends at `end`?"""
    after = text[end : end + 24]
    return "since" in after.lower() and _RE_SINCE_THEN_AFTER.match(after) is not None


# "Volumes are 3x what they were in 2021", "twice what it was in 2020": a multiple of what a
# thing was then is the change since then, as "has tripled since 2021" is.
_RE_MULTIPLE_ENDS: Final = regex.compile(
    r"(?:[0-9][\s\u00a0]*+[x\u00d7]|\b(?i:times|twice|double|triple|thrice|quadruple|fold))\Z")
_RE_WHAT_IT_WAS_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:of[\s\u00a0]++)?+(?i:what)[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++){1,2}?"
    r"(?i:was|were|had[\s\u00a0]++been|used[\s\u00a0]++to[\s\u00a0]++be)\b")


def since_then(end: int, when: str | None, text: str) -> str | None:
    """The period of a figure that ends at `end`, `when` (a single time, not a span) made
    open-ended when a bare "since" follows the figure, or when the figure is a multiple of
    what a thing was then."""
    if when is None or "/" in when:
        return when
    if since_follows(end, text) or _multiple_of_then(end, when, text):
        return f"{when}/.."
    return when


def _multiple_of_then(end: int, when: str, text: str) -> bool:
    """Is the figure ending at `end` a multiple of what a thing was in `when`'s year, named
    right after ("3x what they were in 2021"; not "The 2025 harvest was double what it was
    in 2024" for 2025)?"""
    was = match_at(_RE_WHAT_IT_WAS_AFTER, text, end) if "what" in text[end : end + 12] else None
    return was is not None and when[:4] in text[was.end() : was.end() + 30] and (
        _RE_MULTIPLE_ENDS.search(text, max(0, end - 10), end) is not None)


# "..., and the port expects 2 million by December": a bare month after "by" is a deadline of
# its own clause; where that clause starts (after its comma, semicolon or colon).
_RE_CLAUSE_MARK: Final = regex.compile(r"(?r)[,;:](?![0-9])")


def deadline_clause(t: Time, lo: int, text: str) -> int | None:
    """Where the clause of time `t` (a bare month after "by", in the sentence from `lo`)
    starts, if it does after `lo`: its deadline dates its own clause only."""
    if len(t.period) != 7 or RE_BY_DEADLINE.search(text, max(lo, t.start - 20), t.start) is None:
        return None
    mark = _RE_CLAUSE_MARK.search(text, lo, t.start)
    return None if mark is None else mark.end()
