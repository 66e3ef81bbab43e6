"""From news text to numeric claims: `extract_claims`.

Pure: no pandas, no dash, no I/O. Two passes:
1. `_scan` finds quantity expressions with one linear regex (`patterns.RE_QUANTITY`) and
   reads value, scale, unit, rate, hedge and change from a few characters around each;
2. `_resolve` joins ranges ("between 5 and 6 million"), lends units along lists
   ("2.76 mln tonnes for 2023, 4.48 mln for 2024") and drops what measures nothing
   (years, dates, identifiers, bare numbers);
then `context.describe` adds what is measured, between whom, when and whether it is a
projection. Never raises on a `str`; input beyond `MAX_TEXT_CHARS` is not read.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Final

import regex

from dashboard import context
from dashboard.claim import Approx, Change, Claim
from dashboard.periods import Published
from dashboard.patterns import (
    RE_CHANGE_AFTER,
    RE_CHANGE_BEFORE,
    RE_CHANGE_OR,
    RE_CHANGE_WORD,
    RE_CLOCK_AFTER,
    RE_COUNT_NOUN,
    RE_HEDGE,
    RE_IDENTIFIER_BEFORE,
    RE_MONTH_AFTER,
    RE_MONTH_BEFORE,
    RE_PER,
    RE_BETWEEN_BEFORE,
    RE_PERIOD_WORD_BEFORE,
    RE_RANGE_JOINT,
    RE_QUANTITY,
    RE_QUANTITY_TRIGGERS,
    RE_SIGN_BEFORE,
    REGEX_TIMEOUT,
    iter_triggered,
)
from dashboard.vocab.units import (
    CASED_UNITS,
    COUNT_NOUNS,
    CURRENCY_SIGNS_AFTER,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    ISO_CODES,
    MULTIPLIER_WORDS,
    SCALES,
    UNIT_WORDS,
    WORD_NUMBERS,
)

__all__ = ["MAX_DIGITS", "MAX_TEXT_CHARS", "PARSER_VERSION", "Claim", "extract_claims"]

# Bump when the parser's output may change: cached parse results are keyed on it.
PARSER_VERSION: Final = "1"
# Characters read from one text (10 MB of prose parses in seconds; more is not read).
MAX_TEXT_CHARS: Final = 10_000_000
# Significant digits in one number; longer digit runs are not quantities.
MAX_DIGITS: Final = 15
_WINDOW: Final = 60  # characters of context read on each side of a quantity
_SINGLE_LETTER_SCALES: Final = frozenset({"m", "b", "k"})
_DURATIONS: Final = frozenset({"s", "min", "hour", "day", "week", "month", "year"})
_COUNT_HEADS: Final = frozenset(noun.split()[-1] for noun in COUNT_NOUNS)
_BASE_MULTIPLIERS: Final = frozenset({"double", "triple", "quadruple"})
_RE_MODAL_BEFORE: Final = regex.compile(
    r"(?i:\b(?:to|will|would|could|can|may|might|should|shall|must)[\s\u00a0]+\Z)", flags=regex.REVERSE
)
_RE_TWICE_AFTER: Final = regex.compile(r"\A[\s\u00a0]+(?i:as|the|that|more|higher|larger)\b")
_RE_TIMES_FREQUENCY: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:a|an|per|each|every)[\s\u00a0]+(?i:day|week|month|year)\b"
)
_RE_X_DOWN_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]*(?i:less|lower|smaller|fewer|shorter|cheaper|down|below)\b"
)
_RE_DEFINITE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:the|these|those|both|all|its|their|his|her|our|each)[\s\u00a0]+\Z)", flags=regex.REVERSE
)
_RE_LAST_BREAK: Final = regex.compile(r"[.!?;]\s|\n", flags=regex.REVERSE)  # the last one
_RE_MINUS_WORD: Final = regex.compile(r"(?i:\bminus)(?:-|[\s\u00a0]+)\Z", flags=regex.REVERSE)
# "m" after a number is metres before these words or punctuation, else millions ("2.7m sales").
_RE_METRES_AFTER: Final = regex.compile(
    r"[\s\u00a0]*(?:[^\w\s]|\Z|(?i:long|high|wide|deep|tall|away|above|below|thick|across|along|"
    r"underground|under|in\s+(?:length|height|width|depth|diameter)|from|of\s+(?:track|road|"
    r"rail|cable|pipe|water|line)|per|a)\b)"
)
_RE_OF_YEAR_AFTER: Final = regex.compile(r"\A[\s\u00a0]+of[\s\u00a0]+(?:19|20)[0-9]{2}\b")
# "from X to Y" after a verb of change is two levels, not a range ("grew from 2.1 to 3.4 mt").
_RE_MOTION_BEFORE_FROM: Final = regex.compile(
    r"(?i:\b(?:ros[e]|rise[ns]?|rising|grow[ns]?|grew|growing|grown|increas\w*|decreas\w*|fell|fall\w*|"
    r"drop\w*|declin\w*|jump\w*|surg\w*|climb\w*|soar\w*|plummet\w*|tumbl\w*|slump\w*|"
    r"slipp?\w*|slid|slow\w*|cut|cuts|reduc\w*|rais\w*|lower\w*|lift\w*|boost\w*|expand\w*|"
    r"doubl\w*|tripl\w*|halv\w*|mov\w*|shift\w*|revis\w*|went|gone|widen\w*|narrow\w*|"
    r"edg\w*|inch\w*|shrank|shrunk|chang\w*|improv\w*|accelerat\w*|upgrad\w*|downgrad\w*)\b"
    r"(?:[\s\u00a0,]+[^\s.;!?]+){0,4}?[\s\u00a0,]+from[\s\u00a0]+(?:\S+[\s\u00a0]+){0,2}\Z)",
    flags=regex.REVERSE,
)


@dataclass(slots=True)
class _Raw:
    """A quantity found by the scan, before ranges, lists and context are resolved."""

    start: int
    end: int
    value: float
    value_high: float | None = None
    unit: str | None = None
    per: str | None = None
    approx: Approx | None = None
    change: Change | None = None
    item: str | None = None
    scaled: bool = False  # a scale word was written ("million")
    factor: float = 1.0  # what the scale word multiplied in
    weak_scale: bool = False  # the scale was a single letter ("m", "k")
    year_like: bool = False  # a bare integer 1800-2100 without separators
    from_before: bool = False  # "from X to Y"


def extract_claims(text: str, *, published: str | None = None) -> list[Claim]:
    """Every numeric claim in `text`, sorted by `start`, never overlapping.

    `published` (ISO date of the document) resolves "this year", "last year" and tells
    targets in the future from figures in the past. Returns `[]` when nothing is found.
    """
    if not isinstance(text, str) or not text:
        return []
    text = text[:MAX_TEXT_CHARS]
    try:
        raws = _resolve(_scan(text), text)
    except TimeoutError:  # a pathological input outran a regex budget: report nothing
        return []
    index = context.SentenceIndex(text, Published.parse(published))
    return context.describe_all([_to_claim(raw, text) for raw in raws], index)


def _to_claim(raw: _Raw, text: str) -> Claim:
    return Claim(
        start=raw.start,
        end=raw.end,
        surface=text[raw.start : raw.end],
        value=_tidy(raw.value),
        value_high=None if raw.value_high is None else _tidy(raw.value_high),
        unit=raw.unit or "count",
        per=raw.per,
        approx=raw.approx,
        change=raw.change,
        item=raw.item,
    )


# --- pass 1: scan ---------------------------------------------------------------------


def _scan(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    floor = 0  # context windows stop at the quantity before: "grown fivefold over seven years"
    for match in iter_triggered(RE_QUANTITY_TRIGGERS, RE_QUANTITY, text):
        raw = _read_match(match, text, floor)
        if raw is not None:
            found.append(raw)
            floor = raw.end if raw.unit is not None or raw.scaled else floor
    return found


def _read_match(m: regex.Match[str], text: str, floor: int) -> _Raw | None:
    if m.group("mult") is not None:
        return _read_multiplier(m, text)
    if m.group("half") is not None:
        return _Raw(m.start(), m.end(), 0.5, unit="x", change=Change.DECREASE)
    if m.group("vague") is not None:
        return _read_vague(m, text, floor)
    if m.group("wnum") is not None:
        value: float | None = WORD_NUMBERS[_fold(m.group("wnum"))]
        high = None
    else:
        value, high = parse_number(m.group("num")), None
        if m.group("num2") is not None:
            high = parse_number(m.group("num2"))
            if high is None:
                return None
    if value is None:
        return None
    return _read_quantity(m, text, value, high, floor)


def _read_quantity(
    m: regex.Match[str], text: str, value: float, high: float | None, floor: int
) -> _Raw | None:
    start, end = m.start(), m.end()
    raw = _Raw(start, end, value, value_high=high)
    num = m.group("num") or ""
    raw.year_like = (
        num.isdigit() and len(num) == 4 and 1800 <= value <= 2100 and m.group("cur") is None
    )
    currency = _currency_before(m.group("cur"))
    scale_word = _fold(m.group("scale") or "")
    unit_word = _fold(m.group("unit") or "")
    factor = 1.0
    if scale_word:
        if scale_word in _SINGLE_LETTER_SCALES and not (currency or unit_word):
            if m.group("scale") == "M":  # "4.3M": millions, said loosely
                raw.scaled, raw.weak_scale, raw.factor = True, True, 1e6
                raw.end = m.end("scale")
                return _finish_quantity(raw, m, text, 1e6, floor)
            if scale_word != "m":
                return _Raw(start, m.start("scale"), value, value_high=high, year_like=raw.year_like)
            if not _RE_METRES_AFTER.match(text, m.end("scale")):
                raw.scaled, raw.weak_scale, raw.factor = True, True, 1e6  # "35m of its devices"
                raw.end = m.end("scale")
                return _finish_quantity(raw, m, text, 1e6, floor)
            unit_word = "m"  # "300 m long": metres
        else:
            factor = SCALES[scale_word]
            raw.scaled, raw.factor = True, factor
            raw.weak_scale = scale_word in _SINGLE_LETTER_SCALES
    found = _unit_of(unit_word, m.group("unit") or "") if unit_word else None
    if found is None:
        if m.group("unit"):  # matched but not in the vocabulary: leave it out of the surface
            end = m.start("unit") - len(m.group("sp2") or "")
    else:
        unit, unit_factor, per = found
        if currency and unit != currency and unit_factor == 1.0 and per is None:
            # "$5 t"? a currency sign wins; the word after is what was bought
            end = m.start("unit") - len(m.group("sp2") or "")
        else:
            currency = currency or (unit if _is_currency_code(unit) else None)
            raw.unit, raw.per = unit, per
            factor *= unit_factor
    if m.group("sign_after") is not None and currency is None:  # "1,200€"
        currency = CURRENCY_SIGNS_AFTER[m.group("sign_after")]
    raw.unit = currency or raw.unit
    raw.end = end
    raw.factor = factor
    if m.group("csign") is not None:  # "$-5"
        raw.value = -raw.value
    return _finish_quantity(raw, m, text, factor, floor)


def _finish_quantity(
    raw: _Raw, m: regex.Match[str], text: str, factor: float, floor: int
) -> _Raw | None:
    raw.value *= factor
    if raw.value_high is not None:
        raw.value_high *= factor
        if raw.value_high <= raw.value:
            if raw.unit is None:
                return None  # "2023-24", "74-56": periods and codes, not ranges
            raw.value_high = None
    before = text[max(0, raw.start - _WINDOW) : raw.start]
    after = text[raw.end : raw.end + _WINDOW]
    if m.group("wnum") is not None and not _word_number_ok(raw, _fold(m.group("wnum"))):
        return None
    if raw.unit is None:
        _read_count(raw, after, before, m)
        if raw.unit is None and not raw.scaled:
            return raw  # bare: kept only to join ranges ("between 5 and 6 million")
        after = text[raw.end : raw.end + _WINDOW]
    if raw.unit in ("year", "month", "week") and (
        RE_PERIOD_WORD_BEFORE.search(before)
        or _RE_OF_YEAR_AFTER.match(after)
        or "-" in (m.group("sp2") or "")
    ):
        return None  # "the first 11 months", "nine months of 2023", "11-month cargo": periods
    if raw.unit == "x":
        if _RE_TIMES_FREQUENCY.match(after):
            return None  # "three times a week"
        raw.change = Change.DECREASE if _RE_X_DOWN_AFTER.match(after) else Change.INCREASE
    _read_sign(raw, text, before)
    _read_rate(raw, after)
    _read_hedge(raw, before)
    if raw.change is None and raw.unit is not None:
        window = text[max(floor, raw.start - _WINDOW) : raw.start]
        raw.change = _change_around(window, after, duration=raw.unit in _DURATIONS)
    return raw


def _read_count(raw: _Raw, after: str, before: str, m: regex.Match[str]) -> None:
    """A bare number followed by a counted thing becomes a count ("599 ferries")."""
    following = after.lstrip()
    if raw.year_like or not following[:1].isalpha() or _looks_like_identifier(before, after):
        return
    if not _COUNT_HEADS.intersection(w.strip(".,;:()\"'").lower() for w in following[:80].split()[:3]):
        return  # no counted thing within three words: skip the costly pattern
    noun = RE_COUNT_NOUN.match(after)
    if noun is None:
        return
    item = COUNT_NOUNS[_fold(noun.group("noun"))]
    if m.group("wnum") is not None and (
        raw.value < 2 or _RE_DEFINITE_BEFORE.search(before) is not None
    ):
        return  # "the two countries", "one terminal": references, not measurements
    raw.unit, raw.item = "count", item
    raw.end += noun.end()  # the surface names what is counted: "599 ferries"


def _looks_like_identifier(before: str, after: str) -> bool:
    return bool(
        RE_IDENTIFIER_BEFORE.search(before)
        or RE_MONTH_BEFORE.search(before)
        or RE_MONTH_AFTER.match(after)
        or RE_CLOCK_AFTER.match(after)
    )


def _word_number_ok(raw: _Raw, word: str) -> bool:
    """Written-out numbers count only with a scale word or a unit ("six million tonnes")."""
    if word == "a" and not raw.scaled:
        return False  # "a" is a number only before a scale ("a million dollars")
    if raw.scaled or raw.unit in ("x", "day", "hour") or raw.unit is None:
        return True  # count nouns are checked later; bare ones are dropped in _resolve
    return raw.unit is not None


_VAGUE: Final[dict[str, tuple[float, float]]] = {
    "tens": (10, 100), "hundreds": (100, 1000), "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7), "billions": (1e9, 1e10),
}


def _read_vague(m: regex.Match[str], text: str, floor: int) -> _Raw | None:
    """ "tens of thousands of dollars": a range of orders of magnitude, only with a unit."""
    if not m.group("unit"):
        return None
    low, high = _VAGUE[_fold(m.group("vague"))]
    times = _VAGUE[_fold(m.group("vague2"))][0] if m.group("vague2") else 1.0
    raw = _read_quantity(m, text, low * times, high * times, floor)
    if raw is not None and raw.unit is not None:
        raw.approx = Approx.APPROX
        return raw
    return None


def _read_multiplier(m: regex.Match[str], text: str) -> _Raw | None:
    word = _fold(m.group("mult"))
    before = text[max(0, m.start() - _WINDOW) : m.start()]
    after = text[m.end() : m.end() + _WINDOW]
    if word in _BASE_MULTIPLIERS and not _RE_MODAL_BEFORE.search(before):
        return None  # "double-digit", "a triple win": adjectives, not changes
    if word in ("twice", "thrice") and not _RE_TWICE_AFTER.match(after):
        return None  # "twice a week"
    value = float(MULTIPLIER_WORDS[word])
    change = Change.DECREASE if value < 1 else Change.INCREASE
    return _Raw(m.start(), m.end(), value, unit="x", change=change)


def _read_sign(raw: _Raw, text: str, before: str) -> None:
    minus = _RE_MINUS_WORD.search(before)
    if minus is not None:  # "minus 233 Celsius", "minus-5 yards"
        raw.start -= len(minus.group())
        raw.value = -raw.value
        return
    sign = RE_SIGN_BEFORE.search(before[-2:] if len(before) >= 2 else before)
    if sign is None:
        return
    raw.start -= 1
    if sign.group("sign") == "+":
        if raw.unit in ("%", "pp"):
            raw.change = Change.INCREASE
        return
    raw.value = -raw.value
    if raw.value_high is not None:
        raw.value_high = -raw.value_high
    if raw.unit in ("%", "pp"):
        raw.change = Change.DECREASE


def _read_rate(raw: _Raw, after: str) -> None:
    if raw.per is not None:
        return
    rate = RE_PER.match(after)
    if rate is None:
        return
    word = _fold(rate.group("den") or rate.group("adv") or "")
    word = " ".join(word.replace("-", " ").split())
    raw.per = _PER_WORDS.get(word, word)


_PER_WORDS: Final[dict[str, str]] = {
    "annum": "year", "yr": "year", "annually": "year", "yearly": "year", "per annum": "year",
    "daily": "day", "monthly": "month", "weekly": "week", "hourly": "hour",
    "tonne": "t", "ton": "t", "barrel": "bbl", "teu": "TEU", "capita": "person",
    "40ft container": "40ft container", "40 ft container": "40ft container",
    "40 foot container": "40ft container", "40foot container": "40ft container",
    "20ft container": "20ft container", "20 foot container": "20ft container",
    "mmbtu": "MMBtu", "sq m": "m2", "sqm": "m2", "sq ft": "ft2", "square foot": "ft2",
    "square feet": "ft2", "square metre": "m2", "square meter": "m2", "gram": "g",
    "kilogram": "kg", "ounce": "oz", "gallon": "gal", "litre": "l", "liter": "l",
    "cm2": "cm2", "century": "century", "decade": "decade", "mile": "mi", "hectare": "ha",
}


def _read_hedge(raw: _Raw, before: str) -> None:
    if before.endswith("sub-"):  # "sub-7 nanometer", "sub-500 sq m"
        raw.approx = Approx.MAX
        return
    hedge = RE_HEDGE.search(before[-40:])
    if hedge is None or (raw.unit in _DURATIONS and hedge.group().lower().startswith("over")):
        return  # "over seven years" is during, not more than
    if hedge.group("approx") or hedge.group("tilde"):
        raw.approx = Approx.APPROX
    elif hedge.group("min"):
        raw.approx = Approx.MIN
    else:
        raw.approx = Approx.MAX


def _change_around(before: str, after: str, *, duration: bool = False) -> Change | None:
    """Is the number itself a change? "rose 63%", "fell by 9.3%", "15% more than"."""
    cue = RE_CHANGE_AFTER.match(after)
    if cue is not None:
        return Change.INCREASE if cue.group("inc") else Change.DECREASE
    restated = RE_CHANGE_OR.search(before[-_WINDOW:])
    if restated is not None:  # "lost 190 points, or 0.6%"
        return Change.INCREASE if restated.group("inc") else Change.DECREASE
    before = _sentence_tail(before)
    hedge = RE_HEDGE.search(before[-40:])
    window = before[: len(before) - len(hedge.group(0))] if hedge else before
    if not any(_is_change_word(w) for w in window[-_WINDOW:].split()[-6:]):
        return None  # no verb of change among the last words: skip the costly pattern
    cue = RE_CHANGE_BEFORE.search(window[-_WINDOW:])
    if cue is None:
        return None
    if cue.group("inc") and _fold(cue.group("inc")) == "up" and cue.group("gap").strip():
        return None  # "up" is a change only right before the number: "up 14%"
    if duration and cue.group("gap").strip() not in ("", "by"):
        return None  # "the biggest increase in 18 months": a span, not a change of it
    return Change.INCREASE if cue.group("inc") else Change.DECREASE


# --- pass 2: ranges, lists, drops -------------------------------------------------------


def _resolve(raws: list[_Raw], text: str) -> list[_Raw]:
    raws = _join_pairs(raws, text)
    out: list[_Raw] = []
    for i, raw in enumerate(raws):
        if raw.unit is None and raw.scaled and not raw.weak_scale:
            _lend_unit(raws, i, text)
            if raw.unit is None:
                raw.unit = "count"
        elif raw.unit is None and raw.scaled:
            _lend_unit(raws, i, text)
        if raw.unit is None:
            continue  # bare numbers, years and codes measure nothing
        if raw.unit in ("%", "pp") and raw.change is None:
            raw.change = _change_around(text[max(0, raw.start - _WINDOW) : raw.start], "")
        out.append(raw)
    return _drop_overlaps(out)


def _join_pairs(raws: list[_Raw], text: str) -> list[_Raw]:
    """Ranges ("between 5 and 6 million dollars", "$3bn to $5bn", "5%-10%") and the two
    levels of "grew from 2.1 to 3.4 million tons"."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        action = _pair_action(a, b, text) if b is not None else "none"
        if action == "range" and b is not None:
            out.append(_merge_range(a, b, text))
            i += 2
            continue
        out.append(_lend(a, b) if action == "lend" and b is not None else a)
        i += 1
    return out


