"""Bare numbers that the words before them make a count: "the number of container trains
reached 540" (`count_of_number`), a key-figures line "Jobs: 3,000" or "Ferry calls at
Turkmenbashi: 1,120" (`count_of_label`), a ship's "gross tonnage of 17,300"; and a label
that names the unit ("Wheat exports (thousand tonnes): 8 230", `unit_of_label`). Called by
`pairs.resolve` on each bare number; and what "units" or "pieces" count ("120 units of
equipment", `name_the_units`).

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.countables import looks_like_identifier
from dashboard.counts import NUMBER_OF_REACH, RE_ELLIPTIC_NEXT, RE_NUMBER_OF
from dashboard.hedges import WINDOW, change_around, sentence_tail
from dashboard.patterns import RE_QUANTITY
from dashboard.quantity import read_match
from dashboard.rates import per_of_adjective, rate_after
from dashboard.raw import Raw, read_hedge
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import PAST_IRREGULAR
from dashboard.vocab.units import COUNT_NOUNS

# A ship's gross tonnage named before its bare number, as registers write it: "a gross
# tonnage of 17,300", "of GT 14,000" (the symbol then is part of the figure).
_RE_GROSS_TONNAGE_BEFORE: Final = regex.compile(
    r"(?:\b(?i:gross[\s\u00a0]++tonnage)[\s\u00a0]++(?i:of|is|was)"
    rf"(?:[\s\u00a0]++(?i:{HEDGE_WORDS}))?|(?P<gt>(?<=\b(?i:of)[\s\u00a0]++)GT))"
    r"[\s\u00a0]++\Z"
)


def _gross_tonnage_before(raw: Raw, text: str) -> bool:
    """Is the bare number a gross tonnage named before it (`_RE_GROSS_TONNAGE_BEFORE`)?"""
    lo = max(0, raw.start - 32)
    if "onnage" not in text[lo : raw.start] and "GT" not in text[raw.start - 4 : raw.start]:
        return False  # the common case, told without the pattern
    named = _RE_GROSS_TONNAGE_BEFORE.search(text, lo, raw.start)
    if named is None or not RE_ELLIPTIC_NEXT.match(text[raw.end : raw.end + WINDOW]):
        return False
    raw.unit = "GT"
    if named["gt"]:
        raw.start = named.start("gt")  # "GT 14,000"
    return True


_RE_PAIRS: Final = regex.compile(r"[\s\u00a0]+(?i:pairs)\b")


def count_of_number(raw: Raw, text: str) -> None:
    """A bare number after "the number of <things>" in its clause counts those things."""
    if _gross_tonnage_before(raw, text):
        return
    window = text[max(0, raw.start - NUMBER_OF_REACH) : raw.start]
    if "number" not in window.lower():
        return  # the common case, told without the sentence-break search
    before = sentence_tail(window)
    if "number" not in before.lower() or ";" in before:
        return
    found = _last_number_of(before)
    after = text[raw.end : raw.end + WINDOW]
    pairs = _RE_PAIRS.match(after)  # "the number of container trains ... to 15 pairs per day"
    if pairs is not None:
        after = after[pairs.end() :]
    # "the number of trucks ... averaged 1,300 per day in May": a count per day
    rate = rate_after(after) if found is not None else None
    if found is None or not RE_ELLIPTIC_NEXT.match(after[rate[1] :] if rate else after):
        return
    if looks_like_identifier(before, after):
        return  # "the number of enterprises at July 1, 2025 amounted to ...": a date's day
    words = found["words"].lower().split()
    counted = _first_counted(words)
    if counted is None:
        return
    j, raw.item = counted
    raw.unit = "count"
    if pairs is not None and "train" in raw.item:
        raw.item = "train pair"
        raw.end += pairs.end()
    elif pairs is not None:
        raw.unit = None  # "15 pairs" of things other than trains: no count
        return
    raw.per = rate[0] if rate else per_of_adjective(" ".join(words[:j]))
    read_hedge(raw, before)
    raw.change = change_around(before, text[raw.end : raw.end + WINDOW])


def _last_number_of(before: str) -> regex.Match[str] | None:
    """The last "the number of <things>" in `before` (the one nearest the figure)."""
    found = None
    for match in RE_NUMBER_OF.finditer(before, timeout=1.0):
        found = match
    return found


def _first_counted(words: list[str], skip: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """Where in `words` the first counted noun (three words before two, two before one)
    stands, and what it counts, passing over the things in `skip`."""
    for j in range(len(words)):
        noun = next((n for n in (" ".join(words[j : j + 3]), " ".join(words[j : j + 2]))
                     if n in COUNT_NOUNS), words[j])
        if noun in COUNT_NOUNS and COUNT_NOUNS[noun] not in skip:
            return j, COUNT_NOUNS[noun]
    return None


# A label and a colon or dash before a bare number, as key-figures boxes and release lines
# write them: "Jobs: 3,000", "; Container trains – 1,000". The label opens its line, or
# follows a ";" or ":" (the box's title: "Key figures: Investment: $1.2 bn; Jobs: 3,000").
# A digest's bullet may open it, and a route its words: "• Aktau–Baku ferry trips: ~420".
_RE_LABEL: Final = regex.compile(
    r"[ \t]*+(?:[-*\u2022][ \t]*+)?(?P<words>[A-Za-z][A-Za-z \-\u2013]{0,40}?)[ \t]*+"
)
_LABEL_ENDS: Final = (": ", "- ", "\u2013 ", "\u2014 ")
_LABEL_REACH: Final = 48  # characters from the label's start to the number
# A place after the label's noun: "Ferry calls at Turkmenbashi", "trains via Kazakhstan".
_LABEL_PLACE_WORDS: Final = frozenset({"at", "via", "through", "in", "from", "to", "across"})
# ... and a participle after it, of what was done to them: "Block trains dispatched: 412".
_LABEL_VERBS: Final = frozenset({*PAST_IRREGULAR, "built", "run", "put"})
# What may follow such a figure: the end of its line or item, or a bracket ("3,000 (+5%)"),
# after its rate or period maybe ("Trains: 40 a week", "Ferry trips: ~420 in 9M").
_RE_LABEL_FIGURE_END: Final = regex.compile(
    r"(?:[ \t]++(?:a|an|per)[ \t]++(?:day|week|month|year))?"  # "Trains: 40 a week, ..."
    r"(?:[ \t]++in[ \t]++[^\n;,.(]{1,20}+)?[ \t]*+(?:[;,.(\n]|\Z)"
)


def count_of_label(raw: Raw, text: str) -> None:
    """A bare number whose label before it names counted things ("Jobs: 3,000", "Container
    trains – 1,000") counts those things."""
    sep = raw.start - 2 - (text[raw.start - 1 : raw.start] == "~")  # the colon or dash ("~420")
    if text[max(0, sep) : sep + 2] not in _LABEL_ENDS or not _RE_LABEL_FIGURE_END.match(
            text, raw.end):
        return  # the common case, told without a pattern
    lo = max(0, raw.start - _LABEL_REACH)
    head = max(text.rfind("\n", lo, sep), text.rfind(";", lo, sep), text.rfind(":", lo, sep),
               text.rfind("|", lo, sep))  # "INFOGRAPHIC | China–Europe trains via ...: 40"
    if head < 0 and lo > 0:
        return  # no label opening within reach: prose
    label = _RE_LABEL.fullmatch(text, head + 1, sep)
    words = label["words"].lower().split() if label else []
    at = next((k for k, word in enumerate(words) if k and word in _LABEL_PLACE_WORDS), None)
    words = words[:at]  # "Ferry calls at Turkmenbashi: 1,120": the calls, not the place
    if len(words) > 1 and (words[-1].endswith("ed") or words[-1] in _LABEL_VERBS):
        words = words[:-1]  # "Block trains dispatched: 412": the trains, not the verb
    noun = next((n for n in (" ".join(words[-2:]), words[-1] if words else "")
                 if n in COUNT_NOUNS), None)
    if noun is not None:
        raw.unit, raw.item = "count", COUNT_NOUNS[noun]
        read_hedge(raw, text[sep : raw.start])  # "Ferry trips: ~420"
        own = rate_after(text[raw.end : raw.end + 24]) if raw.per is None else None
        raw.per = own[0] if own is not None else raw.per  # "Trains: 40 a week"


# A label that names its unit, in brackets or after a comma, before a colon or dash: "Wheat
# exports (thousand tonnes): 8 230 in 2024", "Grain transit, thousand tonnes – 412.5".
_RE_UNIT_IN_LABEL: Final = regex.compile(
    r"[A-Za-z][ \t]*+(?:\((?P<b>[A-Za-z][A-Za-z.' ]{0,30}+)\)"
    r"|,[ \t]*+(?P<c>[A-Za-z][A-Za-z.' ]{0,30}+))[ \t]*+\Z")


def unit_of_label(raw: Raw, text: str) -> None:
    """A bare number whose label names its unit and scale (see above) takes them."""
    sep = raw.start - 2
    if text[max(0, sep) : sep + 2] not in _LABEL_ENDS or not _RE_LABEL_FIGURE_END.match(
            text, raw.end):
        return  # the common case, told without a pattern
    label = _RE_UNIT_IN_LABEL.search(text[max(0, sep - 40) : sep])
    if label is None:
        return
    words = label["b"] or label["c"]
    unit = read_match_at_one(words.strip())
    if unit is not None and unit.unit not in (None, "count") and not unit.per:
        raw.unit, raw.value = unit.unit, raw.value * unit.value
        raw.value_high = None if raw.value_high is None else raw.value_high * unit.value


def read_match_at_one(words: str) -> Raw | None:
    """One of the unit `words` name ("thousand tonnes": 1,000 t), if they name one whole."""
    one = "1 " + words
    match = RE_QUANTITY.match(one)
    return read_match(match, one, 0) if match is not None and match.end() == len(one) else None


def named_by_label(raw: Raw, text: str) -> None:
    """A bare number whose label names what it counts or its unit (`count_of_label`,
    `unit_of_label`)."""
    count_of_label(raw, text)
    if raw.unit is None:
        unit_of_label(raw, text)


# "120 units of equipment", "4,560 pcs. of containers", "the number of trucks ... amounted to
# 120 thousand units": a unit or a piece counts the thing named after it, else the thing "the
# number of" names before it.
PLACEHOLDER_ITEMS: Final = frozenset({"unit", "piece"})
_RE_UNITS_OF: Final = regex.compile(
    r"\A\.?[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+|new[\s\u00a0]+)?"
    r"(?P<words>[a-z][a-z-]*+(?:[\s\u00a0]+[a-z][a-z-]*+)?)"
)
_NOT_A_THING: Final = frozenset(
    "were was are is have has had and or in on at to for from by with which that this these "
    "worth each per a an annually daily monthly weekly yearly".split()
)


def name_the_units(raw: Raw, text: str) -> None:
    """Name what "units" or "pieces" count: the thing after "of", else after "the number of"
    earlier in the clause; the placeholder stays when neither is written."""
    after = _RE_UNITS_OF.match(text[raw.end : raw.end + WINDOW])
    if after is not None:
        words = after["words"].lower().split()
        while words and words[-1] in _NOT_A_THING:
            words.pop()
        name = " ".join(words)
        if name:
            raw.item = COUNT_NOUNS.get(name) or COUNT_NOUNS.get(words[0]) or name
        return
    before = sentence_tail(text[max(0, raw.start - NUMBER_OF_REACH) : raw.start])
    if "number" not in before.lower():
        return
    found = _last_number_of(before)
    counted = None if found is None else _first_counted(found["words"].lower().split(),
                                                         PLACEHOLDER_ITEMS)
    if counted is not None:
        raw.item = counted[1]
