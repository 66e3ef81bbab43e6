"""Reading one quantity expression: value, scale, unit, rate and sign (numbers and unit
words in `numbers`), hedge and change (the words around it, in `hedges`).

Pure: no pandas, no dash. `read_match` turns one match of `patterns.RE_QUANTITY` into a
`Raw` record by looking at a few characters on each side (`hedges.WINDOW`); every window is
bounded, so each call costs O(1) whatever the text.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.asked_boxes import asked_box
from dashboard.claim import Approx, Change
from dashboard.countables import (
    HYPHEN_COUNTS,
    RE_SIZE_FIRST,
    after_a_time_preposition,
    names_a_street,
    numbers_a_provision,
    read_count,
    read_dot_thousands,
)
from dashboard.exchange_rates import currency_moved, read_exchange_rate
from dashboard.hedges import BY_REACH, WINDOW, change_around, hedge_after
from dashboard.money_words import local_currency, read_money_tail
from dashboard.multiples import (
    fraction_in_words,
    read_multiplier_word,
    read_share,
    read_times_sign,
)
from dashboard.no_measure import measures_nothing
from dashboard.numbers import (
    currency_before,
    fold,
    is_currency_code,
    join_mixed_number,
    labels_the_figure_after,
    parse_number,
    power_of_ten,
    unit_of,
)
from dashboard.passed_levels import unless_a_level
from dashboard.patterns import QUANTITY_GROUP, RE_QUANTITY, QuantityGroups
from dashboard.patterns_around import RE_COUNT_NOUN, RE_DEPTH_BEFORE
from dashboard.quantity_ends import (
    read_bracketed_unit,
    read_scaled_high,
    read_sign,
    read_temperature,
)
from dashboard.rates import read_rate
from dashboard.raw import DURATIONS, Raw, along_the_works, off_a_place, read_hedge
from dashboard.retractions import is_denied
from dashboard.scanning import match_at
from dashboard.timeframes import is_months_shorthand
from dashboard.vocab.units import (
    CURRENCY_SIGNS_AFTER,
    CURRENCY_WORDS,
    FRACTIONS_OF_A,
    POUNDS_OF_GOODS,
    SCALES,
    word_number,
)

_SINGLE_LETTER_SCALES: Final = frozenset({"m", "b", "k"})
_UNIT_ONLY_SCALES: Final = _SINGLE_LETTER_SCALES | {"th"}  # "56,2 th. TEU"; not "the 5 th"
_RE_DENOMINATOR_BEFORE: Final = regex.compile(r"(?i:\bper[\s\u00a0]+|/)\Z")
_RE_PRICE_OF_ONE: Final = regex.compile(
    r"(?i:\b(?:costs?|prices?|tariffs?|fees?)[\s\u00a0]++(?:of|for)[\s\u00a0]++"
    r"(?:(?:transport\w*+|shipping|moving|carrying|deliver\w*+|handling|storing|storage)"
    r"[\s\u00a0]++(?:of[\s\u00a0]++)?)?)\Z")
_TONNE_OR_MILLION: Final = frozenset({"mt"})  # million tonnes, or metric tons after a scale
_RE_CLASS_DIGIT_AFTER: Final = regex.compile(r"[\s\u00a0-]?[0-9](?![0-9.,])")  # "Euro 5 trucks"
# "m" after a number is metres before these words or punctuation ("a 12 m clear height",
# "10m ceilings"), else millions ("2.7m sales").
_RE_METRES_AFTER: Final = regex.compile(
    r"[\s\u00a0]*(?:[^\w\s]|\Z|[0-9]|x\b|(?i:long|high|wide|deep|tall|away|above|below|thick|across|along|"
    r"underground|under|in\s+(?:length|height|width|depth|diameter)|from|of\s+(?:track|road|"
    r"rail|cable|pipe|water|line|clearance|headroom)|per|a"
    r"|(?:clear|ceiling|eaves|internal|working)[\s\u00a0-]+heights?|ceilings?|headroom)\b)"
)
# "12 x 4 x 5 m", "2.6 x 1.2 m was loaded": the last factor of dimensions, so "m" is metres
_RE_DIMENSION_BEFORE: Final = regex.compile(
    r"[0-9](?:[\s\u00a0]?+m)?+[\s\u00a0]?+[x×][\s\u00a0]?+\Z"
)
_DIMENSION_REACH: Final = 8  # "4.2 m x ": the factor before, its unit and the sign


def read_match(match: regex.Match[str], text: str, floor: int) -> Raw | None:
    """The quantity of one `RE_QUANTITY` match, or None when it measures nothing."""
    start = match.start()
    before = text[max(0, start - 5) : start]
    if _is_denominator(text, start, before):
        return None  # "$250 per 1,000 cubic metres", "the cost of moving one ton"
    if before[-1:].isspace() and is_denied(text, start):
        return None  # "not $1.5 billion as reported", "it's not 5%, it's 7%"
    if start and text[start - 1] in "'’" and text[start : start + 2].isdigit() and not (
            text[start + 2 : start + 3].isdigit()):
        return None  # "in '24", "9M'25": a year, written short
    if match.lastgroup == "num" and match.start(QUANTITY_GROUP["cur"]) < 0:
        bare = _read_bare(match, text)  # the common case: a plain number, no unit after it
        if bare is not None:
            return bare
    m = QuantityGroups(match)
    if m.mult is not None:
        return read_multiplier_word(fold(m.mult), m.start(), m.end(), text)
    if m.half is not None or m.frac is not None:
        return _read_part_changed(m, text, floor)
    if m.share is not None:
        return read_share(m.start(), m.end(), m.share or "", text, floor)
    if m.vague is not None:
        return _read_vague(m, text, floor)
    if m.wnum is not None:
        value: float | None = word_number(fold(m.wnum or ""))
        high = None
    else:
        value, high = parse_number(m.num or ""), None
        if m.num2 is not None:
            high = parse_number(m.num2 or "")
            if high is None:
                return None
            if m.cur is None and labels_the_figure_after(m.num or "", m.rsep or "", value, high):
                after = RE_QUANTITY.match(text, m.start("num2"), m.start("num2") + 400)
                return read_match(after, text, floor) if after is not None else None
            value, high = join_mixed_number(value, high, m.rsep or "", m.num2 or "")
    if value is None:
        return None
    raw = _read_quantity(m, text, value, high, floor)
    if raw is not None and m.wnum is not None:
        raw.written_out = True
    return raw


def _is_denominator(text: str, start: int, before: str) -> bool:
    """Is the number at `start` a rate's denominator ("$250 per 1,000 cubic metres"), or the
    one unit a price is of ("Cost of transportation of one ton of cargo decreased")?"""
    if ("/" in before or "er" in before.lower()) and _RE_DENOMINATOR_BEFORE.search(before):
        return True
    return text.startswith(("one ", "One ", "1 "), start) and _RE_PRICE_OF_ONE.search(
        text[max(0, start - 45) : start]) is not None


def _read_part_changed(m: QuantityGroups, text: str, floor: int) -> Raw | None:
    """A change by a part in words: "cut by half" (halved), "rose by half" (up 50%), "fell by
    a third", "grew by a quarter" (a change in per cent); None with no verb of change."""
    before = _change_window(text, m.start(), floor)
    if m.half is not None:
        part = (Raw(m.start(), m.end(), 50.0, unit="%", change=Change.INCREASE)
                if change_around(before, "") is Change.INCREASE
                else Raw(m.start(), m.end(), 0.5, unit="x", change=Change.DECREASE))
    else:
        change = change_around(before, "") or change_around("", text[m.end() : m.end() + 12])
        if change is None:
            return None
        part = Raw(m.start(), m.end(), fraction_in_words(m.frac or ""), unit="%", change=change)
    read_hedge(part, before)  # "by nearly half", "by almost a third"
    return part


