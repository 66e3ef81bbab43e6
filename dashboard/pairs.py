"""Second pass over the quantities of a text: ranges, lists and what measures nothing.

Pure. Joins ranges ("between 5 and 6 million dollars", "$3bn to $5bn", "5%-10%"), keeps the
two levels of "grew from 2.1 to 3.4 million tons", lends units along lists ("2.76 mln tonnes
for 2023, 4.48 mln for 2024") and rates along them ("300,000 passengers and 75,000 trailers
annually"), reads rates that end a clause ("... arrive in Azerbaijan each month";
`late_rates.read_late_rates`), and drops bare numbers, years, codes and the spans tallies were
counted over ("500,000 TEU in nine months").
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Final

import regex

from dashboard.counts import count_of_subject, follows_by, lend_elliptic, of_the_nouns
from dashboard.exchange_rates import is_base_of_a_rate
from dashboard.hedges import WINDOW, change_around, sentence_tail
from dashboard.indices import read_index
from dashboard.late_rates import is_unit_of_a_price, read_late_rates
from dashboard.list_neighbours import lend_item, lend_to_another, lend_to_ones, lend_unit
from dashboard.named_counts import (
    PLACEHOLDER_ITEMS,
    count_of_number,
    name_the_units,
    named_by_label,
)
from dashboard.pair_cues import (
    bare_level,
    counts_of_two_peoples,
    ends_a_gapped_clause,
    noun_of_before,
    share_bracketed_rates,
)
from dashboard.passed_levels import share_change_before
from dashboard.patterns_around import RE_BETWEEN_BEFORE, RE_RANGE_JOINT, RE_REVISED_FIGURE_OF
from dashboard.quantity_ends import read_bracketed_change
from dashboard.raw import DURATIONS, Raw, read_hedge
from dashboard.restated import (
    in_brackets,
    or_between,
    share_change_across,
    share_change_after,
    share_gapped_change,
    share_restated_change,
    unshare_listed_level,
)
from dashboard.scanning import match_at
from dashboard.timeframes import is_span_of_tally
from dashboard.vocab.units import ISO_CODES, TIME_PERS

# "from X to Y" after a verb of change is two levels, not a range ("grew from 2.1 to 3.4 mt").
_RE_MOTION_BEFORE_FROM: Final = regex.compile(
    r"(?i:\b(?:ros[e]|rise[ns]?|rising|grow[ns]?|grew|growing|grown|increas\w*|decreas\w*|fell|fall\w*|"
    r"drop\w*|declin\w*|jump\w*|surg\w*|climb\w*|soar\w*|plummet\w*|tumbl\w*|slump\w*|"
    r"slipp?\w*|slid|slow\w*|cut|cuts|reduc\w*|rais\w*|lower\w*|lift\w*|boost\w*|expand\w*|"
    r"doubl\w*|tripl\w*|halv\w*|mov\w*|shift\w*|revis\w*|went|gone|widen\w*|narrow\w*|"
    # "will go from two to four departures a week", "lengthen trains from 57 to 71 wagons"
    r"go|goes|going|lengthen\w*|shorten\w*|"
    # "the channel was deepened from 5 metres to 7 metres": dredged from one depth to another
    r"deepen\w*|dredg\w*|"
    r"edg\w*|inch\w*|shrank|shrunk|chang\w*|improv\w*|accelerat\w*|upgrad\w*|downgrad\w*|"
    # a currency's moves: "the tenge weakened from 470 to 512 per dollar"
    r"weaken\w*|strengthen\w*|depreciat\w*|appreciat\w*|devalu\w*|firmed|eased)\b"
    # (not "prices ranged from", a range; but "boost the range from 252 to 287 miles", a noun
    # the verb acts on, not "quotes in the range from $4,200 to $5,100" nor "widened the range
    # of the forecast from 3% to 5%", a range)
    r"(?:[\s\u00a0,]+(?:(?<!\b(?i:in|within|of|into|across|outside|inside)[\s\u00a0,]++)"
    r"(?:the|its|their|a)[\s\u00a0]++range(?![\s\u00a0]++of\b)|(?!rang\w*\b|vari\w*\b)"
    r"[^\s;!?]*[^\s.;!?])){0,12}?[\s\u00a0,]+from[\s\u00a0]+(?:\S+[\s\u00a0]+){0,2}\Z)",
    flags=regex.REVERSE,
)

# "raise capacity from 15 to 25 mt and from 100,000 TEU to 500,000 TEU", "grow from 5 mt to
# 7 mt, and container traffic from 100,000 TEU to 150,000 TEU": a second pair after the verb's
# first is two levels too, its own subject named or not (but "prices ranged from $10 to $20"
# is a range); `first` ends at the first "from".
_RE_SECOND_FROM: Final = regex.compile(
    r"(?i:(?P<first>\bfrom)[\s\u00a0][^.;!?]{1,80}?[\s\u00a0]to[\s\u00a0][^.;!?]{1,80}?"
    r"(?:,|[\s\u00a0]and)[\s\u00a0]+(?:(?:and|(?!rang|vari)[a-z][\w'’-]*+)[\s\u00a0]++){0,3}?"
    r"from[\s\u00a0]+(?:\S+[\s\u00a0]+){0,2}\Z)"
)

# "revised its forecast from 5 to 7 per cent to 3 to 5 per cent": from one range to another.
_RE_TO_ANOTHER_RANGE: Final = regex.compile(
    r"[\s\u00a0]*(?:per[\s\u00a0]*cent|percent|%)?[\s\u00a0]+to[\s\u00a0]+[0-9.,]+"
    r"[\s\u00a0]*(?:[-–]|to)[\s\u00a0]*[0-9]"
)


def resolve(raws: list[Raw], text: str) -> list[Raw]:
    raws = _join_pairs(raws, text)
    out: list[Raw] = []
    for i, raw in enumerate(raws):
        if raw.unit is None:  # the common case has one: no call
            _find_unit(raws, i, text)
        if raw.unit is None or _numbered(text, raw.start) or (
                raw.value == 0 and text[raw.start - 1 : raw.start] in ("'", "\u2019")):
            continue  # bare numbers, years and codes measure nothing; "Law No. 418-V" names one;
            # "'000 t" in a header is a scale (thousand tonnes), no figure
        if raw.item in PLACEHOLDER_ITEMS:
            name_the_units(raw, text)  # "120 units of equipment"
        if raw.unit in ("%", "pp") and raw.change is None:  # across a figure before it
            raw.change = share_change_before(raw.unit, text, raw.start)
        if out and raw.approx is None and in_brackets(text, out[-1].end, raw.start):
            raw.approx = out[-1].approx  # "more than 100 kilometers (60 miles)"
        or_restated = or_between(out[-1], raw, text) if out else ""
        if or_restated:
            share_change_after(out[-1], raw, text)
        if raw.unit == "%":
            read_index(out[-1] if out else None, raw, text)
        if out:
            share_change_across(out[-1], raw, text)  # "a further 32 cm", "rather than 12.1%"
            unshare_listed_level(out[-1], raw, text)  # "at 4 ppb and 2 ppb below the limit"
            share_gapped_change(out[-1], raw, text)  # "grew 5% to Turkey, 6% to China"
        if or_restated:
            share_restated_change(out[-1], raw, bare=or_restated == " ")
        if out and is_span_of_tally(out[-1], raw, text):
            continue
        out.append(raw)
    share_bracketed_rates(out, text)
    read_late_rates(out, text)
    for level, raw in itertools.pairwise(out):  # "498.35 (-3.00)": the level's change
        if raw.change is None and raw.unit == level.unit:  # (units lent late: "a tonne")
            read_bracketed_change(raw, level, text)
    out = [raw for k, raw in enumerate(out)  # "the cost of transporting one tonne ... is $70"
           if not is_unit_of_a_price(raw, out[k + 1] if k + 1 < len(out) else None, text)
           and not is_base_of_a_rate(raw, out[k - 1] if k else None, text)]  # "540 to one $"
    return _drop_overlaps(out)


def _find_unit(raws: list[Raw], i: int, text: str) -> None:
    """Give `raws[i]`, if it has no unit, the unit or counted noun its words or neighbours
    name: "retire 18,000 worn-out ones", "the number of trucks exceeded 95,000", "Jobs: 3,000"."""
    raw = raws[i]
    gapped = False
    if raw.unit is None and raw.scaled and not raw.weak_scale and raw.factor >= 1e3:
        lend_unit(raws, i, text)
        if raw.unit is None:
            raw.unit = "count"
            lend_item(raws, i, text)
    elif raw.unit is None and raw.scaled and raw.factor >= 1e3:
        lend_unit(raws, i, text)
    elif raw.unit is None and not raw.year_like and not raw.written_out:
        count_of_number(raw, text)  # "the number of trucks exceeded 95,000"
        if raw.unit is None:
            count_of_subject(raws, i, text)  # "container trains ... reached 9,870"
        if raw.unit is None:
            named_by_label(raw, text)  # "Jobs: 3,000", "Grain (thousand tonnes): 8 230"
        # "retire 18,000 worn-out ones", "... added another 27,000."
        for lend in (lend_elliptic, lend_to_ones, lend_to_another):
            if raw.unit is None:
                lend(raws, i, text)
    elif raw.unit is None and raw.written_out and (
            bare_level(raw, text) or (gapped := ends_a_gapped_clause(raw, text))):
        count_of_number(raw, text)  # "cut the number of weekly trains by three, to nine"
        if raw.unit is None:  # "to six trains a week, from four."; "..., the Middle
            lend_elliptic(raws, i, text, named=gapped)  # Corridor seven." (no "Corridor 7")
    elif raw.unit is None and raw.written_out and raw.value >= 2:
        of_the_nouns(raw, text)  # "Twenty of the locomotives will be assembled": a part counted


# "No. 418-V", "#3", "№ 12": a number that names, not one that measures.
_RE_NUMERO_BEFORE: Final = regex.compile(r"(?:\b(?i:nos?)\.|[#\u2116])[\s\u00a0]*+\Z")


def _numbered(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start]
    return ("." in before or "#" in before or "\u2116" in before) and (
        _RE_NUMERO_BEFORE.search(before) is not None)


def _join_pairs(raws: list[Raw], text: str) -> list[Raw]:
    """Ranges ("between 5 and 6 million dollars", "$3bn to $5bn", "5%-10%") and the two
    levels of "grew from 2.1 to 3.4 million tons"."""
    out: list[Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        action = _pair_action(a, b, text) if b is not None else "none"
        if action == "range" and b is not None:
            out.append(_merge_range(a, b, text))
            i += 2
            continue
        if action == "sum" and b is not None:  # "44 billion 512 million US dollars"
            out.append(replace(b, start=a.start, value=a.value + b.value, approx=a.approx))
            i += 2
            continue
        if action == "rate" and b is not None:
            a.per = b.per
        if action == "scale" and b is not None:
            a = replace(a, value=a.value * b.factor, scaled=True, factor=b.factor)
        if action == "lend" and b is not None and a.unit is None:
            _lend_along_commas(out, a, b, text)
        out.append(_lend(a, b, text) if action == "lend" and b is not None else a)
        i += 1
    return out


_RE_LIST_COMMA: Final = regex.compile(r",[ \u00a0]++")  # between the items of a list


def _lend_along_commas(out: list[Raw], a: Raw, b: Raw, text: str) -> None:
    """"4.6, 1.6 and 5.2 million tonnes": bare numbers listed with commas before `a`, which
    borrows `b`'s unit across "and", borrow it and its scale too."""
    k, after = len(out), a
    while (k > 0 and text[a.end : b.start].strip() == "and" and out[k - 1].unit is None
           and not (out[k - 1].year_like or out[k - 1].written_out or out[k - 1].value_high)
           and _RE_LIST_COMMA.fullmatch(text, out[k - 1].end, after.start)):
        k, after = k - 1, out[k - 1]
        out[k] = replace(after, value=after.value * _shared_factor(after, b, listed=True),
                         unit=b.unit, per=b.per, item=b.item, scaled=after.scaled or b.scaled)


