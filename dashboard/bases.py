"""The periods of figures set against other figures or times, after `timing` has given
each claim of a sentence its own time.

Pure. Passes 8 and 9 of `timing` and those after them:
- a change measured against a base year is a change over the year after it ("a 90% rise on
  2022": 2023's), and so is one set against a level of that year, unless the level it
  reached names a later year ("40% compared with 2022 to $7 billion in 2024": 2022/2024)
  or is a level now ("now handles 20 trains a day, 6 more than in 2022": 2022/..), and
  not the base of a multiple before it ("double the 2023 figure, and ... raised by 15%")
  (`after_base`);
- a figure "a year earlier" than the one before it is for that one's period, a year back;
  one "in the corresponding period of 2024" is for the same months of 2024; a change "over
  1H24" after a figure for 1H25 is over 1H25; the levels of "from 12% to 27% over
  2020-2024" are the two ends of the span; "rose to 1,012 from 876 in January-September"
  counts the 1,012 over those months (`compared_periods`);
- the same for a figure whose period comes from an earlier sentence (`year_earlier`) or from
  the publication date (`a_year_ago`).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Sequence
from typing import Final

import regex

from dashboard.claim import Located
from dashboard.periods import Time, years_of
from dashboard.plan_periods import RE_PART_OF_A_YEAR, forecast_set_against, whole_year
from dashboard.present import is_current
from dashboard.scanning import match_at
from dashboard.vocab.calendar import MONTHS
from dashboard.vocab.hedging import HEDGE_WORDS

_RE_YEAR: Final = regex.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
# A change followed by the level it is measured against: "30% above the $24.2 billion".
_RE_COMPARED: Final = regex.compile(
    r"\A\s+(?:above|below|over|under|more\s+than|less\s+than|higher\s+than|lower\s+than|"
    r"up\s+on|down\s+on|compared\s+(?:with|to)|against)\s+(?:the\s+|a\s+)?\Z"
)
# "to" right before a level: "rose to 1,012 from 876 in January-September" (the new level,
# then the old one); "rose 40% compared with 2022 to $7 billion in 2024" (the change, then
# the level it reached).
_RE_TO_BEFORE: Final = regex.compile(
    rf"(?i:\bto\s+(?:{HEDGE_WORDS}\s+)?)\Z"
)
# "from" between two figures ("to 1,012 from 876", "to 3,870, up from about 3,540"): what
# the second is, the level the first left behind (matched whole: `fullmatch`; `counts` too).
_FROM_HEDGED = rf"(?i:from)[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?"
RE_FROM_BETWEEN: Final = regex.compile(
    r"[\s\u00a0]*+,?[\s\u00a0]*+(?:(?i:up|down)[\s\u00a0]++)?" + _FROM_HEDGED)
# ... and right between them, no comma nor "up"/"down" ("to 1,012 from 876 in January-June"):
# the time after the second is the first's too (`_to_level_from`); after ", up from 950,000
# TEU in January-June 2024" it is the base's alone.
_RE_FROM_RIGHT_BETWEEN: Final = regex.compile(r"[\s\u00a0]++" + _FROM_HEDGED)


def _to_level_from(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """A span of months after "to X from Y" is what X was counted over, not Y's: "the number
    of ferry calls rose to 1,012 from 876 in January-September" (1,012 in those months; 876,
    the level it went from, is of no time the sentence says). A year or a point in time
    stays Y's: "fell to 2-3 days from 7-10 days in early 2024"."""
    for k in range(1, len(group)):
        t = chosen[k]
        if (t is None or chosen[k - 1] is not None or t.base or t.start < group[k].end
                or "/" not in t.period or t.period.endswith("/..")
                or not _RE_FROM_RIGHT_BETWEEN.fullmatch(text[group[k - 1].end : group[k].start])
                or not _RE_TO_BEFORE.search(text, max(0, group[k - 1].start - 20),
                                            group[k - 1].start)):
            continue
        chosen[k - 1], chosen[k] = t, None


