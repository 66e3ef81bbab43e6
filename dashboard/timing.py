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

Passes 8 and 9, and the comparisons after them, are in `bases`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from dashboard.bases import after_base, compared_periods
from dashboard.claim import Located
from dashboard.patterns import COMPARISON_TAGS
from dashboard.periods import Time
from dashboard.present import is_current
from dashboard.time_grammar import MONTH_NUM

_AFTER_GAP: Final = 120  # characters between a claim and a time that follows it
_BEFORE_GAP: Final = 100  # ... and one that comes before it
_LEAD: Final = 30  # a time this close to the sentence start leads the whole sentence

# Between a quantity and a time that is its own: no other clause ("and kept ... this year").
_RE_GAP_OK: Final = regex.compile(r"\A[^0-9;()]{0,120}\Z")
_RE_GAP_BAD: Final = regex.compile(
    r"\b(?:while|but|which|whereas|although|because|since)\b|,\s*(?:and|as)\b"
    r"|\band\s+(?:is|are|was|were|has|have|had|will|would|kept|keeps|then|also|could|can|may"
    r"|might|should|must)\b"  # "is 60% complete and should be finished by March 2026"
)
# "2026 spending", "a 2022 instruction": a year that qualifies the noun after it; not one
# a comparison follows ("$1.1 bln in 2024 against $0.9 bln a year earlier") nor "in July
# alone".
# Not a noun that is itself a time: "5 mt in the 2025/26 season, compared with 3.4 mt in
# the previous season" dates the 5 mt, not the figure after it.
_TIME_NOUNS: Final = (
    "season", "seasons", "marketing year", "crop year", "fiscal year", "financial year",
    "harvest", "campaign", "navigation",
)
# "under a deal signed in 2023", "the agreement concluded in May 2024": when the deal was made.
_RE_DEAL_DATED: Final = regex.compile(
    r"(?i:\b(?:(?:deal|agreement|contract|memorandum|treaty|accord|roadmap)s?\s+(?:was\s+)?"
    r"(?:signed|concluded|ratified|reached|struck)\s+(?:back\s+)?(?:in|on)\s+"
    # "signed a framework agreement in July 2025": the verb before its object
    r"|(?:signed|concluded|struck)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|contract|memorandum|treaty|accord|roadmap)s?\s+(?:in|on)\s+"
    # "62.5% finished, with commissioning set for the fourth quarter of 2026": a milestone's date
    r"|(?:commissioning|completion|opening|launch|handover|inauguration)\s+(?:is\s+|was\s+)?"
    r"(?:now\s+)?(?:set|scheduled|planned|expected|due|slated)\s+(?:(?:for|in|on)\s+)?"
    r"(?:the\s+)?|(?:due|set|scheduled|slated)\s+for\s+(?:completion|commissioning|opening|"
    r"launch)\s+(?:(?:in|on)\s+)?(?:the\s+)?))\Z"
)
_RE_ATTRIBUTIVE: Final = regex.compile(
    r"\A[\s\u00a0]+(?!(?:and|or|to|in|on|at|for|from|with|by|of|as|than|when|while|but|"
    r"after|before|through|until|compared|versus|against|vs|up|down|alone|"
    + "|".join(w.replace(" ", r"\s+") for w in _TIME_NOUNS) + r")\b)[a-z]"
)
# "rose 14.6% in 2021 to 5.6 million tonnes", "in 2024, carrying a combined 2,077,216 TEU",
# "carried 1.9 million TEUs in 2024, with 19,000 trips".
_RE_CHAIN: Final = regex.compile(
    r"\A\s*,?\s*(?:(?:to(?:\s+(?:reach|hit))?|at|with|including"
    r"|of\s+which(?:\s+[a-z-]+){0,5}?)"
    r"|[a-z]+ing(?:\s+(?:a\s+combined|a\s+total\s+of|some))?)"
    r"\s+(?:(?:a|an|record|all-time|high|of|about|almost|nearly|over|more|than|around|some|"
    r"roughly|just)\s+)*\Z"
)
# "reached $2.23 billion in January-June, which is 9.4% more", ", up by about 5%".
_RE_COMMA: Final = regex.compile(
    r"\A\s*,\s*(?:(?:which|that)\s+(?:is|was|represents|marks)\s+|(?:up|down)\s+(?:by\s+)?"
    r"|(?:an?\s+)?(?:increase|rise|decrease|drop|fall|decline|jump|gain)\s+of\s+|an?\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than)\s+)?\Z"
)
# "50 billion tenge, or almost EUR 100 million", "GEL 45 million (USD 17 million)".
_RE_RESTATED: Final = regex.compile(
    r"\A\s*(?:,\s*or|\(|,\s*worth|or)\s*(?:(?:about|almost|nearly|some|roughly|around|over|"
    r"more\s+than|at\s+least|just\s+over|slightly\s+more\s+than|up\s+to)\s*)?\Z"
)
# "2.5 mt and 96,000 TEU for 2025", "rose 2.5-fold to 1.5 mt in 2022", "rose 12% year on
# year to 4.9 mt in the first ten months", "KZT 312.6 billion (approx. US$620 million) in 2025".
_RE_SHARED: Final = regex.compile(
    rf"\A[\s,(]*(?:(?:{COMPARISON_TAGS}|on\s+the\s+(?:year|quarter))"
    r"[\s,]+)?"
    # "fell 18.4% in value terms to $1.1bn in 2024": how it was measured, no gap
    r"(?:in\s+(?:value|volume|real|nominal|dollar|physical|tonnage)\s+terms[\s,]+)?"
    r"(?:(?:and|or|to|including|plus)\s+)?"
    r"(?:(?:a|an|the|record|about|around|some|nearly|almost|over|more|than|up|to|just|roughly|of|"
    r"slightly|approx\.?|approximately|ca\.|"
    # "disbursed 38.5 bln of a planned 52 bln ... this year": the plan's total, of the same time
    r"planned|projected|budgeted|targeted|envisaged)\s+)*\Z"
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
    owned = _times_after(group, times, text, chosen)
    _times_before(group, times, chosen, owned, text)
    pairs = len(group) > 1  # passes of pairs: skipped alone (measured: 0.7 µs, 2,700 a MB)
    if pairs:
        _chain(group, chosen, text)
        _restated(group, chosen, text)
    for k, claim in enumerate(group):
        if chosen[k] is None:
            lead = [t for t in times[k] if t.end <= claim.start
                    and (not t.base or _since_clause_leads(group, k, t, text))
                    and t.start not in owned and t.start - sentence_lo < _LEAD
                    and ";" not in text[t.end : claim.start]  # "In 2023 it had 4; today 9"
                    and not _attributive(t, text)
                    and not _RE_ASIDE_OPEN.search(text, sentence_lo, t.start)
                    and not _closed_bracket(t, claim, sentence_lo, text)]
            # "signed ... in 2000, now has 13 members": a level now is not the lead's
            chosen[k] = lead[-1] if lead and not is_current(claim, text) else None
    if pairs:
        _share_back(group, chosen, text)
        _share_forward(group, chosen, text)
    for k, (lo, hi) in enumerate(clauses):
        if chosen[k] is None and not is_current(group[k], text):
            targets = [t for t in times[k]
                       if lo <= t.start < hi and text[t.start : t.start + 3].lower() == "by "]
            chosen[k] = targets[0] if targets else None
    after_base(group, times, chosen, text)
    if pairs:
        _chain(group, chosen, text)  # "climbed 66% on 2020 to over 1.1 million tonnes": 2021's
    compared_periods(group, chosen, text)
    return chosen


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
    if not (t.period.endswith("/..") and _RE_SINCE_CLAUSE.match(text, t.start)):
        return False
    return not (k > 0 and group[k - 1].change is not None and group[k].change is None
                and _RE_CHAIN.match(text[group[k - 1].end : group[k].start]))


def _attributive(t: Time, text: str) -> bool:
    """ "Under a July 2022 understanding", "a 2022 instruction", "under a deal signed in
    2023": a time that dates an agreement or an order, not the figures of the sentence."""
    return (text[max(0, t.start - 2) : t.start].lower() in ("a ", "an")
            and _RE_ATTRIBUTIVE.match(text[t.end : t.end + 20]) is not None
            ) or _RE_DEAL_DATED.search(text, max(0, t.start - 50), t.start) is not None


def _times_after(
    group: Sequence[Located], times: list[tuple[Time, ...]], text: str, chosen: list[Time | None]
) -> set[int]:
    owned: set[int] = set()
    for k, claim in enumerate(group):
        limit = group[k + 1].start if k + 1 < len(group) else len(text)
        for t in times[k]:
            if not (claim.end <= t.start < min(limit, claim.end + _AFTER_GAP)):
                continue
            # A base is not a figure's own time, but "since 2023" after a figure is its period
            # ("3.4 million tonnes have reached markets ... since 2023", "surged fivefold
            # since 2020, reaching $529 million").
            if t.base and not (t.period.endswith("/..") and (
                    claim.change is None or text[t.start : t.start + 5].lower() == "since")):
                continue  # "up 1.3 percentage points from 2023": a base, not "since"
            gap = text[claim.end : t.start]
            if gap.startswith(")"):  # "($1.706 billion) from the budget ... in January-September"
                gap = gap[1:]
            if claim.per is not None and (rate := _RE_RATE_AFTER.match(gap)):
                gap = gap[rate.end() :]  # "$3,200 per 40-foot container in October"
            if "(" in gap:  # "580,000 barrels per day (bpd) in 2024", "through the CPC (CPC) in"
                gap = _RE_ABBREVIATION.sub("", gap)
            if not _RE_GAP_OK.match(gap):  # "of rails to ISO 9001 standards in 2024"
                gap = _RE_CODE.sub("", gap)
            if not _RE_GAP_OK.match(gap) or _RE_GAP_BAD.search(gap) or _attributive(t, text):
                continue
            if k + 1 < len(group) and _RE_ATTRIBUTIVE.match(text[t.end : t.end + 20]):
                continue  # "bringing 2026 spending ... to 95 million lari": the later one's
            chosen[k] = t
            owned.add(t.start)
            break
    return owned


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
) -> None:
    for k, claim in enumerate(group):
        if chosen[k] is not None:
            continue
        floor = max(group[k - 1].end if k > 0 else -1, claim.start - _BEFORE_GAP)
        before = [t for t in times[k] if floor <= t.start and t.end <= claim.start
                  and t.start not in owned and (not t.base or t.period.endswith("/..")
                                                or _RE_WHEN.match(text, t.end, claim.start))
                  and not _attributive(t, text)
                  and not (k > 0 and _from_level_in(group[k - 1], t, text))
                  and not _RE_ASIDE_OPEN.search(text, max(0, t.start - 80), t.start)
                  and (not _RE_GAP_BAD.search(text, t.end, claim.start)
                       or _RE_OF_WHICH.match(text, t.end, claim.start))]
        if before and not is_current(claim, text):  # "in 2000, now has 13 members"
            # A base reached here is the own time of this figure (`_RE_WHEN`); "since" keeps
            # its base mark.
            t = before[-1]
            own = t.base and not t.period.endswith("/..")
            chosen[k] = Time(t.start, t.end, t.period, False) if own else t


