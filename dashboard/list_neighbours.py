"""What a figure read without a unit or a noun takes from a neighbour in its list or sentence:
a scaled number takes the unit of a figure beside it ("4.6 million tonnes ... and 5.2 million"),
also the question's in an answer ("...? A: It was 4.1 million"); a scaled count the thing the
count before it counted ("70 thousand containers last year, compared with 33 thousand in
2023"); a bare number before "ones" what the count before it counted ("bought 25,000 wagons
... retire 18,000 worn-out ones"). Called by `pairs.resolve`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard import context
from dashboard.counts import RE_ELLIPTIC_NEXT
from dashboard.hedges import WINDOW, change_around
from dashboard.patterns_around import RE_BRACKET_CLOSE, RE_BRACKET_OPEN
from dashboard.raw import Raw
from dashboard.scanning import match_at
from dashboard.vocab.calendar import MONTHS
from dashboard.vocab.hedging import HEDGE_WORDS


def lend_unit(raws: list[Raw], i: int, text: str) -> None:
    """A scaled number without a unit takes it from a list neighbour in its sentence."""
    raw = raws[i]
    if _counts_people(text, raw.start):
        return  # "on a population of 10.21 million": people, not the tonnes beside it
    for j in (*range(i - 1, max(-1, i - 4), -1), *range(i + 1, min(len(raws), i + 3))):
        other = raws[j]
        if other.unit is None or other.unit in ("%", "pp", "x", "count"):
            continue
        if j < i and _is_bracketed_equivalent(raws, j, text) and not _sized_like(raw, other,
                                                                                 raws[j - 1]):
            continue  # "4.1 billion tenge ($8.2 million), against ... 2.7 billion": tenge
        lo, hi = (other.end, raw.start) if j < i else (raw.end, other.start)
        if hi - lo > 160 or (context.crosses_sentence(text, lo, hi) and not (
                j < i and "?" in text[lo:hi] and _RE_ANSWER_OPENS.search(text, lo, hi))
                and not (j < i and _reports_again(text, lo, raw, other))):
            continue
        if other.unit in _LENGTHS and raw.weak_scale and text[raw.end - 1 : raw.end] == "m":
            raw.value /= raw.factor  # "dropped by 0.31 m ..., forcing ships to sail at
            raw.scaled, raw.weak_scale, raw.factor = False, False, 1.0  # draughts of 4.2 m",
            raw.unit = "m"  # "1m is equal to 10 dm": metres, beside a length
            raw.change = raw.change or change_around(
                text[max(0, raw.start - WINDOW) : raw.start], text[raw.end : raw.end + WINDOW])
            return
        if j > i and match_at(_RE_OWN_NOUN, text, raw.end) and not RE_ELLIPTIC_NEXT.match(
                text[raw.end : raw.end + WINDOW]):
            return  # "2.1 billion transactions worth 310 trillion soums": a noun of its own
        if j > i and _RE_PRICE_OF_IT.search(text, lo, hi):
            continue  # "plan to release 7 million in 2026, at a cost of 2.4 billion tenge":
            # the money the things cost, not their unit
        if j > i and ", " in text[lo:hi] and _RE_NEW_CLAUSE.search(text, lo, hi):
            return  # "visitor trips reached 5.8 million in 2025, and revenues ... totaled
            # 3.9 billion USD": a later clause's figure, with a subject of its own
        raw.unit, raw.per = other.unit, raw.per or other.per
        return


def _reports_again(text: str, lo: int, raw: Raw, other: Raw) -> bool:
    """ "The association counts 3.4 million tonnes. Azerbaijan Railways ... reports 2.7
    million.": a source's bare figure ending the sentence right after another's, the verb
    of its report just before it, is in the unit of the figure before (one sentence between
    them at most), when the two are of one scale word and close in size (within 2x), and
    the new sentence does not open on another subject ("On the passenger side, ...")."""
    if raw.factor != other.factor or max(raw.value, other.value) > 2 * min(raw.value,
                                                                           other.value):
        return False  # the common case, told before the searches
    ends = list(context.RE_SENTENCE_END.finditer(text, lo, raw.start))
    return (len(ends) == 1
            and _RE_REPORTS_BEFORE.search(text, max(lo, raw.start - 40), raw.start) is not None
            and _RE_ENDS_SENTENCE.match(text, raw.end) is not None
            and _RE_OTHER_SUBJECT.match(text, ends[0].end()) is None)


# A sentence opening on a change of subject: "For visitors, ...", "On the passenger side" (not
# a time: "For the full year, the operator reports 5.6 million", "For January-October, ...").
_RE_OTHER_SUBJECT: Final = regex.compile(
    r"[\s\u00a0]*+(?:For(?![\s\u00a0]++(?:the[\s\u00a0]++(?:full|whole|first|second|third"
    r"|fourth|last|past|same|entire)\b|this[\s\u00a0]++(?:year|season)|last[\s\u00a0]++year"
    rf"|{MONTHS}|(?:19|20)[0-9]{{2}}|[1-4]Q|Q[1-4]|H[12]\b|9M|6M))"
    r"|As[\s\u00a0]++(?:for|to|regards)|On[\s\u00a0]++the[\s\u00a0]++"
    r"[\p{L}-]++[\s\u00a0]++(?:side|front)|Among|Turning[\s\u00a0]++to|In[\s\u00a0]++terms"
    r"[\s\u00a0]++of|Separately|Meanwhile|By[\s\u00a0]++contrast)\b")


# The verb of a source's report right before its figure ("reports", "puts it at", "counts").
_RE_REPORTS_BEFORE: Final = regex.compile(
    rf"\b(?:reports?|reported|says|said|counts?|counted|cites?|cited|estimates?|estimated"
    rf"|claims?|claimed|puts?[\s\u00a0]++(?:it|them|the[\s\u00a0]++\w++)[\s\u00a0]++at)"
    rf"[\s\u00a0]++(?:(?:only|just|{HEDGE_WORDS})[\s\u00a0]++)?\Z",
    flags=regex.IGNORECASE,
)
_RE_ENDS_SENTENCE: Final = regex.compile(r"[\s\u00a0]*+(?:[.;!?](?![0-9])|\Z)")


# A figure in brackets right after another in another unit: its equivalent ("4.1 billion
# tenge ($8.2 million)", "$400 million (about 2.86 billion yuan)").


def _is_bracketed_equivalent(raws: list[Raw], j: int, text: str) -> bool:
    """Is `raws[j]` the bracketed equivalent of the figure right before it in another unit?
    A bare figure after both takes the main figure's unit, not the conversion's."""
    main = raws[j - 1] if j > 0 else None
    if main is None or main.unit in (None, "%", "pp", "x", "count", raws[j].unit):
        return False
    return bool(RE_BRACKET_OPEN.match(text, main.end, raws[j].start)
                and match_at(RE_BRACKET_CLOSE, text, raws[j].end))


def _sized_like(raw: Raw, bracketed: Raw, main: Raw) -> bool:
    """Is the bare figure the size of the bracketed equivalent (within 10x) and far from the
    main figure's (over 100x off)? "620 billion tenge ($1.3 billion), compared with 1.1
    billion": dollars, not tenge."""
    def ratio(a: float, b: float) -> float:
        return max(a, b) / min(a, b) if a > 0 and b > 0 else float("inf")
    return ratio(raw.value, bracketed.value) < 10 and ratio(raw.value, main.value) > 100


