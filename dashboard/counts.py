"""Bare numbers that count something named elsewhere in their clause: "the number of trucks
exceeded 95,000", "trains crossing Kazakhstan reached 9,870", "the count was 454,000".

Pure: no pandas, no dash. Each function reads a bounded window before and after the number.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard import context
from dashboard.anchors import closest_anchor, factor_within_whole, things_of_them
from dashboard.countables import (
    RE_RANK_AFTER,
    ends_a_list,
    is_postcode,
    is_statistic_or_citation,
    looks_like_identifier,
    refused_after_numbered,
)
from dashboard.hedges import WINDOW, change_around, sentence_tail
from dashboard.not_durations import is_persons_age
from dashboard.numbers import fold
from dashboard.patterns import COMPARISON_TAGS
from dashboard.patterns_around import RE_COUNT_NOUN
from dashboard.rates import per_of_adjective, rate_after
from dashboard.raw import Raw, read_hedge
from dashboard.scanning import match_at
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import COUNT_NOUNS, NOT_COUNTED_HEADS

# A bare number that stands for a quantity is followed by punctuation or one of these words
# ("Batumi for 99,469 (up 21.3%)", "159 have Kazakh capital", "compared with 262 a year
# earlier"; a route's "takes 45 to 50 days, and about 35 via Suez"), never by a noun of its
# own ("the 12 member states").
RE_ELLIPTIC_NEXT: Final = regex.compile(
    r"\A[\s\u00a0]*(?:[,.;:)(]|\Z|(?i:have|has|had|were|was|are|is|in|on|at|for|from|to|a|an|"
    r"the|and|or|of|with|by|via|through|during|last|this|that|which|who|compared|against|while|"
    r"used|went)\b"
    r"|(?i:more|fewer|less)[\s\u00a0]+than\b"  # "67 ships in August, 12 fewer than in July"
    r"|(?i:before|earlier|previously)\b"  # "5,000 vehicles a day, against 1,800 before"
    # a clause of time or cause after it: "rose to 1,100 from 800 after the lanes opened"
    r"|(?i:after|following|since|until|within|amid|because|despite|thanks)\b"
    r"|(?i:over|across)[\s\u00a0]++(?i:the|two|three|four|five|a|several|\d)"  # "to 23,000
    # over two years"
    r"|(?i:now|currently|today|forecast|planned|will|should|would|could|might|must|shall)\b"
    # "to 2,500 trucks a day, from 1,400 now", "below the 120,000 forecast", "has 120 reefer
    # plugs, and a further 80 will", "140 are in service, and 210 should be by 2028" (not
    # "may": "12 May" is a date)
    r"|\p{So})"  # a post's emoji closing it: "Xi'an → Baku: 11 days instead of 18 🚄"
)

# After a bare number unless what stands before it makes it no level of the neighbour's: a
# time counted back after an age ("1,100 trucks a day, up from 600 three years ago", "it
# handled 900 three years ago"; not "started the business at 24 two decades ago"); a
# condition after a rank or a past verb of its own ("could rise to 1,800 if the second track
# opens", "forecasts 485 if Brent holds"; not "among the top 10 if", "produced 150 if").
_RE_TIME_BACK_NEXT: Final = regex.compile(
    r"\A[\s\u00a0]*(?i:(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|several"
    r"|a[\s\u00a0]+few)[\s\u00a0]+(?:years?|months?|weeks?|decades?)[\s\u00a0]+"
    r"(?:ago|earlier|before)\b)"
)
_RE_CONDITION_NEXT: Final = regex.compile(r"\A[\s\u00a0]*(?i:if|unless)\b")
_RE_AGE_LEAD: Final = regex.compile(r"(?i:\b(?:at|aged|age)[\s\u00a0]+\Z)")
_RE_NO_LEVEL_LEAD: Final = regex.compile(
    rf"(?i:\b(?:top|ranks?|ranked|No\.?|place|[a-z]++(?<=ed))[\s\u00a0]+"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]+)?\Z)")


def _led_elliptic(before: str, after: str) -> bool:
    """Is a bare number followed by a time counted back or a condition a level set against
    another, nothing before it saying otherwise (`_RE_TIME_BACK_NEXT`)?"""
    if _RE_TIME_BACK_NEXT.match(after):
        return _RE_AGE_LEAD.search(before) is None
    return bool(_RE_CONDITION_NEXT.match(after) and not _RE_NO_LEVEL_LEAD.search(before))


# "The number of container trains reached 540", "the number of ferry calls rose to 1,012
# from 876": what the bare numbers after it count.
RE_NUMBER_OF: Final = regex.compile(
    r"(?i:\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<words>(?:[a-z-]+\s+){0,3}[a-z-]+))"
)
NUMBER_OF_REACH: Final = 160  # characters from "the number of" to the number
# The words of the counted nouns' names ("container", "trains"), for a quick test of a word.
_COUNT_NOUN_WORDS: Final = frozenset(word for name in COUNT_NOUNS for word in name.split())


# A verb that gives its subject's level, right before a bare number ("reached 9,870"): a
# verb of level, one of change with "to" or "from" ("rose to 1,400", "rose from 70 to 140"),
# or a change's size and then "to" ("Vessel calls increased 18% year on year to 1,146", "TIR
# trips grew threefold in 2024 to 1,150"), with its comparison and a time of a few words
# between ("rose 6.4% year on year in January–September to 1,032", "fell 7% w/w to 41", "fell
# 7% in the first ten months of 2025 to 12,900").
_CHANGE_VERBS: Final = ("rose", "grew", "increased", "climbed", "jumped", "fell", "dropped",
                        "declined", "decreased",
                        # a plan's or a present's verb: "Flights between Tashkent and Baku
                        # will rise to 21 a week from 14"
                        "rise", "rises", "grow", "grows", "increase", "increases", "fall",
                        "falls")
_LEVEL_VERBS: Final = ("reached", "totalled", "totaled", "numbered", "exceeded", "topped",
                       "surpassed", "amounted to", "stood at", "came to",
                       # a headline's present: "China-Europe trains through Khorgos pass 10,000"
                       "pass", "passes", "passed", "top", "tops", "hit", "hits",
                       "doubled to", "tripled to", "halved to",
                       # "Ferry calls between Kuryk and Alat averaged 14 a month"
                       "averaged", "averages", "averaging",
                       *(f"{verb} {to}" for verb in _CHANGE_VERBS for to in ("to", "from")),
                       # "Arrivals increased by 180,000 to 1.4 million": the change's size
                       *(f"{verb} by" for verb in _CHANGE_VERBS),
                       # "Our target for container trains is 1,000 per year"
                       "is", "was", "are", "were")
_RE_LEVEL_VERB_END: Final = regex.compile(
    r"(?i:\b(?:" + "|".join(v.replace(" ", r"\s+") for v in _LEVEL_VERBS)
    + r"|(?:" + "|".join(_CHANGE_VERBS) + r")\s+(?:by\s+)?"
    r"(?:[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%|[a-z]+fold|[0-9.]+(?:-fold|\s+times))\s+"
    rf"(?:{COMPARISON_TAGS}\s+)?"
    r"(?:(?:in|over|during)\s+(?:[A-Za-z0-9\u2013\u2014-]+\s+){0,6}[A-Za-z0-9\u2013\u2014-]+\s+)?to)"
    rf"(?:\s+{HEDGE_WORDS})?\s*)\Z",
    flags=regex.REVERSE,  # tried from the end, where it must match: a forward search tries
)  # every position of the window (measured: 20,000 windows 0.28 -> 0.02 s)
_RE_WORD: Final = regex.compile(r"[A-Za-z][A-Za-z-]*")
# Words a count's subject is not found past (`_ends_the_subject`).
# An opener of a clause ends the search ("Ferries sail twice a week as demand rises to 400"),
# but not in a fixed phrase ("as part of", "such as", "as well as", "as of", "as many as",
# "once again": "Trucks ... once again rose" are the trucks);
# a head only as the verb's own subject, auxiliaries between ("the tariff will rise", not
# "the age limit fell"), and not after a counted noun that opens the clause and that it
# qualifies ("Trucks paying the new toll rose to 1,800": the trucks).
_OPENERS: Final = frozenset("as once if when while because whereas unless".split())
_OTHER_HEADS: Final = frozenset(f"{head}{s}" for head in NOT_COUNTED_HEADS for s in ("", "s"))
_AUXILIARIES: Final = frozenset(
    "will would could can may might should is are was were has have had be been also".split())
_RE_OTHER_SUBJECT: Final = regex.compile(
    rf"(?i:\b(?:{'|'.join(NOT_COUNTED_HEADS)})s?\b(?:\s+[a-z0-9.,]+){{0,4}}?\s+(?:to|from|by)\s*)\Z",
    flags=regex.REVERSE)
_RE_THE_COUNT_WAS: Final = regex.compile(
    r"(?i:\bthe\s+(?:count|tally)\s+(?:was|stood\s+at|reached|came\s+to)\s*)\Z",
    flags=regex.REVERSE,
)

_PREPOSITIONS: Final = frozenset("with by under via through against from for into on in of".split())


def count_of_subject(raws: list[Raw], i: int, text: str) -> None:
    """A bare number after a verb of level counts the counted noun that is its subject, in
    its clause: "China-Europe container trains crossing Kazakhstan reached 9,870 in 2024",
    "Services numbered 10,546"; "the count was 454,000" counts what the last count before it
    in the text counted."""
    raw = raws[i]
    window = text[max(0, raw.start - NUMBER_OF_REACH) : raw.start]
    if not window.rstrip()[-1:].isalpha():
        return  # no verb right before: the common case, told without a pattern
    before = sentence_tail(window)
    if _RE_THE_COUNT_WAS.search(before) and RE_ELLIPTIC_NEXT.match(
            text[raw.end : raw.end + WINDOW]):
        raw.unit = "count"  # "In the same ten months of 2024 the count was 454,000"
        raw.item = next((r.item for r in reversed(raws[max(0, i - 6) : i])
                         if r.unit == "count" and r.item), None)
        return
    verb = _RE_LEVEL_VERB_END.search(before)
    if verb is None and before.rstrip().endswith("to"):
        _count_of_object(raw, before, text[raw.end : raw.end + WINDOW])
        return
    after = text[raw.end : raw.end + WINDOW]
    rate = rate_after(after) if verb is not None else None  # "is 1,000 per year"
    if verb is None or not RE_ELLIPTIC_NEXT.match(after[rate[1] :] if rate else after):
        return
    subject = _own_clause(before[: verb.start()])
    words = [w.lower() for w in _RE_WORD.findall(subject)]
    relative = [k for k, w in enumerate(words) if w in ("that", "which", "who", "whose")]
    words = words[relative[-1] + 1 :] if relative else words  # "cargo that reached": its own
    if (found := _subject_noun(words)) is None:
        return
    raw.unit, raw.item = "count", COUNT_NOUNS[found[0]]
    raw.per = rate[0] if rate else per_of_adjective(" ".join(words[: found[1]]))
    read_hedge(raw, before)
    if verb.group().rstrip().lower().endswith(" by"):
        raw.change = change_around(before, "")  # the count's change, not its level


def _subject_noun(words: list[str]) -> tuple[str, int] | None:
    """The counted name nearest before a count's verb, and where (`_PREPOSITIONS`)."""
    behind: tuple[str, int] | None = None  # after a preposition ("backed by letters of credit")
    for j in range(len(words) - 1, -1, -1):
        if _ends_the_subject(words, j):
            return behind  # another clause's or another figure's subject
        if words[j] not in _COUNT_NOUN_WORDS:
            continue  # no name ends or starts here (most words: told by one lookup)
        # the longest name that ends or starts here: "container trains", "letters of credit"
        spans = ((max(0, j - 2), j + 1), (max(0, j - 1), j + 1), (j, j + 3), (j, j + 2), (j, j + 1))
        first, noun = next(((a, n) for a, b in spans if (n := " ".join(words[a:b])) in COUNT_NOUNS),
                           (0, ""))
        if noun and (first == 0 or words[first - 1] not in _PREPOSITIONS):
            return noun, j
        behind = behind or ((noun, j) if noun else None)
    return behind


