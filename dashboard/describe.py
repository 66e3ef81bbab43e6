"""Claims from resolved quantities: each quantity's period, kind, metric, topic, entities and
sentence, read sentence by sentence, with what one sentence hands on to the next (the
paragraph's last metric, a period carried on, "Of the total, ...").

Pure: no pandas, no dash. The sentences and their facts come from `context.SentenceIndex`;
the period of each figure from `timing`, its kind from `kinds`, what it is about from
`subject`, and the rules that settle a whole sentence at once from `carry` and
`respectively`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from dashboard.answers import answers_a_forecast, answers_the_past
from dashboard.bases import a_year_ago, in_same_months, result_of_same
from dashboard.carry import PeriodCarry
from dashboard.claim import Claim, Draft, Kind, Located, Topic
from dashboard.context import SentenceIndex
from dashboard.facts import Facts
from dashboard.forecast_times import date_by_then, date_change_after_aside, date_forecasts_alike
from dashboard.from_previous import from_previous
from dashboard.headline_plans import headline_plan
from dashboard.kinds import ahead_is_planned, is_past, kind_of
from dashboard.layout import is_headline
from dashboard.lead_metrics import goods_go_on, lead_metric
from dashboard.levels import (
    date_change_by_its_levels,
    lend_metric_along_a_rise,
    lend_metric_to_changes,
    lend_metric_to_multipliers,
    settle_from_levels,
)
from dashboard.measures import MetricNote, metric_of
from dashboard.numbers import tidy
from dashboard.patterns_around import PERCENT
from dashboard.periods import Time, a_year_on, since_then
from dashboard.present import is_current, is_still_made, is_told_done
from dashboard.published import is_ahead
from dashboard.raw import Raw
from dashboard.refine import fits
from dashboard.respectively import (
    distribute_respectively,
    parts_of_their_own_goods,
    share_bracketed_parts,
    share_of_it_takes_its_whole,
    share_of_which_is_the_wholes,
    share_then_its_level,
)
from dashboard.route_anaphora import about_the_document_cable, oil_carried
from dashboard.scanning import CLAUSE_TIMEOUT, match_at
from dashboard.sole_times import not_of_season, sole_period
from dashboard.subject import entities_of
from dashboard.timing import assign_periods
from dashboard.vocab.classes import GOODS_EXPORTS, unit_class
from dashboard.vocab.hedging import HEDGE_WORDS


def describe_all(raws: list[Raw], index: SentenceIndex) -> list[Claim]:
    """The claims of these quantities (resolved: each has a unit), with their sentence,
    period, kind, metric, topic and entities. Each claim is made once, at the end (a `Claim`
    costs 2 µs to make)."""
    groups: dict[int, list[tuple[Draft, Raw]]] = {}
    for raw in raws:
        draft = Draft(raw.start, raw.end, raw.unit or "count", raw.item, raw.change, raw.per,
                      raw.value)
        groups.setdefault(index.index_of(raw.start), []).append((draft, raw))
    describer = _Describer(index, _headline_subjects(index) if groups else [])
    for i in sorted(groups):
        describer.sentence(i, groups[i])
    return describer.out


# A headline's clause of cause or setting names no subject of the text: "Aktau port ships
# record grain volume as Afghan demand grows" is about the port, not Afghanistan.
# (Not "as" after a verb it completes: "Azerbaijan seen as transit hub for Kazakh oil".)
_RE_CAUSE_CLAUSE: Final = regex.compile(
    r"(?<!\b(?i:seen|emerges?|emerging|emerged|named|considered|regarded|ranked|viewed|touted"
    r"|hailed|described|positioned|designated|chosen|picked|serves?|serving|acts?|acting))"
    r"[\s\u00a0](?i:as|amid|despite|after|while)[\s\u00a0]")


def _headline_subjects(index: SentenceIndex) -> list[str]:
    """What the first sentence names: the text's subjects, when no sentence names its own;
    in a headline, those before a clause of cause when it names any."""
    names = index.facts(0, 0, 0).subjects()
    if len(names) > 1 and is_headline(index):
        lo, hi = index.span(0)
        cause = _RE_CAUSE_CLAUSE.search(index.text, lo, hi, timeout=CLAUSE_TIMEOUT)
        before = [] if cause is None else index.facts(0, 0, 0).subjects(lo, cause.start())
        return before or names
    return names


@dataclass(slots=True)
class _Sentence:
    """What one sentence offers each of its figures besides its own words."""

    i: int
    paragraph: int
    carried: str | None  # a period carried on from the sentences before (`PeriodCarry`)
    carried_to: int
    of_total: str | None  # "Of the total, 3.2 trillion soums ...": the total's period
    headline: bool  # the headline, whose "to export" is a plan
    sole: Time | None  # the one time the sentence names (`sole_times.sole_period`)


class _Describer:
    """Describes a text's quantities sentence by sentence, into `out`."""

    def __init__(self, index: SentenceIndex, headline: list[str]) -> None:
        self.index = index
        self.headline = headline  # the entities of the headline
        self.carry = PeriodCarry(index)
        self.out: list[Claim] = []
        self.last_metric: MetricNote = (-1, None, Topic.OTHER)
        # the paragraph's last metric of a reported figure: "The BTK railway moved 1.4 million
        # tonnes and is being upgraded to carry 5 million tonnes annually. - Poti: 7.9 mln t"
        # goes on about what was moved, not the plan's capacity
        self.last_actual: MetricNote = (-1, None, Topic.OTHER)
        # the last metric of each unit class in its paragraph: "rates ... are USD 5,900 per
        # FEU, ... with a transit of 28-32 days. The sea-rail product ... was quoted at USD
        # 3,950": a rate
        self.last_by_class: dict[str, MetricNote] = {}
        self.last_goods: tuple[str, Topic] | None = None  # the last of one good's exports

    def sentence(self, i: int, drafts: list[tuple[Draft, Raw]]) -> None:
        index = self.index
        read = [(d, r, index.facts(i, d.start, d.end)) for d, r in drafts]
        read = [(d, r, f) for d, r, f in read if not _names_period(d, f)]
        if not read:
            return
        group = [d for d, _, _ in read]
        clauses = [f.clause(d.start, d.end) for d, _, f in read]
        periods = assign_periods(
            group, [f.times for _, _, f in read], clauses, index.span(i)[0], index.text
        )
        carried, carried_to = self.carry.into(i)
        here = _Sentence(
            i, index.paragraph_of[i], carried, carried_to,
            _total_period(index, i, self.out), i == 0 and is_headline(index),
            sole_period(periods, read[0][2].times, group, index.text),
        )
        prev: Claim | None = None
        for (draft, raw, fact), clause, period in zip(read, clauses, periods, strict=True):
            prev = self._claim(here, draft, raw, fact, clause, period, prev)
            self.out.append(prev)
        self._settle(i, len(read), read[0][2])

    def _claim(self, here: _Sentence, draft: Draft, raw: Raw, fact: Facts,
               clause: tuple[int, int], period: Time | None, prev: Claim | None) -> Claim:
        index = self.index
        kind, period = self._kind(here, draft, fact, clause, period)
        last = (self.last_actual if kind is Kind.ACTUAL and self.last_actual[0] == here.paragraph
                else self.last_metric)
        same = last[0] == here.paragraph
        uclass = unit_class(draft.unit)
        if same and (last[1] is None or not fits(last[1], uclass, draft.change)):
            # "Northern route: about $3,000 per FEU; Middle Corridor: 18-23 days, $4,500-5,000":
            # the paragraph's last metric of the figure's own unit class
            alike = self.last_by_class.get(uclass)
            last = alike if alike is not None and alike[0] == here.paragraph else last
        metric, topic = metric_of(draft, fact, clause, index.text,
                                  last if same else None, None if same else last)
        if metric is None:  # an item of a list whose lead names it: "exported goods to:"
            metric, topic = lead_metric(index, here.i, unit_class(draft.unit), self.out) or (
                metric, topic)
        metric, topic = goods_go_on(draft, metric, uclass,
                                    (clause[0], index.span(here.i)[0]), index.text,
                                    self.last_goods) or (metric, topic)
        entities = entities_of(draft, fact, clause, index, here.i, metric, self.headline)
        metric, topic, entities = about_the_document_cable(metric, topic, entities,
                                                           self.headline)
        metric, topic = oil_carried(metric, topic, entities, uclass,
                                    index.text[fact.lo : fact.hi])
        when = self._when(here, draft, kind, metric, period, prev)
        claim = Claim(  # by position, in field order (by keyword: 2.1 µs, so: 1.5 µs)
            draft.start, draft.end, index.surface(draft.start, draft.end),
            tidy(raw.value), draft.unit,
            None if raw.value_high is None else tidy(raw.value_high),
            raw.per, raw.approx, draft.change, kind, metric, topic,
            entities, draft.item, when, index.sentence_text(here.i, draft),
        )
        if metric in GOODS_EXPORTS:
            self.last_goods = (metric, topic)
        if metric is not None:
            self.last_metric = self.last_by_class[uclass] = (here.paragraph, metric, topic)
            if kind is Kind.ACTUAL:
                self.last_actual = self.last_metric
        return from_previous(claim, prev, index.text)

    def _kind(self, here: _Sentence, draft: Draft, fact: Facts, clause: tuple[int, int],
              period: Time | None) -> tuple[Kind, Time | None]:
        """The figure's kind, and its period: a part of a year already over ("in Q3") that a
        plan speaks of is next year's."""
        index = self.index
        kind = kind_of(draft, fact, clause, period, index.pub, index.text)
        if kind is Kind.ACTUAL and period is not None and is_past(period, index.pub):
            ahead = a_year_on(period, index.text, index.pub)  # "will be shipped in Q3"
            if ahead is not None and kind_of(draft, fact, clause, None, index.pub,
                                             index.text) is Kind.PROJECTION:
                return Kind.PROJECTION, ahead
        if kind is Kind.ACTUAL and here.headline and headline_plan(
                draft, index.text, index.span(0)[0], period, index.pub):
            kind = Kind.PROJECTION  # "Azerbaijan to export over 13 bcm to Europe in 2025"
        elif kind is Kind.ACTUAL and period is None and answers_a_forecast(draft, here.i, index):
            kind = Kind.PROJECTION  # "What growth do you expect? Between 5 and 7 per cent"
        elif (kind is Kind.PROJECTION or period is None) and (
                asked := answers_the_past(draft, here.i, index)) is not None:
            # "How much did the port handle last year? About 6.1 mt, and this year we aim..."
            kind = Kind.ACTUAL
            period = period or (asked[0] if len(asked) == 1 else None)
        return kind, period

    def _when(self, here: _Sentence, draft: Draft, kind: Kind, metric: str | None,
              period: Time | None, prev: Claim | None) -> str | None:
        """The figure's period: its own time, else one the sentence or the text before it
        gives a reported figure."""
        when = None
        if period is not None:
            when = period.period
            if here.carried is not None:  # "in the same period of 2024"
                when = in_same_months(period, here.carried, self.index.text) or when
            # "..., so volumes grew by 17%"
            when = result_of_same(period, draft, when, self.index.text) or when
        actual = kind is Kind.ACTUAL
        if when is None and here.sole and (draft.start >= here.sole.end or _share_of_plan_for(
                draft.end, here.sole.start, self.index.text)) and (
                _takes_sole(actual, here.sole, draft, self.index)) and not is_current(
                draft, self.index.text) and not (  # "..., is now 40%": a level now
                not_of_season(here.sole, draft, self.index.text)):
            # (nor "in the 2025/26 season, against 1.6 mt in the season before")
            when = self.carry.period_for(draft, metric, here.sole.period)  # ", while imports";
            # a plan takes the sentence's time only when that is still to come ("the budget
            # for 2026 projects revenues of ... and expenditures of ...")
        # a plan takes the carried time only when that is still to come ("Outlook 2026:" over
        # "- Transit via TITR: 6 mln t expected")
        if when is None and here.carried and (draft.end <= here.carried_to or (
                self.carry.over_the_year(draft, here.carried))) and (
                actual or is_ahead(here.carried, self.index.pub)):
            when = self.carry.period_for(draft, metric, here.carried)
        if when is None and here.of_total is not None:
            when = here.of_total
        if when is None and actual:  # "from 470 a year ago"
            when = a_year_ago(draft, self.index.pub.year, self.index.text)
        if prev is not None and actual:  # "in 2024, up from 35 bcm"
            when = _up_from_a_year_before(draft, prev, period, when, self.index.text)
        return since_then(draft.end, when, self.index.text)  # "they have doubled since."

    def _settle(self, i: int, n: int, facts: Facts) -> None:
        """Rules that read the sentence's `n` claims together, once all are made."""
        out, text = self.out, self.index.text
        self.carry.after(i, out[len(out) - n :])
        ahead_is_planned(out, n, self.index.pub, text)
        if n == 1:  # the passes below but "by then" read pairs of figures: none here
            # (measured: 1.5 µs a sentence skipped, 2,700 sentences a MB)
            date_by_then(out, n, text, *self.index.span(i))
            return
        lend_metric_to_multipliers(out, n, text)
        lend_metric_to_changes(out, n, text)
        lend_metric_along_a_rise(out, n, text)
        distribute_respectively(out, n, facts, text)
        share_bracketed_parts(out, n, text)
        share_of_it_takes_its_whole(out, n, facts, text)
        share_of_which_is_the_wholes(out, n, text)
        share_then_its_level(out, n, text)
        parts_of_their_own_goods(out, n, facts, text)
        settle_from_levels(out, n, text)
        date_by_then(out, n, text, *self.index.span(i))
        date_forecasts_alike(out, n, text)
        date_change_after_aside(out, n, text)  # "..., he said, close to a 40% rise"
        date_change_by_its_levels(out, n, text)


