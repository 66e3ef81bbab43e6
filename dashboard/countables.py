"""Counts: a bare number followed by a counted thing ("599 ferries", "14 weekly flights",
"120,000 40-foot containers"), and the numbers that only look like one, in a date, a clock
time or an identifier ("March 11", "10 a.m.", "No. 345").

Pure: no pandas, no dash. Called by `quantity` on each matched number.
"""

from __future__ import annotations

import string
from typing import Final

import regex

from dashboard.claim import Approx
from dashboard.hedges import WINDOW, hedge_after_span
from dashboard.numbers import fold, tidy
from dashboard.patterns_around import RE_COUNT_NOUN
from dashboard.rates import count_modifiers as read_count_modifiers
from dashboard.rates import per_of_adjective
from dashboard.raw import Raw
from dashboard.scanning import alternation, match_at
from dashboard.vocab.calendar import MONTHS
from dashboard.vocab.classes import COUNT_METRICS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import COUNT_NOUNS

# Words before a number that make it an identifier, not a quantity ("No. 345", "pp. 12-14").
_IDENTIFIER_WORDS: Final = (
    "no", "nos", "number", "article", "art", "section", "sec", "decree", "resolution", "law",
    "chapter", "paragraph", "clause", "order", "item", "annex", "appendix", "phase", "stage",
    "terminal", "berth", "gate", "pier", "platform", "route", "highway", "flight", "block", "lot",
    "corridor",  # "CAREC Corridor 2": a numbered corridor (not "on the corridor 5 days")
    "tranche", "room", "building", "page", "p", "vol", "volume", "issue", "case", "act", "rule",
    "part", "window", "track", "code", "grade", "class", "level", "tier", "model", "version",
    "table", "figure", "fig", "chart", "graph", "exhibit", "slide", "euro", "pp",
    "hs", "iso", "gost",  # standards and customs codes: "HS 8703.23 cars", "ISO 9001 sites"
    "bay",  # a loading bay's or a yard's number: "sealed at bay 12"
)
_RE_IDENTIFIER_BEFORE: Final = regex.compile(
    rf"""
    # (things "numbered from 01 to 50" are named by them; a bare "numbered" counts: "the
    # fleet numbered 120 vessels")
    (?<![\w])(?i:{"|".join(_IDENTIFIER_WORDS)}|numbered[\s\u00a0]++from)
    \.?[\s\u00a0]*\#?[\s\u00a0]*\Z
    | [\#\u2116][\s\u00a0]*\Z  # "#3", "\u2116 1" (the numero sign)
    """,
    regex.VERBOSE | regex.REVERSE,
)
_IDENTIFIER_WORD_SET: Final = frozenset(_IDENTIFIER_WORDS)
# "number" or "order" as a verb after a modal or "to" counts what follows: "the fleet will
# then number 13 ferries", "is expected to number 40 vessels", "plans to order six more
# ferries", and in a title-case headline "To Order 12 Locomotives", "Will Number 40 Ferries"
# (not "No. 13", "number 13", "according to order 214", "amendments/changes to Order 312":
# a decree).
_RE_NUMBER_VERB: Final = regex.compile(
    r"(?<![\w])(?i:will|would|could|should|may|might|shall"
    r"|(?<!(?i:according|pursuant|due|subject|contrary|under|amendments?|changes?|annex"
    r"|addend(?:um|a)|appendix|supplement|additions?|references?)[\s\u00a0]++)to)"
    r"(?:[\s\u00a0]++(?i:then|now|soon|eventually|still|already|also))?"
    r"[\s\u00a0]++(?i:number|order)[\s\u00a0]*+\Z"
)


