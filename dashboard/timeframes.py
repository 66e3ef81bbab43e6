"""Numbers of time that say when, not how long: "over the past five years", "the first 11
months", "a three-day visit", "two years later" are time frames, not measured durations
such as a transit time or a payback period; "in 9M 2025" is months of a year.

Pure: no pandas, no dash. Each test looks at a bounded window on each side of the number.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.hedges import sentence_tail
from dashboard.not_durations import (
    MODALS,
    is_age,
    is_clock,
    is_page_time,
    is_round_the_clock,
    is_someday,
)
from dashboard.numbers import is_change_word
from dashboard.patterns_around import RE_PERIOD_WORD_BEFORE
from dashboard.raw import Raw
from dashboard.vocab.hedging import HEDGE_OR_MORE, HEDGE_WORDS
from dashboard.vocab.units import (
    CURRENCY_SIGNS_AFTER,
    CURRENCY_WORDS,
    ISO_CODES,
    MULTIPLIER_WORDS,
)

# Spans a change happened over, not measured durations: "over the past five years",
# "in three years", "during the nine months", "more than ten years after", "should double
# within five years" (after a change word: its deadline, not a measured duration).
_RE_SPAN_BEFORE: Final = regex.compile(
    r"(?i:(?<!\bfor[\s\u00a0]+)\b(?:(?P<over>over|during|throughout)|in|within)(?:[\s\u00a0]+(?P<the>the))?"
    r"(?:[\s\u00a0]+(?P<only>past|last|next|previous|coming|only|recent))?[\s\u00a0]+\Z)",
    flags=regex.REVERSE,
)
_RE_THE_PAST_BEFORE: Final = regex.compile(
    r"(?i:\bthe[\s\u00a0]+(?:past|last|previous)[\s\u00a0]+)\Z", flags=regex.REVERSE
)
# "later than planned", "earlier than scheduled": against a schedule (`_RE_SPAN_AFTER`).
_THAN_PLANNED: Final = (
    r"[\s\u00a0]++than[\s\u00a0]++(?:(?:the|its|their)[\s\u00a0]++)?(?:originally[\s\u00a0]++|"
    r"initially[\s\u00a0]++)?(?:planned|scheduled|expected|envisaged|foreseen|agreed|promised|"
    r"targeted|contracted|(?:original[\s\u00a0]++)?(?:schedule|plan|deadline|target))\b"
)
# "two years later", "for the three months ended 30 June 2025", "six years on, ...", "a
# decade on from the launch": when, not how long (but "14 months later than planned" is how
# far works run behind their schedule: a measured delay; "12 days on the road" a duration)
_RE_SPAN_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:after|ago|(?:later|earlier)(?!" + _THAN_PLANNED + r")|before|"
    r"from\s+now|ended|ending|on(?=[\s\u00a0]*+(?:[,;:!?]|\.(?![0-9])|\Z)"
    r"|[\s\u00a0]++from\b))\b"
)
# "Within five years, trade should double": when, not how long, in a lead-in before a comma
# ("recover its costs within 8-10 years." is a payback time; "within 15 days" a delivery time).
# The lead-in opens its sentence or clause ("..., and within two years, ..."); not "the berth
# completed within 30 months, so that it can open in 2029", a duration, then a clause.
_RE_WITHIN_BEFORE: Final = regex.compile(
    r"(?i:(?:\A|[.!?,;:\n\"“(]|\b(?:and|but|so|that|while))[\s\u00a0]*+"
    r"within[\s\u00a0]+(?:the[\s\u00a0]+(?:next|coming|past|last)[\s\u00a0]+)?)\Z"
)
# "reach 10 million tonnes within five years": the deadline of the figure just before it
# (a figure and its noun, no clause between), not a measured duration.
_RE_FIGURE_WITHIN_BEFORE: Final = regex.compile(
    r"(?<![\w.,])[0-9][0-9.,%]*(?:[\s\u00a0]+[A-Za-z%]+){0,4}[\s\u00a0]+within[\s\u00a0]+\Z",
    flags=regex.REVERSE,
)
# "reaching the milestone 11 days earlier than last year": no duration (but "11 days ahead of
# schedule", "earlier than planned": how far works run ahead of their schedule, measured).
_RE_EARLIER_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:earlier(?!\s+(?:on|in|today)\b)(?!" + _THAN_PLANNED + r"))\b"
)
_RE_EVENT_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:(?:official|state|working|international|annual|joint)[\s\u00a0]+)?"
    r"(?i:visit|forum|summit|meeting|conference|exhibition|fair|festival|holidays?|event|talks|"
    r"tour|session|course|strike|ceasefire|truce|workshop|seminar|congress|mission|stay|"
    r"celebrations?|training|negotiations|programme|program"
    # "a one-day record of 9,800 people": the record's window (not "10-day high-speed")
    r"|record|high|low|peak)\b(?![-\u2010\u2011])"
)
# "its 50-day moving average.", "turnover ..., against a 20-day average of 2.7 billion": a
# market average's window (not "a 14-day average transit time": the duration averaged; not
# "waits reached a four-day average": without "moving", only beside a market word)
_RE_AVERAGE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:(?P<moving>moving)[\s\u00a0]+)?(?i:average)"
    r"(?=[\s\u00a0]+of\b|[\s\u00a0]*+[,.;:)]|\Z)"
)
_RE_MARKET_WORD: Final = regex.compile(
    r"(?i:\b(?:prices?|index|indices|turnover|trading|traded|volumes?|Brent|futures|shares"
    r"|stocks?|exchange|yields?|(?:below|above|against)[\s\u00a0]++(?:its|the|a|an)\b))"
)


def _is_market_average(before: str, after: str) -> bool:
    """Is an N-day figure the window of a market's average ("its 50-day moving average")?"""
    m = _RE_AVERAGE_AFTER.match(after)
    return m is not None and (m["moving"] is not None or _RE_MARKET_WORD.search(
        before[-100:] + after[: m.end() + 30]) is not None)