def _ends_the_subject(words: list[str], j: int) -> bool:
    """Is `words[j]` (the words before a count's verb) where its subject's search stops: an
    opener of a clause past a verb of its own, or a head that is no count as the subject?"""
    if words[j] in _OPENERS:  # "as part of", "such as", "once again" open no clause
        return (words[j + 1 : j + 2] not in (["part"], ["well"], ["of"], ["many"], ["again"])
                and words[j - 1 : j] not in (["such"], ["well"], ["many"]))
    if words[j] not in _OTHER_HEADS or not all(w in _AUXILIARIES for w in words[j + 1 :]):
        return False
    return not _opens_with_a_qualified_count(words[:j])


_QUALIFYING: Final = frozenset("older younger newer larger smaller heavier longer".split())


def _opens_with_a_qualified_count(words: list[str]) -> bool:
    """Does the clause open with a counted noun that a participle or a comparative right after
    it qualifies ("Trucks paying the new toll", "Tankers older than the age cap"), so that a
    price head later is in that qualifier, not the subject ("For trucks entering Georgia the
    toll" opens with no count)?"""
    start = 1 if words[:1] == ["the"] else 0
    for n in (2, 1):
        if " ".join(words[start : start + n]) in COUNT_NOUNS and len(words) > start + n:
            nxt = words[start + n]
            return nxt.endswith(("ing", "ed")) or nxt in _QUALIFYING
    return False