# Rates a list of figures shares when its last one has it: times, and a ferry's or a train's
# load ("56 rail wagons or 50 trucks per voyage").
_SHARED_RATES: Final = TIME_PERS | {"voyage", "sailing", "crossing", "trip", "train"}


def _pair_action(a: Raw, b: Raw, text: str) -> str:
    """How `a` relates to the quantity after it: "range", "lend" (its unit), "rate" (it takes
    the rate of `b`), "scale" (it takes the scale word of `b`) or "none"."""
    if a.value_high is not None or a.year_like or b.year_like:
        return "none"
    if (text[a.end : b.start] == " " and a.scaled and a.unit is None and b.value_high is None
            and (b.scaled or (b.value.is_integer() and b.unit in (None, "count")))
            and b.factor < a.factor
            and b.value < a.factor):
        return "sum"  # one amount written in two scales, as Azerbaijan's customs write it
        # ("5 billion 120 million US dollars"), or a scale and its remainder ("4 thousand 512
        # wagons"; not "eight million 250ml bottles", a count of a size)
    if text[a.end : b.start] in ("-", "–", "—") and a.unit is not None and a.unit == b.unit:
        return "range"  # "5%-10%"
    joint = RE_RANGE_JOINT.match(text[a.end : b.start]) if b.start - a.end < 12 else None
    if b.start - a.end >= 8 and (joint is None or not joint.group().startswith(",")):
        return "lend" if counts_of_two_peoples(a, b, text) else "none"
    if joint is None or (a.unit is not None and b.unit is not None and a.unit != b.unit):
        return "none"
    before = text[max(0, a.start - 140) : a.start]
    lead = RE_BETWEEN_BEFORE.search(before[-40:])
    lead_word = lead.group("word").split()[0].lower() if lead else ""
    word = "or" if joint.group()[0] == "," else "to" if joint["word"] == "till" else joint["word"]
    if word in ("and", "or"):
        return _listed_action(a, b, text, word, lead_word)
    if a.change is not None:
        # "increased by $43.6 billion to $419.2 billion": a change, then a level; but "fell 8%
        # to 10%" is a range of the change (and "adds fees of $150 to $300" a noun's)
        return "range" if _is_change_range(a, b, word, before) else "none"
    if word == "to" and _is_change_then_level(a, b, before):
        return "lend"  # a bare "increased by 180,000 to 1.4 million": the change in its unit
    if (word == "to" and a.unit is not None and a.unit == b.unit and follows_by(before)
            and 0 < 2 * a.value * _shared_factor(a, b) < b.value):
        return "none"  # "revised its guidance by $50 million to $1.2 billion": a margin,
        # then the level (a range's top is at most twice its low end: "by 5 to 7 mt")
    # (not from zero: "going from 0 to 62 mph in 7.2 seconds" is a span, an acceleration)
    if (lead_word == "from" and a.value != 0 and _moves_from(sentence_tail(before))
            and not match_at(_RE_TO_ANOTHER_RANGE, text, b.end)):
        return "lend" if a.unit is None or b.unit is None else "none"
    if word == "to" and RE_REVISED_FIGURE_OF.search(sentence_tail(before)):
        return "lend" if a.unit is None or b.unit is None else "none"  # a revision's two
    if word == "to" and a.unit is not None and a.unit == b.unit and 0 < b.value < a.value:
        return "none"  # "fall from an average of 18 hours to 4 hours": a range runs up
    if a.item is not None and b.unit is None and 0 <= b.value < a.value:
        return "none"  # "sent 9,000 trains to 50 countries": a range runs up from its low end,
        # so a smaller bare number after a count counts something else
    return "range"


