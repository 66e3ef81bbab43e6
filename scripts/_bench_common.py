"""Shared pieces of the benchmark scripts: the quantity record, unit mapping, scope, scoring.

Nothing here reads benchmark files; `bench_accuracy.py` does. Everything here is pure so that
`tests/test_bench_scripts.py` can check it on small hand-made inputs.

Unit mapping. Gold units come in three vocabularies: CQE's `normalized_unit` names (which follow
quantulum3's unit names: "dollar", "kilometre", "metric ton"), quantulum3's own names, and
Recognizers-Text's (mapped to the CQE names first, in `bench_accuracy.py`). All are mapped into
our canonical codes (`dashboard.vocab.units`): ISO 4217 for money, "t" for tons/tonnes/metric tons
alike, "km", "%", "pp", "x", durations "day", "hour", ... A rate "X per Y" becomes "X/Y" with Y
normalised the same way our `per` field is ("year", "day", "barrel" -> "bbl", ...). Sub-units carry
a factor ("cent" = 0.01 USD, "basis point" = 0.01 pp), so "19 cents" and a prediction of 0.19 USD
compare equal on value+unit. Unknown names (CQE labels nouns as units: "people", "job") map to
"count", which is what our parser calls counted things.

Scope (which gold quantities the product means to report) is a function of the gold unit alone,
see `unit_category` and `IN_SCOPE_CATEGORIES`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# CQE's change symbols; our Claim is mapped onto the same six (see `claim_change_symbol`).
CHANGE_SYMBOLS = ("=", "~", "up", "down", ">", "<")

# Currency names (CQE / quantulum3 vocabulary, lower case) -> ISO 4217 and a factor.
CURRENCIES: dict[str, tuple[str, float]] = {
    "dollar": ("USD", 1.0), "united states dollar": ("USD", 1.0), "us dollar": ("USD", 1.0),
    "cent": ("USD", 0.01), "euro": ("EUR", 1.0), "pound sterling": ("GBP", 1.0),
    "british pound": ("GBP", 1.0), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01),
    "japanese yen": ("JPY", 1.0), "yen": ("JPY", 1.0), "chinese yuan": ("CNY", 1.0),
    "yuan": ("CNY", 1.0), "renminbi": ("CNY", 1.0), "australian dollar": ("AUD", 1.0),
    "canadian dollar": ("CAD", 1.0), "new zealand dollar": ("NZD", 1.0),
    "hong kong dollar": ("HKD", 1.0), "singaporean dollar": ("SGD", 1.0),
    "singapore dollar": ("SGD", 1.0), "shekel": ("ILS", 1.0), "malaysian ringgit": ("MYR", 1.0),
    "sen": ("MYR", 0.01), "danish krone": ("DKK", 1.0), "indian rupee": ("INR", 1.0),
    "rupee": ("INR", 1.0), "sri lankan rupee": ("LKR", 1.0), "croatian kuna": ("HRK", 1.0),
    "south african rand": ("ZAR", 1.0), "swiss franc": ("CHF", 1.0), "franc": ("CHF", 1.0),
    "turkish lira": ("TRY", 1.0), "mexican peso": ("MXN", 1.0), "finnish markka": ("FIM", 1.0),
    "peseta": ("ESP", 1.0), "netherlands guilder": ("NLG", 1.0),
    "netherlands guilde": ("NLG", 1.0), "mark": ("DEM", 1.0), "costa rican colón": ("CRC", 1.0),
    "georgian lari": ("GEL", 1.0), "lao kip": ("LAK", 1.0), "bitcoin": ("BTC", 1.0),
    "satoshi": ("BTC", 1e-8), "kazakhstani tenge": ("KZT", 1.0), "tenge": ("KZT", 1.0),
    "russian ruble": ("RUB", 1.0), "azerbaijani manat": ("AZN", 1.0),
    "uzbekistani som": ("UZS", 1.0), "south korean won": ("KRW", 1.0),
}

# Physical units (CQE / quantulum3 names) -> our code and a factor. Mass of any "ton" is "t",
# as our parser does; SI prefixes otherwise stay in the code, as they do in ours.
PHYSICAL: dict[str, tuple[str, float]] = {
    "kilometre": ("km", 1), "metre": ("m", 1), "centimetre": ("cm", 1), "millimetre": ("mm", 1),
    "micrometre": ("um", 1), "nanometre": ("nm", 1), "picometre": ("pm", 1), "decimetre": ("dm", 1),
    "mile": ("mi", 1), "inch": ("in", 1), "yard": ("yd", 1), "foot": ("ft", 1),
    "square metre": ("m2", 1), "square kilometre": ("km2", 1), "square mile": ("mi2", 1),
    "square foot": ("ft2", 1), "square feet": ("ft2", 1), "acre": ("acre", 1), "hectare": ("ha", 1),
    "litre": ("l", 1), "millilitre": ("ml", 1), "gallon": ("gal", 1), "pint": ("pint", 1),
    "quart": ("quart", 1), "cubic foot": ("ft3", 1), "cubic metre": ("m3", 1),
    "cubic kilometre": ("m3", 1e9),  # ours folds it into m3, as "bcm" (1 km3 = 1e9 m3)
    "tablespoon": ("tbsp", 1), "teaspoon": ("tsp", 1), "cup": ("cup", 1),
    "barrel": ("bbl", 1), "barrel of oil": ("bbl", 1), "ton": ("t", 1), "tonne": ("t", 1),
    "metric ton": ("t", 1), "short ton": ("t", 1), "kiloton": ("t", 1e3), "megaton": ("t", 1e6),
    "gigaton": ("t", 1e9), "kilogram": ("kg", 1), "gram": ("g", 1), "milligram": ("mg", 1),
    "microgram": ("ug", 1), "pound-mass": ("lb", 1), "ounce": ("oz", 1), "dram": ("dram", 1),
    "horsepower": ("hp", 1), "brake horsepower": ("hp", 1), "watt": ("W", 1),
    "kilowatt": ("kW", 1), "megawatt": ("MW", 1), "gigawatt": ("GW", 1),
    "watt hour": ("Wh", 1), "kilowatt hour": ("kWh", 1), "megawatt hour": ("MWh", 1),
    "gigawatt hour": ("GWh", 1), "terawatt hour": ("TWh", 1), "hertz": ("Hz", 1),
    "kilohertz": ("kHz", 1), "gigahertz": ("GHz", 1), "celsius": ("degC", 1),
    "degree celsius": ("degC", 1), "fahrenheit": ("degF", 1), "degree fahrenheit": ("degF", 1),
    "degree": ("deg", 1), "radian": ("rad", 1), "turn": ("turn", 1), "gigabyte": ("GB", 1),
    "megabyte": ("MB", 1), "exabyte": ("EB", 1), "bit": ("bit", 1), "megabit": ("Mbit", 1),
    "decibel": ("dB", 1), "volt": ("V", 1), "exavolt": ("EV", 1), "farad": ("farad", 1),
    "knot": ("kn", 1), "calorie": ("cal", 1), "parts-per-billion": ("ppb", 1),
    "part per million": ("ppm", 1), "gigapascal": ("GPa", 1), "megapascal": ("MPa", 1),
    "kilopound per square inch": ("ksi", 1), "newton metre": ("N m", 1), "pound-foot": ("lb ft", 1),
    "foot pound-force": ("lb ft", 1), "milliampere-hour": ("mAh", 1),  # lbf ft = lb ft
    "revolutions per minute": ("rpm", 1), "mile per gallon": ("mpg", 1),
    "twenty-foot equivalent unit": ("TEU", 1), "ampere": ("A", 1), "kilovolt": ("kV", 1),
    "roentgen": ("R", 1),
}

# Durations: our parser's codes are the same words.
DURATIONS: dict[str, tuple[str, float]] = {
    "second": ("s", 1), "minute": ("min", 1), "hour": ("hour", 1), "day": ("day", 1),
    "week": ("week", 1), "month": ("month", 1), "year": ("year", 1),
}

# Percent-like units.
PERCENTS: dict[str, tuple[str, float]] = {
    "percentage": ("%", 1), "percentage point": ("pp", 1), "basis point": ("pp", 0.01),
}

# Out-of-scope names with their own code (anything else unknown is a counted noun: "count").
OTHER: dict[str, tuple[str, float]] = {
    "-": ("-", 1), "dimensionless": ("-", 1), "point": ("point", 1),
    "year of age": ("age", 1), "month of age": ("age_month", 1), "week of age": ("age_week", 1),
    "day of age": ("age_day", 1), "age": ("age", 1),
}

# quantulum3's own names for things CQE names otherwise (it reads "per cent" as a unit of its
# own and "minutes" as arc minutes when its classifier is absent). The CQE authors mapped the
# same quirks before scoring it, and so do we, to score quantulum3 fairly.
QUANTULUM_ALIASES: dict[str, str] = {
    "per cent": "percentage", "percentage drop": "percentage", "degree angle": "degree",
    "minute of arc": "minute", "second of arc": "second", "unk": "-", "dollar dollar": "dollar",
    "yard yard": "yard", "cubic centimetre": "millilitre",
}

# Rate denominators: gold names and our `per` strings both normalise through this.
PER_WORDS: dict[str, str] = {
    "barrel": "bbl", "bbl": "bbl", "gallon": "gal", "ounce": "oz", "gram": "g", "kilogram": "kg",
    "square foot": "ft2", "square metre": "m2", "share": "share",
    "mega british thermal unit": "MMBtu",
    "second": "s", "sec": "s", "minute": "min", "min": "min", "hour": "hour", "h": "hour",
    "day": "day", "d": "day", "week": "week", "month": "month", "year": "year", "yr": "year",
    "ton": "t", "tonne": "t", "t": "t", "container": "container", "dozen": "dozen",
    "centimetre": "cm", "square centimetre": "cm2", "metre": "m", "kilometre": "km",
}

# Our own unit codes that carry a scale relative to the code used for comparison.
OUR_UNIT_FACTORS: dict[str, tuple[str, float]] = {
    "kt": ("t", 1e3), "Mt": ("t", 1e6), "Gt": ("t", 1e9), "bp": ("pp", 0.01),
    "bcm": ("m3", 1e9),
    "Mbps": ("Mbit/s", 1.0),  # a bit rate is one unit of ours, gold's "megabit per second"
}

IN_SCOPE_CATEGORIES = frozenset({"money", "percent", "physical", "duration", "multiplier"})


def per_code(word: str) -> str:
    """Normalise a rate denominator ("barrel", "year", "40ft container") to a comparable code."""
    if word.strip() in PER_WORDS.values():  # already a code, kept as written ("MMBtu")
        return word.strip()
    low = word.strip().lower()
    if low in PER_WORDS:
        return PER_WORDS[low]
    if low.endswith("s") and low[:-1] in PER_WORDS:
        return PER_WORDS[low[:-1]]
    if low.endswith("container"):
        return "container"
    return low


def _simple_unit(name: str) -> tuple[str, float, str] | None:
    """Map one unit name (no "per") to (code, factor, category), or None when unknown."""
    tables: tuple[tuple[dict[str, tuple[str, float]], str], ...] = (
        (CURRENCIES, "money"), (PERCENTS, "percent"), (PHYSICAL, "physical"),
        (DURATIONS, "duration"),
    )
    for table, category in tables:
        if name in table:
            code, factor = table[name]
            return code, float(factor), category
    return None


def gold_unit(name: str, surface: str = "", unknown: str = "count") -> tuple[str, float, str]:
    """A gold unit name (CQE/quantulum3 vocabulary) -> (our code, factor, scope category).

    `surface` is the unit as written, used only to tell CQE's multipliers ("sixfold",
    "4 times") from other things it files under "count". `unknown` is the code for names in
    no table: "count" for gold (CQE's nouns), something unmatchable for a tool's output.
    """
    low = name.strip().lower()
    low = QUANTULUM_ALIASES.get(low, low)
    if low.startswith("%") or (low.startswith("percentage") and low not in PERCENTS):
        rest = low.partition(" per ")[2]
        return ("%/" + per_code(rest) if rest else "%"), 1.0, "percent"
    if low in OTHER:
        code, factor = OTHER[low]
        return code, float(factor), "other"
    if low == "count" and any(w in surface.lower() for w in ("time", "fold")):
        return "x", 1.0, "other"
    simple = _simple_unit(low)
    if simple is not None:
        return simple
    head, sep, tail = low.partition(" per ")
    head_unit = _simple_unit(head) if sep else None
    if head_unit is not None:
        code, factor, category = head_unit
        return f"{code}/{per_code(tail)}", factor, category
    return unknown, 1.0, "count"


def unit_category(name: str, surface: str = "") -> str:
    """The scope category of a gold unit name: money, percent, physical, duration, or other."""
    return gold_unit(name, surface)[2]


def our_unit(unit: str, per: str | None) -> tuple[str, float]:
    """Our claim's unit and per -> (comparison code, factor)."""
    code, factor = OUR_UNIT_FACTORS.get(unit, (unit, 1.0))
    if per:
        code = f"{code}/{per_code(per)}"
    return code, factor


@dataclass(frozen=True)
class Quantity:
    """One quantity, gold or predicted, in comparable form.

    `value`/`high` are as written (scale words folded in); `canon`/`canon_high` are the same
    after the unit factor (0.19 USD for "19 cents"). `high` is the upper end of a range.
    """

    value: float
    unit: str
    change: str = "="
    high: float | None = None
    # A prediction's second symbol, when it says two things that NewsQuant's one slot holds
    # either of: "rose about 1.5%" is both "~" (its hedge) and "up" (its change).
    also: str | None = None
    factor: float = 1.0
    in_scope: bool = True
    optional: bool = False
    text: str = ""

    @property
    def canon(self) -> float:
        return self.value * self.factor

    @property
    def canon_high(self) -> float | None:
        return None if self.high is None else self.high * self.factor


def isclose(gold: float, pred: float) -> bool:
    """numpy.isclose(gold, pred, rtol=1e-5, atol=1e-8), as the CQE authors scored."""
    if math.isnan(gold) or math.isnan(pred):
        return False
    return abs(gold - pred) <= 1e-8 + 1e-5 * abs(pred)


def _pair_close(a: float, a_high: float | None, b: float, b_high: float | None) -> bool:
    if (a_high is None) != (b_high is None):
        return False
    if not isclose(a, b):
        return False
    return a_high is None or b_high is None or isclose(a_high, b_high)


def value_match(gold: Quantity, pred: Quantity) -> bool:
    """Same number (both bounds for a range), as written or after the unit factor."""
    if _pair_close(gold.value, gold.high, pred.value, pred.high):
        return True
    # The factor belongs to the unit, not to its rate: "127 gigatonnes" a year is 1.27e11 t
    # whether or not the gold keeps the "a year".
    return gold.unit.partition("/")[0] == pred.unit.partition("/")[0] and _pair_close(
        gold.canon, gold.canon_high, pred.canon, pred.canon_high
    )


def unit_match(gold: Quantity, pred: Quantity) -> bool:
    """Same unit code and same number in that unit."""
    return gold.unit == pred.unit and _pair_close(
        gold.canon, gold.canon_high, pred.canon, pred.canon_high
    )


def change_match(gold: Quantity, pred: Quantity) -> bool:
    """Same number and the same change symbol (either of a hedged change's two)."""
    return gold.change in (pred.change, pred.also) and value_match(gold, pred)


Predicate = Callable[[Quantity, Quantity], bool]


LEVELS: dict[str, Predicate] = {
    "value": value_match,
    "value+unit": unit_match,
    "value+change": change_match,
}


def max_matching(
    golds: Sequence[Quantity], preds: Sequence[Quantity], fits: Predicate
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (gold index, prediction index) under `fits`.

    Kuhn's augmenting paths: sentences hold a handful of quantities, so this is cheap, and unlike
    a greedy pass it never loses a match because an earlier gold took the wrong prediction.
    """
    adjacent = [[j for j, pred in enumerate(preds) if fits(gold, pred)] for gold in golds]
    owner = [-1] * len(preds)

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacent[i]:
            if j in seen:
                continue
            seen.add(j)
            if owner[j] < 0 or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return sorted((owner[j], j) for j in range(len(preds)) if owner[j] >= 0)


@dataclass
class SentenceResult:
    """The gold quantities and predictions that count for one sentence and one part."""

    golds: list[Quantity]
    preds: list[Quantity]
    dropped: list[Quantity] = field(default_factory=list)


def select(
    golds: Sequence[Quantity], preds: Sequence[Quantity], counted: Callable[[Quantity], bool]
) -> SentenceResult:
    """Keep the gold that `counted` accepts and the predictions that do not stand for other gold.

    A prediction that matches a gold quantity which is not counted (out of scope, or optional)
    is neither right nor wrong for this part, so it is dropped rather than scored as a false
    positive. Matching is done against all gold at once, preferring value+unit matches, then
    value matches with counted gold, then value matches with uncounted gold; so a prediction is
    dropped only when no counted gold could claim it. Predictions matching no gold stay and
    count as false positives.
    """
    gold_left = list(range(len(golds)))
    pred_left = list(range(len(preds)))
    dropped: set[int] = set()
    stages: tuple[tuple[Predicate, Callable[[Quantity], bool]], ...] = (
        (unit_match, lambda _g: True),
        (value_match, counted),
        (value_match, lambda g: not counted(g)),
    )
    for fits, eligible in stages:
        gold_idx = [i for i in gold_left if eligible(golds[i])]
        pairs = max_matching([golds[i] for i in gold_idx], [preds[j] for j in pred_left], fits)
        used_gold = {gold_idx[gi] for gi, _ in pairs}
        used_pred = {pred_left[pj] for _, pj in pairs}
        dropped |= {pred_left[pj] for gi, pj in pairs if not counted(golds[gold_idx[gi]])}
        gold_left = [i for i in gold_left if i not in used_gold]
        pred_left = [j for j in pred_left if j not in used_pred]
    return SentenceResult(
        golds=[g for g in golds if counted(g)],
        preds=[p for j, p in enumerate(preds) if j not in dropped],
        dropped=[p for j, p in enumerate(preds) if j in dropped],
    )


@dataclass
class Tally:
    """Counts over a set: gold quantities, predictions, true positives per level."""

    gold: int = 0
    pred: int = 0
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))

    def add(self, result: SentenceResult) -> None:
        self.gold += len(result.golds)
        self.pred += len(result.preds)
        for level, fits in LEVELS.items():
            self.tp[level] += len(max_matching(result.golds, result.preds, fits))

    def prf(self, level: str) -> tuple[float | None, float | None, float | None]:
        """Precision, recall and F1 for one level; None where the denominator is zero."""
        tp = self.tp[level]
        precision = tp / self.pred if self.pred else None
        recall = tp / self.gold if self.gold else None
        if precision is None or recall is None:
            return precision, recall, None
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def score(
    sentences: Sequence[tuple[Sequence[Quantity], Sequence[Quantity]]],
    counted: Callable[[Quantity], bool],
) -> Tally:
    """Tally (gold, predictions) pairs of many sentences for one part of a set."""
    tally = Tally()
    for golds, preds in sentences:
        tally.add(select(golds, preds, counted))
    return tally


def counted_all(gold: Quantity) -> bool:
    """Whole set: every gold quantity except the optional ones."""
    return not gold.optional


def counted_in_scope(gold: Quantity) -> bool:
    """In-scope part: the gold quantities whose unit category the product reports."""
    return gold.in_scope and not gold.optional


def parse_gold_value(text: str) -> tuple[float, float | None]:
    """CQE's value string: "529000000.0", a range "252.0-287.0" or "3.0 - 4.0", "-1.4", "1E-5"."""
    raw = text.strip()
    if "e" not in raw.lower() and not raw.startswith("-") and "-" in raw:
        low, _, high = raw.partition("-")
        return float(low), float(high)
    return float(raw), None


def our_category(code: str) -> str:
    """Scope category of one of our unit codes (the tricky set's gold is written in them)."""
    head = code.partition("/")[0]
    if head in {c for c, _ in CURRENCIES.values()} or (len(head) == 3 and head.isupper()
                                                         and head not in {"TEU", "FEU"}):
        return "money"
    if head in {"%", "pp"}:
        return "percent"
    if head == "x":
        return "multiplier"
    if head == "count":
        return "count"
    if head in {c for c, _ in DURATIONS.values()}:
        return "duration"
    return "physical"