# A verb that sets its object's level "to" a bare number: "aims to raise sailings on the
# line to 40 per month", "raised its estimate of container trains handled in the first
# quarter to 412". The object's head is the counted noun, before any preposition but the
# "of" of a word that stands for a count ("estimate of container trains"): not "cut the rate
# for containers to 1,450", "raised the share of wagons to 40".
_RE_SET_VERB: Final = regex.compile(
    r"(?i:\b(?:rais(?:e|ed|es|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|cut(?:s|ting)?"
    r"|reduc(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|lower(?:s|ed|ing)?|revis(?:e|ed|es|ing)"
    r"|expand(?:s|ed|ing)?|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|grow(?:s|ing)?|grew)"
    r"\s+(?P<object>(?:[^\s0-9]+\s+){1,10}?)to"
    rf"(?:\s+{HEDGE_WORDS})?\s*\Z)"
)
_COUNT_HEADS: Final = frozenset(
    "estimate estimates number count forecast target tally figure total plan".split())
# A group of people, counted in people: "will double its engineering team to 60".
_PEOPLE_OF: Final = {"team": "employee", "workforce": "employee"}
_OBJECT_ENDS: Final = frozenset(
    "on for at in from between via across along through by to with into per over".split())


def _count_of_object(raw: Raw, before: str, after: str) -> None:
    """A bare number "to" which a verb sets its object (`_RE_SET_VERB`) counts the object's
    counted noun."""
    rate = rate_after(after)  # "to 40 per month"
    if not RE_ELLIPTIC_NEXT.match(after[rate[1] :] if rate else after):
        return
    found = _RE_SET_VERB.search(before[-NUMBER_OF_REACH:])
    if found is None:
        return
    words = [w.lower() for w in found.group("object").split()]
    for j, word in enumerate(words):
        word = word.strip("'’")
        if word in _OBJECT_ENDS or (word == "of" and words[j - 1] not in _COUNT_HEADS):
            return
        noun = next((n for n in (" ".join(words[j : j + 2]), word) if n in COUNT_NOUNS), "")
        if noun or (word in _PEOPLE_OF and words[j + 1 : j + 2] in ([], ["at"], ["in"], ["on"])):
            # "its workforce to", "its workforce at the Kuryk plant to", not "its workforce
            # training spending to 400"
            raw.unit, raw.item = "count", COUNT_NOUNS.get(noun) or _PEOPLE_OF[word]
            raw.per = rate[0] if rate else None
            read_hedge(raw, before)
            return