# "has exported gas since 1993, of which about 40 percent went to Türkiye": a part of what
# the time is of.
_RE_OF_WHICH: Final = regex.compile(
    r"\s*,\s*of\s+which\s+(?:(?:about|around|some|nearly|almost|roughly|over|just|more\s+than)"
    r"\s+)?\Z"
)
# An abbreviation in brackets between a claim and its time: "barrels per day (bpd) in 2024";
# so is an accounting basis: "23,270 tonnes of uranium (100% basis) in 2024".
# A code or standard named by capitals and digits is no number in the gap either: "ISO 9001",
# "GOST R 51685-2013", "the M39 highway", "HS 1001".
_RE_CODE: Final = regex.compile(
    r"\b(?:[A-Z]{2,6}+(?:[\s\u00a0]++[A-Z]{1,2}+)?[\s\u00a0]++|[A-Z]{1,6}+-?)"
    r"[0-9]++(?:[.:/-][0-9]++|[A-Z]{1,2}+[0-9]*+)*+e?\b"  # and formulas: "U3O8", "P2O5", "K2O",
    # "CO2e" (CO2 equivalent: "190 Mt CO2e in 2022")
)
_RE_ABBREVIATION: Final = regex.compile(
    r"\s*\((?:[A-Za-z/.]{1,10}|100%[\s\u00a0]+basis|attributable(?:[\s\u00a0]+basis)?)\)"
)
# A rate's words (and the size in a rate per container) are no gap between a claim and its
# time: "580,000 barrels per day (bpd) in 2024", "$3,200 per 40-foot container in October".
_RE_RATE_AFTER: Final = regex.compile(
    r"\A\s*(?:per|a|an|for\s+(?:a|an|each|one))\s+(?:[0-9]{2}[-\s]?(?:ft|foot|feet|')\s*)?"
    r"[a-z]+\b"
)