# An answer right after a question: "Q: ... carried 4.5 million tonnes ...? A: It was 4.1
# million": the answer's bare figure is in the question's unit (the question may cross a
# sentence, the answer's opening may not).
_RE_ANSWER_OPENS: Final = regex.compile(
    r"\?[\s\u00a0]*+(?:(?:A|Answer)[\s\u00a0]*+[:.—–-][\s\u00a0]*+|[—–-][\s\u00a0]*+)?"
    r"[^.!?;\n]{0,40}+\Z"
)
# A clause opening after a comma with a subject of its own (no preposition, no number).
_RE_NEW_CLAUSE: Final = regex.compile(
    r",[\s\u00a0]++(?:and|while|but|whereas)[\s\u00a0]++"
    r"(?!(?:to|from|by|at|in|on|about|around|some|nearly|almost|over|up|down|then)\b)[a-z]"
)
# What the things counted before cost, right before a later figure: "at a cost of", "costing",
# "worth", "valued at" (a price of them, not a neighbour in their list).
_RE_PRICE_OF_IT: Final = regex.compile(
    r"\b(?:at[\s\u00a0]++an?[\s\u00a0]++(?:total[\s\u00a0]++)?cost[\s\u00a0]++of|costing|worth"
    rf"|valued[\s\u00a0]++at|priced[\s\u00a0]++at)[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z",
    flags=regex.IGNORECASE,
)
# A place's people named just before the figure: "a population of (about) 10.21 million",
# "population stood at 2.3 million".
_RE_POPULATION_BEFORE: Final = regex.compile(
    rf"\bpopulations?+[\s\u00a0]++(?:(?:of|at|is|was|stood[\s\u00a0]++at|reached)[\s\u00a0]++)"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z",
    flags=regex.IGNORECASE,
)