# An aside between a subject and its verb opens with one of these: "Container trains along
# the Middle Corridor, via the Caspian port of Aktau and Baku, numbered 350".
_ASIDE_OPENERS: Final = frozenset(
    "via along through across from to between including mostly mainly largely chiefly "
    "primarily mainly in on at".split()
)


def _own_clause(subject: str) -> str:
    """The clause a verb's subject is in: after the last comma, colon or semicolon, passing over
    asides between commas that open with a preposition ("Container trains along the Middle
    Corridor, via the Caspian port of Aktau and Baku, numbered 350": the trains)."""
    parts = subject[max(subject.rfind(";"), subject.rfind(":")) + 1 :].split(",")
    k = len(parts) - 1
    while k > 0 and (not parts[k].strip() or parts[k].split()[0].lower() in _ASIDE_OPENERS):
        k -= 1
    return parts[k]


_ELLIPTIC_REACH: Final = 200

# "detention of $15 a day for days 8 to 14", "demurrage doubles from day 6": a day's or a
# week's place in a count after its noun, no figure of the sentence's unit.
_RE_PLACE_IN_TIME: Final = regex.compile(r"(?i:\b(?:day|days|week|weeks)[\s\u00a0]*\Z)")
# "12 ft 2 in": the inches of a length in feet ("in" alone is no unit elsewhere).
_RE_INCHES_AFTER: Final = regex.compile(r"\A[\s\u00a0]*(?:in\b\.?|inch(?:es)?\b)")