# "in 2024, up from 35 bcm", ", down from about $25 billion": the level a year's figure
# moved from.
_RE_UP_FROM_BEFORE: Final = regex.compile(
    rf"(?i:,\s+(?:up|down)\s+from\s+(?:{HEDGE_WORDS}\s+)?)\Z"
)
_RE_FULL_YEAR: Final = regex.compile(r"[0-9]{4}\Z")


def _up_from_a_year_before(
    claim: Draft, prev: Claim, own: Time | None, when: str | None, text: str
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


# "Of the total, 3.2 trillion soums will go to roads", "Of this amount, ...": a share of the
# total the sentence before gave.
_RE_OF_THE_TOTAL: Final = regex.compile(
    r"Of\s+(?:the\s+total|this|that|these|this\s+amount|that\s+amount|the\s+amount|them)\s*,"
)
# ... or one ending "of that": "Services would account for $6 billion of that."
_RE_OF_THAT_AT_END: Final = regex.compile(
    r"[0-9%][^.;\n]{0,30}?\s(?i:of|from)\s+(?:that|this|the\s+total|that\s+total|that\s+amount"
    r"|this\s+amount)[\s\u00a0]*+[.;]"
)


def _may_end_of_that(text: str, lo: int, hi: int) -> bool:
    """A cheap test before `_RE_OF_THAT_AT_END`: one of its words for a total stands in
    text[lo:hi] (not every "of the": 6,600 sentences a MB)."""
    for word in _OF_THAT_WORDS:  # noqa: SIM110 (any() over a generator costs twice as much)
        if text.find(word, lo, hi) >= 0:
            return True
    return False


_OF_THAT_WORDS: Final = (" that", " this", " the total")


def _total_period(index: SentenceIndex, i: int, out: list[Claim]) -> str | None:
    """The period of the total a sentence that opens "Of the total," (or ends "of that.")
    splits up: the last period of the sentence just before (a plan's too: "plans to spend
    8.6 trillion soums next year. Of the total, 3.2 trillion soums will go to roads")."""
    lo, hi = index.span(i)
    text = index.text
    if not (text.startswith("Of", lo) and match_at(_RE_OF_THE_TOTAL, text, lo)) and not (
            _may_end_of_that(index.text, lo, hi)
            and _RE_OF_THAT_AT_END.search(index.text, lo, hi)):
        return None
    for claim in reversed(out):
        if index.index_of(claim.start) != i - 1:
            return None
        if claim.period is not None:
            return claim.period
    return None


# "Investment spending came to 4.9 billion manat, only 63% of the amount envisaged for the
# nine months": the plan's time, named after the share of it, is the sum's too
_RE_SHARE_OF_PLAN_FOR: Final = regex.compile(
    rf",[\s\u00a0]++(?:(?:{HEDGE_WORDS}|or)[\s\u00a0]++)?[0-9][0-9.,]*+"
    rf"[\s\u00a0]*+{PERCENT}[\s\u00a0]++of[\s\u00a0]++(?:the|its)"
    r"[\s\u00a0]++(?:amount[\s\u00a0]++)?(?:envisaged|planned|projected|forecast|target|plan)"
    r"[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}?for[\s\u00a0]++(?:the[\s\u00a0]++)?\Z")


def _share_of_plan_for(end: int, start: int, text: str) -> bool:
    """Does a share of a plan stand between a figure (ending at `end`) and the time (at
    `start`) the plan is for?"""
    if not 0 < start - end <= 90:
        return False
    gap = text[end:start]
    return ("%" in gap or "per" in gap) and (
        _RE_SHARE_OF_PLAN_FOR.match(text, end, start) is not None)


def _takes_sole(actual: bool, sole: Time, draft: Draft, index: SentenceIndex) -> bool:
    """Does a figure take the sentence's one time by its kind? A reported figure does, but not
    a time still to come when a past verb tells it ("The port expects 3 mt in 2026, while
    containers reached 56,000 TEU"); a plan only a time still to come."""
    ahead = is_ahead(sole.period, index.pub)
    if actual and not ahead and is_still_made(draft, index.text):
        return False  # "a spur opened in 2018, and a 500-kV line to Herat are under way"
    return not (ahead and is_told_done(draft, index.text)) if actual else ahead


def _names_period(claim: Located, facts: Facts) -> bool:
    """"in 11 months" (published in December), "nine months of 2023": a period, not a duration."""
    return claim.unit in ("week", "month", "year") and any(
        t.start <= claim.start and claim.end <= t.end and not t.base for t in facts.times
    )
