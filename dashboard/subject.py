"""Whom a claim is about: its entities, from the claim's clause, its sentence, the
sentences before it or the headline (vocabulary in `vocab/entities.py`).

Pure: no pandas, no dash. What it measures is read by `measures`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from dashboard.claim import Located
from dashboard.facts import RE_ENTITY, Facts
from dashboard.its_owner import with_its_owner
from dashboard.layout import first_row, is_headline, is_list_item
from dashboard.list_items import RE_PARTNER_BEFORE, bracket_host, moved, without_other_items
from dashboard.route_anaphora import route_meant, with_route
from dashboard.scanning import CLAUSE_TIMEOUT, match_at
from dashboard.share_wholes import parts_after, share_whole
from dashboard.trade_parties import (
    home_only,
    partner_after,
    with_trade_home,
    without_ends,
)
from dashboard.vocab.calendar import MONTH_NAMES
from dashboard.vocab.entities import COUNTRIES, REGIONS
from dashboard.vocab.hedging import HEDGED

if TYPE_CHECKING:
    from dashboard.context import SentenceIndex

_RE_IN_THE: Final = regex.compile(r"(?i:\bin(?:\s+the)?\s+)\Z")
_RE_THE_REGION: Final = regex.compile(r"(?i:\bthe\s+region\b)")
_RE_PLACE_TO_PLACE: Final = regex.compile(
    r"\bfrom\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+to\s+[A-Z]"
)


def entities_of(
    claim: Located,
    facts: Facts,
    clause: tuple[int, int],
    index: SentenceIndex,
    i: int,
    metric: str | None,
    headline: list[str],
) -> tuple[str, ...]:
    """Entities of the claim's clause (`facts.clause` of the claim), else of its sentence
    before that clause, else of the paragraph's earlier sentences, else of its sentence's
    later clauses ("Container traffic surged 176% to 56,500 TEU, and 33 times as many trains
    came in from China": the traffic of the seaports named before, not China's), else the
    headline (`headline`: what the start of the text names); a trade figure naming one
    country gains the country the story is about."""
    lo, hi = clause
    host = bracket_host(index.text, claim.start, claim.end, facts.lo)
    if host is not None:  # "485,410 containers (up 46.8%)": the change is the figure's
        claim = moved(claim, host)
    meant = route_meant(claim, facts, clause, index, i)
    if meant is not None:  # "the corridor now offers 12 days": the route named before
        route, own = meant  # "the 1,768-km route runs 443 km through ...": not its parts'
        return tuple(dict.fromkeys([route, *([] if own else facts.subjects(lo, hi))]))
    whole = share_whole(claim, facts, index.text)
    if whole is not None and (whole or i > 0):  # "made up 60% of the 1.5 mt carried": the
        return tuple(whole or _named_before(index, i, headline))  # whole's, not the part's
    found = _named_around(facts, clause, index, i, _relative_after(claim, facts, index.text))
    if its_part := parts_after(claim, facts, index.text):  # "27.5 mt, 78.9% of it via BTC"
        found = [e for e in found if e not in its_part] or [
            e for e in (_named_before(index, i, headline) if i > 0 else []) if e not in its_part]
    found = without_ends(found, facts, index.text, clause, metric)  # after a ";"
    found = with_its_owner(claim, facts, clause, index, i, found)  # "its Kazakh portfolio"
    parts = (_parts_start(index.text, facts.lo, facts.hi)  # where a total's parts start
             if len(found) > 1 or len(facts.entities) > 1 else -1)
    at = parts if len(found) > 1 else -1
    named_to = at if claim.end <= at else None  # a total's: its home country named up to
    found, part = _total_or_part(claim, facts, index, i, headline, found, at)
    if part is not None:
        return part
    if len(facts.entities) > 1 and claim.end > parts:
        # a figure of a list whose items name their own: not the others' (a sentence naming
        # one entity or none has no such list, told without looking)
        facts, found = _in_own_item(claim, facts, clause, index, i, headline, parts, found)
    if not found and metric == "route length" and _RE_PLACE_TO_PLACE.search(
            index.text, facts.lo, facts.hi, timeout=CLAUSE_TIMEOUT):
        return ()  # "the trip from Kashgar to Osh covers 280 km": a route of its own
    if not found and i > 0:  # the first sentence's names are `headline`, read already
        found = _named_before(index, i, headline)
    elif i == 0:
        headline = []  # the headline's own figures name their own
    # "Kazakhstan's trade with the region"
    if _may_name_the_region(index) and _RE_THE_REGION.search(index.text, lo, hi):
        regions = [e for e in facts.subjects() if e in REGIONS]
        if regions:
            return tuple(dict.fromkeys(found + regions[:1]))
    named = tuple(home_only(facts, clause, _with_parties(
        claim, facts, index.text, lo, found, metric, headline, named_to), headline, metric))
    return with_route(facts, clause, index, i, named, metric)  # "trains heading to Europe"


def _total_or_part(
    claim: Located, facts: Facts, index: SentenceIndex, i: int, headline: list[str],
    found: list[str], at: int,
) -> tuple[list[str], tuple[str, ...] | None]:
    """A sentence of a total and its parts starting at `at` (-1: none; "Trade with China hit
    $94.8 bln, of which Kazakhstan accounted for $43.8 bln"): the total's names (not its
    parts'; else what the text before names), or a part's entities."""
    if at < 0:
        return found, None
    if claim.end <= at:
        return (facts.subjects(facts.lo, at) or (
            _named_before(index, i, headline) if i > 0 else []) or found), None
    return found, _part_of_the_total(claim, facts, index.text, at)


def _in_own_item(
    claim: Located, facts: Facts, clause: tuple[int, int], index: SentenceIndex, i: int,
    headline: list[str], parts: int, found: list[str],
) -> tuple[Facts, list[str]]:
    """The facts less the names of the other items of a list the claim is an item of, and
    what they leave it (`list_items.without_other_items`); a figure after the list in a
    clause of its own and naming nothing else takes what the text before names ("..., and it
    was designed for 50 mt": the route before). As they were when there is no such list."""
    listed, head = without_other_items(facts, index.text, max(parts, facts.lo), claim.start,
                                       claim.end)
    if listed is facts:
        return facts, found
    own = list(dict.fromkeys((head or []) + _named_around(
        listed, clause, index, i, _relative_after(claim, listed, index.text))))
    if not own and i > 0:
        own = _named_before(index, i, headline)
    if own and (head is not None or not listed.subjects(listed.lo, listed.hi)):
        return listed, own
    return facts, found


def _named_around(facts: Facts, clause: tuple[int, int], index: SentenceIndex,
                  i: int, aside: tuple[int, int] | None) -> list[str]:
    """What the claim's clause names, else its sentence before that clause, else the
    paragraph's earlier sentences, else its sentence's later clauses; in a headline, a
    clause naming only a region takes the headline's subject too. Never what a relative
    clause after the claim names (`aside`, `_relative_after`)."""
    lo, hi = clause
    found = _subjects_outside(facts, lo, hi, aside) or facts.subjects(facts.lo, lo)
    if not found and (i == 0 or index.paragraph_of[i - 1] != index.paragraph_of[i]
                      or not (found := _named_before(index, i, []))):
        # only clauses after the claim's name anything; not a contrast's "while ...", whose
        # names are its own subject ("Brent was up 1.4% at $64, while Russia's exports fell")
        contrast = _RE_CONTRAST.search(index.text, hi, facts.hi, timeout=CLAUSE_TIMEOUT)
        found = _subjects_outside(
            facts, facts.lo, facts.hi if contrast is None else contrast.start(), aside)
        if contrast is not None and (said := _RE_SAID_AFTER.search(
                index.text, contrast.end(), facts.hi, timeout=CLAUSE_TIMEOUT)) is not None:
            found += facts.subjects(said.start(), facts.hi)  # the sentence's closing source
    if i == 0 and all(e in REGIONS for e in found) and is_headline(index):
        found = list(dict.fromkeys(facts.subjects() + found))  # "Turkmenbashi seaport gains
        # traffic; Caspian hub designed for 17-18 mt": a clause naming only a region goes on
        # about the headline's subject ("Kuryk port expects 2.2 mt; Aktau capacity tops 11
        # million" keeps each port to its clause)
    return found


# A contrast's clause after the figure's, a subject of its own: ", while ...", "whereas".
# Not the noun: "the best in a while", "for a short while".
_RE_CONTRAST: Final = regex.compile(
    r"(?<=[\s,])(?<!\b(?:a|little|short|long|good)[\s\u00a0]++)wh(?:ile|ereas)[\s\u00a0]")
# A contrast ends at a closing source of the whole sentence: "..., while imports fell 3%,
# Kazakhstan's statistics bureau reported" / ", according to the Kazakh Grain Union".
_RE_SAID_AFTER: Final = regex.compile(
    r",[\s\u00a0]++(?:according[\s\u00a0]++to\b|[^,;:]{1,60}?\b(?:said|says|reported|reports|"
    r"told|announced|noted|stated|added|wrote)\b)(?=[^,;:]*+\Z|[^,;:]*+[.;:])")
# A relative or temporal clause after a figure: ", when the hub built with AD Ports Group
# reaches its design capacity", ", where ...", ", which ...", ", whose ..."; or a comment on
# it: ", a sign of third-country interest in the Middle Corridor", ", reflecting ...".
_RE_RELATIVE: Final = regex.compile(
    r",[\s\u00a0]++(?:(?P<when>when|where|an?[\s\u00a0]++(?:sign|signal|indication|"
    r"reflection|testament)[\s\u00a0]++(?:of|that)|signall?ing|reflecting|underscoring|"
    r"underlining|highlighting)|which|whose)[\s\u00a0]")
_COMMENT_STARTS: Final = (", wh", ", a ", ", an ", ", si", ", re", ", un", ", hi")
# A route's ends in a clause on the route without a comma: "100 documents ... and the routes
# through their territory that now tie Southeast Asia to Europe" (the places it links).
_RE_THAT_LINKS: Final = regex.compile(
    r"(?<=\w)[\s\u00a0]++that[\s\u00a0]++(?:now[\s\u00a0]++|also[\s\u00a0]++|already[\s\u00a0]++)?"
    r"(?:tie|link|connect|join)s?[\s\u00a0]")
# What _RE_RELATIVE needs, one of its words
_RELATIVE_WORDS: Final = ("when", "where", "which", "whose", "sign", "indication", "reflect",
                          "testament", "underscoring", "underlining", "highlighting")
# What a "which" may stand for, the figure itself, right before the comma: nothing, a year, a
# time's noun ("5 mt in 2024, which was a record for Aktau": the figure's own subject).
_RE_FIGURE_ANTECEDENT: Final = regex.compile(
    r"(?:[0-9%)]|\b(?i:years?|months?|quarters?|half|weeks?|days?|period|season|"
    + "|".join(MONTH_NAMES) + r")\b)\s*\Z"
)


def _relative_after(claim: Located, facts: Facts, text: str) -> tuple[int, int] | None:
    """The span of the first relative clause opening after the claim in its sentence, up to
    the next clause break: it tells about a time, a place or a thing named before it ("12
    million tonnes by 2028, when the container hub built with AD Ports Group reaches its
    design capacity"), and lends its names to no figure before it. None when there is none,
    or when a "which" stands for the figure (`_RE_FIGURE_ANTECEDENT`)."""
    rest = text[claim.end : facts.hi]
    if " that " in rest and (linking := _RE_THAT_LINKS.search(
            text, claim.end, facts.hi, timeout=CLAUSE_TIMEOUT)) is not None:
        end = facts.break_after(linking.start())
        tied = facts.subjects(linking.start(), end)
        if tied and all(e in REGIONS for e in tied):
            return linking.start(), end  # regions it ties; a country, port or route stays
    if not any(start in rest for start in _COMMENT_STARTS) or not any(
            word in rest for word in _RELATIVE_WORDS):
        return None  # the common case, told without the pattern; ", while", ", who": no
        # relative word (measured: 860 searches a MB in vain, 10 µs each under the timeout)
    found = _RE_RELATIVE.search(text, claim.end, facts.hi, timeout=CLAUSE_TIMEOUT)
    if found is None or (found["when"] is None and (
            not text[claim.end : found.start()].strip() or _RE_FIGURE_ANTECEDENT.search(
                text, claim.end, found.start(), timeout=CLAUSE_TIMEOUT))):
        return None
    return found.start(), facts.break_after(found.start())


def _subjects_outside(facts: Facts, lo: int, hi: int,
                      aside: tuple[int, int] | None) -> list[str]:
    """`facts.subjects(lo, hi)` less those named in `aside`."""
    if aside is None or aside[1] <= lo or hi <= aside[0]:
        return facts.subjects(lo, hi)
    return facts.subjects(lo, max(lo, aside[0])) + facts.subjects(min(hi, aside[1]), hi)


def _with_parties(
    claim: Located, facts: Facts, text: str, lo: int, found: list[str], metric: str | None,
    headline: list[str], named_to: int | None,
) -> tuple[str, ...]:
    """`found`, with the parties of a trade figure: each listed share's partner, the home
    country of a figure naming one country (in its clause, from `lo`, no total trade), the
    partner named after the figure."""
    countries = [e for e in found if e in COUNTRIES]
    if len(countries) >= 2:  # "its most important partner in the South Caucasus": context
        found = _without_context_regions(found, facts, text)
    listed = _listed_before(claim, facts, text)
    if listed is not None:  # "fell on China (19.1%), Russia (17.7%)": each share its partner
        first = _first_bracketed(facts, text)  # the subject is named before the list
        own = [name for pos, name in facts.entities if pos < first and name in COUNTRIES]
        return tuple(dict.fromkeys([*own[:1], listed]))
    found = with_trade_home(claim, facts, text, lo, found, headline, named_to, metric)
    partner = partner_after(claim, facts, text)
    return tuple(dict.fromkeys(found + partner if partner else found))


def _named_before(index: SentenceIndex, i: int, headline: list[str]) -> list[str]:
    """What the sentences before sentence `i` in its paragraph name, else the headline: a
    table row or a list item names what the text before the table or list does, never what
    the rows or items around it name ("Key figures / - Imports: $455.7 mln": the list goes on
    about the text before)."""
    j = first = first_row(index, i)
    item = is_list_item(index, i)
    found: list[str] = []
    while not found and j > 0 and first - j < (8 if item else 4) and (
            item or index.paragraph_of[j - 1] == index.paragraph_of[i]):
        j -= 1
        found = index.subjects(j)
    if sum(e in COUNTRIES for e in found) >= 2 and any(e in REGIONS for e in found):
        # "... its most important partner in the South Caucasus. Trade so far is up 40%"
        found = _without_context_regions(found, index.facts(j, *index.span(j)), index.text)
    if len(found) > 1 and j < i and match_at(_RE_OVERALL, index.text, index.span(i)[0]):
        # "Azerbaijan delivered 11.8 bcm to Europe. Overall, the country's gas exports were up
        # 5.3%": the whole is the exporter's, not the partner's before
        partners = {name for pos, name in index.facts(j, *index.span(j)).entities
                    if RE_PARTNER_BEFORE.search(index.text, max(0, pos - 12), pos)}
        found = [e for e in found if e not in partners] or found
    return found or headline


# A sentence about a whole ("Overall, ...", "In total, ...").
_RE_OVERALL: Final = regex.compile(r"(?i:overall|in[\s\u00a0]+(?:total|all)|altogether),")


def _without_context_regions(found: list[str], facts: Facts, text: str) -> list[str]:
    """The names less the regions said "in the ..." ("its most important partner in the
    South Caucasus"): the setting of a pair of countries, not a third party."""
    context_regions = {
        name for pos, name in facts.entities
        if name in REGIONS and _RE_IN_THE.search(text, max(0, pos - 8), pos)
    }
    return [e for e in found if e not in context_regions]


# Where a total's parts start: "..., of which China accounted for", "...: Italy took 45.7%",
# "..., with Uzbekistan taking 3.5 million tonnes" (a name after the colon or "with").
_RE_PARTS_START: Final = regex.compile(
    r"[ \u00a0]of[ \u00a0]which[ \u00a0]|(?:,[ \u00a0]++with|:)[ \u00a0]++(?=\p{Lu})"
    # a ranking's runners-up: "China ... with $12.4 billion, followed by Russia with $10.1
    # billion and Kazakhstan with $4.6 billion" (peers of the first, not its parts)
    r"|,[ \u00a0]++followed[ \u00a0]++by[ \u00a0]++(?:the[ \u00a0]++)?(?=\p{Lu})"
)
_FOLLOWED: Final = ", followed by"


def _parts_start(text: str, lo: int, hi: int) -> int:
    """Where the parts of a total named in text[lo:hi] start, else -1: also after the comma
    of a sentence opening "Of the <total> ..., <parts>"."""
    if text.startswith("Of ", lo):  # "Of the 1.2 million trucks that crossed ..., 640,000"
        comma = text.find(", ", lo, hi)
        return comma if comma >= 0 and any(ch.isdigit() for ch in text[lo:comma]) else -1
    if text.find(":", lo, hi) < 0 and text.find(" of which ", lo, hi) < 0 and text.find(
            ", with", lo, hi) < 0 and text.find(_FOLLOWED, lo, hi) < 0:
        return -1  # the common case, told without the pattern
    found = _RE_PARTS_START.search(text, lo, hi, timeout=CLAUSE_TIMEOUT)
    return -1 if found is None else found.start()


def _may_name_the_region(index: SentenceIndex) -> bool:
    """A cheap test before `_RE_THE_REGION` (measured: 11,000 searches a MB, 0.9 µs each): is
    "region" a run of word characters of the text (`Words.runs`; None: it may hide one)?"""
    runs = index.words.runs if index.words is not None else None
    return runs is None or "region" in runs


def _part_of_the_total(
    claim: Located, facts: Facts, text: str, at: int
) -> tuple[str, ...] | None:
    """The entities of a part in an "of which" list: the name just before it, with the
    first country before "of which" ("Trade with China hit $94.8 bln, of which Kazakhstan
    accounted for $43.8 bln, Kyrgyzstan $22.7 bln": $22.7 bln is Kyrgyzstan's with China),
    else the name it came from or went to right after it ("of which $4.9 billion came from
    China and $3.8 billion from Russia"). None when its item names neither."""
    before = next(((pos, name) for pos, name in reversed(facts.entities)
                   if at <= pos < claim.start), None)
    named = match_at(RE_ENTITY, text, before[0]) if before is not None else None
    after = next(((pos, name) for pos, name in facts.entities if claim.end <= pos), None)
    if before is not None and named is not None and _RE_ITEM_GAP.match(
            text, named.end(), claim.start):
        own = before
    elif after is not None and _RE_NAMED_AFTER.fullmatch(text, claim.end, after[0]):
        own = after
    else:
        return None  # "23,476 used the Baku-Turkmenbashi line and 15,955 ...": no name
    owns = (*_clause_subject(own, claim, facts, text, at), *_joined_before(own, facts, text, at),
            own[1])
    head = [e for e in facts.subjects(facts.lo, at) if e in COUNTRIES and e not in owns]
    if text.startswith(_FOLLOWED, at):  # a runner-up is no part of the leader's trade, but
        # shares its home: "China ranked first among Kazakhstan's partners ..., followed by
        # Russia with 18.4%" is Russia's with Kazakhstan
        head = head[1:]
    return (*owns, *head[:1])


_RE_AND_JOIN: Final = regex.compile(r"[\s\u00a0]++and[\s\u00a0]++")


def _clause_subject(own: tuple[int, str], claim: Located, facts: Facts, text: str,
                    at: int) -> tuple[str, ...]:
    """After a colon, the names before a part's own name with no figure between them and
    it: a clause of its own, not an item ("Prices rose: Kazakhstan charged Kyrgyzstan 28
    tenge", "Trade grew: Kazakhstan exported 5 mt to Kyrgyzstan"; not "...: Italy 45.7%,
    Spain 20%", a figure between Italy and Spain's)."""
    if not text.startswith(":", at):
        return ()
    return tuple(dict.fromkeys(
        name for pos, name in facts.entities
        if at < pos < own[0] and name != own[1]
        and not any(ch.isdigit() for ch in text[pos : claim.start])))


def _joined_before(own: tuple[int, str], facts: Facts, text: str, at: int) -> tuple[str, ...]:
    """The name joined by "and" to a part's own name before it: "shipments to Iran and
    Azerbaijan 9%" is a part of both."""
    prev = next(((pos, name) for pos, name in reversed(facts.entities)
                 if at <= pos < own[0]), None)
    named = match_at(RE_ENTITY, text, prev[0]) if prev is not None else None
    if prev is None or named is None or not _RE_AND_JOIN.fullmatch(text, named.end(), own[0]):
        return ()
    return (prev[1],)


# Between a part's name and its figure: "Kazakhstan accounted for $43.8 bln", "Kyrgyzstan
# $22.7 bln", "Uzbekistan with $13.8 bln", "Tajikistan – $1.2 bln", "and Batumi for 3.2
# million" (the verb said once, for the first part).
_RE_ITEM_GAP: Final = regex.compile(
    r"(?:[\s\u00a0]+(?:accounted[\s\u00a0]+for|accounting[\s\u00a0]+for|made[\s\u00a0]+up|"
    r"making[\s\u00a0]+up|with|at|for|took|taking|received|reached|totall?ed))?[\s\u00a0:–—-]*\Z"
)


# Between a part's figure and its name after it: "$4.9 billion came from China", "$3.8
# billion from Russia", "12.9 bcm went to Europe", "640,000 used Nur Zholy".
_RE_NAMED_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]*+\([^()]{0,40}\))?"  # "23,476 (59.5%) used the ..."
    r"[\s\u00a0]++(?:(?:(?:came|went|was|were|headed|shipped|sent)[\s\u00a0]++)?(?:from|to)"
    r"|used|crossed[\s\u00a0]++(?:at|via)|(?=the[\s\u00a0]))[\s\u00a0]*+(?:the[\s\u00a0]++)?"
    r"(?:\p{Lu}[\w'’]++-)?"  # "the Baku-Turkmenbashi-Baku line": the far end; the verb said
    # once ("and 15,955 the Baku-Kurik-Baku line")
)