# "from 12% to 27% over 2020-2024": the levels at the two ends of the span.
_RE_FROM_BEFORE: Final = regex.compile(r"(?i:\bfrom\s+)\Z")
# "from X to Y": the gap between the two levels ("rise from $1,200 to $1,500", `levels`).
RE_TO_BETWEEN: Final = regex.compile(
    rf"\A\s+to\s+(?:{HEDGE_WORDS}\s+)?\Z"
)


def _ends_of_a_span(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """ "The share increased from 12% to 27% over 2020-2024": the first level is the first
    year's, the second the last year's; the span is the change's, not theirs."""
    for k in range(1, len(group)):
        t = chosen[k]
        if t is None or chosen[k - 1] is not t or group[k].change is not None:
            continue
        span = years_of(t.period)
        if (span is not None and RE_TO_BETWEEN.match(text[group[k - 1].end : group[k].start])
                and _RE_FROM_BEFORE.search(text, max(0, group[k - 1].start - 6),
                                           group[k - 1].start)):
            chosen[k - 1] = Time(t.start, t.end, str(span[0]), False)
            chosen[k] = Time(t.start, t.end, str(span[1]), False)


# "a rise of 12% over 1H24": what a change is over.
_RE_OVER_BEFORE: Final = regex.compile(r"(?i:\bover\s+(?:the\s+)?)\Z")


def _over_a_year_before(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """A change "over" the period a year before the figure it follows is measured against
    it, over that figure's period: "6.8 mln t in 1H25, a rise of 12% over 1H24" (over 1H25;
    "rose 12% over 2024" alone is a change during 2024)."""
    for k in range(1, len(group)):
        t, prev = chosen[k], chosen[k - 1]
        if (t is not None and prev is not None and group[k].change is not None
                and not t.base and group[k].end <= t.start
                and t.period == _shift_years(prev.period, -1)
                and _RE_OVER_BEFORE.search(text, max(0, t.start - 10), t.start)):
            chosen[k] = prev


# "doubled over two years to 80,000 TEU": the change's span, then the level it reached.
_RE_OVER_YEARS_TO: Final = regex.compile(
    r"\A[\s\u00a0]++(?:over|in)[\s\u00a0]++(?:the[\s\u00a0]++(?:last|past)[\s\u00a0]++)?"
    r"(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine|ten)[\s\u00a0]++years"
    rf"[\s\u00a0]*+,?[\s\u00a0]*+to[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z"
)
_YEARS: Final = {word: k for k, word in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))}


def _over_years_to_a_level(
    group: Sequence[Located], chosen: list[Time | None], text: str
) -> None:
    """A change over n years to a level of a year Y is over (Y - n)/Y: "doubled over two
    years to 80,000 TEU in 2024" (2022/2024), so its start is the base it doubled from."""
    for k in range(len(group) - 1):
        level = chosen[k + 1]
        if (chosen[k] is not None or group[k].change is None or level is None
                or group[k + 1].change is not None or len(level.period) != 4
                or not level.period.isdigit()):
            continue
        m = _RE_OVER_YEARS_TO.match(text[group[k].end : group[k + 1].start])
        if m is not None:
            n = _YEARS.get(m["n"].lower()) or int(m["n"])
            year = int(level.period)
            chosen[k] = Time(level.start, level.end, f"{year - n}/{year}", False)