# A train or a ship after "boxes of": what the boxes fill ("the 41 boxes of a standard
# train", "of each train service onto wagons"), not goods packed in boxes ("40,000 boxes of
# cherries", "of a new vaccine"). The vehicle heads its phrase: the last vehicle word, followed
# by punctuation, a preposition, a verb or an -ing participle ("of a train carrying cotton";
# not "of the train manufacturer's brake pads", "of the feeder vessel's frozen fish", "of a
# ship chandler's supplies": goods again; but "of a feeder ship's deck", "of a vessel's load":
# what it carries).
_VEHICLE: Final = r"(?i:(?:block[\s\u00a0]+)?train|ship|vessel|feeder|ferry|wagon|barge)"
_RE_ONE_THING: Final = regex.compile(
    rf"(?i:an?|each|every|the)[\s\u00a0]++(?:(?!(?:{_VEHICLE})\b)[\w-]++[\s\u00a0]++){{0,2}}+"
    rf"(?:(?:{_VEHICLE})[\s\u00a0]++){{0,2}}?(?:{_VEHICLE})(?:[\s\u00a0]++(?:service|run)s?"
    r"|['’]s[\s\u00a0]++(?:deck|load|cargo|hold)s?)?"
    r"(?:(?=[\s\u00a0]*+(?:[,.;:)!?]|\Z))|(?=[\s\u00a0]++(?:(?:from|onto|to|in|at|on|into|via"
    r"|through|across|with|between|per|for|by|under|over|before|after|during|each|daily|weekly"
    r"|arriving|departing|leaving|bound|headed|heading|that|which|was|were|is|are|has|have"
    r"|had|will|would|can|could|must|and|or)\b|[a-z]+(?:ed|s|ing)\b)))")


def _may_name_an_identifier(before: str) -> bool:
    """A cheap test before _RE_IDENTIFIER_BEFORE: does `before` end with "#", or with one of
    its words (and a dot), but for white space? Outside ASCII it may ("ſ" matches "s" without
    case). Measured: 3,100 searches a MB, 2.4 µs each, most in vain."""
    tail = before.rstrip()
    if not tail.isascii() or tail.endswith("#"):
        return True
    tail = tail.removesuffix(".")
    last = tail[len(tail.rstrip(string.ascii_letters)) :].lower()
    return last in _IDENTIFIER_WORD_SET or (last == "from" and "numbered" in tail[-16:])


# Month names: a number next to one is part of a date ("March 11", "11 March").
_MONTHS = rf"(?:{MONTHS})\.?"
_RE_MONTH_BEFORE: Final = regex.compile(
    rf"(?<![\w])(?i:{_MONTHS})[\s\u00a0]+\Z", flags=regex.REVERSE  # "Sept. 30", "sept. 30"
)
_RE_MONTH_AFTER: Final = regex.compile(rf"\A[\s\u00a0]+(?:of[\s\u00a0]+)?(?i:{_MONTHS})(?![\w])")
# Clock times and other non-quantity followers ("10 a.m.", "9pm", "7 GMT").
_RE_CLOCK_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]*+(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|CET\b|hrs\b|o'clock\b)"
)

# A size before the counted thing: "120,000 40-foot containers".
RE_SIZE_FIRST: Final = regex.compile(r"[0-9]{1,3}-?(?i:ft|foot|feet|ton|tonne|metre|meter|m)\b")
_COUNT_HEADS: Final = frozenset(noun.split()[-1] for noun in COUNT_NOUNS)
_RE_DEFINITE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:the|these|those|both|all|its|their|his|her|our|each)[\s\u00a0]+\Z)",
    flags=regex.REVERSE,
)

# Boeing's model numbers before an aircraft word name the model, not how many: "two new 737 Max
# jets", "its 777 freighters" (NOTE: keep in sync with the model modifier of RE_COUNT_NOUN).
_MODEL_NUMBERS: Final = frozenset({707.0, 717.0, 727.0, 737.0, 747.0, 757.0, 767.0, 777.0, 787.0})
_AIRCRAFT: Final = frozenset(
    item for item, (label, _) in COUNT_METRICS.items() if label == "aircraft count"
)

# "the top 10 cotton exporters", "into the Top 100 companies": a list position, not a count
# (not the verb: "daily loadings top 1,000 wagons").
_RE_RANK_BEFORE: Final = regex.compile(
    r"(?:\b(?i:the|a|its|their|into|in)[\s\u00a0]+(?i:top)|\bTop)[\s\u00a0]+\Z",
    flags=regex.REVERSE,
)

# "the world's 50 largest container ports", "its 10 biggest buyers": the length of a league
# table, not a count of things (a superlative right after the number ranks what follows);
# so is "main" ("Kazakhstan's two main Caspian ports" are the first two, not all it has).
RE_RANK_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:largest|biggest|busiest|leading|highest|lowest|smallest|greatest"
    r"|fastest(?:-growing)?|best|worst|main|principal|top|most|least)\b"
)