def _pair_action(a: _Raw, b: _Raw, text: str) -> str:
    """How `a` relates to the quantity after it: "range", "lend" (its unit) or "none"."""
    if a.value_high is not None or a.year_like or b.year_like:
        return "none"
    if text[a.end : b.start] in ("-", "–", "—") and a.unit is not None and a.unit == b.unit:
        return "range"  # "5%-10%"
    if b.start - a.end >= 8:
        return "none"
    joint = RE_RANGE_JOINT.match(text[a.end : b.start])
    if joint is None or (a.unit is not None and b.unit is not None and a.unit != b.unit):
        return "none"
    before = text[max(0, a.start - 140) : a.start]
    lead = RE_BETWEEN_BEFORE.search(before[-40:])
    lead_word = lead.group("word").split()[0].lower() if lead else ""
    word = joint.group("word")
    if word == "and":
        return "range" if lead_word == "between" else "none"
    if word == "or":
        return "lend" if a.unit is None else "none"  # "eight or nine euros": two figures
    if a.change is not None:
        return "none"  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if lead_word == "from" and _RE_MOTION_BEFORE_FROM.search(_sentence_tail(before)):
        return "lend" if a.unit is None or b.unit is None else "none"
    return "range"


def _sentence_tail(before: str) -> str:
    cut = _RE_LAST_BREAK.search(before)
    return before[cut.end() :] if cut else before


