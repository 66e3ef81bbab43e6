"""What the words just before and after a figure say of it: a hedge ("about", "more than",
"up to") or a change ("rose 63%", "15% more than").

Pure: no pandas, no dash. Every function reads a bounded window of text (`WINDOW`
characters on a side), so each call costs O(1) whatever the text.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.change_words import (
    BY_CHANGE_VERBS,
    BY_MARGIN_WORDS,
    MODAL_CHANGE_VERBS,
    PAID_WORDS,
    RE_CHANGE_AFTER,
    RE_CHANGE_AFTER_A,
    RE_CHANGE_BEFORE,
    RE_CHANGE_BY,
    RE_CHANGE_OR,
    RE_GROWTH_AT,
    RE_GROWTH_SET,
    RE_HEDGE,
)
from dashboard.claim import Approx, Change
from dashboard.numbers import fold, is_change_word, is_exceed_word
from dashboard.vocab.hedging import HEDGE_OR_ESTIMATE, HEDGE_WORDS

WINDOW: Final = 60  # characters of context read on each side of a quantity
# Characters read before a number right after "by", where the verb may stand further back:
# "ADY has cut the through tariff for containers from the Kazakh border to Georgian ports by 15%".
BY_REACH: Final = 100
# the last one; a line break before a lowercase word is a wrapped line (pasted PDFs)
RE_LAST_BREAK: Final = regex.compile(r"[.!?;]\s|\n(?![ \t\u00a0]*+[a-z%])", flags=regex.REVERSE)


# The last word of each hedge of RE_HEDGE ("close to": "to"), and for the last words that
# end other phrases too, the words that may come before them: a test that passes over most
# windows without the pattern (measured: 2.7 µs a search, 22,000 searches a MB, 4 in 5 of
# them passed over).
_HEDGE_LAST: Final = (
    "about", "around", "approximately", "approx.", "nearly", "almost", "roughly", "some",
    "circa", "ca.", "to", "estimated", "approximate", "near", "of", "over", "than", "above",
    "least", "exceed", "exceeding", "exceeded", "exceeds",
    "topped", "topping", "surpassed", "surpassing", "pass", "passed", "passes", "top", "tops",
    "beyond", "past",
    "under", "below", "most", "as", "at", "~", "≈", ">", "≥", "<", "≤", "c.", "like",
    "approaching", "nearing", "from",
)
_HEDGE_BEFORE_LAST: Final[dict[str, tuple[str, ...]]] = {
    "to": ("close", "up", "limited", "limits", "limiting", "restricts", "restricted",
           "restricting"),
    "like": ("something",),  # "something like 15 percent", a speaker's estimate
    # a price's floor: "costs from €180", "priced from $60", "starting from 900 som"
    "from": ("cost", "costs", "costing", "priced", "start", "starts", "starting"),
    "of": ("excess", "upwards", "minimum", "maximum", "short", "north", "south", "limited",
           "limits", "limiting", "restricts", "restricted", "restricting"),
    "at": ("capped", "cap", "caps"),
    "as": ("much", "many", "high"),
    "than": ("more", "higher", "greater", "larger", "less", "lower", "smaller", "fewer",
             "over", "heavier", "longer", "wider", "older"),  # "over than 60%": "more than"
}
# How many words before the last one its lead may stand: "caps new state guarantees at",
# "capped the wholesale price of diesel at", "limits freight trains to" (the cap or limit
# verb before its object, up to five words: `change_words.RE_HEDGE`); one elsewhere
# ("capped at").
_LEAD_REACH: Final[dict[str, int]] = {"at": 6, "to": 6, "of": 9}  # "limits ... to a draft of"


def find_hedge(before: str) -> regex.Match[str] | None:
    """RE_HEDGE in the last 40 characters of `before` (the hedge ends where a quantity
    starts: "about", "more than", "up to a"), tried only where a hedge's last words are."""
    window = before[-40:]
    if window.isascii():  # else a letter such as "ſ" may match "s" without case: try it
        words = window.lower().split()
        if words and words[-1] in ("a", "an"):
            words.pop()  # "close to a 40% rise"
        if not words or not words[-1].endswith(_HEDGE_LAST):
            return None
        lead = _HEDGE_BEFORE_LAST.get(words[-1])
        if lead is not None and (len(words) < 2 or not words[-2].endswith(lead)) and not any(
                w.endswith(lead) for w in words[-1 - _LEAD_REACH.get(words[-1], 1) : -2]):
            return None  # (the word right before tested first: the common case)
    return RE_HEDGE.search(window)