def _listed_before(claim: Located, facts: Facts, text: str) -> str | None:
    """The entity named right before the bracket the figure stands in ("China (19.1%)",
    "Afghanistan (about 1 million tonnes)")."""
    if "(" not in text[max(0, claim.start - 16) : claim.start] or not _RE_BRACKET_OPENS.search(
            text, max(0, claim.start - 16), claim.start):
        return None
    for pos, name in reversed(facts.entities):
        if pos < claim.start:
            between = text[pos : claim.start]
            if ("(" in between and between.count(" ") <= 4 and ")" not in between
                    and not any(ch.isdigit() for ch in between)):
                return name  # the name itself stands before the bracket
            return None
    return None


def _first_bracketed(facts: Facts, text: str) -> int:
    """Where the first entity followed by a bracketed figure is named ("Uzbekistan (3.2
    million tonnes)", "Afghanistan (about 1 million tonnes)"): the list starts there; its
    subject is named before it. The sentence's end when there is none."""
    for pos, _ in facts.entities:
        named = match_at(RE_ENTITY, text, pos)
        if named is not None and match_at(_RE_BRACKETED_FIGURE, text, named.end()):
            return pos
    return facts.hi


# "(19.1%", "(about 1 million", "($5 bn": a figure opens the bracket.
_RE_BRACKETED_FIGURE: Final = regex.compile(rf"\s*\(\s*{HEDGED}[0-9$€£₸₼]")
_RE_BRACKET_OPENS: Final = regex.compile(rf"\(\s*{HEDGED}\Z")
