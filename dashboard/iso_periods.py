"""The ISO 8601 period a time expression names, against the publication date (`published`).

Pure. `read_period` reads a match of `time_grammar.RE_TIME`: "in 2023" -> "2023";
"January-November 2024" -> "2024-01/2024-11"; "the first 11 months" (no year) -> the months
before publication; "since 2020" -> "2020/.."; "this year" -> the publication year; "in
October" -> that month of the publication year, if not later than publication; "at the end
of September" -> that month's last day. `periods.find_times` finds the expressions and tells
a figure's time from a statement's date or a comparison's base.
"""

from __future__ import annotations

import calendar
import datetime
from typing import Final

import regex

from dashboard.done_verbs import done_before
from dashboard.published import Published
from dashboard.time_grammar import (
    COUNT_WORDS,
    KIND_GROUPS,
    MONTH_NUM,
    NO_GROUPS,
    TIME_GROUPS,
)
from dashboard.vocab.units import WORD_NUMBERS


def _read_decade(m: regex.Match[str], year: str) -> str:
    """ "in the 1990s": its ten years; "since the 1990s": from its start on; "2018s best
    performing sector": a possessive without its apostrophe, the year."""
    if not year.endswith("0"):
        return year
    since = m.string[max(0, m.start() - 10) : m.start()].lower().endswith("since the ")
    return f"{year}/.." if since else f"{year}/{int(year) + 9}"


def spoken_year(said: str) -> str:
    """ "twenty twenty-four" -> "2024", "nineteen ninety-one" -> "1991" (`time_grammar`)."""
    century, rest = said.lower().split(None, 1)
    return str(int(WORD_NUMBERS[century] * 100 + WORD_NUMBERS[rest]))


def read_period(m: regex.Match[str], pub: Published) -> str | None:
    """The ISO 8601 period a match of `time_grammar.RE_TIME` names, or None (a month later
    than publication with no year, a date that names no period)."""
    if m.lastgroup == "year":  # the common case, without building the group dict
        plain: str = m.group("yy")
        return plain if m.string[m.end() - 1] != "s" else _read_decade(m, plain)
    # m.groupdict(), built from m.groups(): 5x faster (measured, 44 groups); and from the
    # groups of the match's alternative alone (see `KIND_GROUPS`) when it is known
    span = KIND_GROUPS.get(m.lastgroup or "")
    if span is None:
        g: dict[str, str | None] = dict(zip(TIME_GROUPS, m.groups(), strict=True))
    else:
        first, last = span
        g = NO_GROUPS.copy()
        g.update(zip(TIME_GROUPS[first:last], m.groups()[first:last], strict=True))
    if m.lastgroup in _PART_KINDS:
        return _read_parts(g, pub)
    if m.lastgroup in _POINT_KINDS:
        if m.lastgroup == "since" and (g["sm4"] or g["sm5"]):  # (a day without its year)
            g["done"] = done_before(m.string, m.start())
        return _read_points(g, pub)
    return _read_years(g, pub)


# The kinds `_read_points` reads (dates, bounds and spans from or to a point) and those
# `_read_parts` reads (months, quarters and halves of a year); `_read_years` the rest.
_POINT_KINDS: Final = frozenset({"asof", "onday", "startyr", "endm", "yrange2", "fromrel", "date",
                                 "since", "sincec", "ago", "sincem", "pastn", "nextn", "weekto",
                                 "by"})
_PART_KINDS: Final = frozenset({"mspan", "mrange", "monthsto", "firstn", "nmonths", "quarter",
                                "half", "mshort"})