def _lend(a: _Raw, b: _Raw) -> _Raw:
    """`a` borrows the unit, rate and scale of the quantity after it, or lends its own
    ("dropping from 208 pounds to 193": the 193 is in pounds too)."""
    if a.unit is not None:
        if b.unit is None:
            b.unit, b.per, b.item = a.unit, a.per, a.item
        return a
    return replace(
        a, value=a.value * _shared_factor(a, b), unit=b.unit, per=b.per, item=b.item,
        scaled=a.scaled or b.scaled, from_before=True,
    )


def _shared_factor(a: _Raw, b: _Raw) -> float:
    """The scale word of `b` applies to a bare `a` written small ("2.1 to 3.4 million")."""
    if a.scaled or abs(a.value) >= 1000 or b.factor == 1.0:
        return 1.0
    return b.factor if a.value <= b.value / b.factor else 1.0  # not "$200 to $4 million"


def _merge_range(a: _Raw, b: _Raw, text: str) -> _Raw:
    if a.unit is None:  # a bare number was read without its context
        before = text[max(0, a.start - _WINDOW) : a.start]
        if a.approx is None:
            _read_hedge(a, before)
        if a.change is None:
            a.change = _change_around(before, "")
    if b.unit is None:  # "from 208 pounds to 193"
        b = replace(b, unit=a.unit, per=a.per, item=a.item)
    return replace(
        b, start=a.start, value=a.value * _shared_factor(a, b), value_high=b.value,
        approx=a.approx or b.approx, change=b.change or a.change, per=b.per or a.per,
    )