def _read_bare(match: regex.Match[str], text: str) -> Raw | None:
    """A number with nothing after it that could make it a quantity ("in 2023", "1 1 1"):
    kept bare, without the context reading that quantities get. None: read it in full."""
    end = match.end()
    following = text[end : end + 24].lstrip()
    if following[:1].isalpha() or following[:1] in CURRENCY_SIGNS_AFTER or (
            following[:1].isdigit() and RE_SIZE_FIRST.match(following)) or (
            following.startswith(("-plus", *HYPHEN_COUNTS))):
        return None  # a unit, a counted noun or a scale may follow ("40-foot boxes",
        # "19,000-plus containers", "71-wagon trains"): read
    if following[:1] in "([{<" and following[1:2].isalpha():
        return None  # "20 (kg)": a unit in brackets may follow
    start = match.start()
    lead = text[max(0, start - 20) : start]
    if lead[-1:] == "×" or "factor" in lead or "oefficient" in lead:
        return None  # "×2.5", "by a factor of 3", "a coefficient of 0.5.": read in full
    num: str = match.group(QUANTITY_GROUP["num"])
    value = parse_number(num)
    if value is None:
        return None
    year_like = num.isdigit() and len(num) == 4 and 1800 <= value <= 2199
    if not year_like and currency_moved(text[max(0, start - 80) : start]):
        return None  # "the manat held at 1.7.", "held at about 1.7.": a currency's rate (read
        # in full, where `exchange_rates` sees it; a year is none)
    return Raw(match.start(), end, value, year_like=year_like)