def _read_points(g: dict[str, str | None], pub: Published) -> str | None:
    if g["asof"]:  # "as of September 30", "as of 1 October 2024"
        month = int(g["dm3"]) if g["dm3"] else month_number(g["dm"] or g["dm2"] or "")
        year = g["dy"] or g["dy3"] or _latest_year_of(month, pub)
        day = int(g["dd"] or g["dd2"] or g["dd3"] or 0)
        return f"{year}-{month:02d}-{day:02d}" if year and 1 <= day <= 31 else None
    if g["onday"]:  # "on 11 November": the latest such day up to publication
        month = month_number(g["odm"] or g["odm2"] or "")
        year = _latest_year_of(month, pub)
        day = int(g["odd"] or g["odd2"] or 0)
        return f"{year}-{month:02d}-{day:02d}" if year and 1 <= day <= 31 else None
    if g["startyr"]:  # "fallen to $900 from $1,300 at the start of the year": its first day
        return f"{pub.year}-01-01" if pub.year else None
    if g["endm"]:  # "at the end of September", "as of end-September 2024": its last day
        month = month_number(g["em"]) if g["em"] else _endmonth_number(g)
        year = int(g["ey"]) if g["ey"] else _latest_year_of(month, pub)
        return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}" if year else None
    if g["yrange2"]:  # "between 2025 and 2027"
        return f"{g['ya']}/{g['yb']}" if (g["yb"] or "") > (g["ya"] or "") else None
    if g["fromrel"]:  # "from next year"
        return f"{pub.year + 1}/.." if pub.year else None
    if g["date"]:
        return None  # "reported on March 11, 2024": when it was said, not what it measures
    if g["since"]:  # "since 2020", "since March 2024", "from July 1, 2025": from then on
        if g["sm4"] or g["sm5"]:  # "from July 1": a day without its year
            return _day_near(g, pub, g.get("done"))
        named = g["sm2"] or g["sm3"]
        if named is None:
            return f"{g['sy']}/.."
        start = f"{g['sy']}-{month_number(named):02d}"
        first = int(g["sd"] or g["sd2"] or 0)
        return f"{start}-{first:02d}/.." if 1 <= first <= 31 else f"{start}/.."
    if g["sincec"] and g["scan"]:  # "Since its launch a decade ago, the service has moved"
        back = _ago_back(g["scan"], g["scau"], pub)
        return f"{back}/.." if back else None
    if g["ago"]:  # "Thirty years ago the port handled 2 mt", "six months ago"
        return _ago_back(g["agn"], g["agu"], pub)
    if g["sincec"]:  # "Since it became operational in 2006, BTC has carried ..."
        return f"{g['scy']}-{month_number(g['scm']):02d}/.." if g["scm"] else f"{g['scy']}/.."
    if g["sincem"]:  # "since January", "since the start of the year": up to publication
        return _sincemonth_number(month_number(g["sm"]) if g["sm"] else 1, pub)
    return _read_counted(g, pub)


def _read_counted(g: dict[str, str | None], pub: Published) -> str | None:
    """`_read_points`' spans from or to publication ("the past 12 months") and "by 2030"."""
    if g["pastn"] and g["pmn"]:  # "over the past 12 months": to the month before publication
        return _months_back(_count(g["pmn"]), pub)
    if g["weekto"]:  # "in the week to Friday", "in the week ended October 31"
        return _week_to(g, pub)
    if g["nextn"]:  # "over the next five years": from publication, as the past ones are
        n = _count(g["xn"])
        return f"{pub.year}/{pub.year + n}" if pub.year and 1 <= n <= 50 else None
    if g["pastn"]:  # "over the past five years": up to publication
        n = 10 if g["pd"] else _count(g["pn"])
        return f"{pub.year - n}/{pub.year}" if pub.year and 1 <= n <= 50 else None
    if g["by"]:
        by_y = g["by_y"] if not g["by_y"] or g["by_y"].isdigit() else spoken_year(g["by_y"])
        return by_y or (str(pub.year) if pub.year else None)  # "by the end of the year"
    return None