# An answer that opens with "By ..." right after a question: "By how much did tariffs fall?
# A: By about 35% for empty wagons and by 12% for loaded ones" (the question's verb is the
# answer's); "and by" carries it to the next figure of the answer.
_RE_ANSWER_BY: Final = regex.compile(
    r"\A\?[\s\u00a0]*+(?:(?:A|Answer)[\s\u00a0]*+[:.—–-][\s\u00a0]*+)?"
    r"(?:(?i:by)[\s\u00a0][^.!?;\n]{0,60}?[\s\u00a0](?i:and|or)[\s\u00a0]++)?(?i:by)[\s\u00a0]++"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?\Z"
)


def answer_change(text: str, start: int) -> Change | None:
    """The change of a figure that answers a question "By ...", read from the question's verb
    (the question within `BY_REACH` characters before the answer), or None."""
    mark = text.rfind("?", max(0, start - BY_REACH), start)
    if mark < 0 or not _RE_ANSWER_BY.match(text[mark:start]):
        return None
    return change_around(text[max(0, mark - BY_REACH) : mark] + " by ", "")


# A hedge written after the quantity: "200,000 tonnes or so", "3,000 wagons or more", "5% or
# above", "3 million tonnes plus"; not "or more than 10%" (a second figure follows) nor "plus
# VAT", "plus 2 mt" (an addition): "plus" only before punctuation, a rate or a time.
_RE_HEDGE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?i:or[\s\u00a0]++(?:(?P<approx>so|thereabouts)|(?P<min>more|above|higher|over)"
    r"|(?P<max>less|fewer|below|lower|under))|and[\s\u00a0]++(?P<min2>above|over|upwards))"
    r"(?![\w-])(?![\s\u00a0]*+(?i:than|of|the)\b)"
    r"|\A[\s\u00a0]++(?i:plus)(?=[\s\u00a0]*+(?:[.,;:!?)]|\Z|(?i:per|every|each|annually"
    r"|yearly|daily|in|by|this|last|since|during)\b))"
)


def hedge_after(after: str) -> Approx | None:
    """The hedge right after a quantity (`_RE_HEDGE_AFTER`), told first by its first word."""
    found = hedge_after_span(after)
    return None if found is None else found[0]


def hedge_after_span(after: str) -> tuple[Approx, int] | None:
    """The hedge right after a quantity and where it ends in `after`: "200,000 tonnes or so",
    and "40 or more vessels" between a number and the thing it counts."""
    if not after[:7].lstrip().lower().startswith(("or ", "and ", "plus")):
        return None  # the common case, told without the pattern
    found = _RE_HEDGE_AFTER.match(after)
    if found is None:
        return None
    approx = (Approx.APPROX if found.group("approx")
              else Approx.MAX if found.group("max") else Approx.MIN)
    return approx, found.end()


# A number right after one of these is what a change applies to, not the change.
_OBJECT_PREPOSITIONS: Final = frozenset({"on", "for", "across", "among"})
# A definite thing the figure sizes, a noun right after it: "the 46-kilometre road", "the
# 46-kilometre Samtredia-Grigoleti road"
_DEFINITE: Final = frozenset({"the", "its", "their"})
_RE_NOUN_NEXT: Final = regex.compile(
    r"\A[\s\u00a0]++(?!(?i:it|they|we|he|she|of|to|from|in|I)\b)[A-Za-z]")  # a name too