_RE_BY_END: Final = regex.compile(r"(?<![\w-])(?i:by)[\s\u00a0]++\Z")


def follows_by(before: str) -> bool:
    """Does the text before a figure end with the word "by" ("rose by 300,000 to", "and
    imports by 5"): is the figure the size of a change?"""
    return _RE_BY_END.search(before[-8:]) is not None


# What ends the clause of a bare number changed "by": "and imports by 5.", "but the Nasdaq
# decreased by 1, while ..."
_RE_CHANGE_CLAUSE_END: Final = regex.compile(
    r"\A[\s\u00a0]*+(?:[,.;:)]|\Z|(?:and|but|while|whereas|in|over|on|from|compared)\b)"
)


def _lend_percent_change(raws: list[Raw], i: int, text: str) -> bool:
    """A bare number changed "by" as a percentage change before it in the sentence was:
    "exports rose by 12% and imports by 5", "the DAX increased by 2 percent but the Nasdaq
    decreased by 1". Its direction is its own verb's, else the one before."""
    raw = raws[i]
    if raw.scaled or not 0 < raw.value < 1000 or not follows_by(
            text[max(0, raw.start - 8) : raw.start]):
        return False  # the common case: no "by" right before
    before = text[max(0, raw.start - WINDOW) : raw.start]
    after = text[raw.end : raw.end + WINDOW]
    if not _RE_CHANGE_CLAUSE_END.match(after):
        return False
    for anchor in reversed(raws[max(0, i - 4) : i]):
        if anchor.unit not in ("%", "pp") or anchor.change is None:
            continue
        if raw.start - anchor.end > _ELLIPTIC_REACH or context.crosses_sentence(
                text, anchor.end, raw.start):
            return False
        raw.unit = anchor.unit
        raw.change = change_around(before, after) or anchor.change
        return True
    return False