# The dot of a clipped scale before the thing counted: "98,7 ths. units", "4,5 thsd. wagons"
# (after a scaled number, a dot and a lower-case word end no sentence).
_RE_SCALE_DOT: Final = regex.compile(r"\.[\s\u00a0]++[a-z]")
# "19,000-plus containers", "a 1,500-plus fleet": "-plus" joined to the number is a hedge.
_RE_PLUS_AFTER: Final = regex.compile(r"-plus[\s\u00a0]++[a-z]")
# A train's length in wagons, written as an adjective: "will introduce 71-wagon trains"; so a
# plant's size in vehicles: "a 120,000-vehicle plant in Kostanay", "a 50,000-car factory"; so a
# fleet's: "the 36,000-wagon fleet".
_TRAIN_UNITS: Final = ("wagon", "railcar", "car")
_PLANT_UNITS: Final = ("vehicle", "car", "truck", "bus")
# What may follow a bare number's hyphen and make it a count (`quantity` reads those in full).
HYPHEN_COUNTS: Final = tuple(f"-{noun}" for noun in dict.fromkeys(_TRAIN_UNITS + _PLANT_UNITS))
_RE_WAGONS_ADJECTIVE: Final = regex.compile(
    rf"-(?P<noun>(?i:{'|'.join(_TRAIN_UNITS)}))(?=[\s\u00a0]++(?i:trains?|consists?)\b)"
    rf"|-(?P<noun>(?i:{'|'.join(_PLANT_UNITS)}))(?=[\s\u00a0]++(?:[a-z-]++[\s\u00a0]++)?"
    r"(?i:plants?|factory|factories|assembly[\s\u00a0]++lines?)\b)"
    # a fleet's size: "of the 36,000-wagon fleet", "a 500-truck fleet"
    rf"|-(?P<noun>(?i:{'|'.join(dict.fromkeys(_TRAIN_UNITS + _PLANT_UNITS))}))"
    r"(?=[\s\u00a0]++(?i:fleets?)\b)")
# The trusted-trader scheme named in the clause before "economic operators": its members.
_RE_AEO_BEFORE: Final = regex.compile(
    r"(?:\bAEOs?\b|(?i:authori[sz]ed[\s\u00a0]++economic[\s\u00a0]++operator))[^;.]*+\Z")
_FEWEST_SHARES: Final = 1000  # fewer "shares" are a web page's social counter
# People a story's source is, not people counted: "two people familiar with the process
# said", "three people close to the talks" (a handful only: "2,000 people close to the
# border" are counted).
_RE_SOURCES_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:familiar[\s\u00a0]++with|close[\s\u00a0]++to|briefed[\s\u00a0]++on"
    r"|with[\s\u00a0]++(?:direct[\s\u00a0]++)?knowledge[\s\u00a0]++of)\b")
_MOST_SOURCES: Final = 6
# ... and only where they speak or the thing they know is a story's: "said", "told",
# "according to" near, or "the talks", "the matter" ("Five people close to the blast site
# were injured", "Three people familiar with the route were hired" are counted).
_RE_SOURCES_SPEAK: Final = regex.compile(
    r"[\s\u00a0]++(?:(?i:the|its|their)[\s\u00a0]++)?(?i:matter|talks|deal|negotiations"
    r"|process|plans?|discussions|decision|situation|investigation|ministry|government"
    r"|company|thinking)\b|[^.;!?]{0,80}?\b(?i:said|say|says|told|tell|according|added"
    r"|confirmed|speaking|spoke|asked)\b")
# They are counted only where a word of harm, hiring or living follows them ("were injured",
# "were hired", "taken to hospital", within the 60 characters read); elsewhere they are
# sources ("Two people familiar with the tender warned ...", "... expect the line to open").
_RE_PEOPLE_COUNTED: Final = regex.compile(
    r"[^.;!?]{0,80}?\b(?i:injured|killed|hurt|wounded|hired|employed|evacuated|died|rescued"
    r"|arrested|detained|hospitali[sz]ed|hospital|treated|taken[\s\u00a0]++to|work|works"
    r"|worked|working|live|lives|lived|living)\b")
_RE_SOURCES_BEFORE: Final = regex.compile(r"(?i:\b(?:according[\s\u00a0]++to|told))[\s\u00a0]*+\Z")