# ... but "on" right after a verb of change is its "by" in translated releases (Russian "на"):
# "increased on 15%", "decreased on 3.2 mln tons", "was reduced on 20 USD".
_CHANGE_ON_VERBS: Final = frozenset({
    "increased", "increase", "increases", "grew", "grow", "grown", "rose", "risen", "rise",
    "decreased", "decrease", "decreases", "reduced", "reduce", "declined", "decline", "fell",
    "fallen", "dropped", "raised", "lowered", "cut",
})


# The first words RE_CHANGE_AFTER may open with (lower case), at the start of the first word
# after a figure: a cheap test before it (measured: 11,800 matches a MB, 1 µs each, most in
# vain).
_CHANGE_AFTER_FIRST: Final = (
    "more", "higher", "up", "above", "increase", "rise", "growth", "jump", "gain", "hike",
    "surge", "larger", "bigger", "greater", "cagr", "over", "less", "lower", "down", "below",
    "decrease", "decline", "drop", "fall", "cut", "reduction", "contraction", "slowdown", "fewer",
    "smaller", "slump", "dip", "discount", "year", "y/y", "longer", "shorter", "cheaper",
    "dearer", "costlier", "heavier", "lighter", "were", "was", "have", "has", "had",
    *PAID_WORDS,  # "a 15% pay rise"
)


# Verbs of time saved right before a span ("saves 10 to 15 days") or emissions avoided.
_SAVE_VERBS: Final = frozenset({"save", "saves", "saved", "saving"})
# A discount's share before it cuts a price, as "a 30% discount on tariffs" does after it:
# "discounts of up to 30%", "a discount of 20%"; a percentage only ("a discount of $2.40 per
# barrel to Dated Brent" is a gap in money), and not a gap "to" a benchmark ("a discount of
# 5% to Brent").
_DISCOUNT_OF: Final = (["discount", "of"], ["discounts", "of"])
_REVISION_OF: Final = frozenset({"upgrade of", "upgrades of", "downgrade of", "downgrades of"})
_RE_TO_BENCHMARK: Final = regex.compile(r"\A[\s\u00a0]*+(?i:to|below|against)\b")
_RE_OF_EMISSIONS: Final = regex.compile(
    r"[\s\u00a0]++of[\s\u00a0]++(?i:co2|co₂|carbon|emissions|greenhouse|ghg)\b")

# An "extra" figure added to the total the clause then gives (not money: a month's flow to a
# year's total): "an extra 5,000 permits in 2026, bringing the quota to 40,000".
_RE_EXTRA_BEFORE: Final = regex.compile(
    r"\b(?i:an[\s\u00a0]++(?:extra|additional)|a[\s\u00a0]++further|another)[\s\u00a0]++\Z")
_RE_BRINGING_TO: Final = regex.compile(
    r"\A[^.;:!?()]{0,40}?,[\s\u00a0]++bringing[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++){1,4}?"
    rf"to[\s\u00a0]++(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?[0-9]")

# The second of a pair of percentages before the change word they share: "9% and 14% more
# than a year earlier".
_RE_PAIR_NEXT: Final = regex.compile(
    r"\A[\s\u00a0]++and[\s\u00a0]++[0-9]++(?:[.,][0-9]++)?+[\s\u00a0]*+%")
# ... and what must follow that shared cue: a comparison's base (not "19% and 12% more
# containers crossed": a level, then a change of other things).
_RE_BASE_NEXT: Final = regex.compile(
    r"[\s\u00a0]++(?i:than|year[-\s]on[-\s]year|y/y|yoy|on[\s\u00a0]++the[\s\u00a0]++year"
    r"|a[\s\u00a0]++year[\s\u00a0]++(?:earlier|ago|before)|compared|from[\s\u00a0]++a)\b")

