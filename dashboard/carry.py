"""What a claim takes from the claims and sentences around it.

Pure: no pandas, no dash. The period an article goes on with, carried to figures whose
sentence names no time (`PeriodCarry`; the time of "by then" and of forecasts alike is
`forecast_times`'). Called by `describe.describe_all`, sentence by sentence (the metrics a
change and its level lend each other, and the levels of "from X to Y", are `levels`').
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Final

import regex

from dashboard.bases import year_earlier, year_earlier_lead
from dashboard.claim import Claim, Kind, Located
from dashboard.levels import is_from_level
from dashboard.patterns import COMPARISON_TAGS
from dashboard.periods import Time, deadline_clause, since_follows
from dashboard.present import RATE_TIMES, is_current, is_stock_now, moves_now, tells_the_past
from dashboard.published import is_ahead, period_end, period_start
from dashboard.raw import DURATIONS  # a wait ("queued for 5 to 7 days") carries no period
from dashboard.retractions import is_retracted
from dashboard.scanning import CLAUSE_TIMEOUT, match_at, may_contain, scan_timeout
from dashboard.shared_times import set_against
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import PAST_CHANGE_WORDS, PERFECT_CHANGE_WORDS

if TYPE_CHECKING:
    from dashboard.context import SentenceIndex


# What a route or a site is, not what it did in a period: no period is carried to these.
_STANDING: Final = frozenset(
    {"capacity", "data capacity", "route length", "cable length", "berth count",
     "facility count", "project cost", "depth", "quay length"}
)
# A change in the present perfect ("Measured from that low, volumes have doubled", "prices
# have risen 40%") runs up to now, from a start the sentence does not say: not the period
# before.
_RE_PERFECT_CHANGE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:have|has)[\s\u00a0]++(?:(?:already|almost|nearly|roughly)[\s\u00a0]++)?"
    rf"(?:(?:{PERFECT_CHANGE_WORDS}|{PAST_CHANGE_WORDS}|surged|expanded|contracted)"
    r"[\s\u00a0]++(?:by[\s\u00a0]++)?"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?)?\Z)")
# ... unless it is set against the same time a year before ("have risen 18% year on year"),
# or the time carried is a reporting period (`_runs_to_now`).
_RE_COMPARED_AFTER: Final = regex.compile(
    rf"[\s\u00a0,]*+(?i:{COMPARISON_TAGS}|(?:from|on|over|against|than|compared[\s\u00a0]++"
    r"(?:with|to))[\s\u00a0]++(?:a|one|the)[\s\u00a0]++(?:(?:previous|prior|same)[\s\u00a0]++)?"
    r"(?:year|period)\b)")


# ... but a span up to now in its clause ("has fallen by half since the war began", "have
# tripled in recent years") is no reporting period's change.
_RE_TO_NOW_AFTER: Final = regex.compile(
    r"[^.;!?]{0,80}?\b(?i:since|in[\s\u00a0]+recent[\s\u00a0]+years"
    r"|(?:over|in)[\s\u00a0]+the[\s\u00a0]+(?:past|last))\b")


def _runs_to_now(claim: Located, carried: str, lo: int, text: str) -> bool:
    """Is the change a present perfect one ("volumes have doubled") that runs up to now, not
    over the period carried? Not with "since" after it, a comparison with a year before ("have
    risen 18% year on year"), nor after a reporting period ("In January-June, ... Imports
    have risen 12%": a half, a quarter or months, not a whole year) unless a span up to now
    follows in its clause ("since the war began")."""
    return (_RE_PERFECT_CHANGE_BEFORE.search(text, max(lo, claim.start - 60), claim.start)
            is not None and not since_follows(claim.end, text)
            and ("-" not in carried.partition("/")[0]
                 or _RE_TO_NOW_AFTER.match(text, claim.end, claim.end + 100) is not None)
            and _RE_COMPARED_AFTER.match(text, claim.end, claim.end + 60) is None)


# A sentence about the present ("a trip now takes 13-17 days") is not about the period before.
_RE_NOW: Final = regex.compile(
    r"(?i:\b(?:now|currently|at\s+present|today|nowadays|to\s+date)\b)"
)
_NOW_WORDS: Final = frozenset({"now", "currently", "present", "today", "nowadays", "date"})
# A sentence that names a span of years of its own is not about the period before.
_RE_SPAN_OF_YEARS: Final = regex.compile(
    r"(?i:\b(?:over|in|during|within)\s+(?:the\s+(?:past|last|previous)\s+)?"
    r"(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b)"
)

# A sentence about a whole season or year is not about the part of one carried before.
_RE_WHOLE_SEASON: Final = regex.compile(
    r"\b(?i:for|over|in|during|throughout)\s+the\s+(?i:(?:whole|full|entire)\s+)?"
    r"(?i:season|(?:marketing|crop|full)\s+year|year\s+as\s+a\s+whole)\b"
)

# A figure with a recent time of its own, which periods do not write: "let through 2,300
# trucks last week", "1,500 trucks were waiting on Friday" take neither the sentence's year
# ("whose capacity was doubled in 2023") nor the paragraph's.
_RE_OWN_RECENT_TIME: Final = regex.compile(
    r"[^.,;:!?0-9]{0,30}?\b(?i:(?:last|this|past)\s+week|yesterday|today|overnight|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_RECENT_WORDS: Final = ("week", "day", "overnight")  # one is in every match of the above


class PeriodCarry:
    """The period an article's figures are for so far: "Total cargo in the first 11 months
    reached 15.8 million tonnes. Poti moved 7.9 mln t, a rise of 36.2%." The second sentence
    names no time and goes on about the first one's.

    The latest period of a sentence's reported figures (a year or part of one; never "since
    2020" nor a span of years such as "over 1995-2021", a total that says nothing of the
    years after it) is carried to the reported figures after it, in its paragraph and the next
    ones, that have no time of their own, in sentences that name no time (or only earlier
    ones, after the figures: "fell 17.7% to 272,157 TEU, following a 26.7% decline in 2024")
    and do not speak of the present ("now"). A sentence whose figures are for an earlier
    period looks back and leaves the carry as it is (in the paragraph that named it: a new
    paragraph starts its own story); durations ("queued for 5 to 7 days in December") carry
    nothing on; a time named by a sentence without figures (not a start day: "from 1 October")
    ends it; a base does not count ("a 73% jump on the previous year" says what a
    change is against, not when). Not carried: from a headline (a summary; the lead says it
    again with its own times), but to a lead that points back at it ("The figure is 7%
    higher than a year ago"); to the levels of "from X to Y" (a change over a span of its
    own), to capacities, lengths and berths (`_STANDING`).
    """

    def __init__(self, index: SentenceIndex) -> None:
        self._index = index
        # "Since it became operational in 2006, BTC has carried ...": a since-time is a
        # base of its figure, but it names the sentence's own time all the same
        self._times = [t for t in index.doc_facts().times
                       if not t.base or t.period.endswith("/..")]
        self._starts = [t.start for t in self._times]
        every = index.doc_facts().times  # bases too: a year inside one names no other time
        self._spans = [(t.start, t.end) for t in every]
        self._span_starts = [t.start for t in every]
        self._period: str | None = None
        self._headline: str | None = None  # the latest period of a headline's figures
        self._headline_levels: set[str] = set()  # the units of its levels (not changes)
        self._from_headline = False  # the period carried now is the headline's, to its lead
        self._paragraph = -1  # where the carried period was named
        self._whole: tuple[str | None, int] | None = None  # a period a part was picked out of
        self._seen = 0  # text before this offset has been looked at for times
        self._span, self._own = (0, 0), False  # the sentence being read; does it name a time
        self._past: tuple[tuple[int, int], bool] = ((-1, -1), False)  # has it a past verb
        runs = index.words.runs if index.words is not None else None
        # most texts have no word of the present: no sentence then needs _RE_NOW
        self._may_say_now = runs is None or not _NOW_WORDS.isdisjoint(runs)

    def into(self, i: int) -> tuple[str | None, int]:
        """The period carried into sentence `i`, if any, and where it stops: the first time
        the sentence names (a figure after it is not carried to). Then `after(i, ...)`."""
        lo, hi = self._span = self._index.span(i)
        starts = self._starts
        self._from_headline = False
        first = bisect.bisect_left(starts, lo)
        self._own = first != bisect.bisect_left(starts, hi, first)  # it names a time
        if i == 1 and self._headline is not None and self._takes_the_headline(lo, hi):
            self._seen = lo
            return self._headline, hi  # "Aktau port handles 3.2 mln tonnes in H1 / The
            # figure is 7% higher than a year ago": the lead's figure is the headline's
        if first != bisect.bisect_left(starts, self._seen, 0, first):
            self._after_times_without_figures(first, lo)
        self._seen = lo
        if self._whole is not None and self._index.paragraph_of[i] != self._whole[1]:
            self._period, self._whole = self._whole[0], None
        if self._index.text.startswith(_NEW_STORY_HEADS, lo) and _RE_NEW_STORY.match(
                self._index.text, lo):
            self._period = None  # "Separately, the Turkish Eximbank signed ...": another story
        period = self._period
        if period is None:
            return None, lo
        stop = hi
        if self._own:
            carried_from = _year_of(period, 0)
            stop = starts[first]
            for t in self._times[first:]:
                if t.start >= hi:
                    break
                if t.start == stop and (clause := deadline_clause(t, lo, self._index.text)):
                    stop = clause  # "..., and expects 2 million by December": its clause's
                elif _year_of(t.period, -1) >= carried_from:
                    return None, lo  # it names the carried year or a later one
        if self._may_say_now and _RE_NOW.search(
                self._index.text, lo, hi, timeout=scan_timeout(hi - lo)):
            return None, lo
        said = self._index.text[lo:hi].lower()
        if "years" in said and _RE_SPAN_OF_YEARS.search(
                self._index.text, lo, hi, timeout=scan_timeout(hi - lo)):
            return None, lo  # "rose by 15 percentage points over five years": its own span
        if len(period) > 4 and ("season" in said or "year" in said) and _RE_WHOLE_SEASON.search(
                self._index.text, lo, hi, timeout=CLAUSE_TIMEOUT):
            return None, lo  # "in June ... The average price for the season was $221": not June's
        if not self._own and self._names_a_date(lo, hi):
            return None, lo  # a date names a time too ("at a forum on 29-30 January 2024")
        return period, stop

    def _takes_the_headline(self, lo: int, hi: int) -> bool:
        """Does the lead (text[lo:hi]) take the headline's period: words pointing back to it
        and no time after them, or no time of its own at all (noted in `_from_headline`: not
        for a level of a unit the headline gave a level in, `period_for`)?"""
        starts = self._starts
        back = _RE_BACK_TO_HEADLINE.match(self._index.text, lo, hi)
        pointing = back is not None and bisect.bisect_left(starts, back.end()) == (
            bisect.bisect_left(starts, hi))  # no time after the words pointing back
        self._from_headline = not (pointing or self._own or self._names_a_date(lo, hi))
        return pointing or self._from_headline

    def _after_times_without_figures(self, first: int, lo: int) -> None:
        """A time named by a sentence without figures (the last before time `first`) ends the
        carry, unless it introduces what follows ("for the ten months:", a question the next
        sentence answers, the time of a figure a correction retracts: "incorrectly stated
        that Aktau handled 7.1 mt in 2024. The correct figure is ..."): then it is carried on.
        A start day ("applies from 1 October.") starts a rule, no period, and the year carried
        named again is the same story: the carry goes on."""
        intro = self._times[first - 1]
        if _RE_START_DAY.match(intro.period) or intro.period == self._period:
            return  # "... in 2024. The bank also opened an office there last year.": the same
        self._period = None
        if within_a_year(intro.period) and (
                self._index.text[intro.end : lo].rstrip().endswith(":")
                or self._leads(intro, lo) or self._heads(intro, lo)
                or self._asks(intro, lo) or _RE_RESULTS_FOR.search(
                    self._index.text, max(0, intro.start - 60), intro.start)
                or is_retracted(self._index.text, intro.start)):
            self._period = intro.period

    def _plan_ahead(self, claims: list[Claim]) -> set[str]:
        """The time still to come that opens a sentence of plans, before its figures, and is
        all their time: "Kyrgyzstan's draft budget for 2026 projects revenues of ... and
        expenditures of ...", then "Transfers ... are set at 55 billion soms" (not "exports
        are expected to reach $5 billion in 2026": the figure's own time, after it)."""
        lo = self._span[0]
        k = bisect.bisect_left(self._starts, lo)
        if k == len(self._starts) or self._starts[k] >= min(c.start for c in claims):
            return set()
        period = self._times[k].period
        if ({c.period for c in claims} != {period} or not within_a_year(period)
                or not is_ahead(period, self._index.pub)):
            return set()
        return {period}

    def _leads(self, time: Time, lo: int) -> bool:
        """Does `time` open the (figure-less) sentence before `lo`, as official releases do
        ("In January-November 2024, Azerbaijan traded with 185 countries.", "According to
        the State Customs Committee, in January-November 2024 ...")?"""
        text = self._index.text
        start = max(text.rfind(". ", 0, time.start), text.rfind("\n", 0, time.start)) + 1
        lead_in = _RE_LEAD_IN.match(text, start, time.start)
        return (lead_in is not None and lead_in.end() == time.start
                and "\n" not in text[time.end : lo].rstrip())

    def _heads(self, time: Time, lo: int) -> bool:
        """Does `time` end a short heading line over the lines before `lo`, as statistics
        releases title their figures ("Georgia's external trade, January-September 2025" /
        "Exports – 4.7 bln USD", "Transit via Kazakhstan in January-April 2025" / "Grain –
        0.9 mln t"): the time set off by a comma, a dash or "in", or in brackets ("KEY
        FIGURES (January-June 2025)"), then only the line's end (a full stop maybe)? Not a
        date ("on March 11, 2024")."""
        text = self._index.text
        line = text.rfind("\n", max(0, time.start - _HEADING_CHARS), time.start) + 1
        head = text[line : time.start].rstrip()
        closing = " \t.)\r\n" if head.endswith("(") else " \t.\r\n"
        return ((line > 0 or time.start < _HEADING_CHARS)
                and head.endswith((",", "\u2013", "\u2014", " in", "("))
                and not text[time.end : lo].strip(closing) and "\n" in text[time.end : lo]
                and _RE_DAY.match(time.period) is None)

    def _asks(self, time: Time, lo: int) -> bool:
        """Does `time` end the question just before `lo`, as interviews run ("Q: How much
        cargo did the port handle in 2024? / A: About 7.3 million tonnes"): the answer's
        figures are for the time asked about. Only the question mark may come between. Not
        the base of a comparison asked for ("How does that compare with last year?")."""
        text = self._index.text
        return text[time.end : lo].strip(" \t\r\n") == "?" and not time.base

    def _names_a_date(self, lo: int, hi: int) -> bool:
        """Does text[lo:hi] hold a year outside every time expression (a date's year)?"""
        for m in _RE_YEAR_TOKEN.finditer(self._index.text, lo, hi, timeout=scan_timeout(hi - lo)):
            k = bisect.bisect_right(self._span_starts, m.start()) - 1
            if k < 0 or m.start() >= self._spans[k][1]:
                return True
        return False

    def period_for(self, claim: Located, metric: str | None, carried: str) -> str | None:
        """The carried period for a reported figure without one of its own (`into` gave
        `carried` and the figure ends before where it stops), if it takes one."""
        text = self._index.text
        if metric in _STANDING or is_current(claim, text) or is_stock_now(
                claim, text, self._span[0]) or self._present_rate(claim) or (
                # "which has 700 members", "investment is approaching $18 billion";
                # its words first: 1,800 matches a MB, none found
                may_contain(text[claim.end : claim.end + 40], _RECENT_WORDS)
                and _RE_OWN_RECENT_TIME.match(text, claim.end, claim.end + 40,
                                              timeout=scan_timeout(40))):
            return None
        if claim.change is not None and _runs_to_now(claim, carried, self._span[0], text):
            return None  # "volumes have doubled": up to now, no carried period (but "they
            # have doubled since": from the carried time on, `periods.since_then`)
        if self._from_headline and claim.change is None and claim.unit in self._headline_levels:
            return None  # "... ship 2.9 mln t of grain in 2024 / The railway moved 3.7 mln t":
            # another level than the headline's, of a time the lead does not say
        # "... stood at 580,000 bpd, compared with 605,000 bpd a year earlier", "up from
        # 38,000 TEU a year earlier"
        earlier = (year_earlier(claim, carried, self._index.text)
                   or year_earlier_lead(self._span[0], claim, carried, self._index.text))
        if earlier is not None:
            return earlier
        return None if is_from_level(claim, self._index.text, reach=60) else carried

    def _present_rate(self, claim: Located) -> bool:
        """Is the figure a rate a day, week or month that moves now, in a sentence with no
        verb in the past (`present.tells_the_past`, read once a sentence)?"""
        if claim.per not in RATE_TIMES or not moves_now(claim, self._index.text):
            return False
        if "average" in self._index.text[self._span[0] : self._span[1]].lower():
            return False  # "On average 18 vessels call each month": an average is over a
            # time, the one carried from before
        if self._past[0] != self._span:
            self._past = (self._span, tells_the_past(self._index.text, *self._span))
        return not self._past[1]

    def over_the_year(self, claim: Located, carried: str) -> bool:
        """Does "over the year" (the year the article is about, `carried`) stand before the
        figure in its clause, past a time the sentence names before it ("That is 30% above
        the $24.2 billion recorded in 2022, and exports over the year came to $14.7 bln")?"""
        lo = max(self._span[0], claim.start - _YEAR_REACH)
        return (len(carried) == 4 and "year" in self._index.text[lo : claim.start]
                and _RE_OVER_THE_YEAR.search(self._index.text, lo, claim.start) is not None)

    def after(self, i: int, claims: list[Claim]) -> None:
        """Sentence `i` (just given to `into`) is read: the latest period of its figures is
        carried on, unless it is earlier than the one carried so far; one that names a time
        and gives none ends it."""
        lo, hi = self._span
        self._seen = hi
        text, ahead = self._index.text, any(c.kind is Kind.PROJECTION for c in claims)
        periods = {c.period for c in claims if c.kind is Kind.ACTUAL and c.period
                   and c.unit not in DURATIONS and not is_from_level(c, text)
                   and not set_against(c, text)}
        # a day is when a stock stood ("4.7 billion euros at the end of September"), not a
        # period the article goes on with
        periods = {p for p in periods if within_a_year(p) and not _RE_DAY.match(p)}
        if i == 0 and not text[lo:hi].rstrip().endswith((".", "!", "?", '"')):
            # a headline (a first line without a full stop) carries only to a lead that
            # points back at it (`into`)
            self._headline = max(periods, key=period_end) if periods else None
            self._headline_levels = {c.unit for c in claims if c.change is None}
            return
        if periods and match_at(_RE_CHART_LINE, text, lo) is not None:
            return  # "Chart: container throughput, 2024: 48,000 TEU": a chart's line, not the
            # period the story goes on with
        if periods and match_at(_RE_PART_ALONE, text, lo) is not None:
            # "November alone set a record": a part picked out, carried in its paragraph ("in
            # the month"); the whole is carried again after it
            self._whole = (self._period, self._index.paragraph_of[i])
        if not periods and ahead:
            periods = self._plan_ahead(claims)
        if periods:
            latest = max(periods, key=period_end)
            paragraph = self._index.paragraph_of[i]
            if (self._period is None or period_end(latest) >= period_start(self._period)
                    or paragraph != self._paragraph):
                self._period, self._paragraph = latest, paragraph
        elif self._own and any(c.kind is Kind.ACTUAL and c.unit not in DURATIONS
                               for c in claims):
            self._period = None  # a sentence of forecasts ("a target of $1 billion by 2026")
            # leaves the carry as it is


# "exports over the year came to $14.7 bln": the year the article is about (not "in the
# year to March", "a year earlier").
_RE_OVER_THE_YEAR: Final = regex.compile(
    r"(?i:\b(?:over|for|in|during|across|throughout)\s+the\s+(?:whole\s+|full\s+)?year\b"
    r"(?!\s+(?:to|ended|ending|before|earlier|ago|on|after|since|ahead|following))[^0-9;.]{0,50})\Z"
)
_YEAR_REACH: Final = 70  # characters from "over the year" to the figure


# A line of a chart, a graphic or a table set in the story, by its label.
_RE_CHART_LINE: Final = regex.compile(
    r"[\s\u00a0]*+(?i:chart|graphic|graph|infographic|table|figure|fact\s+box|data\s+box)"
    r"[\s\u00a0]*+[:\u2013\u2014|]")


_RE_PART_ALONE: Final = regex.compile(
    r"[\s\u00a0]*+(?:In[\s\u00a0]++)?[A-Z][a-z]++[\s\u00a0]++alone\b")
# A lead that points back at its headline's figure, after a dateline maybe: "AKTAU, July 10
# (Trend) – The figure is 7% higher than a year ago", "This is 12% more than in 2024".
_RE_BACK_TO_HEADLINE: Final = regex.compile(
    r"[\s\u00a0]*+(?:[A-Z][A-Z.'’ -]{1,30}+,[^\n–—]{0,40}?[–—-][\s\u00a0]++)?"
    r"(?:The[\s\u00a0]++(?:figure|volume|total|result|amount)|This|That|It)\b"
)


# "ASCO announced its audited results for the year ended 31 December 2024." then "Revenue
# rose 9.2% ...": a release's period, named once for the figures that follow it
_RE_RESULTS_FOR: Final = regex.compile(
    r"(?i:\b(?:results|accounts|financial\s+statements|statements|report)\s+for\s+"
    r"(?:the\s+|its\s+)?)\Z")


@functools.lru_cache(maxsize=4096)
def _year_of(period: str, end: int) -> int:
    """The first (`end` 0) or last (-1) year of a period; 0 when it has none."""
    years = _RE_YEAR4.findall(period)
    return int(years[end]) if years else 0


_RE_YEAR4: Final = regex.compile(r"[0-9]{4}")
_RE_DAY: Final = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_RE_START_DAY: Final = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}/\.\.\Z")  # "from 1 October"
# "In January-November 2024, ...", "According to the State Customs Committee, in
# January-November 2024 Azerbaijan traded with 185 countries."
# A sentence that opens another story goes on with no period of the one before:
# "Separately, ...", "Meanwhile, ...", "In a separate announcement, ...".
_NEW_STORY_HEADS: Final = ("Separately", "Meanwhile", "In a separate", "In separate")
_RE_NEW_STORY: Final = regex.compile(
    r"(?:Separately|Meanwhile|In\s+(?:a\s+)?separate\s+[a-z]+(?:\s+[a-z]+)?)\s*,"
)
# A heading naming the time of the lines under it is this short at most (`_heads`).
_HEADING_CHARS: Final = 120
_RE_LEAD_IN: Final = regex.compile(
    r"\s*(?:According\s+to\s+[^,.;:\n]{1,80},\s*(?i:in|during|over|for)|In|During|Over|For)\s+"
)
_RE_YEAR_TOKEN: Final = regex.compile(r"(?<![0-9.,$€£])(?:19|20)[0-9]{2}(?![0-9])")


@functools.lru_cache(maxsize=4096)
def within_a_year(period: str) -> bool:
    """"2023", "2024-01/2024-11", a marketing year "2024-07/2025-06"; not "2020/..",
    "1995/2021" nor "2025/2028"."""
    first, _, last = period.partition("/")
    if not last or last[:4] == first[:4]:
        return True
    return (len(first) == len(last) == 7 and last[:4].isdigit()  # months across the new year
            and int(last[:4]) - int(first[:4]) == 1 and last[5:7] < first[5:7])