def _same_period(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """A level "in the corresponding period of 2024" is for the months of the figure before
    it, in that year: "$640 million in Jan-Oct 2025, compared to $510 million in the
    corresponding period of 2024" (January-October 2024, not all of 2024)."""
    for k in range(1, len(group)):
        t = chosen[k]
        if (t is None or t.base or len(t.period) != 4
                or not _RE_SAME_PERIOD_BEFORE.search(text, max(0, t.start - 40), t.start)):
            continue
        part = next((p for p in reversed(chosen[:k])
                     if p is not None and RE_PART_OF_A_YEAR.match(p.period)), None)
        if part is not None:
            chosen[k] = Time(t.start, t.end, _RE_YEAR.sub(t.period, part.period), False)


# "compared with 262 a year earlier", "1.8 mt in the same period a year earlier", "up from
# 1.05 mln TEU in the previous year", "93,000 TEU in 2025, up from 56,000 two years earlier"
# (2023; "two years ago" counts back from publication instead).
_RE_YEAR_EARLIER: Final = regex.compile(
    r"\A[^.;0-9]{0,40}?\b(?:(?:a|one)\s+year\s+(?:earlier|before|ago)"
    r"|(?P<n>two|three|four|five|[2-9])\s+years\s+(?:earlier|before)"
    r"|(?:in\s+)?the\s+(?:previous|prior)\s+year(?![-\s]on|['’]s)"
    r"|(?:in\s+)?the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year)\b"
)




def _year_earlier(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """A figure "a year earlier" than the one before it is for that one's period, a year back
    (9. in `timing`'s docstring): "300 vessels this year, compared with 262 a year earlier"."""
    for k in range(1, len(group)):
        prev = chosen[k - 1]
        if k >= 2 and _second_base(group, k, text):
            prev = chosen[k - 2]  # "7.8 days in October, down from 8.4 days in September and
            # 9.1 days a year earlier": both bases are the head figure's
        if prev is None or prev.period.endswith("/..") or group[k].change is not None:
            continue  # "up 12% from a year earlier": the change is over the later period
        end = group[k].end
        limit = min(group[k + 1].start if k + 1 < len(group) else len(text), end + 120)
        # within 40 characters, up to 80 long; the time spans the words, which name their
        # year ("1.3 mln t in 2025 against 1.1 mln t a year earlier" is no plan for 2025)
        if found := _RE_YEAR_EARLIER.match(text[end:limit]):
            n = found["n"] or "1"
            years = int(n) if n.isdigit() else _YEARS_AGO[n.lower()]
            chosen[k] = Time(end, end + found.end(), _shift_years(prev.period, -years), False)
        elif (found := _RE_MONTH_EARLIER.match(text[end:limit])) and (
                back := _month_before(prev.period)):
            chosen[k] = Time(end, end + found.end(), back, False)  # "a month earlier"


# "rose to $48.6 billion at the end of September from $46.9 billion a month earlier", "from
# $6.9 billion reported by customs a month earlier", "against 0.98 million tonnes, a month
# earlier"; the words between name no time of the figure's own, nor run past a comma but one
# right before the phrase ("350,000 t in April, as forecast a month earlier" is April's)
_RE_MONTH_EARLIER: Final = regex.compile(
    r"\A(?:(?!\b(?:" + MONTHS + r"|Q[1-4]|quarter|half)\b)[^.,;0-9]){0,40}?,?[\s\u00a0]*+"
    r"\b(?:(?:a|one)\s+month\s+(?:earlier|before|ago)"
    r"|(?:in\s+)?the\s+(?:previous|prior)\s+month(?![-\s]on|['’]s))\b"
)
_RE_MONTH_OR_ITS_END: Final = regex.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})(?P<d>-[0-9]{2})?")


def _month_before(period: str) -> str | None:
    """The month before a month ("2026-09" -> "2026-08"), or the end of it before a month's
    end ("2026-09-30" -> "2026-08-31"); None for any other period."""
    found = _RE_MONTH_OR_ITS_END.fullmatch(period)
    if found is None:
        return None
    year, month = int(found["y"]), int(found["m"])
    if not 1 <= month <= 12 or (found["d"] is not None
                                and int(found["d"][1:]) != monthrange(year, month)[1]):
        return None  # a day that is no month's end: "a month earlier" is no month's end
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    if found["d"] is None:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{monthrange(year, month)[1]:02d}"