def _lend_unit(raws: list[_Raw], i: int, text: str) -> None:
    """A scaled number without a unit takes it from a list neighbour in its sentence."""
    raw = raws[i]
    for j in (*range(i - 1, max(-1, i - 4), -1), *range(i + 1, min(len(raws), i + 3))):
        other = raws[j]
        if other.unit is None or other.unit in ("%", "pp", "x", "count"):
            continue
        lo, hi = (other.end, raw.start) if j < i else (raw.end, other.start)
        if hi - lo > 160 or context.crosses_sentence(text, lo, hi):
            continue
        raw.unit, raw.per = other.unit, raw.per or other.per
        return


def _drop_overlaps(raws: list[_Raw]) -> list[_Raw]:
    raws.sort(key=lambda r: (r.start, -r.end))
    out: list[_Raw] = []
    for raw in raws:
        if out and raw.start < out[-1].end:
            continue
        out.append(raw)
    return out


# --- small readers ----------------------------------------------------------------------


def parse_number(surface: str) -> float | None:
    """Read a number under the documented separator policy; None past `MAX_DIGITS`."""
    s = surface.replace(" ", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        s = s.replace(",", "") if len(parts) > 2 or len(parts[-1]) == 3 else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    digits = s.replace(".", "").lstrip("0")
    if len(digits) > MAX_DIGITS or not s or s == ".":
        return None
    return float(s)


def _currency_before(sign: str | None) -> str | None:
    if not sign:
        return None
    sign = sign.strip()
    return CURRENCY_SIGNS.get(sign) or (sign if sign in ISO_CODES else None)


# Lookups by the lower-cased, space-folded form the regex matched (the regex matches without
# case, and lower() maps some characters elsewhere: the micro sign "µ" becomes Greek "μ").
_UNIT_LOOKUP: Final[dict[str, tuple[str, float, str | None]]] = {
    **{" ".join(k.lower().split()): v for k, v in UNIT_WORDS.items()},
    **{" ".join(k.lower().split()): (code, 1.0, None) for k, code in CURRENCY_WORDS.items()},
}


def _unit_of(folded: str, written: str) -> tuple[str, float, str | None] | None:
    if written in ISO_CODES:
        return written, 1.0, None
    if written in CASED_UNITS:
        return CASED_UNITS[written]
    return _UNIT_LOOKUP.get(" ".join(folded.split()))


def _is_currency_code(unit: str) -> bool:
    return unit in ISO_CODES


@functools.lru_cache(maxsize=8192)
def _is_change_word(word: str) -> bool:
    """Is `word` (as split from text) a verb or noun of change? Cached: news repeats words."""
    return RE_CHANGE_WORD.fullmatch(word.strip(".,;:()\"'")) is not None


def _tidy(value: float) -> float:
    """Drop binary noise from scaling ("8.3m" is 8300000, not 8300000.000000001)."""
    return float(f"{value:.12g}")


def _fold(word: str) -> str:
    return word.lower()
