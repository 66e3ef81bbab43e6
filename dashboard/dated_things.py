"""Times that date a thing the sentence names, not its figures: a year qualifying the noun
after it ("a 2022 instruction", "Under the 1992 Almaty agreement") and the date a deal was
signed or a milestone is set for ("under a deal signed in 2023", "completion targeted for
end-2026"). Read by `timing`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from dashboard.claim import Located
from dashboard.patterns_around import RE_PART_OF_IT
from dashboard.periods import Time
from dashboard.scanning import match_at, may_contain
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import PAST_CHANGE_WORDS, PAST_IRREGULAR_WORDS

# "2026 spending", "a 2022 instruction": a year that qualifies the noun after it; not one
# a comparison follows ("$1.1 bln in 2024 against $0.9 bln a year earlier") nor "in July
# alone".
# Not a noun that is itself a time: "5 mt in the 2025/26 season, compared with 3.4 mt in
# the previous season" dates the 5 mt, not the figure after it.
_TIME_NOUNS: Final = (
    "season", "seasons", "marketing year", "crop year", "fiscal year", "financial year",
    "harvest", "campaign", "navigation",
    # "in the January-August period, 2.3 times ...": the time's own noun, no thing it dates
    "period",
)
# "under a deal signed in 2023", "the agreement concluded in May 2024": when the deal was made.
# "completion targeted for end-2026", "set for the end of 2026": the milestone's end of a year
_END: Final = r"(?:end-|end\s+of\s+(?:the\s+)?)?"
_RE_DEAL_DATED: Final = regex.compile(
    r"(?i:\b(?:(?:deal|agreement|contract|memorandum|treaty|accord|roadmap)s?\s+(?:was\s+)?"
    r"(?:signed|concluded|ratified|reached|struck)\s+(?:back\s+)?"
    # "under a deal signed in Astana in September", "a deal signed last month": the place it
    # was signed at, or a time of its own with no preposition
    r"(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?)?(?:(?:in|on)\s+)?"
    # "after wage increases agreed with the dockers' union in March": when the pay rise was
    # agreed (its party named or not), not the time of the costs it drove
    r"|(?:deal|agreement|contract|increase|rise|hike|raise)s?\s+(?:was\s+|were\s+)?agreed\s+"
    r"(?:with\s+(?:[\w'’-]+\s+){1,4}?)?(?:in|on)\s+"
    # "under a swap deal extended to 2030", "paid 4 cents under a contract running to 2030":
    # the deal's term, not the flows' or the price's year
    r"|(?:deal|agreement|contract|memorandum|treaty|accord)s?\s+(?:was\s+)?"
    r"(?:extended|prolonged|renewed|running|valid|lasting|(?:that|which)\s+runs|in\s+force)"
    r"\s+(?:to|until|till|through)\s+"
    # "signed a framework agreement in July 2025": the verb before its object
    r"|(?:signed|concluded|struck)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|contract|memorandum|treaty|accord|roadmap)s?\s+(?:in|on)\s+"
    # "62.5% finished, with commissioning set for the fourth quarter of 2026": a milestone's date
    r"|(?:commissioning|completion|opening|launch|handover|inauguration)\s+(?:is\s+|was\s+)?"
    r"(?:now\s+)?(?:set|scheduled|planned|expected|due|slated|targeted)\s+"
    rf"(?:(?:for|in|on|by)\s+)?(?:the\s+)?{_END}|(?:due|set|scheduled|slated)\s+for\s+"
    rf"(?:completion|commissioning|opening|launch)\s+(?:(?:in|on)\s+)?(?:the\s+)?{_END}))\Z",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
# One of these is in every match of `_RE_DEAL_DATED`: a cheap test before it (measured with
# REVERSE, on the 3,900 times a MB it is asked about: 8.3 -> 3.3 ms; none of them matched).
_DEAL_DATED_VERBS: Final = ("signed", "concluded", "ratified", "reached", "struck", "agreed",
                            "extended", "prolonged", "renewed", "running", "valid",
                            "lasting", "runs", "force", "set",
                            "scheduled", "planned", "expected", "due", "slated", "targeted")
# ... and so is one of these nouns ("accord" in "according" too: a test that may pass in vain;
# measured: 520 searches a MB passed the verbs, 24 µs each, none matched; with the deal verbs
# and the pay nouns added since, some 150 a MB on the bench documents).
_DEAL_DATED_NOUNS: Final = ("deal", "agreement", "contract", "memorandum", "treaty", "accord",
                            "roadmap", "commissioning", "completion", "opening", "launch",
                            "handover", "inauguration", "increase", "rise", "hike", "raise")
# "Deals signed in Tashkent in May totalled $12 billion", "The agreements signed this year
# cover 15 mt": deals in the plural that are the subject of the figure's own verb, their time
# the figure's (unlike "under a deal signed in May, ...", which only dates the deal)
_RE_PLURAL_DEALS: Final = regex.compile(
    r"(?i:(?:(?:deal|agreement|contract|treatie|accord|roadmap)s|memoranda)\b)")
_RE_FIGURE_VERB_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:alone[\s\u00a0]++)?(?i:total(?:led|ed|s)?|amount(?:ed|s)?|c[ao]me"
    r"|were|are|cover(?:ed|s)?|reach(?:ed|es)?|exceed(?:ed|s)?|add(?:ed)?|account(?:ed|s)?"
    r"|involv(?:ed|es?)|envisag(?:ed|es?)|provide[sd]?|guarantee[sd]?)\b"
)
# "The contract valid until 2027 guarantees 2 mt a year": a deal's term, then its commitment
# (the deal the subject): the term is the committed figure's time, a plan to 2027.
_RE_TERM_END: Final = regex.compile(r"(?i:\b(?:to|until|till|through)[\s\u00a0]++)\Z")
_RE_COMMITS_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:guarantee[sd]?|provides?[\s\u00a0]++for|envisages?|foresees?|commits?"
    r"|obliges?|secures?|will|shall)\b")
# "forecast at 17 mt, below last year's 18.9 mt", "above 2023's record of $4.2 billion": a
# time in the possessive before a figure (a level's noun maybe between) is that figure's.
_RE_POSSESSIVE_OF_NEXT: Final = regex.compile(
    r"['\u2019]s[\s\u00a0]++(?:(?i:all-time|record|peak|high|low|level|total|volume|figure"
    r"|tally|average|result|outturn|mark|value)[\s\u00a0]++){0,2}(?:of[\s\u00a0]++)?"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?\Z"
)
RE_ATTRIBUTIVE: Final = regex.compile(
    r"\A[\s\u00a0]+(?!(?:and|or|to|in|on|at|for|from|with|by|of|as|than|when|while|but|"
    r"after|before|through|until|compared|versus|against|vs|up|down|alone|"
    # "buy 14 locomotives in 2026 under a project worth ...": prepositions and conjunctions
    # open a new phrase; no noun that the year could date follows them
    r"under|within|during|via|amid|despite|including|because|thanks|due|once|if|unless|"
    r"according|citing|"  # "tripled in 2024 according to Yerevan": the source, no noun
    # "grew 6.2% in 2025 rather than the 12.1% first reported": an alternative set against the
    # figure, no noun the year dates
    r"rather|instead|unlike|whereas|although|though|"
    # "2.1 million TEU in 2026 rising to 3.5 million": a verb of change goes on to the next
    # figure; it is no noun the year dates (as in "2026 spending")
    r"rising|falling|growing|climbing|increasing|decreasing|declining|dropping|reaching|then|"
    # "needed 38-53 days in 2022 now takes 18-23 days": an adverb, no noun the year dates
    r"now|today|currently|nowadays|typically|usually|normally|still|already|also|"
    + "|".join(w.replace(" ", r"\s+") for w in _TIME_NOUNS) + r")\b)[a-z]"
)
# "2023: $1.9 bn, 2024: $1.3 bn", as a chart's labels are written out: a time and a colon
# before the next figure label that one, not the figure before it.
_RE_LABELS_NEXT: Final = regex.compile(r"\A:[ \t]*+[$\u20ac\u00a3]?[+\-\u2212]?[0-9]")


def dates_the_next(text: str, end: int, next_start: int) -> bool:
    """Is the time ending at `end` the figure's at `next_start`, not the one's before it: an
    attributive ("bringing 2026 spending to ..."), a chart's label ("2024: $1.3 bn") or a
    possessive ("below last year's 18.9 mt")?"""
    if (RE_ATTRIBUTIVE.match(text[end : end + 20]) is not None
            or _RE_LABELS_NEXT.match(text[end : end + 4]) is not None):
        return True
    return (text.startswith(("'s", "\u2019s"), end) and next_start - end <= 40
            and _RE_POSSESSIVE_OF_NEXT.match(text, end, next_start) is not None)


# "Under the 1992 Almaty agreement, ... 22 km3 a year": a year naming a treaty or a law dates
# it, not the figures it governs (unlike "the 2024 harvest", "the 2025 budget", and "the 2026
# budget law", whose figures are the budget year's).
_RE_NAMES_A_DEAL: Final = regex.compile(
    r"\A[\s\u00a0]++(?:(?!(?i:budget)\b)[\w-]++[\s\u00a0]++){0,2}?(?i:deal|agreement|treaty"
    r"|accord|protocol|memorandum|convention|decree|law)s?\b"
)

# "Shipments halved after Astana raised its recycling fee ... in January": a time in a clause
# opened by "after", with its own subject and verb in the past, dates that clause's event, not
# the figure it explains (no figure in it: "fell 20% after rising 30% in 2022" dates the 30%;
# not a verb still to come: "will raise the speed to 100 km/h after the modernisation is
# completed in 2026" is when the new speed holds; the clause ends at "and" or a second verb
# of change: "after Kazakhstan introduced quotas exports fell by a third in March", not one in a
# relative clause ("capped fees that rose in 2024"), and at an "and" after its verb only when a
# subject and a verb in the past follow ("after prices dropped and demand recovered in 2025";
# not "raised duties on wheat and barley in January", "after Ashgabat and Baku settled");
# "day after day", "one after another" open none, but "a year after the plant opened" does)
_WORD: Final = r"[^\W\d][\w'’-]*+[\s\u00a0]++"
_PAST: Final = rf"(?:[a-z]{{2,}}ed|{PAST_IRREGULAR_WORDS})"
_RE_AFTER_CLAUSE: Final = regex.compile(
    r"(?i:\bafter[\s\u00a0]++(?!(?:day|week|month|year|time|another)\b)"
    rf"(?:(?!(?:is|are|be|been|will|has|have)\b){_WORD}){{1,3}}?{_PAST}[\s\u00a0]++"
    rf"(?:(?:that|which|who)[\s\u00a0]++{PAST_CHANGE_WORDS}[\s\u00a0]++"
    rf"|(?!(?:and[\s\u00a0]++(?:{_WORD}){{1,3}}?{_PAST}|{PAST_CHANGE_WORDS})\b){_WORD}){{0,8}}?"
    r"(?:in|on)[\s\u00a0]++)\Z"
)


def _dates_an_after_clause(t: Time, text: str) -> bool:
    window = text[max(0, t.start - 90) : t.start]
    return "after" in window.lower() and _RE_AFTER_CLAUSE.search(window) is not None


def dates_a_thing(t: Time, text: str) -> bool:
    """ "Under a July 2022 understanding", "a 2022 instruction", "under a deal signed in
    2023": a time that dates an agreement or an order, not the figures of the sentence."""
    before = text[max(0, t.start - 5) : t.start].lower()
    # the whole word before the time, not its tail ("in Asia last year" has no article "a")
    word = before.split()[-1] if before[-1:].isspace() and not before.isspace() else ""
    if word == "the" and _RE_NAMES_A_DEAL.match(text[t.end : t.end + 40]) is not None:
        return True  # "Under the 1992 Almaty agreement"
    return (word in ("a", "an")
            and RE_ATTRIBUTIVE.match(text[t.end : t.end + 20]) is not None
            ) or ((m := _deal_dated(t, text)) is not None
                  and not _deals_are_the_subject(m.start(), t, text)
                  ) or _dates_an_after_clause(t, text)