def _plural(noun: str) -> str:
    """The plural the vocabulary counts a hyphenated adjective's noun by ("71-wagon": wagons,
    "a 300-bus plant": buses)."""
    return noun + ("es" if noun.endswith("s") else "s")


def read_count(raw: Raw, after: str, before: str, written_out: bool) -> None:
    """A bare number followed by a counted thing becomes a count ("599 ferries")."""
    dot = 1 if raw.scaled and _RE_SCALE_DOT.match(after) else 0
    plus = after.startswith("-plus") and _RE_PLUS_AFTER.match(after) is not None
    if plus:
        dot = 5  # "19,000-plus containers": at least that many, the hedge joined on
    said = hedge_after_span(after) if after[1:3] == "or" else None
    if said is not None:
        dot = said[1]  # "40 or more vessels": the hedge said between number and thing
    after = after[dot:]
    following = after.lstrip()
    if following[:1] == "-":
        following = following[1:]  # "71-wagon trains" (`_RE_WAGONS_ADJECTIVE`)
    if raw.year_like or not (following[:1].isalpha() or RE_SIZE_FIRST.match(following)) or (
            looks_like_identifier(before, after)):  # "120,000 40-foot containers": a size first
        return
    if following[:1].isupper() and "\n" in after[: len(after) - len(following)]:
        return  # "Berths: 4 / Cranes: 12": a line opening with a capital is the next label
    # a rate or a footnote glued on is no part of the word: "1,100 wagons/day", "voyages[3]"
    words = following[:100].split()
    joined = len(words) > 4 and words[1] in ("and", "or")  # "China-Europe and China-... trains"
    heads = (w.partition("/")[0].partition("[")[0].strip(".,;:()\"'").lower()
             for w in words[: 6 if joined else 4])
    if after[:1] != "-" and not _COUNT_HEADS.intersection(heads):
        return  # no counted thing within four words: skip the costly pattern
    noun = RE_COUNT_NOUN.match(after) if after[:1] != "-" else _RE_WAGONS_ADJECTIVE.match(after)
    if noun is None or before[-1:] in ("-", "\u2212"):
        return  # a number glued to a hyphen counts nothing: "COVID -19 tests", "Su-35 jets"
    item = COUNT_NOUNS.get(_plural(fold(noun.group("noun"))) if after[:1] == "-"
                           else fold(noun.group("noun")))
    if item is None:
        return  # (a noun of the patterns the vocabulary does not count)
    if item == "company" and fold(noun.group("noun")) == "economic operators" and (
            _RE_AEO_BEFORE.search(before)):  # "granted AEO status to 64 economic operators"
        item = "authorised economic operator"
    if item in _AIRCRAFT and raw.value in _MODEL_NUMBERS and not raw.scaled:
        return  # "two new 737 Max jets": a model, not 737 jets
    if item == "container" and fold(noun.group("noun")) == "boxes" and (
            after[noun.end() : noun.end() + 4] == " of ") and (
            _RE_ONE_THING.match(after, noun.end() + 4) is None):
        return  # "40,000 boxes of cherries": packages of goods, no containers (but "the 41
        # boxes of a standard train": goods are no single thing an article counts)
    if item == "share" and raw.value < _FEWEST_SHARES and not raw.scaled:
        return  # "1.2K views · 45 shares": a page's counter; a placement sells thousands
    if written_out and (raw.value < 2 or (
            _RE_DEFINITE_BEFORE.search(before) is not None
            and per_of_adjective(after[: noun.start("noun")]) in (None, "year"))):
        return  # "the two countries", "one terminal": references (but "the two weekly ferries"
        # are a timetable's rate; "the two annual permits" are still a reference)
    if ("op" in before[-6:] and _RE_RANK_BEFORE.search(before)) or RE_RANK_AFTER.match(after):
        return  # "the top 10 exporters", "the 50 largest ports": a ranking
    if item == "person" and raw.value <= _MOST_SOURCES and not raw.scaled and (
            sources := _RE_SOURCES_AFTER.match(after, noun.end())) and (
            _RE_SOURCES_SPEAK.match(after, sources.end())
            or _RE_SOURCES_BEFORE.search(before[-40:])
            or not _RE_PEOPLE_COUNTED.match(after, sources.end())):
        return  # "two people familiar with the process said": the sources, no count
    raw.unit, raw.item = "count", item
    if plus:
        raw.approx = Approx.MIN
    elif said is not None and raw.approx is None:
        raw.approx = said[0]
    read_count_modifiers(raw, after, noun.start("noun"))  # "14 weekly flights", "12 more ships"
    raw.end += dot + noun.end()  # the surface names what is counted: "599 ferries"