# "the highest level in 10 years", "for the first time in five years": a record's time frame.
_RE_RECORD_IN: Final = regex.compile(
    r"(?i:\b(?:first|highest|lowest|largest|biggest|best|worst|strongest|weakest|fastest|"
    r"slowest|most|least)\b[^.;:]{0,40}\b(?:in|over|for)[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?:(?:past|last|previous)[\s\u00a0]+)?)\Z"
)
_RE_OF_YEAR_AFTER: Final = regex.compile(r"\A[\s\u00a0]+of[\s\u00a0]+(?:19|20)[0-9]{2}\b")

_RE_ALTERNATIVE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s\u00a0]+(?:or|to)"
    r"[\s\u00a0]+)\Z"
)


def is_span_of_change(before: str) -> bool:
    """ "has grown fivefold over seven years", "in only two months": the span a change (or a
    tally) happened over, not a measured duration ("the grid in 15 years" stays a duration)."""
    if _RE_THE_PAST_BEFORE.search(before):
        return True  # "The last five years saw exports rise 20%": whatever the verb
    span = _RE_SPAN_BEFORE.search(before)
    if span is None and before.endswith(("or ", "to ")):
        alternative = _RE_ALTERNATIVE_BEFORE.search(before)  # "over the past three or four
        if alternative is not None:  # years": the span before the first number
            before = before[: alternative.start()]
            span = _RE_SPAN_BEFORE.search(before)
    if span is None:
        return False
    if span.group("only") == "only" or (span.group("the") and not span.group("only")):
        return True  # "in only two months", "over the seven months": a known stretch of time
    if span.group("the"):
        return True  # "over the past five years", "in the next decade": a time frame
    if _RE_RECORD_IN.search(before[: span.end()]):
        return True  # "the highest level in 10 years", "for the first time in five years"
    words = sentence_tail(before[: span.start()]).split()[-12:]
    if any(is_change_word(w) or _is_multiplier_word(w.lower().strip(".,;:"))
           for w in words):
        return True  # "doubled over three years", "grew fivefold in 10 years"
    # "earmarks 150 bln rubles for the channel over three years", "will invest Dh1.1 billion
    # over five years": the stretch money is spent over, not a measured duration ("in five
    # years" stays: it may be a payback or delivery time; "loan $10,000 over 3 years" is a
    # loan's term)
    return (span.group("over") is not None and any(map(_spends_money, words))
            and not any(w.lower().strip(".,;:") in _LENT for w in words))