def _deal_dated(t: Time, text: str) -> regex.Match[str] | None:
    """A deal signed or reached at the time `t`, in the 50 characters before it
    (`_RE_DEAL_DATED`), looked for only where its verb and its noun stand (most times have no
    deal before them)."""
    window = text[max(0, t.start - 50) : t.start]
    if not (may_contain(window, _DEAL_DATED_VERBS) and may_contain(window, _DEAL_DATED_NOUNS)):
        return None
    return _RE_DEAL_DATED.search(text, max(0, t.start - 50), t.start)


def _deals_are_the_subject(start: int, t: Time, text: str) -> bool:
    """ "Deals signed in May totalled $12 billion": plural deals (from `start`) with the time
    `t` of their signing and the figure's verb right after it; or a deal's term with its verb
    of commitment right after it ("The contract valid until 2027 guarantees 2 mt a year")."""
    if _RE_TERM_END.search(text, start, t.start) is not None:
        return match_at(_RE_COMMITS_AFTER, text, t.end) is not None  # "valid until 2027
        # guarantees": the term of what it commits to
    return match_at(_RE_PLURAL_DEALS, text, start) is not None and (
        match_at(_RE_FIGURE_VERB_AFTER, text, t.end) is not None)


# A clause of its own between two figures: "..., but only $1 billion has been invested".
_RE_OWN_CLAUSE: Final = regex.compile(
    r",[\s\u00a0]*+(?i:but|while|whereas|although|though|yet)\b|;"
    r"|\b(?i:has|have|had|is|are|was|were|will|would)\b")


def released_by_deals(t: Time, text: str) -> bool:
    """Whether `t` is the time of plural deals that are its figure's subject ("Deals signed
    in 2023 were worth $5 billion"): it dates that verb's figure only."""
    m = _deal_dated(t, text)
    return m is not None and _deals_are_the_subject(m.start(), t, text)


def deals_time_reach(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """A time the plural deals' own verb released (`released_by_deals`) dates that verb's
    figure only, not one in a later clause with its own verb: "Deals signed in 2023 were worth
    $5 billion, but only $1 billion has been invested so far" ($1 billion has no 2023); a part
    of those deals keeps it ("..., while $3 billion of them were with Chinese firms")."""
    for k in range(1, len(group)):
        t = chosen[k]
        if t is not None and chosen[k - 1] is not None and t.end <= group[k - 1].start and (
                _RE_OWN_CLAUSE.search(text, group[k - 1].end, group[k].start) is not None
                and match_at(RE_PART_OF_IT, text, group[k].end) is None
                and released_by_deals(t, text)):
            chosen[k] = None