def _listed_action(a: Raw, b: Raw, text: str, word: str, lead_word: str) -> str:
    """`_pair_action` for two figures joined by "and" or "or" (`word`): a range after
    "between", one unit or scale for both ("2 and 3 million tonnes"), a shared rate."""
    if word == "and":
        if lead_word == "between":
            # "between the 1,520 mm and 1,435 mm gauges" names two figures, not a range
            return "none" if _runs_down(a, b) and _two_named(b, text) else "range"
        if a.unit is None and b.unit is not None and text[a.end : b.start].strip() == "and":
            return "lend"  # "45 and 50 mg", "2 and 3 million tonnes": two figures, one unit
        if _shares_scale(a, b, text):
            return "scale"  # "$400 and $450 million": both in millions
        # "300,000 passengers and 75,000 trailers annually": the rate covers the list
        return "rate" if a.unit is not None and a.per is None and b.per in _SHARED_RATES else "none"
    if a.unit is None:  # "or": "eight or nine euros", two figures of one unit
        return "lend"
    # "56 wagons or 50 trucks per voyage": the rate covers both
    return "rate" if a.per is None and b.per in _SHARED_RATES else "none"


# A pair "between A and B" running down names two things only before a unit's plural ("between
# the 1,520 mm and 1,435 mm gauges") or after "difference between"; else a writer's range may
# run from high to low ("narrowed to between 4% and 3%").
# (the noun the figures size, one word before it allowed: "gauges", "rail lines", not any
# word in -s: "between 9% and 8% versus 12%", "thanks to")
_RE_PLURAL_NOUN = regex.compile(
    r"[ ](?:[a-z-]{2,}[ ])?(?:gauges|lines|tracks|standards|wagons|cars|containers|trains|pipes"
    r"|pipelines|sizes|widths|diameters|classes|models|versions|types|grades|categories"
    r"|options|variants|berths|routes|ships|vessels|trucks|units|plants|fields)\b")