_LENT: Final = frozenset({"loan", "loans", "lend", "lends", "lent", "lending", "borrow",
                          "borrowed", "borrows", "repay", "repaid", "repays", "credit",
                          "mortgage"})


def _spends_money(word: str) -> bool:
    """A currency sign, ISO code or currency name as split from text ("$2", "rubles"), or a
    verb of spending ("invest": "Dh1.1" names its currency by a sign read elsewhere)."""
    bare = word.strip(".,;:()\"'")
    return (bare[:1] in CURRENCY_SIGNS_AFTER or bare in ISO_CODES
            or bare.lower() in CURRENCY_WORDS or bare.lower() in _SPENDING_WORDS)


# Verbs of money laid out over a stretch of time (`_spends_money`)
_SPENDING_WORDS: Final = frozenset({
    "invest", "invests", "invested", "investing", "spend", "spends", "spent",
    "disburse", "disburses", "disbursed", "allocate", "allocates", "allocated",
})


def _is_multiplier_word(word: str) -> bool:
    return word.endswith("fold") or word in MULTIPLIER_WORDS


# "met in Turkmenbashi for two days", "talks lasted three days": how long people met.
_RE_MET_FOR_BEFORE: Final = regex.compile(
    r"(?i:\b(?:met|meet|meets|gathered|convened|conferred|talked|negotiated|stayed|toured)\b"
    r"[^.;:!?]{0,60}?\bfor[\s\u00a0]+(?:some[\s\u00a0]+|about[\s\u00a0]+)?)\Z"
    r"|(?i:\b(?:talks|negotiations|visit|forum|summit|meeting|conference|briefing|interview|"
    r"session|ceremony|speech)(?:,?[\s\u00a0]+which)?[\s\u00a0]+lasted[\s\u00a0]+)\Z",
    flags=regex.REVERSE,
)
# "In his 12 years as minister", "my 32 years on the railway": how long a person has held a
# post, told with a possessive, not a measured duration; "in its 25 years", "over their 30
# years": how long a firm or a line has existed (an age); "I spent 15 years at sea", "he had
# spent six years in Dubai": a person's own time, a life story.
_RE_TENURE_POSSESSIVE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:his|her|my|its|their|our|(?:I|he|she)[\s\u00a0]+(?:ha[sd][\s\u00a0]+)?spent)"
    r"[\s\u00a0]+(?:(?:nearly|almost|over|some)[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)
# "She spent two weeks in Aktau waiting for a ferry": time lost on the way, a waiting time,
# not a life story (its clause speaks of waiting or a queue; not "spent 20 years at the
# customs committee", "in the border guard service": a career).
_RE_WAITING_AFTER: Final = regex.compile(
    r"\A[^.;:!?]{0,80}?\b(?i:wait(?:s|ed|ing)?|queu(?:e[sd]?|ing|eing)|stuck|stranded|idle"
    r"|delayed|for[\s\u00a0]++(?:a|the)[\s\u00a0]++(?:ferry|berth|slot|vessel))\b")


