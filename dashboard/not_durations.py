"""Numbers of time that measure nothing at all: the age of a ship or a firm ("95 years old"),
a clock time ("at 1400 hrs"), a person's age ("Emre Yildiz, 47, a driver"), a web page's
stamp or reading time ("5 hours ago", "3 min read"), all the time there is ("24 hours a
day") and some day ("One day the corridor will"). Read by `timeframes.is_time_frame` (a
person's age by `counts.lend_elliptic`).

Pure: no pandas, no dash. Each test looks at a bounded window on each side of the number.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.vocab.calendar import MONTHS
from dashboard.vocab.hedging import HEDGE_WORDS

# The modal verbs after a clause's subject ("the corridor will carry", "we could"), read here
# by `is_someday` and in `timeframes` by a horizon that opens a clause.
MODALS: Final = r"will|would|could|might|may|can|should|shall|must"


# Ages of ships, lines and firms, said in retrospective pieces: "95 years old", "165 years of
# history", "in service for 40 years", "the average age of the fleet is 32 years". How old
# something is measures no trade or transport (the "ages"); a design or concession
# life ("designed for 50 years", "a concession for 25 years") stays.
_RE_AGE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?i:old\b|of[\s\u00a0]++(?:history|existence)\b)")
_RE_AGE_BEFORE: Final = regex.compile(
    r"(?i:(?:\b(?:in[\s\u00a0]+(?:service|operation|use)|operating|operated|existed)\b"
    r"[^.;:!?]{0,30}?\bfor|\bage\b[^.;:!?]{0,50}?\b(?:is|was|of|at|reached|stands[\s\u00a0]+at)"
    rf"|\baged)[\s\u00a0]+(?:{HEDGE_WORDS}[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)


def is_age(before: str, after: str) -> bool:
    """ "95 years old", "in service for 40 years": how old something is, no measure."""
    return _RE_AGE_AFTER.match(after) is not None or (
        ("for" in before[-24:] or "age" in before[-70:].lower())
        and _RE_AGE_BEFORE.search(before[-90:]) is not None)


# A person's age set off by commas after the name: "said Emre Yildiz, 47, a driver from
# Trabzon", "Aigerim Bekova, 34, who runs ...": no figure of the quantity before it.
# The name is two capitalised words, neither a month ("in February, 47," "Aktau and Kuryk,
# 12," are no persons); the role a person's ("who", "a driver"), no share or level of the
# quantity ("a quarter of them", "the lowest since", "a fall of 13%").
# One capitalised word is a name after a speech verb or a title ("said Yildiz, 47,",
# "Mr Aliyev, 63,").
_RE_NAME_BEFORE: Final = regex.compile(
    rf"(?:\b(?!(?:{MONTHS})\b)[A-Z][\w'-]++[\s\u00a0]++"
    r"|\b(?:said|says|according[\s\u00a0]++to|Mr|Ms|Mrs|Dr)\.?[\s\u00a0]++)"
    rf"(?!(?:{MONTHS})\b)[A-Z][\w'-]++,[\s\u00a0]*+\Z")
_RE_ROLE_AFTER: Final = regex.compile(
    r"\A,[\s\u00a0]++(?:who|whose|said|says|from|(?:head|chairman|chairwoman|director|chief"
    r"|manager|owner|founder|deputy)\b|(?:a|an|the)[\s\u00a0]++(?!(?:quarter|"
    r"third|half|fifth|tenth|share|fall|rise|drop|decline|increase|gain|record|total|figure|"
    r"number|level|most|least)\b|\w++est\b)[a-z])")


def is_persons_age(written: str, before: str, after: str) -> bool:
    """ "Emre Yildiz, 47, a driver": a bare number of two digits between a name and a role."""
    return (len(written) == 2 and written.isdigit() and _RE_ROLE_AFTER.match(after) is not None
            and _RE_NAME_BEFORE.search(before[-40:]) is not None)


# "at 1400 hrs", "from 0800 hours", "1830 hrs local time": a clock time written as hours.
_RE_CLOCK_HOURS_BEFORE: Final = regex.compile(
    r"(?i:\b(?:at|from|until|till)[\s\u00a0]+)\Z", flags=regex.REVERSE
)
_RE_LOCAL_TIME_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:local[\s\u00a0]+time|GMT|UTC|Moscow[\s\u00a0]+time|Astana[\s\u00a0]+time)\b"
)


def is_clock(written: str, before: str, after: str) -> bool:
    """ "At 1400 hrs local time": four digits HHMM with "hrs" tell the time of day."""
    if len(written) != 4 or not written.isdigit():
        return False
    if int(written[:2]) > 23 or int(written[2:]) > 59:
        return False
    return bool(_RE_CLOCK_HOURS_BEFORE.search(before) or _RE_LOCAL_TIME_AFTER.match(after))


# "5 hours ago", "2 days ago": when a page was posted or updated, not how long anything took
# (the longer units read "ago" with `timeframes._RE_SPAN_AFTER`).
_RE_AGO_AFTER: Final = regex.compile(r"\A[\s\u00a0]++(?i:ago)\b")
# "3 min read", "5 min listen": how long a page takes to read, its furniture; "Read time: 4
# minutes", "Reading time: 5 min" say it before the figure.
_RE_READ_AFTER: Final = regex.compile(r"\A[\s\u00a0]++(?i:read|listen|watch)\b")
_RE_READ_TIME_BEFORE: Final = regex.compile(
    r"(?i:\b(?:read(?:ing)?|listening)[\s\u00a0]++time[\s\u00a0]*+:?[\s\u00a0]*+)\Z")


def is_page_time(unit: str, before: str, after: str) -> bool:
    """Is the duration a web page's stamp ("posted 5 hours ago") or its reading time ("3 min
    read")? Page furniture between an article's sentences, never a figure of the article."""
    if _RE_AGO_AFTER.match(after):
        return True
    return unit == "min" and bool(_RE_READ_AFTER.match(after)
                                  or _RE_READ_TIME_BEFORE.search(before[-24:]))