def _read_quantity(
    m: QuantityGroups, text: str, value: float, high: float | None, floor: int
) -> Raw | None:
    """A number's quantity: a bare year ("in 2023"), a scale ("4.3M"), its unit. None: none."""
    start, end = m.start(), m.end()
    raw = Raw(start, end, value, value_high=high)
    num = m.num or ""
    raw.year_like = (num.isdigit() and len(num) == 4 and 1800 <= value <= 2199
                     and m.cur is None)
    cur, scale, unit_written, sign_after = m.cur, m.scale, m.unit, m.sign_after
    if raw.year_like and not (scale or unit_written or sign_after):
        return raw  # "in 2023": a bare year, kept only to be dropped after ranges are read
    currency = currency_before(cur)
    scale_word = fold(scale or "")
    unit_word = fold(unit_written or "")
    if raw.year_like and not scale and (unit_word in ("year", "years") or (
            unit_word in CURRENCY_WORDS and after_a_time_preposition(text, start))):
        return raw  # "for 2025 year", "in 2023-2024 years" (Russian "году"): a year, no span;
        # "In 2024 tenge deposits grew": a year, the currency a modifier of the noun after it
    factor = 1.0
    if scale_word:
        if scale_word in _UNIT_ONLY_SCALES and not (currency or unit_word):
            # "4.3M": millions, said loosely; "some 4.5k cars": thousands of a counted thing
            loose = 1e6 if m.scale == "M" else 1e3 if scale_word == "k" and RE_COUNT_NOUN.match(
                text[m.end("scale") : m.end("scale") + 80]) else 0.0
            if loose:
                if loose == 1e6 and is_months_shorthand(raw, text, m.start(), m.end("scale")):
                    return None  # "in 9M 2025": nine months, a period (`periods`)
                return _finish_loosely_scaled(raw, m, text, loose, floor)
            if scale_word != "m":
                return Raw(start, m.start("scale"), value, value_high=high, year_like=raw.year_like)
            if not (match_at(_RE_METRES_AFTER, text, m.end("scale"))
                    or _RE_DIMENSION_BEFORE.search(text[max(0, start - _DIMENSION_REACH):start])
                    or RE_DEPTH_BEFORE.search(text[max(0, start - 40):start])):
                return _finish_loosely_scaled(raw, m, text, 1e6, floor)  # "35m of its devices"
            unit_word = "m"  # "300 m long": metres
        else:
            factor = SCALES[scale_word]
            raw.scaled, raw.factor = True, factor
            raw.weak_scale = scale_word in _SINGLE_LETTER_SCALES
    elif m.pow is not None:  # "2.998×10^8 m/s": the power of ten is the number's scale
        factor = power_of_ten(m.pow)
        raw.scaled, raw.factor = True, factor
    return _read_unit_and_sign(raw, m, text, unit_word, currency, floor)