def looks_like_identifier(before: str, after: str) -> bool:
    """A number in a date, a clock time or an identifier ("March 11", "10 a.m.", "No. 345")."""
    return bool(
        (_may_name_an_identifier(before) and _RE_IDENTIFIER_BEFORE.search(before)
         and not _RE_NUMBER_VERB.search(before[-40:]))
        or _RE_MONTH_BEFORE.search(before)
        or _RE_MONTH_AFTER.match(after)
        or _RE_CLOCK_AFTER.match(after)
    )


# Words that number a provision of a law or regulation, whose number may carry a letter:
# "Article 12g", "Section 4t", "Annex 3a" (a subset of the identifier words in `patterns`: not
# "volume" or "level", after which "cargo volume 9.2%" is a figure).
_PROVISION_WORDS: Final = frozenset({
    "article", "art", "section", "sec", "paragraph", "para", "clause", "annex", "appendix",
    "chapter", "part", "rule", "no", "item", "point", "subparagraph",
    "flight",  # and a flight's airline code: "Flight 5W 7021" (not 5 watts)
})


def numbers_a_provision(before: str) -> bool:
    """Does `before` end with a word that numbers a provision ("under Article")? Then a letter
    glued to the number is its suffix ("Article 12g"), not a unit (grams)."""
    tail = before.rstrip().removesuffix(".")
    return tail[len(tail.rstrip(string.ascii_letters)) :].lower() in _PROVISION_WORDS


# A per cent that heads a name: "the 30% Club", "the 2% club" (a campaign, not a share).
_RE_NAME_HEAD_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]?+(?:(?i:club)|Initiative|Coalition|Alliance|Campaign|Pledge)\b"
)


def in_a_name(after: str) -> bool:
    """Is the per cent just read part of a name ("the 30% Club")? Cheap: one anchored match."""
    return _RE_NAME_HEAD_AFTER.match(after) is not None


# A postcode after a street and a town: "5 Industrial Zone Road, Navoi 210100", "12 Dostyk
# Avenue, Almaty 050010" (a number in an address, not a figure with the unit of the one before).
_RE_ADDRESS_BEFORE: Final = regex.compile(
    r"\b(?:(?:Street|Avenue|Road|Prospekt|Prospect|Boulevard|Lane|Square|Box|Building|Office)\b"
    r"|(?:Str|St|Ave|Rd|Blvd)\.),?[\s\u00a0]{1,3}(?:[A-Z][\w'’-]{0,30},?[\s\u00a0]{1,3}){1,3}\Z",
    flags=regex.REVERSE,
)


def is_postcode(before: str) -> bool:
    """Does the number after `before` close an address, as its postcode?"""
    return before[-1:].isspace() and _RE_ADDRESS_BEFORE.search(before) is not None


# One dot before three digits, no other separator: "2.500" ("2,500" where a comma decimal is
# written, 2.5 in English).
_RE_ONE_DOT_GROUP: Final = regex.compile(r"[1-9][0-9]{0,2}+\.[0-9]{3}+")
_RE_DOT_ZEROS: Final = regex.compile(r"[1-9][0-9]{0,2}+\.000")


def read_dot_thousands(raw: Raw, num: str | None, num2: str | None) -> None:
    """ "2.500 TEU", "1.200 wagons": a thing counted whole has no fractions, so the dot of
    a lone group of three digits separates thousands (2,500); with a scale word ("2.500
    thousand TEU") it stays a decimal point, as it may be either. Of any other measure three
    zeros after the dot are thousands too ("310.000 tonnes", "1.000 MW"): English news writes
    no such padded decimals, but not of shares and multiples ("1.000%" is a rate)."""
    if raw.scaled or not num or raw.unit in (None, "%", "pp", "x"):
        return
    group = _RE_ONE_DOT_GROUP if raw.unit in ("TEU", "count") else _RE_DOT_ZEROS
    if group.fullmatch(num) and (not num2 or group.fullmatch(num2)):
        raw.value = tidy(raw.value * 1000)
        raw.value_high = None if raw.value_high is None else tidy(raw.value_high * 1000)


