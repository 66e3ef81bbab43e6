"""The verbs in the past tense that report a figure, kept as data.

"exports rose 12%", "the port handled 5.3 mt", "but containers reached 56,000 TEU": many of
the parser's context patterns ask whether such a verb stands before a figure (or between a
forecast's cue and it), which makes the figure a thing that happened, not one still to come.
They all take the verbs from here, so that one list says which words those are; a pattern
that needs more ("surged", "came to", "stood at", "was", "which") adds its own after it. The
common irregular past forms ("sold", "took", "ran") are here too, for the patterns that find
any verb in the past by its ending "-ed" and these.
"""

from __future__ import annotations

from typing import Final

# A change told in the past: "rose 12%", "fell to 3 mt", "declined by a fifth".
PAST_CHANGES: Final[tuple[str, ...]] = (
    "rose", "grew", "fell", "increased", "decreased", "climbed", "jumped", "dropped",
    "declined",
)
# An outcome told in the past: what was handled, carried, reached or recorded.
PAST_OUTCOMES: Final[tuple[str, ...]] = (
    "handled", "carried", "moved", "shipped", "transported", "reached", "totalled", "totaled",
    "recorded", "exported", "imported", "processed", "loaded", "posted", "delivered",
    "produced",
)

# The common verbs whose past tense does not end in "-ed" (a pattern finds those by their
# ending): "and the crossing sold 3 mt", "but ran only 4,300", "as oil prices fell".
PAST_IRREGULAR: Final[tuple[str, ...]] = (
    "rose", "fell", "grew", "came", "went", "made", "saw", "took", "sent", "got", "brought",
    "kept", "held", "paid", "sold", "bought", "stood", "ran", "hit", "cut",
)


def _alternation(words: tuple[str, ...]) -> str:
    """One alternation of `words` (case as the pattern around it says), longest first."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# One alternation of the changes: "(?i:\b{PAST_CHANGE_WORDS}\b)".
PAST_CHANGE_WORDS: Final = _alternation(PAST_CHANGES)
# The participles of the changes whose past tense is irregular: "have risen", "has grown".
PERFECT_CHANGE_WORDS: Final = _alternation(("risen", "grown", "fallen", "shrunk"))
# One alternation of the verbs that do not end in "-ed".
PAST_IRREGULAR_WORDS: Final = _alternation(PAST_IRREGULAR)
# One alternation of the outcomes and the changes: a verb that reports the figure after it.
PAST_REPORT_WORDS: Final = _alternation(PAST_OUTCOMES + PAST_CHANGES)
# A verb that makes a clause of its own: an auxiliary, a common irregular past or any "-ed"
# word not told as a participle by the preposition after it ("fixed for", "registered in"):
# "Daily sailings were halted after a gale", "Trains rose to 12 as the tariff rose".
FINITE_VERB: Final = (
    r"(?:(?i:is|are|was|were|has|have|had|will|would|could|can|may|might|should|did|does|"
    + PAST_IRREGULAR_WORDS[3:-1] + r")\b|(?i:[a-z]{2,}ed)\b(?![\s\u00a0]++(?i:for|by|from|via"
    r"|under|between|with|in|at|on)\b))")


# Past participles that open an aside set off by commas: what was done to the noun before the
# comma ("The railway, built in 2011, carries ...": `timing` keeps the aside's time to it;
# `kinds`: money in such an aside was spent, whatever the sentence plans).
ASIDE_PARTICIPLES: Final[tuple[str, ...]] = (
    "built", "commissioned", "opened", "launched", "founded", "established", "completed",
    "inaugurated", "signed", "selected", "modernised", "modernized", "upgraded", "expanded",
    "renovated", "reconstructed", "rebuilt", "constructed", "acquired", "privatised",
    "privatized", "created", "financed", "bought", "installed",
    # "Its 9 tankers, purchased in 2017, carry oil": what was done to a fleet
    "purchased", "leased", "chartered", "refurbished", "overhauled",
)
# ... and the words that open an aside of what a thing does now ("Paper declarations, still
# used for 11,700 consignments, will be phased out by 2027": today's figure), an activity
# verb after them, not a plan's (", now expected to handle ...", ", now targeting 10 mt",
# ", still hoping to export 2 mt", ", currently forecasting inflation of 8%").
PRESENT_ASIDE: Final = (
    r"(?:still|now|currently)\s++(?=(?:carrying|handling|used|serving|operating|employing"
    r"|running|moving|processing|shipping|producing|generating|supplying|averaging|worth"
    r"|valued|at)\b)")