# "a master with 22 years at sea", "engineers with 15 years of experience", "she has ten
# years in the industry": a person's career told by what they have, not a measured duration.
_RE_CAREER_HAVE_BEFORE: Final = regex.compile(
    rf"(?i:\b(?:with|has|had|have|having)[\s\u00a0]+(?:(?:{HEDGE_OR_MORE})[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)
_RE_CAREER_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?i:at[\s\u00a0]++sea|of[\s\u00a0]++(?:experience|seniority"
    r"|service(?![\s\u00a0]++(?:life|left|remaining|ahead|to[\s\u00a0]++go)\b))"
    r"|in[\s\u00a0]++the[\s\u00a0]++(?:industry|profession|trade|business))\b")


def _is_tenure(before: str, after: str) -> bool:
    """A possessive's or a speaker's years ("in his 12 years as minister", "I spent 15 years at
    sea"), a person's career ("a master with 22 years at sea"), not a time spent waiting on
    the way; "spent two years 10 months" is one span."""
    if _RE_CAREER_AFTER.match(after) and _RE_CAREER_HAVE_BEFORE.search(before[-30:]):
        return True
    found = _RE_TENURE_POSSESSIVE_BEFORE.search(before[-20:])
    if found is None or after.lstrip()[:1].isdigit():
        return False
    return "spent" not in found.group() or _RE_WAITING_AFTER.match(after) is None


# "in five years the corridor will carry ...", "within ten years we could ...": a horizon that
# opens a clause about the future, then its subject and a modal; not a measured duration ("built
# in five years" or "recovers its cost in 8 years." stay).
_RE_IN_YEARS_BEFORE: Final = regex.compile(
    r"(?i:(?:\A|[.!?,;:\"“‘']|\b(?:that|and|but|so))[\s\u00a0]*+(?:in|within)[\s\u00a0]+)\Z",
    flags=regex.REVERSE,
)
# "hopes to launch phase two in five years", "will open the terminal in two years": when a
# thing starts, not how long anything takes ("built in five years" stays a duration).
_RE_START_IN_BEFORE: Final = regex.compile(
    r"(?i:\b(?:launch|start|open|begin|resume|commission)(?:s|es|ed|ing)?+[\s\u00a0]"
    r"[^.;:!?,0-9]{0,40}?[\s\u00a0]in[\s\u00a0]+)\Z"
)
_RE_SUBJECT_MODAL_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]*+,?[\s\u00a0]*+(?:the|we|it|our|this|they|[A-Z][\w-]*+)\b[^.;:!?,]{0,50}?"
    rf"\b(?i:{MODALS})\b"
)
# "I have worked at this port for 20 years", "served as minister for six years": how long a
# person has held a post, a life story in a quote, not a measured duration.
_RE_TENURE_FOR_BEFORE: Final = regex.compile(
    r"(?i:\b(?:worked|served|lived|headed|chaired|led|taught)\b"
    r"[^.;:!?]{0,60}?\bfor[\s\u00a0]+(?:some[\s\u00a0]+|about[\s\u00a0]+|nearly[\s\u00a0]+|"
    r"almost[\s\u00a0]+|over[\s\u00a0]+|more[\s\u00a0]+than[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)
# "Results for the nine months will be published", "data for the six months to June": the
# period a report covers, no measured duration.
_RE_REPORT_FOR_BEFORE: Final = regex.compile(
    r"(?i:\b(?:results?|figures|data|reports?|statements?|accounts|earnings|numbers|statistics)"
    r"[\s\u00a0]+for[\s\u00a0]+the[\s\u00a0]+)\Z",
    flags=regex.REVERSE,
)
# "after 20 years at Kazakhstan Temir Zholy", "after a decade with Maersk": a career told in
# a profile, how long a person worked somewhere (a named employer after "at"/"with"), not a
# measured duration.
_RE_AFTER_YEARS_BEFORE: Final = regex.compile(
    r"(?i:\bafter[\s\u00a0]+(?:(?:nearly|almost|over|some|more[\s\u00a0]+than)[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)
_RE_AT_EMPLOYER_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?i:at|with)[\s\u00a0]++(?:the[\s\u00a0]++)?\p{Lu}")
# "closed for three weeks after the derailment": "for" makes it how long, and "after" only
# says from when (but "two years after the launch" alone is when)
_RE_FOR_BEFORE: Final = regex.compile(
    rf"(?i:\bfor[\s\u00a0]+(?:{HEDGE_OR_MORE}[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)
_RE_AFTER_OR_BEFORE: Final = regex.compile(r"\A[\s\u00a0]+(?i:after|before)\b")


# "enters into force two months after its publication", "takes effect six months after
# signing": the lag a law sets before it applies, a measured term as "10 days after" is
_RE_IN_FORCE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:(?:enter|come)(?:s|ed|ing)?|came)[\s\u00a0]+into[\s\u00a0]+(?:force|effect)"
    r"|\b(?:take[ns]?|taking|took)[\s\u00a0]+effect|\bbecom(?:e|es|ing)[\s\u00a0]+effective)"
    r"[\s\u00a0]+(?:only[\s\u00a0]+)?\Z"
)