# A figure's rate, then "than": a gap, as "$200 more than" is ("$40 per tonne less than via
# Poti"; not "$20 per tonne on lots less than 500 tonnes": a preposition, a figure after).
_RE_RATE_THEN_THAN: Final = regex.compile(
    r"\A[\s\u00a0]++(?:(?i:per|an?)[\s\u00a0]++[\w-]++(?:[\s\u00a0]++(?!(?i:on|for|of|in|at"
    r"|to|from|with|by|under|over)\b)[\w-]++){0,2}?|/[a-z]++)[\s\u00a0]++(?i:(?P<inc>more"
    r"|dearer|higher|costlier)|(?P<dec>less|cheaper|lower))[\s\u00a0]++than\b"
    r"(?![\s\u00a0]++[$€£¥]?(?!(?:19|20)[0-9]{2}\b)[0-9])")  # (a year may follow: "than 2023")
_RE_A_BEFORE: Final = regex.compile(r"(?<![\w-])(?i:an?)[\s\u00a0]++[$€£¥]?+\Z")

# "arrive five days faster than", "25% quicker": a gap in time or in speed, after the figure.
_FAST_FIRST: Final = frozenset("fqsFQS")
_RE_FASTER_AFTER: Final = regex.compile(r"\A[\s\u00a0]++(?i:faster|quicker|sooner)\b")


def _may_open_a_change(after: str) -> bool:
    """Could RE_CHANGE_AFTER match `after`? Its first word must start with one of its words;
    outside ASCII it may match ("ſ" matches "s" without case)."""
    words = after.split(None, 1)
    if not words:
        return False
    first = words[0]
    return not first.isascii() or first.lower().startswith(_CHANGE_AFTER_FIRST)


# Words between "by" and a change's size that say what kind of figure it is: "raise tariffs
# by an average 11.6%", "by a further 3%", "by an average of 5%" (RE_HEDGE takes "an
# estimated"). The last word is tested first: few windows end in one.
_BY_FILLER_LAST: Final = frozenset({"average", "further", "additional", "of"})
_RE_BY_FILLER: Final = regex.compile(
    r"(?<![\w-])by[\s\u00a0]++(?i:an?[\s\u00a0]++)?+(?i:average|further|additional)"
    r"(?:[\s\u00a0]++of)?+[\s\u00a0]*+\Z",
    flags=regex.REVERSE,  # anchored at the end: try it from the end only
)


def _growth_set(window: str) -> bool:
    """Is the figure after `window` a growth rate set "at" or "to" (`RE_GROWTH_SET`), or its
    pace ("Growth in Caucasus and Central Asia to slow to", `RE_GROWTH_AT`)?"""
    tail = window[-WINDOW:]  # most windows name no growth: told without a copy or the pattern
    return ("rowth" in tail or "ROWTH" in tail) and (RE_GROWTH_SET.search(tail) is not None
                                                     or RE_GROWTH_AT.search(tail) is not None)


