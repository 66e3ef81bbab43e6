"""Which time expression of a sentence each claim refers to.

Pure. The claims of one sentence and the time expressions found in it (`periods.find_times`)
go in; one `Time` or None per claim comes out. The passes, in order:

1. right after the claim, with nothing but a short plain gap between ("4.48 mln for 2024");
2. right before it, after the previous claim ("rose 63% in 2024 to ...", "Since 2020, ...");
3. a level reached after a change shares the change's time ("rose 14.6% in 2021 to 5.6 mt");
4. a restatement shares the time of what it restates ("50 billion tenge, or almost EUR 100
   million"; "in 2025-2028, worth at least $3.5 billion");
5. the sentence's lead ("In 2024, volume grew 62% to 4.5 mt");
6. a quantity joined to the next one shares its time ("2.5 mt and 96,000 TEU for 2025");
7. a target year anywhere in the clause ("will triple by 2030, to as much as 11 mt");
8. a change measured against a base year is a change over the year after it, and so is the
   level it reached ("climbed 66% on 2020 to 1.1 mt": both 2021's);
9. a figure "a year earlier" than the one before it is for that one's period, a year back.

Passes 3, 4 and 6 are in `shared_times`; passes 8 and 9, and the comparisons after them, in
`bases`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Final

import regex

from dashboard.bases import after_base, compared_periods
from dashboard.claim import Located
from dashboard.dated_things import dates_a_thing, dates_the_next, deals_time_reach
from dashboard.done_verbs import done_before
from dashboard.patterns_around import schedules_other
from dashboard.periods import Time
from dashboard.present import is_current, is_told_done
from dashboard.scanning import match_at
from dashboard.shared_times import (
    RE_CHAIN,
    chain,
    from_level_in,
    restated,
    share_back,
    share_forward,
)
from dashboard.time_asides import aside_opens, closed_aside, in_aside
from dashboard.vocab.hedging import HEDGE_OR_MORE, HEDGE_WORDS
from dashboard.year_totals import share_year_of_total

_AFTER_GAP: Final = 120  # characters between a claim and a time that follows it
_BEFORE_GAP: Final = 100  # ... and one that comes before it
_LEAD: Final = 30  # a time this close to the sentence start leads the whole sentence

# Between a quantity and a time that is its own: no other clause ("and kept ... this year").
# "because of bad weather in the first quarter" is a phrase, not a clause: its time is the
# figure's ("18% of sailings were cancelled because of storms in March").
_RE_GAP_OK: Final = regex.compile(r"\A[^0-9;()]{0,120}\Z")
_RE_GAP_BAD: Final = regex.compile(
    r"\b(?:while|but|which|whereas|although|because(?!\s+of\b)|since)\b|,\s*(?:and|as)\b"
    r"|\band\s+(?:is|are|was|were|has|have|had|will|would|kept|keeps|then|also|could|can|may"
    r"|might|should|must)\b"  # "is 60% complete and should be finished by March 2026"
    # a speaker's verb: what comes after it is when it was said or another statement ("$2.9
    # billion in the seven months, he said, adding that the agreement, in force since May 15")
    r"|\b(?:said|says|noted|stated|told)\b"
    # "240 km of the 380 km cable has been laid, with the rest due next spring", "has received
    # 12 locomotives, with the second batch expected in 2026": its own subject (not "with the
    # final tally for 2025 due in February", "the last three months of 2025": the figure's)
    r"|,\s*with\s+the\s+(?:rest|remaining|remainder|other|(?:second|next|last|final)\b"
    r"(?!\s+(?:full-year\s+)?(?:tally|figures?|data|results?|count|three|six|nine|two"
    r"|quarter|half|months?)\b))\b"
    # (not "is due to start up in 2027, adding about 400 jobs": a figure the start-up adds)
    rf"|,\s*adding\b(?!\s++(?:{HEDGE_OR_MORE}\s++)?+\Z)"
    # "620,000 sqm of warehousing, most of it built after 2018": when (part of) the thing
    # counted was built, not the figure's own time (not "the line, built in 2011 for $170
    # million", whose cost the year dates)
    r"|,\s*(?:most|much|all|some|part|half|many)\s+of\s+(?:it|them|which)\s+"
    r"(?:built|constructed|erected|commissioned|founded|established)\b"
    # "wait 2-3 days, compared with up to a week last winter": the time of what the figure is
    # compared with, a duration told in words
    rf"|\b(?:compared\s+(?:with|to)|against|versus)\s+(?:{HEDGE_WORDS}\s+)?(?:a|an|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:hours?|days?|weeks?"
    r"|months?)\b"
)
# "He warned of a dip this year, mainly because of oil prices, but said ... the $15 billion
# target": a time inside a first clause, another clause after it; it leads no figure of that
# one (not "In 2024, demand slowed but exports rose 5%": a time that opens the sentence).
_RE_CONTRAST_SAID: Final = regex.compile(
    r"\b(?:but|while|whereas|although|though)\b[^.;]*?\b(?:said|says|added|noted|stressed|"
    r"insisted|argued|expects?|expected|hopes?|reiterated|confirmed|kept|keeps?|maintains?|"
    r"maintained|stands?\s+by)\b"
)
_OPENING_WORDS: Final = 3  # words before a time that still opens its sentence ("In 2024,")


def _ends_its_clause(group: Sequence[Located], k: int, t: Time, lo: int, text: str) -> bool:
    """Is lead time `t` inside the sentence's first clause, with a contrast ("but",
    "while") and a speaker's verb after it ("but said"), and no figure between it and figure
    k? ("Exports to Russia fell in 2024, but exports to China rose 12%": 2024's still)"""
    if k > 0 and group[k - 1].end > t.end:
        return False
    return (len(text[lo : t.start].split()) >= _OPENING_WORDS
            and _RE_CONTRAST_SAID.search(text, t.end, group[k].start) is not None)


# "put its 2024 value at $28-41 billion, and forecast growth of 6% to 9% a year": a clause
# of forecast joined after the lead's time is not of that time.
_RE_AND_FORECAST: Final = regex.compile(
    r"\sand\s++(?:(?:is|are|was|were)\s++)?(?:forecasts?|expects?|predicts?"
    r"|anticipates?|expected|projected|predicted)\s"
)


def assign_periods(
    group: Sequence[Located],
    times: list[tuple[Time, ...]],
    clauses: list[tuple[int, int]],
    sentence_lo: int,
    text: str,
) -> list[Time | None]:
    """One time (or None) for each claim of a sentence; `times[k]` and `clauses[k]` are the
    time expressions and the clause (start, end) around claim k."""
    chosen: list[Time | None] = [None] * len(group)
    if not any(times):  # no time in the sentence: each pass below starts from one (measured:
        return chosen  # 2,700 of 6,600 sentences a MB name none; 120 -> 82 ms a MB)
    # "a 2022 order"; each tuple of times once: the claims of a short sentence share one
    # (measured: 43% of the calls were repeats)
    shared = {id(ts): ts for ts in times}.values()
    things = {t.start for ts in shared for t in ts if dates_a_thing(t, text)}
    owned = _times_after(group, times, text, chosen, things)
    _times_before(group, times, chosen, owned, text, things)
    pairs = len(group) > 1  # passes of pairs: skipped alone (measured: 0.7 µs, 2,700 a MB)
    if pairs:
        share_year_of_total(group, chosen, text)  # "..., bringing 2026 spending to ..."
        chain(group, chosen, text)
        restated(group, chosen, text)
    for k, claim in enumerate(group):
        if chosen[k] is None:
            lead = [t for t in times[k] if t.end <= claim.start
                    and (not t.base or _since_clause_leads(group, k, t, text))
                    and t.start not in owned and t.start - sentence_lo < _LEAD
                    and ";" not in text[t.end : claim.start]  # "In 2023 it had 4; today 9"
                    and not _ends_its_clause(group, k, t, sentence_lo, text)
                    and not _RE_AND_FORECAST.search(text, t.end, claim.start)
                    and t.start not in things
                    and not aside_opens(text, sentence_lo, t.start, claim.start)
                    and not _closed_bracket(t, claim, sentence_lo, text)]
            # "signed ... in 2000, now has 13 members": a level now is not the lead's
            chosen[k] = lead[-1] if lead and not is_current(claim, text) and not (
                pairs and _pair_with_own_time(group, chosen, k, text)) else None
    if pairs:
        share_back(group, chosen, text)
        share_forward(group, chosen, text)
    _targets(group, times, clauses, chosen, text)
    after_base(group, times, chosen, text)
    if pairs:
        chain(group, chosen, text)  # "climbed 66% on 2020 to over 1.1 million tonnes": 2021's
    compared_periods(group, chosen, text)
    if pairs:
        deals_time_reach(group, chosen, text)  # "Deals signed in 2023 were worth ..., but"
    return chosen


def _targets(group: Sequence[Located], times: list[tuple[Time, ...]],
             clauses: list[tuple[int, int]], chosen: list[Time | None], text: str) -> None:
    """A target year anywhere in the clause of a figure still without a time ("will triple by
    2030, to as much as 11 mt")."""
    for k, (lo, hi) in enumerate(clauses):
        if chosen[k] is None and not is_current(group[k], text):
            targets = [t for t in times[k]
                       if lo <= t.start < hi and text[t.start : t.start + 3].lower() == "by "
                       and not _set_against_later(group, k, t, text)
                       and not in_aside(text, group[k], t.start)  # ", still used for 11,700 ...,"
                       # "wants 10 mt by 2030, and containers reached 56,000 TEU": done
                       and not (t.end <= group[k].start and is_told_done(group[k], text))]
            chosen[k] = targets[0] if targets else None


def _pair_with_own_time(group: Sequence[Located], chosen: list[Time | None], k: int,
                        text: str) -> bool:
    """Is claim k the first of a pair joined by "and" whose second names its own time right
    after it ("For 2026 the port plans 8.5 mt, and an expansion to 15 mt and 200,000 TEU a
    year by 2028")? Then the pair's time, not the sentence's lead, is its (pass 6)."""
    if k + 1 >= len(group):
        return False
    t = chosen[k + 1]
    return (t is not None and t.start >= group[k + 1].end
            and text[group[k].end : group[k + 1].start].strip() == "and")


# "9%, against a target of 25% by 2030", "4 mt, compared with 10 mt by 2030": a comparison
# between two figures; the target year after the second is not the first's.
_AGAINST_GAP: Final = 60  # characters between the two figures
_RE_SET_AGAINST: Final = regex.compile(r"\b(?:against|compared\s++(?:with|to)|versus|vs)\b")


def _set_against_later(group: Sequence[Located], k: int, t: Time, text: str) -> bool:
    """Does the next figure, set against claim k, stand between it and target time `t`?
    (Only the next one, within a short gap: bounded, whatever the number of claims.)"""
    if k + 1 >= len(group):
        return False
    lo, hi = group[k].end, group[k + 1].start
    return (hi < t.start and hi - lo < _AGAINST_GAP
            and _RE_SET_AGAINST.search(text, lo, hi) is not None)


# "Since the first train was launched in 2011,", "Since it became operational in 2006,": a
# since-clause with a verb, not "Since 2020," nor "Since the start of 2020,".
_RE_SINCE_CLAUSE: Final = regex.compile(
    r"(?i:since)\s+(?!(?:the\s+(?:start|beginning)\s+of\s+)?(?:[A-Za-z]{3,9}\.?\s+)?"
    r"(?:19|20)[0-9]{2}\b)"
)


def _since_clause_leads(group: Sequence[Located], k: int, t: Time, text: str) -> bool:
    """Does a since-clause that opens the sentence give its time to figure k? "Since the
    first train was launched in 2011, the service has made 100,000 trips, carrying goods
    worth $450 billion": totals since then, all of them; but not the level a change since
    then reached ("has surged fivefold, reaching $529 million": the level now)."""
    if not (t.period.endswith("/..") and match_at(_RE_SINCE_CLAUSE, text, t.start)):
        return False
    return not (k > 0 and group[k - 1].change is not None and group[k].change is None
                and RE_CHAIN.match(text[group[k - 1].end : group[k].start]))


def _times_after(
    group: Sequence[Located], times: list[tuple[Time, ...]], text: str, chosen: list[Time | None],
    things: set[int],
) -> set[int]:
    owned: set[int] = set()
    for k, claim in enumerate(group):
        limit = group[k + 1].start if k + 1 < len(group) else len(text)
        for t in times[k]:
            if t.start in things or not (claim.end <= t.start < min(limit, claim.end + _AFTER_GAP)):
                continue  # (a time that dates a thing, `dates_a_thing`, dates no figure)
            # A base is not a figure's own time, but "since 2023" after a figure is its period
            # ("3.4 million tonnes have reached markets ... since 2023", "surged fivefold
            # since 2020, reaching $529 million").
            if t.base and not (t.period.endswith("/..") and (
                    claim.change is None or text[t.start : t.start + 5].lower() == "since"
                    or (t.period.count("-") == 2 and done_before(text, t.start)))):
                continue  # "up 1.3 percentage points from 2023": a base, not "since"; but
                # "were raised 12% from 1 January", "will rise 7% from 1 September": its day,
                # told done or to come (`done_before`; not "is up 4% from 1 January levels")
            gap = text[claim.end : t.start]
            if gap.startswith(")"):  # "($1.706 billion) from the budget ... in January-September"
                gap = gap[1:]
            elif gap.startswith("["):  # a report's footnote mark: "4.5 million tonnes[3] in 2024"
                gap = RE_FOOTNOTE_MARK.sub("", gap, count=1)
            elif (aside := _RE_ASIDE_END.match(gap)) and _in_brackets(claim, text):
                gap = gap[aside.end() :]  # "2.1 trillion tenge (1.3% of GDP) in 2024"
            if gap.endswith("(") and text.startswith(")", t.end):
                gap = gap[:-1]  # "−14% y/y (Jan-Aug)": a bracket holding the time alone
            if claim.per is not None and (rate := _RE_RATE_AFTER.match(gap)):
                gap = gap[rate.end() :]  # "$3,200 per 40-foot container in October"
            if "(" in gap:  # "580,000 barrels per day (bpd) in 2024", "through the CPC (CPC) in"
                gap = _RE_ABBREVIATION.sub("", gap)
            if not _RE_GAP_OK.match(gap):  # "of rails to ISO 9001 standards in 2024"
                gap = _RE_CODE.sub("", gap)
            if not _RE_GAP_OK.match(gap) or _RE_GAP_BAD.search(gap):
                continue
            if schedules_other(gap, partial(_flow_ahead, claim, text)):
                continue  # ("will carry 5 mt a year, with operations starting in 2027": 2027's)
            if closed_aside(text, claim, t):
                continue  # "The 75-km line, built in 2011, carries ...": the aside's time
            if k + 1 < len(group) and dates_the_next(text, t.end, group[k + 1].start):
                continue  # "bringing 2026 spending ... to 95 million lari": the later one's
            chosen[k] = t
            if not (t.base and _when_after(text, t)):
                owned.add(t.start)  # (but "fallen 6% from 15 January, when it peaked at $260")
            break
    return owned


def _flow_ahead(claim: Located, text: str) -> bool:
    """Is the figure a flow (a rate) whose own verb is still to come?"""
    return claim.per is not None and done_before(text, claim.start) == "future"


def _in_brackets(claim: Located, text: str) -> bool:
    """Whether the claim sits in a bracket opened just before it: "(1.3% of GDP)"."""
    lo = max(0, claim.start - 12)
    return text.rfind("(", lo, claim.start) > text.rfind(")", lo, claim.start)


def _closed_bracket(t: Time, claim: Located, lo: int, text: str) -> bool:
    """Whether `t` sits in a bracket closed before the claim: "Sales of USD 90 million (Q1
    2024: USD 80 million), up 12.5%": the compared level's time, not the sentence's lead."""
    return (text.rfind("(", lo, t.start) > text.rfind(")", lo, t.start)
            and text.find(")", t.end, claim.start) != -1)


def _times_before(
    group: Sequence[Located],
    times: list[tuple[Time, ...]],
    chosen: list[Time | None],
    owned: set[int],
    text: str,
    things: set[int],
) -> None:
    for k, claim in enumerate(group):
        if chosen[k] is not None:
            continue
        floor = max(group[k - 1].end if k > 0 else -1, claim.start - _BEFORE_GAP)
        before = [t for t in times[k] if floor <= t.start and t.end <= claim.start
                  and t.start not in owned and (not t.base or t.period.endswith("/..")
                                                or _RE_WHEN.match(text, t.end, claim.start))
                  and t.start not in things and not _past_when_clause(text, t, claim, group)
                  and not (k > 0 and from_level_in(group[k - 1], t, text))
                  and not aside_opens(text, max(0, t.start - 80), t.start, claim.start)
                  and (not _RE_GAP_BAD.search(text, t.end, claim.start)
                       or _RE_OF_WHICH.match(text, t.end, claim.start))]
        if before and not is_current(claim, text):  # "in 2000, now has 13 members"
            # A base reached here is the own time of this figure (`_RE_WHEN`); "since" keeps
            # its base mark, but for a level set at its start ("since 2022, when transit fell
            # to 790,000 TEU": 2022's).
            t = before[-1]
            if t.period.endswith("/..") and (_RE_WHEN.match(text, t.end, claim.start)
                                             or _in_when_clause(text, _when_after(text, t),
                                                                claim)):
                t = Time(t.start, t.end, t.period.removesuffix("/.."), False)
            own = t.base and not t.period.endswith("/..")
            chosen[k] = Time(t.start, t.end, t.period, False) if own else t


def _past_when_clause(text: str, t: Time, claim: Located, group: Sequence[Located]) -> bool:
    """Whether a claim stands after the comma that closes a when-clause after `t`, whose change
    stands before `t`: "have fallen 15% from 1 February, when carriers added ships, to $2,100"
    (today's level, not February's; but "..., when they stood at $610": that day's). A time
    opening the sentence with its clause leaves the main clause's figures its open range:
    "Since 2022, when sanctions rerouted cargo, the corridor has carried 4.5 mt a year"."""
    when = _when_after(text, t)  # (rare: told first)
    return when is not None and any(
        g.change is not None and 0 <= t.start - g.end <= 40 for g in group
    ) and not _in_when_clause(text, when, claim)


def _when_after(text: str, t: Time) -> regex.Match[str] | None:
    """The ", when" right after the time `t` (`_RE_WHEN_NEXT`), if any."""
    return _RE_WHEN_NEXT.match(text, t.end, t.end + 12)


def _in_when_clause(text: str, when: regex.Match[str] | None, claim: Located) -> bool:
    """Whether a claim stands inside the when-clause `when` opens (right after a time: no comma
    closes it before the claim): "since 2022, when transit fell to 790,000 TEU" (2022's
    level)."""
    if when is None:
        return False
    rest = text[when.end() : claim.start]
    return "," not in rest and ";" not in rest


# "has exported gas since 1993, of which about 40 percent went to Türkiye": a part of what
# the time is of.
_RE_OF_WHICH: Final = regex.compile(
    rf"\s*,\s*of\s+which\s+(?:{HEDGE_WORDS}\s+)?\Z"
)
# The rest of a bracket a claim stands in, when it holds no other figure or clause: "2.1
# trillion tenge (1.3% of GDP) in 2024" is the share's year, as it is the level's.
_RE_ASIDE_END: Final = regex.compile(r"\A[^()0-9;,]{0,24}+\)")
# A report's footnote mark right after a figure: "[3]", "[7, 9]", a superscript "2".
RE_FOOTNOTE_MARK: Final = regex.compile(
    r"\A(?:\[[0-9]{1,3}+(?:,[\s\u00a0]*+[0-9]{1,3}+)*+\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}+)")
# An abbreviation in brackets between a claim and its time: "barrels per day (bpd) in 2024";
# so is an accounting basis: "23,270 tonnes of uranium (100% basis) in 2024".
_RE_ABBREVIATION: Final = regex.compile(
    r"\s*\((?:[A-Za-z/.]{1,10}|100%[\s\u00a0]+basis|attributable(?:[\s\u00a0]+basis)?"
    # a bracketed commodity code names the goods: "1.2 million tons of wheat (HS 1001) to
    # Uzbekistan in 2024", "(code 1001 99)", "(TN VED 8429)"
    r"|(?:[A-Z]{2,4}+(?:[\s\u00a0][A-Z]{2,3}+)?|(?i:code|heading|subheading))[\s\u00a0]++"
    r"[0-9][0-9.\s\u00a0]{0,15}+)\)"
)
# A code or standard named by capitals and digits is no number in the gap either: "ISO 9001",
# "GOST R 51685-2013", "the M39 highway", "HS 1001".
_RE_CODE: Final = regex.compile(
    r"\b(?:[A-Z]{2,6}+(?:[\s\u00a0]++[A-Z]{1,2}+)?[\s\u00a0]++|[A-Z]{1,6}+-?)"
    r"[0-9]++(?:[.:/-][0-9]++|[A-Z]{1,2}+[0-9]*+)*+e?\b"  # and formulas: "U3O8", "P2O5", "K2O",
    # "CO2e" (CO2 equivalent: "190 Mt CO2e in 2022"); and a numbered place: "loaded 5,400
    # tonnes of wheat at berth 12 on 11 November"
    r"|\b(?i:berth|gate|pier|platform|track|dock|quay|hall|block|lot)[\s\u00a0]++[0-9]{1,3}+"
    r"[A-Za-z]?+\b"
    r"|\bEuro[\s\u00a0-]?+[1-7]\b"  # an emission standard: "600 tractor units meeting the Euro
    # 6 standard to its fleet next year"
)
# A rate's words (and the size in a rate per container) are no gap between a claim and its
# time: "580,000 barrels per day (bpd) in 2024", "$3,200 per 40-foot container in October";
# so is a slash and a round number it is per: "29.5 l/100 km last year", "per 1,000 people".
_RE_RATE_AFTER: Final = regex.compile(
    r"\A\s*(?:(?:per|a|an|for\s+(?:a|an|each|one))\s+|/\s*)"
    r"(?:[0-9]{2}[-\s]?(?:ft|foot|feet|')\s*|(?:100|1,?000)\s+)?[A-Za-z][A-Za-z-]*\b"
)


# "9.3% less than in 2019, when roughly 178.6 million barrels went through", "compared with
# 2019, when the indicator stood at 21.3 grams": the base of one figure is the own time of the
# next; so is the year of "the 2024 figure of 4.5 mt" (a base
# to other figures) the time of the figure it names.
# So is a year's possessive: "up 55% from 2021's 1.02 million TEU" (that year's level).
_RE_WHEN_NEXT: Final = regex.compile(r"\s*,\s*when\b")
_RE_WHEN: Final = regex.compile(
    r"\s*,\s*when\s+(?:[a-z]+\s+){0,5}\Z"
    rf"|(?<=[0-9]['’]s)\s+(?:(?i:{HEDGE_WORDS})\s+)?\Z"  # (the time's span holds the "'s")
    rf"|\s+(?i:figures?|levels?)\s+of\s+(?:(?i:{HEDGE_WORDS})\s+)?\Z"
)