def _is_duration_for(before: str, after: str) -> bool:
    """ "for three weeks after the derailment": a duration, whatever follows it; so is the lag
    before a law applies ("enters into force six months after publication")."""
    return (_RE_AFTER_OR_BEFORE.match(after) is not None
            and (_RE_FOR_BEFORE.search(before[-30:]) is not None
                 or _RE_IN_FORCE_BEFORE.search(before[-36:]) is not None))


def is_time_frame(
    unit: str, hyphenated: bool, before: str, after: str, written: str = "", value: float = 0.0
) -> bool:
    """Is a number of `unit` (a duration unit) between `before` and `after` a time frame
    rather than a measured duration? `hyphenated`: written "11-month", "three-day";
    `written`: the number as written, digits or a word ("1400" in "at 1400 hrs" is a clock
    time, "One" in "One day the corridor will" some day); `value`: its value ("24 hours a
    day" is round the clock)."""
    if _RE_LEFT_AFTER.match(after) and _RE_WE_HAVE_BEFORE.search(before[-40:]):
        return True  # "we've got five minutes left": a speaker's countdown, no measured duration
    if unit in ("year", "month", "week"):
        return bool(
            RE_PERIOD_WORD_BEFORE.search(before)  # "the first 11 months"
            or is_span_of_change(before)  # "over the past five years"
            or (after[:1] == "," and _RE_WITHIN_BEFORE.search(before))
            or _RE_FIGURE_WITHIN_BEFORE.search(before[-60:]) is not None
            or _RE_OF_YEAR_AFTER.match(after)  # "11 months of 2024"
            or (_RE_SPAN_AFTER.match(after) is not None  # "two years later"
                and not _is_duration_for(before, after))
            or hyphenated  # "11-month cargo"
            or ("for" in before[-20:] and _RE_TENURE_FOR_BEFORE.search(before) is not None)
            or ("for the" in before[-10:] and _RE_REPORT_FOR_BEFORE.search(before[-40:]))
            or _is_tenure(before, after)
            or (unit == "year" and _RE_AT_EMPLOYER_AFTER.match(after) is not None
                and _RE_AFTER_YEARS_BEFORE.search(before[-24:]) is not None)
            or (unit == "year" and is_age(before, after))
            or (_RE_IN_YEARS_BEFORE.search(before[-16:]) is not None
                and _RE_SUBJECT_MODAL_AFTER.match(after) is not None)
            or (before.endswith("in ") and _RE_START_IN_BEFORE.search(before[-60:]) is not None)
        )
    if unit in ("s", "min", "hour", "day") and is_page_time(unit, before, after):
        return True  # "5 hours ago", "3 min read": a web page's stamp, no measured duration
    if unit == "day" and RE_PERIOD_WORD_BEFORE.search(before):
        return True  # "the first 100 days of the new government"
    if (unit in ("day", "hour") and _RE_THE_PAST_BEFORE.search(before[-24:])
            and "spen" not in before[-24:]):  # not "has spent the last 200 days in space"
        return True  # "over the past 24 hours 1,245 wagons crossed": a report's window
    if unit in ("day", "hour"):
        # "a three-day visit": how long people met, not a transit time; "reaching the
        # milestone 11 days earlier than last year": no duration
        return bool((hyphenated and (_RE_EVENT_AFTER.match(after) or _is_market_average(
                    before, after))) or _RE_EARLIER_AFTER.match(after)
                    or is_round_the_clock(unit, value, after)
                    or (unit == "day" and is_someday(written, before, after))
                    or (unit == "hour" and is_clock(written, before, after))
                    or (before.endswith("in ")
                        and _RE_VOLUME_IN_BEFORE.search(before[-60:]) is not None)
                    or (("for" in before[-14:] or "lasted" in before[-12:])
                        and _RE_MET_FOR_BEFORE.search(before)))
    return False