def change_around(before: str, after: str, *, duration: bool = False,
                  money: bool = False, share: bool = False) -> Change | None:
    """Is the number itself a change? "rose 63%", "fell by 9.3%", "15% more than"; not money
    right after "raised" ("has raised 280 million shekels": funds found, not a rise); a
    `share` (a percentage) after "discounts of" is a cut."""
    cue = None
    if _may_open_a_change(after):  # ("a 7% tariff hike": the noun, whatever follows it)
        cue = (RE_CHANGE_AFTER_A if _RE_A_BEFORE.search(before[-12:]) else RE_CHANGE_AFTER
               ).match(after)
    if cue is None and share and after[1:4] == "and":
        pair = _RE_PAIR_NEXT.match(after)  # "9% and 14% more than": the pair's shared cue
        if pair is not None and _may_open_a_change(after[pair.end():]):
            cue = RE_CHANGE_AFTER.match(after[pair.end():])
            if cue is not None and "than" not in cue.group() and not _RE_BASE_NEXT.match(
                    after, pair.end() + cue.end()):
                cue = None
    if cue is None and after[:1].isspace() and after[1:2] in _FAST_FIRST:
        faster = _RE_FASTER_AFTER.match(after)
        if faster is not None:  # "five days faster": less time; "25% faster": more speed
            return Change.DECREASE if duration else Change.INCREASE
    if cue is None and after[:1].isspace() and after[1:2] in "pa/":
        cue = _RE_RATE_THEN_THAN.match(after)  # "$40 per tonne less than via the Black Sea"
    if cue is not None:
        return Change.INCREASE if cue.group("inc") else Change.DECREASE
    if not money and "bringing" in after and _RE_BRINGING_TO.match(after) and (
            _RE_EXTRA_BEFORE.search(before[-24:])):
        return Change.INCREASE  # "an extra 5,000 permits in 2026, bringing the quota to 40,000"
    # RE_CHANGE_OR ends in "or" and white space: most windows are told apart without it
    if before[-WINDOW:].rstrip().endswith("or"):
        restated = RE_CHANGE_OR.search(before[-WINDOW:])
        if restated is not None:  # "lost 190 points, or 0.6%"
            return Change.INCREASE if restated.group("inc") else Change.DECREASE
    before = sentence_tail(before)
    hedge = find_hedge(before)
    window = before[: len(before) - len(hedge.group(0))] if hedge else before
    words = window[-WINDOW:].split()
    if _names_the_object(words, after) or _fell_short(words, hedge):
        return None  # "cut import duties on 70 goods", "widening the 46-kilometre road"
    if (share and [w.lower() for w in words[-2:]] in _DISCOUNT_OF
            and after and not _RE_TO_BENCHMARK.match(after)):
        return Change.DECREASE  # "discounts of up to 30%": a price cut by the share (told
        # only with the text after it, which shows whether a benchmark follows)
    if share and (last := " ".join(words[-2:]).lower()) in _REVISION_OF:
        return Change.INCREASE if last.startswith("up") else Change.DECREASE  # a forecast's
        # revision: "an upgrade of 1.1 percentage points", "a downgrade of 0.5 pp"
    if words and words[-1].lower() in _SAVE_VERBS and (
            duration or _RE_OF_EMISSIONS.match(after)):
        return Change.DECREASE  # "saves 10 days", "150,000 t of CO2" ("saving the $40,000")
    if len(words) > 2 and words[-1].lower() in _BY_FILLER_LAST:
        filled = _RE_BY_FILLER.search(window[-WINDOW:])
        if filled is not None:  # "raise tariffs by an average 11.6%": the filler is no verb's
            window, words = window[: len(window) - len(filled.group(0)) + 3], [*words, "by"]
    return _change_before(window, words, duration=duration, money=money, share=share)


_FALL_FORMS: Final = frozenset({"fell", "fall", "falls", "falling", "fallen"})


def _fell_short(words: list[str], hedge: regex.Match[str] | None) -> bool:
    """"exports fell short of $2 billion": a level not reached, no fall by it."""
    return (hedge is not None and bool(words) and words[-1].lower() in _FALL_FORMS
            and fold(hedge.group(0)).split()[-2:] == ["short", "of"])


def _names_the_object(words: list[str], after: str) -> bool:
    """Does the figure name what a change is applied to ("cut import duties on 70 goods"), or
    size the thing the verb acts on ("widening the 46-kilometre road"), no change by it?"""
    last = words[-1].lower() if words else ""
    if last in _DEFINITE:  # "grew by the 1.2 mt diverted ...": the margin, named
        return _RE_NOUN_NEXT.match(after) is not None and not (
            len(words) > 1 and words[-2].lower() == "by")
    return last in _OBJECT_PREPOSITIONS and not (
        last == "on" and words[-2:-1] != [] and words[-2].lower() in _CHANGE_ON_VERBS)


