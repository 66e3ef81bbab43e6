"""Lists whose items each name their own entity: "with Poti accounting for 485,410 containers
(up 46.8%) and Batumi for 99,469", "443 km through Azerbaijan, 249 km through Georgia",
"Exports to China reached $2.1 billion, while imports from Russia fell to $900 million". A
figure of one item is not about the names that open or close the others (read by
`subject.entities_of`).

Pure: no pandas, no dash. Every search here reads a window of at most 60 characters before or
after a name or a figure, so no call needs a time budget (measured: a budget doubles the cost
of such a call, 3.7 -> 7.4 µs).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

import regex

from dashboard.claim import Draft, Located
from dashboard.facts import RE_ENTITY, Facts
from dashboard.scanning import match_at
from dashboard.vocab.hedging import HEDGE_WORDS

_WS: Final = r"[\s\u00a0]"
# A change or a share in a bracket right after a figure: "485,410 containers (up 46.8%",
# "3.5 mln t (+3%", "23,476 (59.5%" (the sign is the claim's own).
_RE_BRACKET_AFTER_FIGURE: Final = regex.compile(
    rf"[0-9](?:{_WS}++(?:\p{{Ll}}[\w.'’-]*+|\p{{Lu}}{{1,4}}+\b)){{0,3}}{_WS}*+\({_WS}*+"
    rf"(?:(?:up|down|rising|falling|an?{_WS}++(?:rise|fall|increase|decrease|drop)"
    rf"{_WS}++of){_WS}++)?\Z"
)
# A change after a figure and a comma: "the Aktau service 9,600, down 11%" (the change is
# the figure's, as in a bracket).
_RE_COMMA_AFTER_FIGURE: Final = regex.compile(
    rf"[0-9](?:{_WS}++\p{{Ll}}[\w.'’-]*+){{0,3}},{_WS}++(?:up|down)(?:{_WS}++by)?{_WS}++\Z"
)
# A figure restating the one before it: "$8.9 billion, or 28.6% of all imports".
_RE_RESTATED: Final = regex.compile(
    rf"[0-9%](?:{_WS}++\p{{Ll}}[\w.'’-]*+){{0,3}},{_WS}++or{_WS}++"
    rf"(?:{HEDGE_WORDS}{_WS}++)?\Z"
)
# Where a name opens an item: the sentence's start, after a comma, "with", "while" or "and",
# or as a partner ("Exports to China reached ...", "shipments to Iran rose ...").
_RE_ITEM_OPENS: Final = regex.compile(
    rf"(?:^|[,;:]{_WS}++|\b(?:with|while|whereas|and|to|from|which){_WS}++)"
    rf"(?:(?i:the){_WS}++)?\Z"
)
# Between an item's name and its figure: up to four words, no digit, comma or bracket
# ("received ", "accounting for ", "marine terminal handled ", "fell to ").
_RE_NAME_TO_FIGURE: Final = regex.compile(
    rf"(?:{_WS}++(?!(?:and|or|while|but)\b)\p{{Ll}}[\p{{L}}'’-]*+){{0,4}}?[\s\u00a0:–—-]*+"
    rf"(?=[$€£₸₼]|(?!(?:19|20)[0-9]{{2}}(?![0-9]))[0-9])"
)
# Between a figure and the name closing its item: its unit and a place's preposition ("443
# km through ", "$310 million to ", "19 km in ", "3.1 million tonnes of oil at ").
_RE_FIGURE_TO_NAME: Final = regex.compile(
    rf"[0-9%](?:{_WS}*+(?!(?:and|or|while|but)\b)[^\W\d][\w.'’-]*+){{0,3}}?"
    rf"(?:{_WS}++of{_WS}++\p{{Ll}}++)?{_WS}++(?:through|in|to|via|across|at|from)"
    rf"{_WS}++(?:the{_WS}++)?\Z"
)
# How a list's later item opens: after a comma, "and", "while", a word or two and a
# preposition ("and the Kulevi terminal", ", while imports from Russia", "and to Afghanistan").
_RE_NEXT_ITEM_OPENS: Final = regex.compile(
    rf"(?:[,;]|\b(?:and|while|whereas)){_WS}++(?:\p{{Ll}}++{_WS}++){{0,2}}?"
    rf"(?:(?:with|to|from|the){_WS}++)?\Z"
)
# A route's far end after its start's name: "2,000 km from Poti to the Kazakh border", "from
# Aktau in Kazakhstan to Siyazan" (a route, no item closed by its origin).
_RE_ROUTE_END: Final = regex.compile(
    rf"(?:['’]s)?(?:{_WS}++in{_WS}++\p{{Lu}}\p{{L}}*+)?[\s\u00a0,]*+to{_WS}"
)
_RE_PAIR_AND: Final = regex.compile(rf"\bbetween{_WS}++\S++{_WS}++and{_WS}++\Z")


_RE_YEAR: Final = regex.compile(r"(?:19|20)[0-9]{2}")


@dataclass(frozen=True, slots=True)
class Item:
    """An item of a list: where its name is named, the name, and whether the name opens it."""

    pos: int
    name: str
    opens: bool


def bracket_host(text: str, start: int, end: int, lo: int) -> tuple[int, int] | None:
    """The span of the figure a bracketed change or share stands after ("485,410 containers
    (up 46.8%)" for 46.8%), through the bracket's close: the change is that figure's, and
    has its entities. None when the claim opens no bracket after a figure."""
    window = text[max(lo, start - 14) : start]
    if "(" in window:
        found = _RE_BRACKET_AFTER_FIGURE.search(text, max(lo, start - 60), start)
        close = text.find(")", end, end + 40)
        if found is None or close < 0 or "(" in text[end:close]:
            return None
    elif "," in window:  # "9,600, down 11%": the figure before the comma
        found = _RE_COMMA_AFTER_FIGURE.search(text, max(lo, start - 60), start)
        if found is None:
            return None
        close = end - 1
    else:
        return None  # the common case, told without the pattern
    first = found.start()
    while first > lo and (text[first - 1].isdigit() or (text[first - 1] in ".,$€£₸₼"
                          and first - 2 >= lo and text[first - 2].isdigit())):
        first -= 1
    if _RE_YEAR.fullmatch(text, first, found.start() + 1):
        return None  # "in 2025 (up ..." : a year is no figure of the list
    return first, close + 1


def items(facts: Facts, text: str, lo: int) -> list[Item]:
    """The items of the list in text[lo:facts.hi] whose names each open or close one: none
    unless two items name different entities. Found once a window (`Facts.items_from`): the
    figures of a sentence ask alike. Not to be changed."""
    found = facts.items_from.get(lo)
    if found is None:
        found = facts.items_from[lo] = _find_items(facts, text, lo)
    return found


def _find_items(facts: Facts, text: str, lo: int) -> list[Item]:
    if len({name for pos, name in facts.entities if pos >= lo}) < 2:
        return []  # the common case: one name or none, no list of names
    found: list[Item] = []
    for pos, name in facts.entities:
        if pos < lo:
            continue
        named = match_at(RE_ENTITY, text, pos)
        if named is None:
            continue
        before = text[max(lo, pos - 40) : pos]
        opening = _RE_NEXT_ITEM_OPENS if any(item.opens for item in found) else _RE_ITEM_OPENS
        if (opening.search(text[max(lo, pos - 30) : pos])
                and not _RE_PAIR_AND.search(before)
                and match_at(_RE_NAME_TO_FIGURE, text, named.end()) is not None):
            found.append(Item(pos, name, opens=True))
        elif _RE_FIGURE_TO_NAME.search(before) and not (
                before.endswith(("from ", "from the ")) and match_at(
                    _RE_ROUTE_END, text, named.end()) is not None):
            found.append(Item(pos, name, opens=False))
    opened = _without_the_subject([item for item in found if item.opens], text)
    closed = [item for item in found if not item.opens]
    if len({item.name for item in closed}) >= 2 and len({item.name for item in opened}) < 2:
        return closed  # "443 km through Azerbaijan, 249 km through Georgia": the name before
        # is the list's subject; "Armenia sold 1.6 billion kWh to Iran": no list
    if len({item.name for item in opened}) >= 2:  # (also "Georgia received $300 million from
        # the ADB, Armenia $200 million from the World Bank": the names that open the items)
        return _with_first_closed(found, opened, text)
    return []


def _without_the_subject(opened: list[Item], text: str) -> list[Item]:
    """Items opened by their names, less the first ones a partner's preposition does not
    open when a later one does: the sentence's subject, no item ("Georgia exported goods
    worth $700 million to Russia, and to Türkiye $400 million": the exporter of both)."""
    partners = [item for item in opened if RE_PARTNER_BEFORE.search(
        text, max(0, item.pos - 12), item.pos)]
    if not partners or partners[0] is opened[0]:
        return opened
    return [item for item in opened if item.pos >= partners[0].pos]


# A partner's preposition right before a name ("exports to China", "imports from the EU").
RE_PARTNER_BEFORE: Final = regex.compile(rf"\b(?:to|from|with){_WS}++(?:the{_WS}++)?\Z")


def _with_first_closed(found: list[Item], opened: list[Item], text: str) -> list[Item]:
    """A list of items opened by their names, with a first item closed by its name before
    them, a separator between ("5.9 million tonnes came from Azerbaijan's fields, Kazakh oil
    made up 0.9 million tonnes and Turkmen oil 0.4 million tonnes")."""
    first = [item for item in found if not item.opens and item.pos < opened[0].pos
             and item.name not in {o.name for o in opened}
             and _has_separator(text[item.pos : opened[0].pos])]
    return first[-1:] + opened


# A quantity and the value it is worth: "51,500 tonnes of crude oil and related products
# worth $24 million" (the value's item is the quantity's), with no place's preposition
# between (not "$24 million to Türkiye and goods worth $59.8 million").
_RE_WORTH_VALUE: Final = regex.compile(
    rf"(?:(?!\b(?:to|through|in|via|across|from|for)\b)[^,;()0-9$€£]){{0,60}}?\bworth{_WS}++"
    rf"(?:[$€£]{_WS}*+)?[0-9][0-9.,]*+"
    rf"(?:{_WS}++(?:million|billion|mln|bln|bn|m)\b)?"
)


def own_item(listed: list[Item], facts: Facts, text: str, start: int, end: int) -> Item | None:
    """The item a figure at text[start:end] belongs to: the name closing it right after the
    figure (or after the value it is worth), else the last name opening an item before it
    with no comma, ";" or "and" between (a bracket may stand between: "accounting for
    485,410 containers (up 46.8%)")."""
    worth = match_at(_RE_WORTH_VALUE, text, end)
    if worth is not None:
        end = worth.end()
    for item in listed:
        if not item.opens and item.pos >= end:
            between = text[end:item.pos]
            if _RE_FIGURE_TO_NAME.search(text, max(start, item.pos - 40), item.pos) and not (
                    _has_separator(between) or _has_digit(between)):
                return item
            break
    for item in reversed(listed):
        if item.opens and item.pos < start:
            named = match_at(RE_ENTITY, text, item.pos)
            restated = _RE_RESTATED.search(text, max(item.pos, start - 60), start)
            upto = start if restated is None else restated.start() + 1
            between = text[named.end() if named is not None else item.pos : upto]
            return None if _has_separator(between) else item
    return None


def without_other_items(
    facts: Facts, text: str, lo: int, start: int, end: int
) -> tuple[Facts, list[str] | None]:
    """`facts` less the names where the list's other items are named, when the figure at
    text[start:end] is in a list whose items name their own entities (`items`); with the
    names the sentence gives before a list of names after their figures (its subject: "The
    TANAP pipeline stretches 1,850 km, with 19 km in Georgia and ..."), None when the
    figure is no item's (it is after the list, in a clause of its own)."""
    listed = items(facts, text, lo)
    if not listed:
        return facts, None
    own = own_item(listed, facts, text, start, end)
    others = {item.pos for item in listed if item is not own
              and (own is None or item.name != own.name)}
    if own is not None and own.opens:
        others |= _named_in_other_items(listed, own, facts, text)
    if own is None:
        lo_clause, hi_clause = facts.clause(start, end)
        if all(item.pos > start for item in listed) or any(
                lo_clause <= item.pos < hi_clause for item in listed):
            return facts, None  # a figure before the list ("The 1,768-km route runs 443 km
            # through ...") or in the clause of its items: whose it is is not told
    head = None if own is None else [] if own.opens else facts.subjects(facts.lo, listed[0].pos)
    return replace(facts, entities=tuple(e for e in facts.entities if e[0] not in others)), head


def _named_in_other_items(listed: list[Item], own: Item, facts: Facts, text: str) -> set[int]:
    """Where names stand inside a later item than `own` of a list of items opened by their
    names, with no separator between that item's name and them ("Europe 2.7 bcm through the
    Trans Adriatic Pipeline": the pipeline is Europe's item's, not Türkiye's). Not in an
    earlier item: the first item's names are often the whole list's ("China accounted for
    21.4% of Kazakhstan's trade, Russia for 18.9%")."""
    found: set[int] = set()
    item_positions = {item.pos for item in listed}
    for pos, _name in facts.entities:
        opener = next((item for item in reversed(listed) if item.pos < pos), None)
        if (opener is not None and opener.pos > own.pos and opener.name != own.name
                and pos not in item_positions
                and not _has_separator(text[opener.pos : pos])):
            found.add(pos)
    return found


def moved(claim: Located, span: tuple[int, int]) -> Draft:
    """`claim` as if it stood at `span`."""
    return Draft(span[0], span[1], claim.unit, claim.item, claim.change, claim.per,
                 claim.value)


def _has_separator(between: str) -> bool:
    depth_free = regex.sub(r"\([^()]*\)", "", between)
    return any(sep in depth_free for sep in (",", ";", " and ", " while "))


def _has_digit(between: str) -> bool:
    return any(ch.isdigit() for ch in between)
