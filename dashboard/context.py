"""What a quantity is about: its sentence, period, kind, metric, topic and entities.

Pure: no pandas, no dash. Every search runs on a window of at most `_CLIP` characters
around the quantity, so a 5 MB line without punctuation costs no more than a sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Final, NamedTuple

import regex

from dashboard.bases import a_year_ago
from dashboard.carry import (
    PeriodCarry,
    date_by_then,
    date_change_by_its_levels,
    lend_metric_to_changes,
    lend_metric_to_multipliers,
    settle_from_levels,
    within_a_year,
)
from dashboard.claim import Change, Claim, Kind, Located, Topic
from dashboard.facts import DocFacts, Facts
from dashboard.lexicon import Words
from dashboard.numbers import tidy
from dashboard.patterns import COMPARISON_TAGS
from dashboard.periods import Published, Time, a_year_on, period_end, period_start
from dashboard.raw import Raw
from dashboard.respectively import distribute_respectively
from dashboard.scanning import scan_timeout
from dashboard.subject import about_the_document_cable, entities_of, is_headline, metric_of
from dashboard.timing import assign_periods, is_current
from dashboard.vocab.units import ISO_CODES

_CLIP: Final = 400  # characters of a sentence kept on each side of a quantity

_ABBREVIATIONS: Final = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos mr mrs ms dr st inc ltd co corp "
    "vs e.g i.e approx ca art sec vol gen gov prof jr sr u.s p fig est".split()
)
RE_SENTENCE_END: Final = regex.compile(
    r"""
    (?P<para>\n[ \t\u00a0]*+\n\s*+)                         # paragraph break
    | \n                                                    # line break (headlines)
    | (?<=[.!?])["'”’)\]]*+[ \t\u00a0]++(?=["'“‘(\[]?[A-Z0-9])  # end of a sentence
    """,
    regex.VERBOSE,
)
# RE_SENTENCE_END for a scan of the whole text: the same breaks, but an end of a sentence is
# matched from its punctuation on (the empty group `stop` marks where the look-behind was),
# a character the regex engine finds fast, where a leading look-behind has it try every
# position (measured: 25 -> 13 ms a MB).
_RE_SENTENCE_SCAN: Final = regex.compile(
    r"""
    (?P<para>\n[ \t\u00a0]*+\n\s*+)
    | \n
    | [.!?](?P<stop>)["'”’)\]]*+[ \t\u00a0]++(?=["'“‘(\[]?[A-Z0-9])
    """,
    regex.VERBOSE,
)
_RE_LAST_WORD: Final = regex.compile(r"([A-Za-z.]{1,6})\.\Z")
_SCALE_ABBREVIATIONS: Final = frozenset("mln bln mn bn trln trn tln".split())
_RE_CODE_AHEAD: Final = regex.compile(r"[ \u00a0](?:" + "|".join(sorted(ISO_CODES)) + r")\b")

_RE_LIST_JOINT: Final = regex.compile(
    rf"\A(?:\s+(?:{COMPARISON_TAGS}|on\s+the\s+(?:year|quarter)))?"
    r"(?:\s+(?:in|for|during)\s+[^0-9,;:()]{0,30}?(?:19|20)[0-9]{2})?"  # "4.8% in 2024 and 4.1%"
    r"(?:,|\s+and|,\s+and)\s+[^0-9;:()]{0,40}\Z"
)
# A level after the list joint, not a second change: "rose 6%, with the margin at 27.1%",
# "rose 10%, and the share was 27%".
_RE_ENDS_WITH_TO: Final = regex.compile(
    r"\b(?:to|was|were|is|are|stood\s+at)\s*\Z"
)
_RE_WITH_AT: Final = regex.compile(r"\bwith\b[^0-9]*\bat\s*\Z")




@dataclass
class SentenceIndex:
    """Sentence and paragraph boundaries of one text, found once, looked up by bisection."""

    text: str
    pub: Published = field(default_factory=lambda: Published(None, None))
    starts: list[int] = field(default_factory=list)
    paragraph_of: list[int] = field(default_factory=list)
    _cache: dict[int, Facts] = field(default_factory=dict)
    _doc: DocFacts | None = None
    words: Words | None = None  # the words of `text`, when read already
    _subjects: dict[int, list[str]] = field(default_factory=dict)
    first_rows: dict[int, int] = field(default_factory=dict)  # `subject._first_row`, memo

    def __post_init__(self) -> None:
        starts, paras, para, text = [0], [0], 0, self.text
        for m in _RE_SENTENCE_SCAN.finditer(text, timeout=scan_timeout(len(text))):
            if m.lastgroup == "stop" and self._is_abbreviation(m.start() + 1):
                continue
            para += m.lastgroup == "para"
            starts.append(m.end())
            paras.append(para)
        self.starts, self.paragraph_of = starts, paras

    def _is_abbreviation(self, dot_end: int) -> bool:
        """Does the dot just before `dot_end` end an abbreviation ("No. 5", "Jan. 12", "U.S.",
        the initial in "J. Smith"), not a sentence? A lower-case single letter is a unit
        ("5 mln t. The port ..."), not an initial."""
        word = _RE_LAST_WORD.search(self.text, max(0, dot_end - 8), dot_end)
        if word is None:
            return False
        token: str = word.group(1)
        if len(token) == 1:
            return token.isupper()
        if token.lower() in _SCALE_ABBREVIATIONS:  # "19,874.6 mln. USD": a scale, then its unit
            return _RE_CODE_AHEAD.match(self.text, dot_end) is not None
        return token.lower() in _ABBREVIATIONS

    def index_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def span(self, i: int) -> tuple[int, int]:
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def doc_facts(self) -> DocFacts:
        """The facts of the whole text, found on first use."""
        if self._doc is None:
            self._doc = DocFacts(self.text, self.pub, self.words)
        return self._doc

    def facts(self, i: int, start: int, end: int) -> Facts:
        """The facts of sentence `i`; a sentence over twice `_CLIP` is read around the quantity."""
        cached = self._cache.get(i)  # a short sentence read before (nearly half the calls)
        if cached is not None:
            return cached
        doc = self.doc_facts()
        lo, hi = self.span(i)
        if hi - lo > 2 * _CLIP:
            return doc.window(max(lo, start - _CLIP), min(hi, end + _CLIP))
        self._cache[i] = facts = doc.window(lo, hi)
        return facts

    def subjects(self, i: int) -> list[str]:
        """The entities sentence `i` is about (`Facts.subjects` of its facts), found once; not
        to be changed."""
        if i not in self._subjects:
            self._subjects[i] = self.doc_facts().subjects(*self.span(i))
        return self._subjects[i]


def crosses_sentence(text: str, lo: int, hi: int) -> bool:
    """Does a sentence end between `lo` and `hi` (a short span)?"""
    return RE_SENTENCE_END.search(text, lo, hi) is not None


# --- describing claims ---------------------------------------------------------------------


class _Draft(NamedTuple):
    """A quantity before it is a claim: what reading its context needs (`Located`)."""

    start: int
    end: int
    unit: str
    item: str | None
    change: Change | None
    per: str | None


def describe_all(raws: list[Raw], index: SentenceIndex) -> list[Claim]:
    """The claims of these quantities (resolved: each has a unit), with their sentence,
    period, kind, metric, topic and entities. Each claim is made once, at the end (a `Claim`
    costs 2 µs to make)."""
    out: list[Claim] = []
    groups: dict[int, list[tuple[_Draft, Raw]]] = {}
    for raw in raws:
        draft = _Draft(raw.start, raw.end, raw.unit or "count", raw.item, raw.change, raw.per)
        groups.setdefault(index.index_of(raw.start), []).append((draft, raw))
    last_metric: tuple[int, str | None, Topic] = (-1, None, Topic.OTHER)
    # the paragraph's last metric of a reported figure: "The BTK railway moved 1.4 million
    # tonnes and is being upgraded to carry 5 million tonnes annually. - Poti: 7.9 mln t"
    # goes on about what was moved, not the plan's capacity
    last_actual: tuple[int, str | None, Topic] = (-1, None, Topic.OTHER)
    headline = index.facts(0, 0, 0).subjects() if groups else []
    carry = PeriodCarry(index)
    for i in sorted(groups):
        read = [(d, r, index.facts(i, d.start, d.end)) for d, r in groups[i]]
        read = [(d, r, f) for d, r, f in read if not _names_period(d, f)]
        if not read:
            continue
        group = [d for d, _, _ in read]
        clauses = [f.clause(d.start, d.end) for d, _, f in read]
        periods = assign_periods(
            group, [f.times for _, _, f in read], clauses, index.span(i)[0], index.text
        )
        carried, carried_to = carry.into(i)
        of_total = _total_period(index, i, out)  # "Of the total, 3.2 trillion soums ..."
        headline_to = i == 0 and is_headline(index)
        sole = _sole_period(periods, read[0][2].times, group, index.text)
        prev: Claim | None = None
        for (draft, raw, fact), clause, period in zip(read, clauses, periods, strict=True):
            kind = _kind(draft, fact, clause, period, index.pub, index.text)
            paragraph = index.paragraph_of[i]
            last = (last_actual if kind is Kind.ACTUAL and last_actual[0] == paragraph
                    else last_metric)
            same = last[0] == paragraph
            metric, topic = metric_of(draft, fact, clause, index.text,
                                      last if same else None, None if same else last)
            entities = entities_of(draft, fact, clause, index, i, metric, headline)
            metric, topic, entities = about_the_document_cable(metric, topic, entities, headline)
            if kind is Kind.ACTUAL and period is not None and _is_past(period, index.pub):
                ahead = a_year_on(period, index.text, index.pub)  # "will be shipped in Q3"
                if ahead is not None and _kind(draft, fact, clause, None, index.pub,
                                               index.text) is Kind.PROJECTION:
                    period, kind = ahead, Kind.PROJECTION
            if kind is Kind.ACTUAL and headline_to and _headline_plan(draft, index, period):
                kind = Kind.PROJECTION  # "Azerbaijan to export over 13 bcm to Europe in 2025"
            when = period.period if period else None
            if when is None and sole and draft.start >= sole.end and kind is Kind.ACTUAL:
                when = carry.period_for(draft, metric, sole.period)  # ", while imports ..."
            if when is None and carried and draft.end <= carried_to and kind is Kind.ACTUAL:
                when = carry.period_for(draft, metric, carried)
            if when is None and of_total is not None:
                when = of_total
            if when is None and kind is Kind.ACTUAL:  # "from 470 a year ago"
                when = a_year_ago(draft, index.pub.year, index.text)
            if prev is not None and kind is Kind.ACTUAL:  # "in 2024, up from 35 bcm"
                when = _up_from_a_year_before(draft, prev, period, when, index.text)
            claim = Claim(  # by position, in field order (by keyword: 2.1 µs, so: 1.5 µs)
                draft.start, draft.end, index.text[draft.start : draft.end],  # the surface
                tidy(raw.value), draft.unit,
                None if raw.value_high is None else tidy(raw.value_high),
                raw.per, raw.approx, draft.change, kind, metric, topic,
                entities, draft.item, when, _sentence_text(index, i, draft),
            )
            claim = _carry_change(claim, prev, index.text)
            prev = claim
            if metric is not None:
                last_metric = (paragraph, metric, topic)
                if kind is Kind.ACTUAL:
                    last_actual = last_metric
            out.append(claim)
        carry.after(i, out[len(out) - len(read):])
        _ahead_is_planned(out, len(read), index.pub)
        lend_metric_to_multipliers(out, len(read))
        lend_metric_to_changes(out, len(read), index.text)
        distribute_respectively(out, len(read), read[0][2], index.text)
        settle_from_levels(out, len(read), index.text)
        date_by_then(out, len(read), index.text, *index.span(i))
        date_change_by_its_levels(out, len(read), index.text)
    return out


# A headline's plan: "X to export ...", "cable to carry up to 400 Tbps".
_RE_HEADLINE_PLAN: Final = regex.compile(
    r"(?i:\bto\s+(?:export|import|carry|build|invest|ship|supply|handle|raise|boost|double|"
    r"triple|expand|increase|lift|reach|launch|open|spend|allocate|lend|provide|receive|get|"
    r"start|begin|add|create|develop|modernize|modernise|construct|deliver|send|transport|"
    r"move|process|produce|pump|earmark|attract|hit)\b)"
)


def _headline_plan(claim: Located, index: SentenceIndex, period: Time | None) -> bool:
    """A figure after "to <verb>" in a headline is what is planned, unless its period is
    over by publication."""
    lo = index.span(0)[0]
    return _RE_HEADLINE_PLAN.search(index.text, lo, claim.start) is not None and (
        period is None or period.period.endswith("/..") or not _is_past(period, index.pub))


def _is_past(period: Time, pub: Published) -> bool:
    """Is the period over by publication (a past year, or months of this year gone by)?"""
    if pub.year is None or period.period.endswith("/.."):
        return False
    return period_end(period.period) < (pub.year, pub.month or 0)  # a year ends in December


def _ahead_is_planned(out: list[Claim], n: int, pub: Published) -> None:
    """A figure for a period still to come is planned, whatever its verb: "the budget for
    2026 projects revenues of 20.1 trillion tenge and expenditures of 25.3 trillion". The
    last `n` claims of `out` are one sentence's; done after the carry has read them, so that
    "Transfers ... are set at KZT 5.25 trillion" in the next sentence is for 2026 too."""
    for k in range(len(out) - n, len(out)):
        claim = out[k]
        if claim.kind is Kind.ACTUAL and claim.period is not None and _is_ahead(
                claim.period, pub):
            out[k] = replace(claim, kind=Kind.PROJECTION)


def _is_ahead(period: str, pub: Published) -> bool:
    """Does the period (taken from the sentence or the text before) start after publication,
    or run into a later year ("2026", "2025-11" published in October 2025; "2025/2026")?"""
    if pub.year is None or period.endswith("/.."):
        return False
    return period_start(period) > (pub.year, pub.month or 12) or period_end(period)[0] > pub.year


# "in 2024, up from 35 bcm", ", down from about $25 billion": the level a year's figure
# moved from.
_RE_UP_FROM_BEFORE: Final = regex.compile(
    r"(?i:,\s+(?:up|down)\s+from\s+(?:(?:about|around|some|nearly|almost|roughly|just|over"
    r"|more\s+than)\s+)?)\Z"
)
_RE_FULL_YEAR: Final = regex.compile(r"[0-9]{4}\Z")


def _up_from_a_year_before(
    claim: _Draft, prev: Claim, own: Time | None, when: str | None, text: str
) -> str | None:
    """The period of a level a reported figure for a whole year (`prev`, just before it)
    went "up from" or "down from", with no time after it: the year before ("supplied about
    37 bcm of gas to China in 2024, up from 35 bcm": 2023; "In 2024, trade reached $5.2
    billion, down from $5.9 billion"). Else `when` as it is: not for part of a year ("in
    January-July, up from 230": which months?), nor the level a plan starts from."""
    if (prev.kind is not Kind.ACTUAL or prev.period is None or when not in (None, prev.period)
            or not _RE_FULL_YEAR.match(prev.period) or claim.unit != prev.unit
            or claim.change is not None or prev.change is not None
            or (own is not None and own.end > claim.start) or is_current(claim, text)):
        return when
    lo = max(prev.end, claim.start - 40)
    if "from" in text[lo : claim.start] and _RE_UP_FROM_BEFORE.search(text, lo, claim.start):
        return str(int(prev.period) - 1)
    return when


# "down 13% from $25.4 billion in 2023": a level a change came from.
_RE_FROM_BEFORE: Final = regex.compile(
    r"(?i:\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|just|over)\s+)?)\Z"
)


# "Of the total, 3.2 trillion soums will go to roads", "Of this amount, ...": a share of the
# total the sentence before gave.
_RE_OF_THE_TOTAL: Final = regex.compile(
    r"Of\s+(?:the\s+total|this|that|these|this\s+amount|that\s+amount|the\s+amount|them)\s*,"
)


def _total_period(index: SentenceIndex, i: int, out: list[Claim]) -> str | None:
    """The period of the total a sentence that opens "Of the total," splits up: the last
    period of the sentence just before (a plan's too: "plans to spend 8.6 trillion soums
    next year. Of the total, 3.2 trillion soums will go to roads")."""
    lo = index.span(i)[0]
    if not index.text.startswith("Of", lo) or not _RE_OF_THE_TOTAL.match(index.text, lo):
        return None
    for claim in reversed(out):
        if index.index_of(claim.start) != i - 1:
            return None
        if claim.period is not None:
            return claim.period
    return None


def _sole_period(
    chosen: list[Time | None], times: tuple[Time, ...], group: list[_Draft], text: str
) -> Time | None:
    """The one time a sentence names, when its figures that have a time all have it: the
    reported figures after it without one share it ("Exports totalled $3.4 billion in 2024,
    while imports ... reached $3.9 billion"); not a span of years ("over 1995-2021"). The
    time of a level a change came from does not count ("$22.1 billion in 2024, down 13% from
    $25.4 billion in 2023, while gas exports brought in $10.1 billion": 2024)."""
    if len(times) > 1:  # the common case (one time or none) needs no look at the levels
        froms = {(t.start, t.end) for t, claim in zip(chosen, group, strict=True)
                 if t is not None and _RE_FROM_BEFORE.search(
                     text, max(0, claim.start - 20), claim.start)}
        chosen = [t for t in chosen if t is None or (t.start, t.end) not in froms]
        times = tuple(t for t in times if (t.start, t.end) not in froms)
    named = [t for t in times if not t.base]
    if (len(named) != 1 or not within_a_year(named[0].period)
            or {t.period for t in chosen if t is not None} != {named[0].period}
            or _in_brackets(named[0], text)):
        return None
    return named[0]


_BRACKET_REACH: Final = 40


def _in_brackets(t: Time, text: str) -> bool:
    """Whether a time sits in brackets: "Sales of USD 90 million (Q1 2024: USD 80 million),
    up 12.5%": the compared level's time, which the figures after the bracket do not share."""
    lo = max(0, t.start - _BRACKET_REACH)
    return (text.rfind("(", lo, t.start) > text.rfind(")", lo, t.start)
            and text.find(")", t.end, t.end + _BRACKET_REACH) != -1)


def _names_period(claim: Located, facts: Facts) -> bool:
    """"in 11 months" (published in December), "nine months of 2023": a period, not a duration."""
    return claim.unit in ("week", "month", "year") and any(
        t.start <= claim.start and claim.end <= t.end and not t.base for t in facts.times
    )


def _sentence_text(index: SentenceIndex, i: int, claim: Located) -> str:
    lo, hi = index.span(i)
    lo, hi = max(lo, claim.start - _CLIP), min(hi, claim.end + _CLIP)
    return index.text[lo:hi].strip()


def _kind(
    claim: Located, facts: Facts, clause: tuple[int, int], period: Time | None, pub: Published,
    text: str,
) -> Kind:
    if period is None and is_current(claim, text):
        return Kind.ACTUAL  # "from the current 10 bcm to 20 bcm by 2027": a level now
    if period is not None and pub.year is not None and not period.period.endswith("/.."):
        first, _, last = period.period.partition("/")
        end_year = int((last or first)[:4])
        if _is_past(period, pub):
            return Kind.ACTUAL  # a figure for a past year or past months of this one, even
            # inside "could" sentences ("plans 7 mt in 2025, having handled 2.9 mt in
            # January-May")
        if int(first[:4]) > pub.year or end_year > pub.year:
            return Kind.PROJECTION
    lo, hi = clause
    if lo > facts.lo and _RE_WITH_CLAUSE.match(text, lo):
        lo = facts.clause(lo - 1, lo - 1)[0]  # "meant to produce 1 mt a year, with total
        # capacity of 2 mt": a detail of the plan is part of the plan
    if any(lo <= p < hi and not (p >= claim.end and _RE_PURPOSE.match(text, p))
           and not _is_result(p, lo, text) and not _is_plan_fulfilled(p, text)
           and not _is_anothers(p, claim, text) and not _is_as_expected(p, text)
           for p in facts.projection_cues):
        return Kind.PROJECTION
    return Kind.ACTUAL


# "hit 2 mt, short of the 2.5 mt target", "reached $3 billion, above the $2.5 billion
# projected": a cue written right after another figure (not a year) is that figure's.
_RE_FIGURE_BEFORE_CUE: Final = regex.compile(
    r"(?<![0-9.,])(?!(?:19|20)[0-9]{2}(?![0-9.,]))[0-9][0-9.,]*+"
    r"(?:[\s\u00a0]*+(?:%|[A-Za-z]++)){0,2}+[\s\u00a0]++\Z"
)


def _is_as_expected(cue: int, text: str) -> bool:
    """ "up 10% as expected", "faster than forecast": an outcome set against a forecast."""
    before = text[max(0, cue - 5) : cue].lower()
    return before.endswith((" as ", "than "))


def _is_anothers(cue: int, claim: Located, text: str) -> bool:
    """Is the projection cue at `cue`, after the claim, written right after another figure?"""
    if cue <= claim.end:
        return False
    lo = max(claim.end, cue - 40)
    return (any(ch.isdigit() for ch in text[lo:cue])
            and _RE_FIGURE_BEFORE_CUE.search(text, lo, cue) is not None)


def _is_plan_fulfilled(cue: int, text: str) -> bool:
    """ "9.6 bcm, which is 102.4 percent of the planned volume": a plan met, reported."""
    return text[max(0, cue - 7) : cue].lower() == "of the "


def _is_result(cue: int, lo: int, text: str) -> bool:
    """ "rose by 20% in 2024 to reach $3.4 billion": "to reach" after a past change says
    where it ended, not where it is headed."""
    return (text[cue : cue + 2].lower() == "to" and _RE_TO_REACH.match(text, cue) is not None
            and _RE_PAST_CHANGE_BEFORE.search(text, max(lo, cue - 50), cue) is not None)


_RE_TO_REACH: Final = regex.compile(r"(?i:to\s+(?:reach|hit))\b")
_RE_PAST_CHANGE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:rose|grew|increased|jumped|surged|climbed|soared|fell|dropped|declined|"
    r"decreased|expanded|doubled|tripled|was\s+up|was\s+down)\b"
    r"(?:[^.;:]|(?<=[0-9])\.(?=[0-9]))*)\Z"  # "rose by 1.5 times ... to reach": a decimal point
)


# A purpose after a figure looks forward from it: "an $846 million guarantee designed to
# mobilise $1.41 billion" (the guarantee is approved; what it mobilises is to come).
_RE_PURPOSE: Final = regex.compile(r"(?i:designed|meant|intended)\s+to\b")


_RE_WITH_CLAUSE: Final = regex.compile(r",\s+with\s")




def _carry_change(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """"Train numbers rose 10.7% and cargo volume 9.2%": the second shares the first's change;
    so does a change said again in brackets ("dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7
    Fahrenheit)", "grew by 20,000 TEU (12%)"), with the first's metric."""
    if claim.change is not None or prev is None or prev.change is None:
        return claim
    gap = text[prev.end : claim.start]
    if (prev.unit == claim.unit and claim.unit in ("%", "pp") and _RE_LIST_JOINT.match(gap)
            and not _RE_ENDS_WITH_TO.search(gap) and not _RE_WITH_AT.search(gap)):
        return replace(claim, change=prev.change)
    if _RE_BRACKET_GAP.fullmatch(gap) and text[claim.end : claim.end + 1] == ")":
        return replace(claim, change=prev.change, metric=prev.metric or claim.metric,
                       topic=prev.topic if prev.metric else claim.topic)
    return claim


# "(", "(or ", "(about ": a figure said again in brackets
_RE_BRACKET_GAP: Final = regex.compile(r"[\s\u00a0]*\([\s\u00a0]*(?:or[\s\u00a0]+)?")