# "Only 30 of the 96 projects", "113 of the country's 840 stations": a number, then its whole
# (`_RE_PART_OF_COUNT`: or the whole's number right after "of": "in 7,300 of 2.6 million
# parcels checked").
_PART_OF_THE: Final = (r"[\s\u00a0]++of[\s\u00a0]++(?:(?:the|its|their|these|those)[\s\u00a0]++"
                       r"(?:\p{Ll}++['’]s[\s\u00a0]++)?+|\p{Lu}\p{L}++['’]s[\s\u00a0]++")
_RE_PART_OF_THE: Final = regex.compile(_PART_OF_THE + ")")
_RE_PART_OF_COUNT: Final = regex.compile(_PART_OF_THE + ")?+")


def _lend_partitive(raws: list[Raw], i: int, text: str) -> bool:
    """A bare number that is part of a count right after it takes its unit and item: "only
    30 of the 96 projects agreed have started" counts projects too."""
    if i + 1 >= len(raws) or raws[i + 1].unit != "count" or raws[i + 1].item is None:
        return False  # the common case: no count right after
    raw, whole = raws[i], raws[i + 1]
    gap = _RE_PART_OF_COUNT.fullmatch(text, raw.end, whole.start)
    if gap is None or raw.scaled or raw.value > whole.value or looks_like_identifier(
            text[max(0, raw.start - WINDOW) : raw.start], text[raw.end : whole.end]):
        return False
    raw.unit, raw.item = "count", whole.item
    read_hedge(raw, text[max(0, raw.start - WINDOW) : raw.start])
    return True


# "Of the 23 companies that took part, 17 bought": the whole opens its clause, the part
# follows after a comma, then a plain word or punctuation (no noun of its own).
_RE_OF_THE_BEFORE: Final = regex.compile(r"(?:\A|[.;:!?\n][\s\u00a0]*+)(?i:of)[\s\u00a0]++"
                                          r"(?:the|its|their|these|those)[\s\u00a0]++\Z")
_RE_PART_AFTER_COMMA: Final = regex.compile(r"[^.;:!?\n]{0,80}?,[\s\u00a0]*+\Z")
_RE_VERB_NEXT: Final = regex.compile(r"[\s\u00a0]++\p{Ll}++\b")


def _lend_opening_whole(raws: list[Raw], i: int, text: str) -> bool:
    """A bare number after a count its sentence opens with as the whole: "Of the 23
    companies that took part, 17 bought at least one lot" counts companies too."""
    if i == 0 or raws[i - 1].unit != "count" or raws[i - 1].item is None:
        return False  # the common case: no count right before
    raw, whole = raws[i], raws[i - 1]
    if raw.scaled or raw.year_like or raw.value > whole.value or raw.value != int(raw.value):
        return False
    if not (_RE_OF_THE_BEFORE.search(text, max(0, whole.start - 16), whole.start)
            and _RE_PART_AFTER_COMMA.fullmatch(text, whole.end, raw.start)
            and _RE_VERB_NEXT.match(text, raw.end, raw.end + 40)):
        return False
    raw.unit, raw.item = "count", whole.item
    return True