_RE_DIFFERENCE_BETWEEN = regex.compile(r"\bdifferences?[ ]between$", regex.I)


def _two_named(b: Raw, text: str) -> bool:
    """Does "between A and B" name two things (see above)?"""
    before = text[max(0, b.start - 200) : b.start]
    start = before.rfind("between")
    return (match_at(_RE_PLURAL_NOUN, text, b.end) is not None
            or (start >= 0 and _RE_DIFFERENCE_BETWEEN.search(before[: start + 7]) is not None))


def _runs_down(a: Raw, b: Raw) -> bool:
    """Two figures of one unit, the first the larger: no range of them."""
    return (a.unit is not None and a.unit == b.unit and a.per == b.per
            and a.value * _shared_factor(a, b) > b.value)


def _is_change_range(a: Raw, b: Raw, word: str, before: str) -> bool:
    """Is "8% to 10%" after a verb of change a range of the change? Two whole percentages,
    the second at most twice the first: "fell 0.2% to 4.1%" is a change then the level it
    reached. Or a range of a noun's, whatever the units: "adds fees of $150 to $300"."""
    if word == "to" and a.value < b.value and noun_of_before(before):
        return True  # (rising: "cut the tariff of $1,500 to $1,200" is a change to a level)
    return (word == "to" and a.unit == "%" and b.unit in ("%", None) and b.change is None
            and a.value.is_integer() and b.value.is_integer()
            and 0 < a.value < b.value <= 2 * a.value)