# "The railway, whose construction began in December 2024, will be 523 km long": a time in
# an aside is the aside's, not the sentence's lead.
_RE_ASIDE_OPEN: Final = regex.compile(
    r",\s*(?:whose|which|who|where|(?:for|in|by|under)\s+which|built|commissioned|opened|"
    r"launched|founded|established|completed|inaugurated|signed|selected|modernised|modernized|"
    r"upgraded|expanded|renovated|reconstructed|rebuilt|constructed|acquired|privatised|"
    r"privatized|created)\b[^,]*\Z"
)
# "9.3% less than in 2019, when roughly 178.6 million barrels went through": the base of one
# figure is the own time of the next.
_RE_WHEN: Final = regex.compile(r"\s*,\s*when\s+(?:[a-z]+\s+){0,3}\Z")


# "36.7 percent in January-June 2024, against 37.4 percent in January-June 2023, a decrease
# of 0.7 percentage points": a level compared with, whose change is over the first one's time.
_RE_BASE_LEVEL: Final = regex.compile(
    r"(?i:\b(?:against|versus|vs\.?|compared\s+(?:with|to)|from)\s+(?:the\s+)?)\Z"
)


_RE_BY_BEFORE: Final = regex.compile(r"(?i:by)\s\Z")


def _part_since(prev: Time, gap: str) -> bool:
    """ "has invested EUR 10 billion since 1993, of which about 40 percent went to
    infrastructure": a part of a total since then is since then too."""
    return prev.period.endswith("/..") and "which" in gap