def _read_unit_and_sign(raw: Raw, m: QuantityGroups, text: str, unit_word: str,
                        currency: str | None, floor: int) -> Raw | None:
    """`_read_quantity` once the scale is in `raw.factor`: the unit word ("11.2 billion
    manats"), a sign after ("1,200€"), a minus ("$-5"). None: none ("5g networks", "TL-45")."""
    if _letter_names_no_unit(m, raw.value, text):
        return None
    end, factor = m.end(), raw.factor
    if unit_word:
        currency, factor, end = _read_unit_word(raw, m, text, unit_word, currency, factor)
    if m.sign_after is not None and currency is None:  # "1,200€"
        currency = CURRENCY_SIGNS_AFTER[m.sign_after]
    # "Turkmenistan's revenue reached 11.2 billion manats", "Pakistan Railways earned Rs 1.2bn"
    raw.unit = local_currency(currency or raw.unit, (m.cur or unit_word).strip(), text, m.start())
    raw.end = end
    raw.factor = factor
    if m.csign is not None:  # "$-5"
        if (m.cur or "")[-1:].isalpha() and m.end("cur") == m.start("csign"):
            return None  # "TL-45", "RM-45": letters hyphened to a number name a model
        raw.value = -raw.value
    return _finish_quantity(raw, m, text, factor, floor)


def _finish_loosely_scaled(
    raw: Raw, m: QuantityGroups, text: str, factor: float, floor: int
) -> Raw | None:
    """`_finish_quantity` for a scale said loosely ("4.3M", "4.5k cars", "35m of its
    devices"), the surface ending with the scale."""
    raw.scaled, raw.weak_scale, raw.factor = True, True, factor
    raw.end = m.end("scale")
    return _finish_quantity(raw, m, text, factor, floor)


def _letter_names_no_unit(m: QuantityGroups, value: float, text: str) -> bool:
    """Is the unit letter after the number no unit: a mobile generation ("the 4g signal",
    "5g networks": not grams) or a provision's suffix ("under Article 12g", "Section 4t")?"""
    if m.unit == "g" and value in (2, 3, 4, 5, 6) and _RE_MOBILE_AFTER.match(
            text[m.end("unit") : m.end("unit") + 30]):
        return True
    written = m.unit or ""
    return len(written) == 1 and not m.sp2 and written.isalpha() and numbers_a_provision(
        text[max(0, m.start() - WINDOW) : m.start()])


def _read_unit_word(
    raw: Raw, m: QuantityGroups, text: str, unit_word: str, currency: str | None, factor: float
) -> tuple[str | None, float, int]:
    """Read the unit word after the number into `raw` (unit, rate): the currency it names,
    if any, the factor with its scale, and where the surface ends (before a word that is
    no unit here, which stays out of it)."""
    end = m.end()
    if unit_word in ("pounds", "pound") and raw.scaled and raw.factor >= 1e6 and not (
            text[end : end + 24].lower().lstrip().startswith(POUNDS_OF_GOODS)):
        unit_word = "pounds sterling"  # "361 million pounds" is money, "208 pounds" a weight
    found = unit_of(unit_word, m.unit or "")
    if unit_word == "euro" and match_at(_RE_CLASS_DIGIT_AFTER, text, m.end("unit")):
        found = None  # "200 Euro 5 trucks": a class
    if m.unit and m.unit[0].isupper() and names_a_street(text, m.end("unit")):
        found = None  # "12 Rial Street", "5 Mile Road": a street's name, no unit
    if found is None:  # not in the vocabulary: leave it out of the surface
        return currency, factor, m.start("unit") - len(m.sp2 or "") if m.unit else end
    unit, unit_factor, per = found
    if currency and unit != currency and unit_factor == 1.0 and per is None:
        # "$5 t"? a currency sign wins; the word after is what was bought
        return currency, factor, m.start("unit") - len(m.sp2 or "")
    raw.unit, raw.per = unit, per
    if unit_word in _TONNE_OR_MILLION and (raw.scaled or raw.value >= 1000):
        unit_factor = 1.0  # "6.4 million mt", "350,000 mt": metric tonnes
    return currency or (unit if is_currency_code(unit) else None), factor * unit_factor, end