def _counts_people(text: str, start: int) -> bool:
    window = text[max(0, start - 48) : start]
    return "opulation" in window and _RE_POPULATION_BEFORE.search(window) is not None


_RE_OWN_NOUN: Final = regex.compile(r"[ \u00a0][a-z]{3,}+\b")  # a plain word right after
_LENGTHS: Final = frozenset({"m", "km", "dm", "cm", "mm", "ft", "in", "mi", "nmi"})


def lend_item(raws: list[Raw], i: int, text: str) -> None:
    """A scaled count without a noun counts what the count before it in its sentence counted,
    when nothing after it names a thing of its own: "70 thousand containers last year,
    compared with 33 thousand in 2023" (as "70,000 ..., against 33,000" does)."""
    raw = raws[i]
    for j in range(i - 1, max(-1, i - 4), -1):
        other = raws[j]
        if other.unit != "count" or other.item is None:
            continue
        if (raw.start - other.end > 160 or context.crosses_sentence(text, other.end, raw.start)
                or text.find(";", other.end, raw.start) >= 0):
            return  # "5 thousand trucks; revenue 3 million": another clause's figure
        if RE_ELLIPTIC_NEXT.match(text[raw.end : raw.end + WINDOW]):
            raw.item = other.item
        return


# "ones" after a bare number, a word or two between: "retire 18,000 worn-out ones"
_RE_ONES_AFTER: Final = regex.compile(r"[\s\u00a0]++(?:[a-z][a-z-]*+[\s\u00a0]++){0,2}?ones\b")


def lend_to_ones(raws: list[Raw], i: int, text: str) -> None:
    """A bare number before "ones" counts what the count before it in its sentence counted:
    "we will have bought 25,000 wagons, which will let us retire 18,000 worn-out ones"."""
    raw = raws[i]
    if "ones" not in text[raw.end : raw.end + 32] or match_at(_RE_ONES_AFTER, text,
                                                                 raw.end) is None:
        return
    for j in range(i - 1, max(-1, i - 4), -1):
        other = raws[j]
        if other.unit != "count" or other.item is None:
            continue
        if raw.start - other.end <= 160 and not context.crosses_sentence(
                text, other.end, raw.start):
            raw.unit, raw.item = "count", other.item
        return


# "another" or "a further" right before a bare number that closes its sentence: "The Chery and
# Kia lines added another 27,000." (more of what was counted just before).
_RE_ANOTHER_BEFORE: Final = regex.compile(r"\b(?i:another|a[\s\u00a0]++further)[\s\u00a0]++\Z")
_RE_CLOSES: Final = regex.compile(r"[\s\u00a0]*+(?:[.;!?]|\Z)")


def lend_to_another(raws: list[Raw], i: int, text: str) -> None:
    """A bare number after "another" that closes its sentence counts what the last count
    before it counted, in its sentence or the one before: "BYD's plant ... built 31,200 of
    them last year. The Chery and Kia lines added another 27,000." A share or a change in
    its own sentence is what it continues ("China's share was 60%, and Russia's another 25",
    "Prices rose 7% this year and could climb another 4"): no count then."""
    raw = raws[i]
    if not match_at(_RE_CLOSES, text, raw.end) or not _RE_ANOTHER_BEFORE.search(
            text, max(0, raw.start - 16), raw.start):
        return
    for j in range(i - 1, max(-1, i - 4), -1):
        other = raws[j]
        ends = len(context.RE_SENTENCE_END.findall(text, other.end, raw.start)) if (
            other.unit is not None and raw.start - other.end <= 400) else 2
        if other.unit in ("%", "pp", "x") and ends == 0:
            return
        if other.unit is None or other.unit in ("%", "pp", "x"):
            continue
        if other.unit == "count" and other.item is not None and ends <= 1:
            raw.unit, raw.item = "count", other.item
        return