# The statistics around an estimate, no measure of trade: a p-value ("p < 0.05", "p-value of
# 0.03"), a standard error or t-statistic ("(standard error 0.9)", "s.e. 0.3", "t = 2.4") and
# the bounds of a confidence interval ("a 95% confidence interval of 9-21%", "95% CI: 2.8 to
# 5.4", "the interval runs from 1.8 to 4.6" after "confidence interval"), its high bound too
# where the low one is read alone ("95% CI: 2.8% to 5.4%").
_RE_STATISTIC_BEFORE: Final = regex.compile(
    r"(?:\b[pPtz][\s\u00a0]*+[<>=≤≥]|(?:\b(?i:p-values?|standard[\s\u00a0]++errors?"
    r"|t-stat(?:istic)?s?)|\bs\.e\.)[\s\u00a0]*+(?:[<>=≤≥:]|(?i:of|is|was|at))?)[\s\u00a0]*+\Z"
    r"|(?:(?i:confidence|credible)[\s\u00a0]++(?i:intervals?)|\bCIs?)\b"
    r"(?:[\s\u00a0]++(?i:of|is|was|runs|ran|ranges|ranged|spans|from|between)){0,3}"
    r"[\s\u00a0]*+[:=]?[\s\u00a0]*+[(\[]?[\s\u00a0]*+"
    # the high bound after the low one: "95% CI: 2.8% to 5.4%", "an interval of 9% to 21%"
    r"(?:[-−]?[0-9][0-9.,]*+[\s\u00a0]*+%?[\s\u00a0]*+(?i:to|and|–|-)[\s\u00a0]*+)?\Z"
)
# A citation in square brackets: "[12]", "[7, 9]", "[3-5]" (numbers, commas and dashes only).
_RE_CITATION_BEFORE: Final = regex.compile(r"\[(?:[0-9]{1,3}+[\s\u00a0]*+[,;–-][\s\u00a0]*+)*\Z")
_RE_CITATION_AFTER: Final = regex.compile(r"\A(?:[\s\u00a0]*+[,;–-][\s\u00a0]*+[0-9]{1,3}+)*\]")


def is_statistic_or_citation(before: str, after: str) -> bool:
    """Is the number just read a statistic of an estimate (a p-value, a standard error, a
    bound of a confidence interval) or a citation in brackets ("[7, 9]")? Cheap tests first."""
    tail = before[-60:]
    if not _may_be_statistic(tail):
        return False
    if "[" in tail[-20:] and _RE_CITATION_BEFORE.search(tail) and _RE_CITATION_AFTER.match(
            after):
        return True
    return _RE_STATISTIC_BEFORE.search(tail) is not None


def _may_be_statistic(tail: str) -> bool:
    """A cheap test before the patterns: a comparison sign or a bracket near the figure, or a
    word either pattern needs (chained substring tests: 0.3 µs a figure, a generator of them
    or a search for all at once 1.5 µs)."""
    near = tail[-20:]
    if ("<" in near or ">" in near or "=" in near or ":" in near or "[" in near or "(" in near
            or "≤" in near or "≥" in near or "CI" in tail):
        return True
    low = tail.lower()
    return "value" in low or "error" in low or "stat" in low or "s.e." in low or "interval" in low


# A unit word with a capital before a street's word names the street: "12 Rial Street", "5
# Mile Road" (no money, no distance).
_RE_STREET_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:Street|Avenue|Road|Lane|Boulevard|Prospekt|Prospect|Square)\b")
# A year after its preposition: "In 2024 tenge deposits grew", "since 1999 roubles ..."
_RE_IN_YEAR: Final = regex.compile(r"\b(?i:in|since|during|until|throughout)[\s\u00a0]++\Z")


def names_a_street(text: str, unit_end: int) -> bool:
    """Does a street's word follow the unit word ending at `unit_end`?"""
    return match_at(_RE_STREET_AFTER, text, unit_end) is not None


def after_a_time_preposition(text: str, start: int) -> bool:
    """Does "in", "since", "during", "until" or "throughout" end right before `start`?"""
    return _RE_IN_YEAR.search(text, max(0, start - 12), start) is not None