_RE_MOBILE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0-]*(?i:networks?|signals?|coverage|internet|mobile|services?|base|connect\w*|"
    r"technolog\w*|standards?|licen[cs]\w*|roll-?out|phones?|smartphones?|towers?|sites?)\b"
)


_RE_DIGIT_GROUPS: Final = regex.compile(r"[0-9][,\s\u00a0\u202f][0-9]{3}(?![0-9])")


def _low_written_whole(raw: Raw, m: QuantityGroups, factor: float) -> bool:
    """Is a range's low end a whole number the scale of its high end does not multiply:
    "850,000-1.1 million tenge" (850,000 to 1.1 million; its digit groups make it whole)?"""
    high = raw.value_high
    return (high is not None and factor > 1 and not raw.year_like and high < raw.value
            < high * factor and _RE_DIGIT_GROUPS.search(m.num or "") is not None)


def _finish_quantity(
    raw: Raw, m: QuantityGroups, text: str, factor: float, floor: int
) -> Raw | None:
    if raw.scaled and raw.value_high is None and m.scale and text[raw.end : raw.end + 1] in "-–":
        read_scaled_high(raw, m.scale, text)  # "USD 1.2bn-1.5bn", "5 mln-6 mln tonnes"
    raw.value *= 1.0 if _low_written_whole(raw, m, factor) else factor
    if raw.value_high is not None:
        raw.value_high *= factor
        if raw.value_high <= raw.value:
            if raw.unit is None:
                return None  # "2023-24", "74-56": periods and codes, not ranges
            raw.value_high = None
    before = text[max(0, raw.start - WINDOW) : raw.start]
    after = text[raw.end : raw.end + WINDOW]
    if m.wnum is not None and not _word_number_ok(raw, m.wnum, text[raw.start : raw.end]):
        return None
    if raw.unit is None and not raw.scaled and read_times_sign(raw, text, before):
        after = text[raw.end : raw.end + WINDOW]
    if raw.unit is None and not raw.year_like and after[:2].lstrip()[:1] in ("(", "[", "{", "<"):
        read_bracketed_unit(raw, after)
    if raw.unit is None and "/" not in text[raw.start : raw.end]:  # "24/7 stores": no count
        read_count(raw, after, before, m.wnum is not None)
        if raw.unit is None and not read_exchange_rate(raw, before, after) and not raw.scaled:
            raw.approx = hedge_after(after)  # "from the present 25 or more": its unit later
            return raw  # bare: kept only to join ranges ("between 5 and 6 million")
        after = text[raw.end : raw.end + WINDOW]
    read_dot_thousands(raw, m.num, m.num2)
    if measures_nothing(raw, m, text, before, after, floor):
        return None
    if (is_currency_code(raw.unit or "") and raw.value_high is None
            and (m.unit is not None or m.sign_after is not None) and read_money_tail(raw, text)):
        after = text[raw.end : raw.end + WINDOW]
    start = raw.start
    read_sign(raw, before)
    before = before[: len(before) - (start - raw.start)]  # "about minus 387": hedge before sign
    read_temperature(raw, before)
    read_rate(raw, after, before, text)
    if raw.per is None and is_currency_code(raw.unit or ""):  # "Q: What does a box cost?
        raw.per = asked_box(text, raw.start, raw.value, raw.unit or "")  # A: $900" (its "?"
        # looked for in a window before the money)
    read_hedge(raw, before, after)
    raw.approx = raw.approx or _hedge_inside(m)  # "3.4+ mln t", "10 or more days"
    raw.approx = raw.approx or hedge_after(after)  # "200,000 tonnes or so"
    # a bare "1.6 bln more than in 2023" takes its unit later (`pairs`), its change here
    if raw.change is None and (raw.unit is not None or raw.scaled):
        window = _change_window(text, raw.start, floor)
        raw.change = change_around(window, after, duration=raw.unit in DURATIONS,
                                   money=raw.unit is None or is_currency_code(raw.unit),
                                   share=raw.unit in ("%", "pp"))
        raw.change = unless_a_level(raw.unit, raw.change, window)  # "rose above 3.4 mln t"
        if raw.change is not None and (along_the_works(raw, before, after, active=True)
                                       or off_a_place(raw, after, before)):
            raw.change = None  # "the section was widened over 124 km": the works' length;
            # "sank 40 nautical miles off Aktau": where it sank
    return raw