_RE_AND_GAP: Final = regex.compile(r"\A[^0-9.;:]{0,30}?\s+and\s+\Z")


def _second_base(group: Sequence[Located], k: int, text: str) -> bool:
    """Is group[k] the second of two bases after "from", joined by "and"?"""
    first = group[k - 1]
    return (_RE_AND_GAP.match(text[first.end : group[k].start]) is not None
            and _RE_FROM_BEFORE.search(text[max(0, first.start - 12) : first.start]) is not None)


def after_base(
    group: Sequence[Located], times: list[tuple[Time, ...]], chosen: list[Time | None], text: str
) -> None:
    """ "a 90% rise on 2022", "3.2% more than in 2023": a change measured against a base
    year is a change over the year after it (8. in `timing`'s docstring). Not multipliers
    ("2.5 times the 2021 level" may span decades) nor relative bases ("the previous year")."""
    for k, claim in enumerate(group):
        if chosen[k] is not None or claim.change is None or claim.unit == "x":
            continue
        compared = chosen[k + 1] if k + 1 < len(group) else None
        if compared is not None and _RE_COMPARED.match(text[claim.end : group[k + 1].start]):
            # "30% above the $24.2 billion recorded in 2022": over the year after 2022
            chosen[k] = Time(compared.start, compared.end, _next_year(compared.period), False)
            continue
        bases = [t for t in times[k] if t.base and (
                     not t.period.endswith("/..")  # "from 2023" after a change is a base
                     or text[t.start : t.start + 4].lower() == "from")
                 # "dropping 7% to $2,180, its lowest since December 2023": a record's frame
                 and text[t.start : t.start + 5].lower() != "since"
                 and _names_its_year(t, text)
                 and not _anothers_multiple_base(group, k, t, text)
                 and not _RE_SAME_PERIOD_BEFORE.search(text, max(0, t.start - 40), t.start)]
        if bases:
            base = min(bases, key=lambda t: abs(t.start - claim.end))
            year = base.period.removesuffix("/..")
            if _RE_FROM_A_DAY.match(year):  # "a 15% rise from 1 January 2026": from then on
                chosen[k] = Time(base.start, base.end, f"{year}/..", False)
                continue
            period = _span_to_level(group, chosen, k, year, text) or (
                f"{year}/.." if _after_a_level_now(group, k, text) else _next_year(year))
            chosen[k] = Time(base.start, base.end, period, False)


# "more than double the 2023 figure, and some have raised premiums by 15%": the base year
# right after a multiple before the change is the multiple's, no base of the change.
_RE_MULTIPLE_THEN_BASE: Final = regex.compile(
    r"\A[\s\u00a0]++(?:(?:the|its|their)[\s\u00a0]++)?\Z")
# ... when the change stands in a clause of its own (", and some have raised ..."), not in an
# apposition restating the multiple ("2.5 times the 2021 level, a 150% increase"), unless the
# multiple is a level now ("is now three times the 2019 level, a 200% increase": up to now
# as the multiple is, no change over the year after the base).
_RE_NEW_CLAUSE: Final = regex.compile(r"(?i:[,\s\u00a0](?:and|but|while|whereas)[\s\u00a0]|;)")


def _anothers_multiple_base(group: Sequence[Located], k: int, t: Time, text: str) -> bool:
    """Is the base `t`, before group[k], the base of the multiple right before it?"""
    if k == 0 or t.start >= group[k].start:
        return False
    prev = group[k - 1]
    return (prev.unit == "x" and prev.end <= t.start
            and _RE_MULTIPLE_THEN_BASE.match(text[prev.end : t.start]) is not None
            and (_RE_NEW_CLAUSE.search(text, t.end, group[k].start) is not None
                 or is_current(prev, text)))