# "by" and what a change's margin may be introduced with (`BY_MARGIN_WORDS`)
_BY_A_TOTAL: Final = frozenset(("by", *words) for words in BY_MARGIN_WORDS)
_BY_LAST_WORDS: Final = frozenset(words[-1] for words in BY_MARGIN_WORDS)  # a cheap test first


def _change_before(window: str, words: list[str], *, duration: bool,
                   money: bool, share: bool) -> Change | None:
    """The change a verb before the number makes of it (`window`: the sentence up to it, its
    hedge left out; `words`: the last words of the window), further back after "by"."""
    by = words[-1:] == ["by"] or (  # "cut it by a total of", "ease by another"
        bool(words) and words[-1].lower() in _BY_LAST_WORDS
        and any(tuple(w.lower() for w in words[-n:]) in _BY_A_TOTAL for n in (2, 3, 4)))
    if by:
        words = window[-BY_REACH:].split()[-18:]
    if not any(map(is_change_word, words if by else words[-6:])) and not (by and (
            any(map(is_exceed_word, words))
            or not (MODAL_CHANGE_VERBS | BY_CHANGE_VERBS).isdisjoint(map(str.lower, words)))) and (
            words[-2:-1] != ["rate"]):  # "grown at a compound annual rate of 18%": the verb
        # further back. No verb of change among the last words: skip the costly pattern
        return Change.INCREASE if not (money or duration) and words[-1:] in (
            ["at"], ["to"]) and _growth_set(window) else None
    cue = RE_CHANGE_BEFORE.search(window[-WINDOW:])
    if cue is None and "growth" in window[-WINDOW:].lower():
        if RE_GROWTH_AT.search(window[-WINDOW:]):
            return Change.INCREASE  # "GDP growth seen at 6%": the growth itself, not a level
        if not (money or duration) and RE_GROWTH_SET.search(window[-WINDOW:]):
            return Change.INCREASE  # "puts Georgia's growth in October at 7.5%"
    if cue is None and by:  # "cut transit time from China by 7-8 days"
        cue = RE_CHANGE_BY.search(window[-BY_REACH:])
        if cue is None or fold(cue.group()).split()[0] in ("up", "down"):
            return None
        return Change.INCREASE if cue.group("inc") else Change.DECREASE
    if cue is None:
        return None
    return _verb_change(cue, duration=duration, money=money, share=share)


# What a schedule holds: its slip is a delay of it ("completion slipped by eight months"), not
# a time cut ("transit time slipped by 2 days").
SCHEDULED_EVENTS: Final = ("delivery", "completion", "commissioning", "launch", "opening",
                           "handover", "start-up", "deadline")


# What a crane or a freighter "can lift" is a load ("could lift exports by 5%" has a gap).
# A passive "was lifted" is a rise of its subject ("production was lifted 40,000 bpd").
_RE_PASSIVE_BEFORE: Final = regex.compile(r"\b(?i:was|were|been|be|is|are|being)[\s\u00a0]+\Z")
_RE_ABLE_BEFORE: Final = regex.compile(r"\b(?i:can|cannot|could|able[\s\u00a0]+to)[\s\u00a0]+\Z")


# What may stand between "up" and its change: "by", and the words that weigh it without
# hedging it ("imports up only 3.2%", "up just 1%").
_UP_GAPS: Final = frozenset({"", "by", "only", "just", "only by", "just by", "by only",
                             "by just"})