def of_the_nouns(raw: Raw, text: str) -> bool:
    """A bare number part of counted things named after it without their number: "passenger
    cars accounted for 96,400 of the crossings" counts crossings."""
    if raw.scaled or text[raw.end : raw.end + 4] != " of " or raw.value < 1 or (
            raw.value != int(raw.value)):  # "1/2 of the people": a share, not a count
        return False  # the common case, told without the pattern
    gap = _RE_PART_OF_THE.match(text, raw.end, min(len(text), raw.end + 16))
    if gap is None or match_at(RE_RANK_AFTER, text, gap.end() - 1) is not None:
        return False  # "two of the largest ports", "of the world's top lines": a ranking's
    noun = RE_COUNT_NOUN.match(text[gap.end() - 1 : gap.end() + 80])
    if noun is None or looks_like_identifier(text[max(0, raw.start - WINDOW) : raw.start],
                                             text[raw.end : raw.end + WINDOW]):
        return False
    raw.unit, raw.item = "count", COUNT_NOUNS[fold(noun.group("noun"))]
    read_hedge(raw, text[max(0, raw.start - WINDOW) : raw.start])
    return True


def lend_elliptic(raws: list[Raw], i: int, text: str, *, named: bool = False) -> None:
    """A bare number parallel to a quantity before it in the same sentence takes its unit:
    "Poti accounting for 485,410 containers ... and Batumi for 99,469"; or the unit of the
    count it is part of ("30 of the 96 projects", "96,400 of the crossings"). `named`: a
    clause's name stands before it ("the Middle Corridor seven"), no identifier's word."""
    raw = raws[i]
    if _lend_percent_change(raws, i, text) or _lend_partitive(raws, i, text) or (
            of_the_nouns(raw, text) or _lend_opening_whole(raws, i, text)):
        return
    if not any(r.unit not in (None, "%", "pp", "x") for r in raws[max(0, i - 4) : i]):
        return  # nothing to take a unit from: the common case, decided without regexes
    before = text[max(0, raw.start - WINDOW) : raw.start]
    after = text[raw.end : raw.end + WINDOW]
    if (not named and looks_like_identifier(before, after)) or is_postcode(before) or (
            is_persons_age(text[raw.start : raw.end], before, after)) or not (
            RE_ELLIPTIC_NEXT.match(after) or _led_elliptic(before, after)
            or before.endswith(("of which ", "of which\u00a0"))  # "..., of which 21,000 stand idle"
            or ends_a_list(raws[i - 1], raw, text)
    ) or is_statistic_or_citation(before, after) or _RE_PLACE_IN_TIME.search(before):
        return
    if after.lstrip().startswith(")") and before.rfind("(") <= before.rfind(")"):
        return  # "; and 3 ) predicts that ...": a list marker, no bracketed figure
    best = closest_anchor(raws, i, text, _ELLIPTIC_REACH)  # the closest in magnitude before
    if best is None or refused_after_numbered(best[0], raw, text):
        return  # "letters of credit numbered 85": no sum (but "they numbered 11,000" trucks)
    anchor, factor = best
    if (things := things_of_them(anchor, raw, text, _ELLIPTIC_REACH)) is not None:
        if things:  # "Tankers of up to 7,000 tonnes ... 11 of them": tankers
            raw.unit, raw.item = "count", things
            read_hedge(raw, before)
        return
    if anchor.unit == "count" and _RE_OTHER_SUBJECT.search(text, anchor.end, raw.start):
        return  # "trains will rise to 12 a week, and the tariff will rise to 450": no trains
        # (a head before the anchor is the anchor's own clause: "Trucks paying the new toll
        # rose to 1,800 from 1,200")
    inches = _RE_INCHES_AFTER.match(after) if anchor.unit == "ft" else None
    if inches is not None:
        raw.unit, raw.end = "in", raw.end + inches.end()  # "12 ft 2 in"
        return
    factor = factor_within_whole(anchor, raw, factor, before)  # "$2 billion, of which 400"
    raw.value *= factor  # "..., while the lowest is 74.07" (cents too)
    if raw.value_high is not None:
        raw.value_high *= factor
    own = rate_after(after)  # "5,200 container trains in 2024, or about 14 a day": its own rate
    raw.unit, raw.per, raw.item = anchor.unit, anchor.per if own is None else own[0], anchor.item
    read_hedge(raw, before)
    raw.change = change_around(before, after)