# "a 15% rise in tariffs from 1 January 2026": a day after "from" is when the change takes
# effect, from that day on: no base year to count a year on from ("from 2023" is one).
_RE_FROM_A_DAY: Final = regex.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def _after_a_level_now(group: Sequence[Located], k: int, text: str) -> bool:
    """Does change k follow a level now ("Dostyk now handles 20 trains a day, 6 more than in
    2022")? Then it is the change from the base year to now ("2022/.."), not over the year
    after the base."""
    return k > 0 and group[k - 1].change is None and is_current(group[k - 1], text)


_RE_WHOLE_YEAR: Final = regex.compile(r"\A[0-9]{4}\Z")


def _span_to_level(group: Sequence[Located], chosen: list[Time | None], k: int, year: str,
                   text: str) -> str | None:
    """ "rose 40% compared with 2022 to $7 billion in 2024": a change from a base year to
    the level it reached in a later year than the one after the base is over the span
    from the base to that year ("2022/2024"), not over the year after the base."""
    if k + 1 >= len(group) or group[k + 1].change is not None:
        return None
    reached = chosen[k + 1]
    if (reached is None or reached.base or not _RE_WHOLE_YEAR.match(reached.period)
            or not _RE_WHOLE_YEAR.match(year) or int(reached.period) <= int(year) + 1):
        return None
    if _RE_TO_BEFORE.search(text[group[k].end : group[k + 1].start]) is None:
        return None
    return f"{year}/{reached.period}"


# "1H24", "Q1'24", "9M24", "FY'24": a year written short after a part-year code.
_RE_SHORT_YEAR: Final = regex.compile(r"(?<=[HQMY'’])[0-9]{2}(?![0-9])")


def _names_its_year(t: Time, text: str) -> bool:
    """Does the time write its year ("2022", "1H24"), unlike "the previous year", which is
    relative to the figure before and not a base to count a year on from?"""
    return bool(_RE_YEAR.search(text, t.start, t.end)
                or _RE_SHORT_YEAR.search(text, t.start, t.end))


# "compared with the same period of 2023": which months, the sentence does not say (the
# article's period, carried, does).
_RE_SAME_PERIOD_BEFORE: Final = regex.compile(
    r"(?i:\b(?:same|corresponding)\s+(?:period|half|quarter)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:year\s+)?)\Z"
)


def in_same_months(t: Time, carried: str, text: str) -> str | None:
    """ "Exports reached $24 billion in January-September 2025. In the same period of 2024
    they stood at $21 billion": a year named as "the same period" of the months an article
    goes on with (carried from a sentence before) is those months of that year."""
    if (len(t.period) != 4 or not RE_PART_OF_A_YEAR.match(carried)
            or not _RE_SAME_PERIOD_BEFORE.search(text, max(0, t.start - 40), t.start)):
        return None
    return str(_RE_YEAR.sub(t.period, carried))


# "In the same ten months of 2024 the count was 454,000, so volumes grew by 17%": a change
# the comparison yields, after the earlier level; it is this year's, a year on from the base.
_RE_RESULT_AFTER: Final = regex.compile(
    r"(?i:[,;][\s\u00a0]*+(?:so|meaning|which\s+means|which\s+meant|implying)\b)")
# A change's own base after it: "a 10% fall on 2023", "up 4% from a year earlier".
_RE_OWN_BASE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:on|from|over|against|versus|vs\.?|compared)\b")
_RE_SAME_BEFORE: Final = regex.compile(r"(?i:\b(?:same|corresponding)\s)")


def result_of_same(t: Time, claim: Located, period: str, text: str) -> str | None:
    """The period of change `claim`, whose time `t` (read as `period`) is "the same
    months" of a year before the article's, when a result clause after that level gives it
    ("..., so volumes grew by 17%", ", meaning a rise of 27%"): a year on. Not a change of
    that year itself ("In the same half of 2024 they had risen 6%")."""
    if (claim.change is None or not RE_PART_OF_A_YEAR.match(period)
            or not _RE_SAME_BEFORE.search(text, max(0, t.start - 25), t.end)
            or not _RE_RESULT_AFTER.search(text, t.end, claim.start)
            or match_at(_RE_OWN_BASE_AFTER, text, claim.end) is not None):
        return None
    return _next_year(period)