def _total_since(group: Sequence[Located], k: int, prev: Time) -> bool:
    """ "made 110,000 trips since 2011, carrying 10.5 million TEU": a total since then goes on
    to what the trips carried (not after a change: "up fivefold since 2020, reaching $X")."""
    return (prev.period.endswith("/..") and group[k - 1].end <= prev.start < group[k].start
            and group[k - 1].change is None and group[k].change is None)


def _chain(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    for k in range(1, len(group)):
        prev = chosen[k - 1]
        if chosen[k] is None and prev is not None and (not prev.base or _part_since(
                prev, text[group[k - 1].end : group[k].start]) or _total_since(group, k, prev)):
            if group[k - 1].end <= prev.start < group[k].start:  # "in 2024, carrying ..."
                start = prev.end
                if _from_level_in(group[k - 1], prev, text):
                    continue  # "has grown from 22% in 2019 to nearly 30%": not 2019's
            elif group[k - 1].change is not None or _RE_BY_BEFORE.match(
                    text, max(0, group[k - 1].start - 3), group[k - 1].start):
                # "so far up 40% at $185 million", "cut its forecast for 2025 by 0.5 pp to
                # 10-12%" (a change by a figure, whatever the verb)
                start = group[k - 1].end
            elif group[k].change is not None:  # "reached $61.4 billion, an increase of 22.1%"
                start = group[k - 1].end
                if not _RE_COMMA.match(text[start : group[k].start]):
                    continue
            else:
                continue
            gap = text[start : group[k].start]
            if _RE_CHAIN.match(gap) or (group[k].change is not None and _RE_COMMA.match(gap)):
                chosen[k] = prev  # "5 mt in 2023, 12% more than a year earlier"
                if group[k].change is not None and _after_a_base_level(group, chosen, k, text):
                    chosen[k] = chosen[k - 2]  # the change of the level before the base


# "from 22% in 2019 to ...": a level a change starts from, its time, then where it went.
RE_FROM_LEVEL_BEFORE: Final = regex.compile(
    r"(?i:\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|just|over)\s+)?)\Z"
)
_RE_TO_AFTER_TIME: Final = regex.compile(r"\s*,?\s*to\s")


def _from_level_in(level: Located, t: Time, text: str) -> bool:
    """Is `level` the start of a "from X in <time> to Y" ("grown from 22% in 2019 to nearly
    30%"), so that its time is its own and not the level it went to?"""
    return (_RE_TO_AFTER_TIME.match(text, t.end) is not None
            and RE_FROM_LEVEL_BEFORE.search(text, max(0, level.start - 20), level.start)
            is not None)


def _after_a_base_level(
    group: Sequence[Located], chosen: list[Time | None], k: int, text: str
) -> bool:
    """Is the figure before change k a level compared with the one before it, which has a
    time ("36.7% in 1H24, against 37.4% in 1H23, a decrease of 0.7 pp": over 1H24)?"""
    before = chosen[k - 2] if k >= 2 else None
    return (before is not None and not before.base
            and _RE_BASE_LEVEL.search(text, max(0, group[k - 1].start - 20), group[k - 1].start)
            is not None)


def _restated(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    for k in range(1, len(group)):
        if chosen[k] is None and chosen[k - 1] is not None:
            prev, gap = group[k - 1], text[group[k - 1].end : group[k].start]
            if _RE_RESTATED.match(gap) or _restates_after_time(prev, chosen[k - 1], gap, text):
                chosen[k] = chosen[k - 1]


def _restates_after_time(prev: Located, t: Time | None, gap: str, text: str) -> bool:
    """ "10 projects ... in 2025-2028, worth at least $3.5 billion": the time sits in the gap."""
    if t is None or not (prev.end <= t.start):
        return False
    return bool(_RE_RESTATED.match(text[t.end : t.end + len(gap) - (t.end - prev.end)]))


# "The budget for 2026 envisages revenues of 37.8 billion manats and expenditures of 41.2
# billion manats": the second item of a list takes the time said before the first.
_RE_NEXT_ITEM: Final = regex.compile(
    r"\A\s*,?\s+and\s+(?:[a-z-]+\s+){1,3}(?:of|at)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|just|roughly)\s+)?\Z"
)


def _share_forward(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    for k in range(1, len(group)):
        prev = chosen[k - 1]
        if chosen[k] is None and prev is not None and not is_current(group[k], text):
            gap = text[group[k - 1].end : group[k].start]
            if (prev.end <= group[k - 1].start and not prev.base and _RE_NEXT_ITEM.match(gap)) or (
                    len(gap) <= 60 and group[k].unit == "count" and _RE_SPREAD_OVER.match(gap)):
                # "Since 2017 the fund has invested $2.1bn in 40 projects": the count the
                # money was spread over is of its time (`_share_back` reads it the other way)
                chosen[k] = prev


def _share_back(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    for k in range(len(group) - 2, -1, -1):
        if chosen[k] is None and chosen[k + 1] is not None and not is_current(group[k], text):
            gap = text[group[k].end : group[k + 1].start]
            if _shares_the_time_after(gap, group[k + 1].unit) or (
                    group[k].unit == "count" and "carr" in gap and _RE_CARRYING.match(gap)):
                chosen[k] = chosen[k + 1]


def _may_name_a_place(gap: str) -> bool:
    """A cheap test before `_RE_PLACE_LIST`: a place word of `PLACE_AFTER` opens the gap."""
    return gap[:1].isspace() and gap.lstrip().startswith(("at", "in", "via", "through"))


def _shares_the_time_after(gap: str, unit: str) -> bool:
    """Does a figure with no time take the next one's, `gap` between them? The lists'
    patterns are tried only where their words stand (measured: 4,900 tries a MB, most in
    vain)."""
    if len(gap) <= 30:
        if _RE_SHARED.match(gap) or _RE_LIST_NAME.match(gap):
            return True
        if "and" in gap and _may_name_a_place(gap) and _RE_PLACE_LIST.match(gap):
            return True
        if gap.lstrip().startswith("of") and _RE_GOODS_LIST.match(gap):
            return True
    if len(gap) <= 40 and ("worth" in gap or "valued" in gap) and _RE_WORTH.match(gap):
        return True
    return len(gap) <= 60 and unit == "count" and _RE_SPREAD_OVER.match(gap) is not None


# "rose 5% at Aktau and 7% at Kuryk in 2024": each figure of a list followed by its place (a
# capitalised name, not a month: "5% in January and 7% in 2024" are of two times); the list
# shares the change (`describe`) and the time said after its last item.
PLACE_AFTER: Final = (
    r"\s+(?:at|in|via|through)\s+(?:the\s+)?(?!(?i:" + "|".join(MONTH_NUM) + r")\b)"
    r"[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,2}+"
)
_RE_PLACE_LIST: Final = regex.compile(
    rf"\A{PLACE_AFTER}(?:\s*+,)?\s++and\s++(?:(?:about|around|some|nearly|almost|over|just|roughly)"
    r"\s+)?\Z"
)


# "shipped 1.8 million tonnes of wheat worth $410 million in January-May", "exported 84,000
# tonnes of cotton fibre, worth $142 million, in 2024", "made up 41.2% of Uzbekistan's
# imports, worth $16.7 billion, in 2024": the goods (or the share) and what they were worth
# are one shipment's two measures, of one time.
_RE_WORTH: Final = regex.compile(
    r"\A\s*+(?:of\s++(?:(?!worth\b|valued\b)[\w'’-]++\s*+){1,5}+)?+(?:,\s*+)?"
    r"(?:worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|over|just|roughly|"
    r"more\s+than|an\s+estimated|a\s+combined|a\s+total\s+of)\s+)?\Z"  # "worth a combined"
)


# "received 146 ships carrying 1.1 million tonnes in the first quarter": the vehicles counted
# and their load are one movement's two measures, of one time.
_RE_CARRYING: Final = regex.compile(
    r"\A\s*+(?:\w++\s++)?carr(?:ying|ied)\s++(?:(?:about|around|some|nearly|almost|over|"
    r"roughly|more\s+than|a\s+total\s+of)\s++)?\Z"
)


# "invested €3.5 billion across 190 projects since 1992", "invested €10 billion in Kazakhstan
# since 1993 across 300 projects": the money and the count it was spread over are of one time.
_RE_SPREAD_OVER: Final = regex.compile(
    r"\A(?:\s+in\s+[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+)?+)?(?:\s+since\s+(?:19|20)[0-9]{2})?"
    r"\s+(?:in|across|into|over)\s+(?:(?:some|about|around|nearly|over|more\s+than)\s+)?\Z"
)


# "2.1 mt of cargo, 3,400 trucks in 9M", "5 mt of oil and 3 bcm of gas in 2024": a figure
# of named goods, then the next item of the list, which says the time for both.
_RE_GOODS_LIST: Final = regex.compile(
    r"\A\s++of(?:\s++(?!and\b)[a-z-]++){1,3}+(?:\s*+,\s*+(?:and\s++)?+|\s++and\s++)\Z"
)


# "Poti handled 3.6 million tonnes (+5.2%), Batumi 2.4 million tonnes (-12.1%) in the first
# half of 2025", "Exports came to $3.4 bn, imports $2.1 bn in 2024": a list of names and
# figures shares the time said after its last item.
_RE_LIST_NAME: Final = regex.compile(
    r"\A\)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|exports|imports|transit)"
    r":?\s+"
    r"(?:(?:about|around|some|nearly|almost|over|just|roughly)\s+)?\Z"
)