# The last number of a list whose unit and verb are elided, one word after each number:
# "of which 1,610 were outbound and 1,120 inbound." (not "50 mg ethanol and 10 pills": no verb);
# "640,000 used Nur Zholy and 310,000 Bakhty.": a crossing or port named each
_RE_ONE_WORD_END: Final = regex.compile(
    r"\A[\s\u00a0]+[A-Za-z][a-z]*+(?:-[A-Za-z][a-z]*+)?[\s\u00a0]*(?:[,.;:)]|\Z)"
)
_RE_VERB_WORD_AND: Final = regex.compile(
    r"\A[\s\u00a0]+(?:(?:were|was|are|is)[\s\u00a0]+[a-z]+(?:-[a-z]+)?|(?:used|went[\s\u00a0]+"
    r"(?:via|through|to))(?:[\s\u00a0]+\p{Lu}[\w-]*+){1,3}+)[\s\u00a0]+and[\s\u00a0]+\Z"
)


def ends_a_list(previous: Raw, raw: Raw, text: str) -> bool:
    """`raw` ends a list "<number> were <word> and <number> <word>", the second with its
    unit and verb elided: "1,610 were outbound and 1,120 inbound"."""
    between = text[previous.end : raw.start]
    return (between.endswith(("and ", "and\u00a0"))
            and _RE_VERB_WORD_AND.match(between) is not None
            and _RE_ONE_WORD_END.match(text[raw.end : raw.end + WINDOW]) is not None)


# A plural counted noun that "of them" after a bare number takes up, no number before it:
# "Cheaper Russian wagons ..., and 12,000 of them are now working"; the sentence's one such
# noun, no people or firms before it ("Exporters shipping containers ... paid $2,800 each,
# and 600 of them": no containers; but "Prices for used wagons ..., and 5,000 of them").
_RE_COUNTED_PLURAL: Final = regex.compile(
    rf"(?<![0-9][\s\u00a0]++)\b(?i:{alternation(k for k in COUNT_NOUNS if k.endswith('s'))})\b")
_RE_PEOPLE_PLURAL: Final = regex.compile(
    r"(?i)\b(?!(?:numbers|borders|quarters|others|letters|papers|waters|orders)\b)"
    r"(?:\p{L}{2,}(?:[eo]r|ier|ist)s|companies|firms|businesses|people|families|households)\b")


def counted_before(text: str, lo: int, hi: int) -> str | None:
    """The item of the plural counted noun in text[lo:hi] no number counts, if it is the only
    one and no plural of people or firms stands before it (the subject), else None."""
    nouns = list(_RE_COUNTED_PLURAL.finditer(text, lo, hi))
    if len({fold(m.group()) for m in nouns}) != 1 or (
            _RE_PEOPLE_PLURAL.search(text, lo, nouns[0].start()) is not None):
        return None
    return COUNT_NOUNS.get(fold(nouns[0].group()))


# After "numbered" only a count's unit, its things the subject: a pronoun ("they numbered
# 11,000") or their noun; no sum ("letters of credit numbered 85"), no "the faults numbered 45".
_RE_NUMBERED_BEFORE: Final = regex.compile(
    rf"(?i:\bnumbered[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z)")
_RE_NUMBERED_PRONOUN: Final = regex.compile(
    r"(?i)\b(?:they|these|those|(?:its|their)[\s\u00a0]++own)"
    r"(?:[\s\u00a0]++(?:\w+ly|now|still|then|already|together|combined|all))?[\s\u00a0]++\Z")


def refused_after_numbered(anchor: Raw, raw: Raw, text: str) -> bool:
    """Whether `raw` follows "numbered" and may not take the unit of `anchor` before it."""
    if _RE_NUMBERED_BEFORE.search(text, max(0, raw.start - WINDOW), raw.start) is None:
        return False
    cut = max(text.rfind(mark, anchor.end, raw.start) for mark in ";,:.")
    clause = text[max(cut + 1, anchor.end) : raw.start]
    subject = clause[: clause.lower().rfind("numbered")]
    return anchor.unit != "count" or (_RE_NUMBERED_PRONOUN.search(subject) is None and not any(
        COUNT_NOUNS.get(fold(m.group())) == anchor.item
        for m in _RE_COUNTED_PLURAL.finditer(clause)))