# "work 24 hours a day, seven days a week": the whole of a day or a week, said of working
# round the clock; how a place operates, not a measured duration.
_RE_A_DAY_AFTER: Final = regex.compile(r"\A[\s\u00a0]++(?i:a|per|each|every)[\s\u00a0]++(?i:day)\b")
_RE_A_WEEK_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?i:a|per|each|every)[\s\u00a0]++(?i:week)\b")


def is_round_the_clock(unit: str, value: float, after: str) -> bool:
    """ "24 hours a day", "seven days a week": all the time there is, no measure."""
    return ((unit == "hour" and value == 24 and _RE_A_DAY_AFTER.match(after) is not None)
            or (unit == "day" and value == 7 and _RE_A_WEEK_AFTER.match(after) is not None))


def is_someday(written: str, before: str, after: str) -> bool:
    """ "One day the corridor will carry 10 mt", "the port could one day rival Aktau": some
    time in the future, no duration (but "takes one day", "One day of storage costs $5")."""
    last = before.rsplit(None, 1)[-1:]
    if written.lower() != "one" or (last and last[0].lower() in _DURATION_WORDS):
        return False  # "Delays of one day can cost $5,000": a day's delay, however said
    if _RE_MODAL_BEFORE.search(before[-12:]) or _RE_MODAL_AFTER.match(after):
        return True
    head = before.rstrip()
    return (not head or head[-1] in ".!?:;\n\"“”") and _RE_CLAUSE_AFTER.match(after) is not None


_DURATION_WORDS: Final = frozenset({"of", "for", "in", "within", "than", "to", "by", "at",
                                     "about", "just", "only", "over", "under", "takes", "took",
                                     "take", "lasts", "lasted"})
_RE_MODAL_BEFORE: Final = regex.compile(rf"\b(?i:{MODALS})[\s\u00a0]++\Z")
_RE_MODAL_AFTER: Final = regex.compile(rf"\A[\s\u00a0]*+,?[\s\u00a0]*+(?i:{MODALS}|soon)\b")
# a clause's subject right after a sentence's opening "One day"
_RE_CLAUSE_AFTER: Final = regex.compile(
    r"\A(?:[\s\u00a0]*+,|[\s\u00a0]++(?:(?i:the|a|an|this|that|it|he|she|they|we|you|our"
    r"|their|its|his|her)\b|I\b|[A-Z][a-z]))"
)