def _next_year(period: str) -> str:
    """ "2022" -> "2023"; "2023-01/2023-07" -> "2024-01/2024-07"."""
    return _shift_years(period, 1)


def year_earlier(claim: Located, period: str, text: str) -> str | None:
    """`period` a year back when the claim is said to be "a year earlier" than it (a level,
    not a change); else None. For a period the claim takes from a sentence before."""
    if claim.change is not None or period.endswith("/.."):
        return None
    window = text[claim.end : claim.end + 80]
    if "year" in window.lower() and _RE_YEAR_EARLIER.match(window):
        return _shift_years(period, -1)
    return None


# "The previous year it was $1.9 billion", "The previous year's figure was ...", "A year
# earlier, exports had risen 9%": a sentence that opens a year back from the period carried
# into it (a change too: the words say when it was, not what it is against).
_RE_YEAR_EARLIER_LEAD: Final = regex.compile(
    r"[\s\u00a0\"“]*+(?:in\s+)?(?:the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+"
    r"(?:earlier|before)|the\s+year\s+before)\b(?![-\s]on\b)",
    flags=regex.IGNORECASE,
)


def year_earlier_lead(lo: int, claim: Located, period: str, text: str) -> str | None:
    """`period` a year back when the sentence starting at `lo`, or the claim's clause after a
    semicolon, opens "The previous year" ("$4,650 in June; a year earlier it was $3,900")."""
    if period.endswith("/.."):
        return None
    semicolon = text.rfind(";", lo, claim.start)
    if not (_RE_YEAR_EARLIER_LEAD.match(text, lo, claim.start) or (
            semicolon >= 0 and _RE_YEAR_EARLIER_LEAD.match(text, semicolon + 1, claim.start))):
        return None
    return _shift_years(period, -1)


# Not a level set against the one a year ago: "$3,200, half the level of a year ago", "5 mt,
# the same as a year ago", "$3,200, twice what it was a year ago".
_RE_A_YEAR_AGO: Final = regex.compile(
    r"\A(?![^.;0-9]{0,40}?\b(?:levels?|than|twice|double|half|times|same|what)\b)"
    r"[^.;0-9]{0,40}?\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9])"
    r"\s+years?\s+ago\b",
    flags=regex.IGNORECASE,
)
_YEARS_AGO: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                     "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def a_year_ago(claim: Located, year: int | None, text: str) -> str | None:
    """The year so many years before publication (`year`) for a level "a year ago" or
    "three years ago" that has no other figure's period to go back from ("weakened to 512
    per dollar from 470 a year ago", "up from 25% three years ago")."""
    if year is None or claim.change is not None:
        return None
    window = text[claim.end : claim.end + 60]
    found = _RE_A_YEAR_AGO.match(window) if "ago" in window else None
    if found is None:
        return None
    n = found.group("n").lower()
    return str(year - (int(n) if n.isdigit() else _YEARS_AGO[n]))


def _shift_years(period: str, years: int) -> str:
    shifted: str = _RE_YEAR.sub(lambda m: str(int(m.group()) + years), period)
    return shifted


def compared_periods(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """The passes after the sentence's own times are chosen (`chosen`, one per claim of
    `group`), in order: a year earlier, the same period, over a year before, over n years
    to a dated level, the ends of a span, the level "to X from Y" was counted over."""
    _year_earlier(group, chosen, text)
    _same_period(group, chosen, text)
    _over_a_year_before(group, chosen, text)
    _over_years_to_a_level(group, chosen, text)
    _ends_of_a_span(group, chosen, text)
    _to_level_from(group, chosen, text)
    forecast_set_against(group, chosen, text)
    whole_year(group, chosen, text)