def _read_parts(g: dict[str, str | None], pub: Published) -> str | None:
    if g["mspan"]:
        return _month_span(g)
    if g["mrange"]:
        first, last = month_number(g["m1"] or ""), month_number(g["m2"] or "")
        if last < first:  # "the 2024/25 marketing year (July-June)": across the new year
            return None if _given(g, "my", pub) else _months_across(first, last, pub)
        return _months(_given(g, "my", pub), first, last, pub)
    if g["monthsto"]:  # "in the 12 months to September": the months ending with that one
        month = month_number(g["mtm"] or "")
        last_year = int(g["mty"]) if g["mty"] else _latest_year_of(month, pub)
        if not last_year:
            return None
        span = g["mtw"].lower() if g["mtw"] else ""  # "the year ended ...": a report's period
        n = 3 if span == "quarter" else 6 if span.startswith("half") else 12 if span else (
            _count(g["mtn"]))
        if span.endswith("year") and not span.startswith("half") and month == 12:
            return str(last_year)  # "the year ended 31 December 2024": the calendar year
        return _months_ending(n, last_year * 12 + month - 1)
    if g["firstn"] or g["nmonths"]:
        n = _count(g["fn"] or g["nn"])
        year = _given(g, "fy", pub) or _given(g, "ny", pub)
        if g["nmonths"] and year is None and not _just_before(n, pub):
            return None  # "in three months" published in December: not January-March
        return _months(year, 1, n, pub) if 1 <= n <= 12 else None
    if g["quarter"] and g["qra"]:  # "Q1-Q3 2025"
        first, last = int(g["qra"]), int(g["qrb"] or 1)
        return _months(_full_year(g["qry"]), 3 * first - 2, 3 * last, pub) if last > first else None
    if g["quarter"]:
        q = _quarter_number(g)
        return _months(_given(g, "qy", pub) or g["qy2"] or _full_year(g["qy3"]), 3 * q - 2, 3 * q,
                       pub)
    if g["hyr"]:  # "the half-year": the last whole half before publication
        if pub.year is None or pub.month is None:
            return None
        return _months(str(pub.year), 1, 6, pub) if pub.month >= 7 else (
            _months(str(pub.year - 1), 7, 12, pub))
    if g["half"]:
        first = (g["hw"] or "").lower() in ("first", "1st") or "1" in (g["hn"], g["hn3"])
        return _months(_given(g, "hy", pub) or g["hy2"] or _full_year(g["hy3"]), 1 if first else 7,
                       6 if first else 12, pub)
    if g["mshort"]:  # "9M 2025": the first nine months
        return _months(_full_year(g["msy"]), 1, int(g["msn"] or 1), pub)
    return None