def _is_change_then_level(a: Raw, b: Raw, before: str) -> bool:
    """Is a bare "by 180,000 to 1.4 million" after a verb of change the change, then the level
    it reached? Not when the two are of one size, a range of the change ("cut by 5 to 7
    million tonnes", "by 10 to 15%"): a range's top is at most twice its low end."""
    if a.unit is not None or not follows_by(before):
        return False
    if change_around(before, "") is None:
        return False
    low = a.value * _shared_factor(a, b)
    return not 0 < low < b.value <= 2 * low


# A headline's verbless change: "wine exports up from $8.9m to $11.2m"; not the level a figure
# said before moved from (", down from the $89 to $93 billion it had forecast": a range).
_RE_UP_FROM: Final = regex.compile(
    r"(?i:(?<![,;][\s\u00a0]*+)\b(?:up|down)[\s\u00a0]+from[\s\u00a0]+(?:\S+[\s\u00a0]+){0,2}\Z)"
)


def _moves_from(tail: str) -> bool:
    """Whether the "from" ending `tail` follows a verb of change: "grew from", or the second
    pair of "raised capacity from 15 to 25 mt and from"."""
    if _RE_MOTION_BEFORE_FROM.search(tail) or _RE_UP_FROM.search(tail[-40:]):
        return True
    if "from" not in tail[-30:].lower():  # cheap test before the pattern
        return False
    second = _RE_SECOND_FROM.search(tail, timeout=1.0)
    return second is not None and bool(
        _RE_MOTION_BEFORE_FROM.search(tail[: second.end("first")] + " "))