def _hedge_inside(m: QuantityGroups) -> Approx | None:
    """A hedge joined to the number or said between it and its unit: "3.4+ mln t", "12+ km"
    (at least), "10 or more days", "50 or so tonnes", "5 or more million tonnes"
    (`hedges.hedge_after`)."""
    if "+" in (m.sp1 or "") or "+" in (m.sp2 or ""):
        return Approx.MIN
    gap = m.sp2 if m.sp2 and m.sp2[1:3].lower() == "or" else m.sp1  # "5 or more million t"
    return hedge_after(gap) if gap and gap[1:3].lower() == "or" else None


# "three-quarters of a billion dollars", never "a quarter of a century"

_ONLY_BEFORE_A_SCALE: Final = frozenset(
    {"a", "half", "quarter", "a quarter", "three quarters", *FRACTIONS_OF_A}
)


def _word_number_ok(raw: Raw, written: str, surface: str) -> bool:
    """Written-out numbers count only with a scale word or a unit ("six million tonnes"),
    and not in a name in capitals: "TEN-T", the EU's transport network, is no 10 t."""
    if written.isupper() and len(written) > 1 and raw.unit != "x" and f"{written}-" in surface:
        return False
    word = fold(written)
    if word in _ONLY_BEFORE_A_SCALE and not raw.scaled:
        return False  # "a million dollars", "half million", not "in the quarter to $254 m"
    if raw.scaled or raw.unit in ("x", "day", "hour") or raw.unit is None:
        return True  # count nouns are checked later; bare ones are dropped in resolve
    return raw.unit is not None


_VAGUE: Final[dict[str, tuple[float, float]]] = {
    "tens": (10, 100), "hundreds": (100, 1000), "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7), "billions": (1e9, 1e10),
}


def _read_vague(m: QuantityGroups, text: str, floor: int) -> Raw | None:
    """ "tens of thousands of dollars": a range of orders of magnitude, only with a unit."""
    if not m.unit:
        return None
    low, high = _VAGUE[fold(m.vague or "")]
    times = _VAGUE[fold(m.vague2 or "")][0] if m.vague2 else 1.0
    raw = _read_quantity(m, text, low * times, high * times, floor)
    # The range says how vague it is; `approx` stays for a hedge written before it.
    return raw if raw is not None and raw.unit is not None else None


def _change_window(text: str, start: int, floor: int) -> str:
    """The text a change verb is read from: `WINDOW` characters, or `BY_REACH` after "by",
    where it may stand further back ("cut the cost of shipping ... by roughly a third")."""
    window = text[max(floor, start - WINDOW) : start]
    if " by " in window[-20:]:
        window = text[max(floor, start - BY_REACH) : start]
    return window