def _verb_change(cue: regex.Match[str], *, duration: bool, money: bool,
                 share: bool) -> Change | None:
    """The change a match of `RE_CHANGE_BEFORE` names, unless its gap to the number says the
    number is no change: "up" not right before it, money "raised", a span of time."""
    gap = cue.group("gap").strip()
    if cue.group("inc") and fold(cue.group("inc")) == "up" and fold(gap) not in _UP_GAPS:
        return None  # "up" is a change only right before the number: "up 14%", "up by 0.6
        # billion dollars", "up only 3.2%"
    if money and not gap and cue.group("inc") and fold(cue.group("inc")).startswith("rais"):
        return None
    if not gap and fold(cue.group()).startswith("lift") and _RE_ABLE_BEFORE.search(
            cue.string, max(0, cue.start() - 12), cue.start()):
        return None  # "a Boeing 777F can lift up to 102 tonnes": a load it carries, no change
    if not (gap or share or money) and fold(cue.group()).startswith("lift") and not (
            _RE_PASSIVE_BEFORE.search(cue.string, max(0, cue.start() - 8), cue.start())):
        return None  # "cranes at Aktau lifted 180,000 TEU": boxes moved, no rise ("profit
        # lifted 12%", "lifted exports by 5%", "output was lifted 40,000 bpd" are rises)
    if duration and cue.group("gap").strip() not in ("", "by") and not (
            cue.group("gap").rstrip().endswith(" by")):
        return None  # "the biggest increase in 18 months": a span, not a change of it ("cut
        # transit time by 7-8 days" is one)
    if duration and fold(cue.group()).startswith("slip") and any(
            word in cue.string[: cue.start()].lower() for word in SCHEDULED_EVENTS):
        return None  # "Delivery of the tanker slipped by eight months": a delay, no change
    if duration and cue.group("inc") and fold(cue.group("inc")).startswith("improv"):
        return Change.DECREASE  # "turnaround improved by 0.4 days": a time improved is shorter
    return Change.INCREASE if cue.group("inc") else Change.DECREASE


def sentence_tail(before: str) -> str:
    # RE_LAST_BREAK needs one of these characters: a third of the windows have none
    # (measured: 12,700 searches a MB, 1.2 µs each; the test costs a tenth of that)
    if not ("." in before or "\n" in before or ";" in before or "!" in before or "?" in before):
        return before
    cut = RE_LAST_BREAK.search(before)
    return before[cut.end() :] if cut else before


# "12 more ships than in July", "300 fewer trucks than a year ago": a count that is a change.
_RE_MORE_FEWER_THAN: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:(?P<inc>more|additional)|(?P<dec>fewer|less))[\s\u00a0]"
    r"(?P<noun>[^.;!?]{1,40}?)[\s\u00a0]+than\b"
)


# "ASCO expects to add two more vessels", "the line lost 3 fewer wagons": "more" and "fewer"
# between a count and its noun make it a difference even with nothing compared after it
# ("additional" and "less" only with "than": "1,000 additional jobs" are jobs counted).
_RE_MORE_FEWER: Final = regex.compile(
    r"\A[\s\u00a0]++(?i:(?P<inc>more)|(?P<dec>fewer))[\s\u00a0]++[A-Za-z]"
)


def comparative_count(after: str) -> Change | None:
    """The change a count names with "more/fewer ... than" around its noun, or "more" or
    "fewer" before it."""
    head = after[:12].lower()
    if "more" not in head and "fewer" not in head and "less" not in head and (
            "additional" not in head):
        return None  # the common case, told without the patterns
    found = _RE_MORE_FEWER_THAN.match(after) or _RE_MORE_FEWER.match(after)
    if found is None:
        return None
    return Change.INCREASE if found.group("inc") else Change.DECREASE


# Words between a verb and its figure that leave the figure the verb's: "handled only 0.5
# million tonnes of cargo" is the port's throughput as "handled 0.5 million tonnes" is.
_RE_NEXT_TO_GAP: Final = regex.compile(
    rf"\A\s++(?i:{HEDGE_OR_ESTIMATE}\s++)?+\Z"
)


def next_to_figure(start: int, distance: int, text: str) -> bool:
    """Is a cue `distance` characters before the figure at `start` next to it (one space, or
    a hedge between: `_RE_NEXT_TO_GAP`)?"""
    return distance <= 1 or (distance < 24 and _RE_NEXT_TO_GAP.match(
        text[start - distance : start]) is not None)  # `\A` holds at 0 only, not at `pos`