# "processed 4,300 TEU in 24 hours", "loaded 12,000 tonnes of wheat in 48 hours": the window
# a volume was moved in (a rate), no duration of its own (but "covered 4,700 km in 15 days":
# a distance's time is its transit time).
_RE_VOLUME_IN_BEFORE: Final = regex.compile(
    r"(?<![\w.,])[0-9][0-9.,]*(?:[\s\u00a0]*(?i:million|thousand|mln|bn|billion))?"
    r"[\s\u00a0]*(?:TEU|FEU|(?i:tonnes|tons|t|containers|wagons|railcars|trains|trucks"
    r"|vehicles|boxes|barrels|cars|units))"
    r"(?:[\s\u00a0]+of(?:[\s\u00a0]+[A-Za-z-]+){1,2})?[\s\u00a0]+in[\s\u00a0]+\Z",
    flags=regex.REVERSE,
)
# "We've got about five minutes left", "we have ten minutes to go": a session's countdown, as
# a moderator says it (not "the student had only 15 minutes left to finish the test")
_RE_LEFT_AFTER: Final = regex.compile(r"\A[\s\u00a0]++(?i:left|to[\s\u00a0]++go)\b")
_RE_WE_HAVE_BEFORE: Final = regex.compile(
    r"\b(?i:we(?:['’]ve|[\s\u00a0]++have)(?:[\s\u00a0]++got)?+|we['’]re[\s\u00a0]++down[\s\u00a0]++to)"
    rf"(?:[\s\u00a0]++(?i:{HEDGE_WORDS}|another))?+[\s\u00a0]++\Z")


_SPAN_UNITS: Final = frozenset({"day", "week", "month", "year"})
# "handled 500,000 TEU in nine months": the time it took to count, not a measured duration
# (`is_span_of_tally`, read by `pairs.resolve`).
_RE_SPAN_OF_TALLY: Final = regex.compile(
    r"\A[^.,;:!?0-9]{0,60}?\b(?P<word>(?i:in|over))[\s\u00a0]+(?:(?i:the|just|only)[\s\u00a0]+)?\Z"
)


def is_span_of_tally(tally: Raw, raw: Raw, text: str) -> bool:
    """Is `raw` ("nine months") the stretch of time over which `tally` ("500,000 TEU") was
    counted, in the same clause? Not for durations of their own ("takes 12 days") nor after
    "within" ("recover its costs within 8-10 years")."""
    if (raw.unit not in _SPAN_UNITS or raw.change is not None or raw.approx is not None
            or tally.unit in _SPAN_UNITS or tally.unit in ("%", "pp", "x")
            or (tally.unit in ("km", "mi") and raw.unit in ("day", "hour"))):
        return False  # "covered 4,700 km in 15 days": how long the trip took
    span = _RE_SPAN_OF_TALLY.match(text[tally.end : raw.start])
    # money "over 3 years" is a term ("a loan of $10,000 over 3 years"), not a tally's span
    return span is not None and not (
        span.group("word").lower() == "over" and tally.unit in ISO_CODES
    )


# "9M 2025", "10M 2024", "in 9M.", a headline's "... in 11M" at its line's end: months of a
# year so far (read by `periods`).
_RE_MONTHS_YEAR_AFTER: Final = regex.compile(
    r"\A[\s\u00a0-]?(?:(?:19|20)[0-9]{2}|['’]?[0-9]{2})\b"
)
_RE_MONTHS_IN_BEFORE: Final = regex.compile(r"(?i:\b(?:in|for|during|over)[\s\u00a0]+)\Z")
# ... or before the level or base a wire gives next: "down 3.1% in 10M to 23.4 mt"
_RE_MONTHS_END_AFTER: Final = regex.compile(
    r"\A(?:[,.;:)\r\n]|\Z|[\s\u00a0]++(?:(?i:to|from|vs\.?|versus|against|compared|comparing|y/y|yoy)(?![\w/])"
    r"|\((?=[-+−]?[0-9])))"  # a post's "in 10M (+12.3%)": the change in brackets after
)


def is_months_shorthand(raw: Raw, text: str, start: int, end: int) -> bool:
    """ "in 9M 2025", "in 10M.": N months of a year, written as a number and "M"."""
    if not raw.value.is_integer() or not 1 <= raw.value <= 12 or raw.value_high is not None:
        return False
    return bool(_RE_MONTHS_YEAR_AFTER.match(text[end : end + 6])
                or text.startswith(":", end)  # a headline's label: "gas exports 9M: 27.1 bcm"
                or (text[start - 1 : start] == "(" and text.startswith(")", end))  # "(9M)"
                or (_RE_MONTHS_IN_BEFORE.search(text[max(0, start - 10) : start])
                    and _RE_MONTHS_END_AFTER.match(text[end : end + 12])))