def _shares_scale(a: Raw, b: Raw, text: str) -> bool:
    """"$400 and $450 million": two amounts of one currency joined by "and", the second
    scaled, the first a small bare number of the same size as the second's digits."""
    return (a.unit is not None and a.unit == b.unit and a.unit in ISO_CODES and not a.scaled
            and b.scaled and b.factor >= 1e6 and a.per is None and b.per is None
            and text[a.end : b.start].strip() == "and"
            and b.value / b.factor / 10 <= a.value <= b.value / b.factor * 10)


def _lend(a: Raw, b: Raw, text: str) -> Raw:
    """`a` borrows the unit, rate and scale of the quantity after it, or lends its own
    ("dropping from 208 pounds to 193": the 193 is in pounds too)."""
    if a.unit is not None:
        if b.unit is None:
            b.unit, b.per, b.item = a.unit, a.per, a.item
        return a
    before = text[max(0, a.start - WINDOW) : a.start]
    if a.approx is None:  # a bare number was read without its context: "about 8 or $9"
        read_hedge(a, before)
    if a.change is None and follows_by(before):
        a.change = change_around(before, "")  # "rose by 300,000 to 2.1 million tonnes"
    listed = text[a.end : b.start].strip() == "and"  # "3.9 and 2.1 million tonnes"
    return replace(
        a, value=a.value * _shared_factor(a, b, listed=listed), unit=b.unit, per=b.per,
        item=b.item, scaled=a.scaled or b.scaled,
    )


def _shared_factor(a: Raw, b: Raw, *, listed: bool = False) -> float:
    """The scale word of `b` applies to a bare `a` written small ("2.1 to 3.4 million"; in a
    list, whatever their order: "3.9 and 2.1 million tonnes"). A bare number of thousands
    shares it only when it is of the size of `b`'s digits, as statistics write both ("1,046.3
    and 1,187.9 mln USD"), not "from 2,000 to 3 million"."""
    if a.scaled or b.factor == 1.0:
        return 1.0
    digits = abs(b.value / b.factor)
    if abs(a.value) >= 1000 and not digits / 10 <= abs(a.value) <= digits * 10:
        return 1.0
    if listed:
        return b.factor
    return b.factor if a.value <= b.value / b.factor else 1.0  # not "$200 to $4 million"


_RE_FROM_BEFORE: Final = regex.compile(r"\b(?i:from)[\s\u00a0]++\Z")


def _merge_range(a: Raw, b: Raw, text: str) -> Raw:
    if a.unit is None:  # a bare number was read without its context
        before = text[max(0, a.start - WINDOW) : a.start]
        if a.approx is None:
            read_hedge(a, before)
        if a.change is None:  # a span's own words of change ("saves 10 to 15 days")
            a.change = change_around(before, "", duration=b.unit in DURATIONS)
    if b.unit is None:  # "from 208 pounds to 193"
        b = replace(b, unit=a.unit, per=a.per, item=a.item)
    joint = RE_RANGE_JOINT.match(text[a.end : b.start])
    if joint is not None and joint.group("word").startswith("up"):
        b.approx = None  # "from 450 sq ft up to 900 sq ft": the top of a range, not a hedge
    if a.approx is not None and _RE_FROM_BEFORE.search(text, max(0, a.start - 12), a.start):
        a.approx = None  # "priced from RM120,000 to RM300,000": a range's "from", no floor
    low, high = a.value * _shared_factor(a, b), b.value
    if low > high:  # "ranged from -18 °C to -34 °C": a range runs from its low end
        low, high = high, low
    return replace(
        b, start=a.start, value=low, value_high=high,
        approx=a.approx or b.approx, change=b.change or a.change, per=b.per or a.per,
    )


def _drop_overlaps(raws: list[Raw]) -> list[Raw]:
    raws.sort(key=lambda r: (r.start, -r.end))
    out: list[Raw] = []
    for raw in raws:
        if out and raw.start < out[-1].end:
            continue
        out.append(raw)
    return out