def _read_years(g: dict[str, str | None], pub: Published) -> str | None:
    if g["monthyear"]:
        return f"{g['mmy']}-{month_number(g['mm'] or ''):02d}"
    if g["ayear"]:  # "in '24", "Sep'25": a year written short
        short = f"20{g['ay']}"
        return f"{short}-{month_number(g['am']):02d}" if g["am"] else short
    if g["bmonth"]:  # "in October": the last October up to publication
        latest = _latest_year_of(month_number(g["bm"] or ""), pub) if not g["bmr"] else (
            pub.year and pub.year + {"last": -1, "next": 1}.get(g["bmr"].split()[0].lower(), 0))
        return f"{latest}-{month_number(g['bm'] or ''):02d}" if latest else None
    if g["relm"] and pub.year and pub.month:  # "last month", "this month", "next month"
        shift = {"last": -1, "previous": -1, "next": 1}.get((g["rmw"] or "").lower(), 0)
        year_n, month_n = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return f"{year_n}-{month_n + 1:02d}"
    if g["relq"] and pub.year and pub.month:  # "next quarter": from the publication's
        shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(
            (g["rqw"] or "").lower(), 0)
        year_n, q = divmod(pub.year * 4 + (pub.month - 1) // 3 + shift, 4)
        return _months(str(year_n), 3 * q + 1, 3 * q + 3, pub)
    if g["rels"] and pub.year and pub.month:  # "last summer": the season's months
        return _season(g["rsw"] or "", g["rss"] or "", pub.year, pub.month)
    if g["yrange"]:
        y1, y2 = g["y1"] or "", g["y2"] or ""
        y2 = y2 if len(y2) == 4 else y1[:2] + y2
        if g["ym1"] and int(y2) == int(y1) + 1:  # "the 2024/25 marketing year (July-June)"
            first, last = month_number(g["ym1"]), month_number(g["ym2"] or "")
            return f"{y1}-{first:02d}/{y2}-{last:02d}" if last < first else f"{y1}/{y2}"
        return f"{y1}/{y2}" if y2 > y1 else None
    if g["fiscal"]:  # "FY2024", "fiscal 2024", "FY'24", "FY24"
        return g["fsy"] or _full_year(g["fsy2"])
    if g["year"]:
        return g["yy"]
    if g["saidyear"]:
        return spoken_year(g["sdy"] or "")
    if (g["ytd"] or g["yearsofar"]) and pub.year:  # "so far", "year to date", "YTD": January
        last = (pub.month or 13) - 1  # to the month before, of that year: "4.1 mln t year to
        year = g["ytdy"] or g["ysy"] or str(pub.year)  # date in 2024", "in 2025 so far"
        return year if last >= 12 else f"{year}-01/{year}-{max(last, 1):02d}"
    if g["rel"] and pub.year:
        word = (g["rw"] or "").lower()
        shift = -1 if word in ("last", "previous", "prior") else 1 if word == "next" else 0
        return str(pub.year + shift)
    return None


def _months(year: str | None, first: int, last: int, pub: Published) -> str | None:
    """A span of months; without a year, the latest such span before publication."""
    if year is None:
        if pub.year is None:
            return None
        # the latest such span up to publication, or the one under way ("expect rates to fall
        # in the fourth quarter", published in October)
        under_way = pub.month is not None and first <= pub.month <= last and last - first < 6
        y = pub.year - 1 if pub.month is not None and last > pub.month and not under_way else (
            pub.year)
        year = str(y)
    return f"{year}-{first:02d}/{year}-{last:02d}" if first != last else f"{year}-{first:02d}"


def _month_span(g: dict[str, str | None]) -> str | None:
    """ "from July 2023 to June 2024": the months from the first to the last, each with its
    own year (none when the last comes before the first)."""
    first = int(g["xy1"] or 0) * 12 + month_number(g["xm1"] or "") - 1
    last = int(g["xy2"] or 0) * 12 + month_number(g["xm2"] or "") - 1
    if not first < last:
        return None
    return f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"


def _months_across(first: int, last: int, pub: Published) -> str | None:
    """A span of months across the new year ("July-June", `last` < `first`), without a year:
    the latest such span ending up to publication ("(July-June)" published in August 2025:
    2024-07/2025-06)."""
    if pub.year is None or pub.month is None:
        return None
    end = pub.year if last <= pub.month else pub.year - 1
    return f"{end - 1}-{first:02d}/{end}-{last:02d}"


def _full_year(year: str | None) -> str | None:
    """ "25" -> "2025" (a two-digit year after a part-year code); a full year as it is."""
    year = None if year is None else year.lstrip("'’")
    return None if year is None else ("20" + year if len(year) == 2 else year)


def _given(g: dict[str, str | None], group: str, pub: Published) -> str | None:
    """The year a part-year phrase names: "of 2024" (`group`), "of last year" (`group_r`)."""
    if g[group]:
        return g[group]
    words = (g[group + "_r"] or "").lower().split()
    if not words or pub.year is None:
        return None
    return str(pub.year + {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(words[-2], 0))


def _latest_year_of(month: int, pub: Published) -> int | None:
    """The year of the last such month up to publication: this year's, or last year's when
    it is up to three months back across the new year ("in December", published in January);
    None for a month later in the year, which may be last year's or the coming one."""
    if pub.year is None or pub.month is None:
        return None
    if month <= pub.month:
        return pub.year
    return pub.year - 1 if (pub.month - month) % 12 <= 3 else None


def _day_near(g: dict[str, str | None], pub: Published, done: str | None = None) -> str | None:
    """From a day named without its year ("from July 1", "since 1 March"): the nearest such
    day to publication ("from January 1" in December: the coming one), the last one up to
    publication after "since" or after a change told done (see `done_before`): "have risen
    9% from 1 January", "were raised by 12% from 1 January" in August (but the coming one in
    the month before it, as announced); the coming one after a verb still to come ("will rise 7%
    from 1 September")."""
    month, day = month_number(g["sm4"] or g["sm5"] or ""), int(g["sd4"] or g["sd5"] or 0)
    if pub.year is None or pub.month is None or not 1 <= day <= 31:
        return None
    now = pub.year * 12 + pub.month - 1
    if g["sdr"]:  # "from 1 January this year": the year it names
        year = pub.year + {"last": -1, "next": 1}.get(g["sdr"].lower(), 0)
    elif (done == "past" and (month - pub.month) % 12 != 1) or done == "perfect" or (
            g["since"] or "")[:1] in "sS":  # (but "were cut by 10% from 1 November" in October)
        year = pub.year if month <= pub.month else pub.year - 1
    elif done == "future":  # "will rise 7% from 1 September": the coming one
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = min((pub.year - 1, pub.year, pub.year + 1),
                   key=lambda y: (abs(y * 12 + month - 1 - now), -y))
    return f"{year}-{month:02d}-{day:02d}/.."


def _sincemonth_number(first: int, pub: Published) -> str | None:
    """From a month (of the publication year, or the year before if it is later in the year)
    to the month before publication, as "so far this year" is."""
    if pub.year is None or pub.month is None:
        return None
    year = pub.year if first <= pub.month else pub.year - 1
    last_year, last = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
    if (last_year, last) <= (year, first):
        return f"{year}-{first:02d}"  # published in the month it starts
    return f"{year}-{first:02d}/{last_year}-{last:02d}"


_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _week_to(g: dict[str, str | None], pub: Published) -> str | None:
    """The seven days up to a weekday (its latest up to the publication day) or a date."""
    if g["wd"]:
        year, month, day = pub.year, pub.month, pub.day
    else:
        month = month_number(g["wm"] or "")
        year, day = int(g["wy"]) if g["wy"] else _latest_year_of(month, pub), int(g["wdd"] or 0)
    if year is None or month is None or day is None:
        return None
    try:
        end = datetime.date(year, month, day)
    except ValueError:
        return None  # "the week to February 30"
    if g["wd"]:
        end -= datetime.timedelta(days=(end.weekday() - _WEEKDAYS.index(g["wd"].lower())) % 7)
    return f"{(end - datetime.timedelta(days=6)).isoformat()}/{end.isoformat()}"


def _endmonth_number(g: dict[str, str | None]) -> int:
    """The last month of the quarter or half "at the end of Q3", "... of the first half" name."""
    word = (g["eqw"] or "").lower()
    if g["eh"] or (g["eqh"] or "").lower() == "half":
        return 6 if g["eh"] == "1" or word == "first" else 12
    return 3 * (int(g["eq"]) if g["eq"] else ("first", "second", "third", "fourth").index(word) + 1)


def _months_back(n: int, pub: Published) -> str | None:
    """The `n` whole months before the publication month ("over the past 12 months",
    published in June 2025: 2024-06/2025-05)."""
    if pub.year is None or pub.month is None:
        return None
    return _months_ending(n, pub.year * 12 + pub.month - 2)  # the month before publication


def _months_ending(n: int, last: int) -> str | None:
    """The `n` months up to `last` (months counted from January of year 0)."""
    if not 2 <= n <= 36:
        return None
    first = last - n + 1
    return f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"


def _just_before(n: int, pub: Published) -> bool:
    """Do "N months" (no year, no "first") plausibly end just before publication?"""
    return pub.month is not None and (pub.month - n) % 12 <= 2


def _ago_back(count: str | None, unit: str | None, pub: Published) -> str | None:
    """The year ("thirty years ago", "a decade ago") or month ("six months ago") so long
    before publication; None without a publication date (no anchor) or past fifty years."""
    word = (count or "").lower()
    n = int(word) if word.isdigit() else int(WORD_NUMBERS.get(word, 0))
    unit = (unit or "").lower()
    if pub.year is None or n < 1:
        return None
    if unit.startswith("month"):
        if pub.month is None or n > 36:
            return None
        year, month = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return f"{year}-{month + 1:02d}"
    years = n * 10 if unit.startswith("decade") else n
    return str(pub.year - years) if years <= 50 else None


def month_number(name: str) -> int:
    """1 for "January", "Jan.", "jan"."""
    return MONTH_NUM[name.rstrip(".").lower()]


def _count(word: str | None) -> int:
    word = word or ""
    return int(word) if word.isdigit() else COUNT_WORDS.get(word.lower(), 0)


def _quarter_number(g: dict[str, str | None]) -> int:
    words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
    if g["qw"]:
        return words[g["qw"].lower()]
    return int(g["qn"] or g["qn3"] or "1")


_SEASON_MONTHS: Final = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season(word: str, season: str, year: int, month: int) -> str:
    """A season's three months: "last" the latest one over by publication, "this" the
    publication year's, "next" the one after that ("last summer" in May 2026 is
    2025-06/2025-08, "next summer" 2027-06/2027-08, "this summer" being 2026's; a winter runs
    from December, so that "last winter" in March 2026 is 2025-12/2026-02, as "this winter"
    is up to March)."""
    first = _SEASON_MONTHS[season.lower()]
    word = word.lower()
    if word in ("last", "previous"):
        start = year if first + 2 < month else year - 1 if first + 2 - 12 < month else year - 2
    else:
        start = (year - 1 if first == 12 and month < 4 else year) + (word == "next")
    end_year, end_month = divmod(start * 12 + first + 1, 12)
    return f"{start}-{first:02d}/{end_year}-{end_month + 1:02d}"
