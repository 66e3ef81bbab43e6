"""Multiples and fractions: multiplier words ("doubled", "fivefold", "twice"), a times sign
or phrase ("grew 2.5x", "×2", "by a factor of 3", "2.5 times less"), a ratio's level ("net
debt to EBITDA of 2.1x") and fractions in words, in per cent ("a third" is 33.33, "one in
five" 20), and the shares of a whole they name ("a third of the cargo": `read_share`).

Pure: no pandas, no dash. Called by `quantity` on each matched number.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Change
from dashboard.hedges import WINDOW, change_around, find_hedge, sentence_tail
from dashboard.numbers import fold, is_exceed_word, tidy
from dashboard.patterns import COMPARISON_TAGS
from dashboard.raw import Raw, fraction_of_a_level, read_hedge
from dashboard.scanning import alternation, last_sentence_end, match_at
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import MULTIPLIER_WORDS

_FRACTION_WORDS: Final[dict[str, float]] = {
    "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0, "fourth": 25.0,
    "fourths": 25.0, "fifth": 20.0, "tenth": 10.0, "half": 50.0,
}
_IN_N: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, **{str(n): n for n in range(1, 11)},
}


def fraction_in_words(words: str) -> float:
    """ "a third" -> 33.33, "two-thirds" -> 66.67, "two in five" -> 40.0: in per cent."""
    parts = fold(words).replace("-", " ").split()
    if parts[-1] in _IN_N:  # "one in three", "two out of five", "1 in 4"
        return tidy(100 * _IN_N.get(parts[0], 1) / _IN_N[parts[-1]])
    times = {"two": 2, "three": 3}.get(parts[0], 1)
    return tidy(_FRACTION_WORDS[parts[-1]] * times)


# "grew 2.5x", "×2.5", "by a factor of 3": a multiplier written with a sign or a phrase.
_RE_TIMES_SIGN_AFTER: Final = regex.compile(r"[x×](?![\w])")
_RE_SCIENTIFIC: Final = regex.compile(r"[x×·][\s\u00a0]?10")
_RE_FACTOR_OF_BEFORE: Final = regex.compile(
    r"(?i:\bby[\s\u00a0]+a[\s\u00a0]+factor[\s\u00a0]+of[\s\u00a0]+)\Z"
)

# "a reduction coefficient of 0.7", "a coefficient of 0.5 to the base tariff": what a tariff
# is multiplied by, a multiple of the base rate; not "a Gini coefficient of 0.35".
_RE_COEFFICIENT_BEFORE: Final = regex.compile(
    r"(?i:\b(?P<what>[a-z]+)[-\s\u00a0]+)?(?i:coefficients?)(?:[\s\u00a0]+of)?[\s\u00a0]+\Z"
)
_COEFFICIENT_KINDS: Final = frozenset({
    "reduction", "reducing", "lowering", "discount", "discounting", "increasing", "raising",
    "tariff", "correction", "correcting", "adjustment", "seasonal", "multiplying",
})
# A rate the coefficient may apply to, named within its sentence when no kind is.
_RE_TARIFF_NEAR: Final = regex.compile(r"(?i:\b(?:tariffs?|rates?|fares?|dues|fees?)\b)")
_COEFFICIENT_REACH: Final = 60
_COEFFICIENT_LEADS: Final = frozenset({"", "a", "the", "of", "with", "at", "applies", "apply",
                                       "applied", "using", "uses", "use"})
_RE_CLAUSE_END: Final = regex.compile(r"[.;!?\n]")


def _is_tariff_coefficient(raw: Raw, text: str, before: str) -> bool:
    """ "coefficient of 0.5" before the figure, with a tariff's kind ("reduction") or a rate
    named near it in its sentence ("... to the base tariff")."""
    found = _RE_COEFFICIENT_BEFORE.search(before[-48:])
    if found is None:
        return False
    what = (found["what"] or "").lower()
    if what in _COEFFICIENT_KINDS:
        return True
    if what not in _COEFFICIENT_LEADS:
        return False  # "a Gini coefficient of 0.35", "a correlation coefficient of 0.8"
    after = text[raw.end : raw.end + _COEFFICIENT_REACH]
    clause_end = _RE_CLAUSE_END.search(after)
    window = (sentence_tail(before[-_COEFFICIENT_REACH:]) + " "
              + (after[: clause_end.start()] if clause_end else after))
    return _RE_TARIFF_NEAR.search(window) is not None


# What says that "x1.8" is a multiple: a comparison after it ("x1.8 compared with 10M24").
_RE_X_COMPARED_AFTER: Final = regex.compile(
    rf"\A[\s\u00a0]+(?i:compared|against|vs\.?|versus|{COMPARISON_TAGS}|from|over)\b"
)


def _is_x_multiple(raw: Raw, text: str, before: str) -> bool:
    """ "x1.8" is a multiple after a verb of change ("grew x2") or before a comparison ("x1.8
    compared with a year earlier"); not a model name ("a Galaxy x10 costs $500")."""
    return (_RE_X_COMPARED_AFTER.match(text[raw.end : raw.end + 24]) is not None
            or change_around(before[:-1], "") is not None)


def read_times_sign(raw: Raw, text: str, before: str) -> bool:
    """Make `raw` a multiplier when a times sign or "by a factor of" says so; never in
    scientific notation ("1.99×10−30", "2.48×10−5")."""
    if match_at(_RE_SCIENTIFIC, text, raw.end) or (before.endswith("×") and raw.value == 10):
        return False
    if match_at(_RE_TIMES_SIGN_AFTER, text, raw.end):
        raw.end += 1
    elif before.endswith((" x", "(x")) or before == "x":
        if not _is_x_multiple(raw, text, before):
            return False
    elif "oefficient" in before and _is_tariff_coefficient(raw, text, before):
        raw.unit = "x"  # "a coefficient of 0.5 to the base tariff": the rate halved (the
        return True  # direction is settled by `read_times_change`)
    elif not (before.endswith("×")
              or ("factor" in before and _RE_FACTOR_OF_BEFORE.search(before))):
        return False
    raw.unit = "x"
    down = change_around(before, "") is Change.DECREASE
    raw.change = Change.DECREASE if down else Change.INCREASE
    return True


# A multiple that is a ratio's level, not a change: "net debt to EBITDA ratio of 2.1x",
# "leverage stood at 3.8x"; not "EBITDA rose 2x", a change of the amount itself.
_RATIO_WORDS: Final = ("ratio", "leverage", "coverage", "multiple",
                        # "Net debt/EBITDA of 1.4x", "a debt-to-EBITDA of 2.1x": one over another
                        "/ebitda", "to-ebitda", "to ebitda", "/equity", "to-equity")


def names_a_ratio(before: str) -> bool:
    """Whether the sentence before a "3.8x" names a ratio it is the level of."""
    tail = sentence_tail(before).lower()
    return any(word in tail for word in _RATIO_WORDS)


# "the ratio stood at 3.4 times", "leverage of 2.9 times": "times" set as a named ratio's
# level by a verb of state or a preposition (not "the ratio rose 1.5 times": a multiple).
_RE_LEVEL_LEAD: Final = regex.compile(
    r"(?i:\b(?:stood|stands|remained|remains|was|is|of|at)[\s\u00a0]+"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]+)?\Z)")


# Multiplier words ("doubled", "fivefold", "twice"; `vocab.units.MULTIPLIER_WORDS`): "double"
# and its kin are verbs only after a modal ("to double", "will triple", "could halve", "could
# even triple": one adverb between), or with
# a hedge and "the" ("almost double the 2023 level"); else adjectives ("double-digit", "a
# triple win").
_BASE_MULTIPLIERS: Final = frozenset({"double", "triple", "quadruple", "halve"})
_RE_MODAL_BEFORE: Final = regex.compile(
    r"(?i:\b(?:to|will|would|could|can|may|might|should|shall|must)[\s\u00a0]+"
    r"(?:(?:even|easily|probably|likely|possibly|eventually|also|still|soon)[\s\u00a0]+)?\Z)",
    flags=regex.REVERSE,
)
_RE_THE_AFTER: Final = regex.compile(r"\A[\s\u00a0]+(?:the|its|that|what)\b")
# "twice as much", "twice as loud as", "twice the volume", "twice what it fetched", "twice its
# 2019 level"; not "scored twice as United won".
_RE_TWICE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?:(?i:as)[\s\u00a0]+(?:(?i:much|many)|[a-z]+[\s\u00a0]+(?i:as))"
    r"|(?i:the|that|more|higher|larger|what|its|their))\b"
)
# "three times a week": how often, no multiple (not "3.9 times a year earlier", a base's
# time).
_RE_TIMES_FREQUENCY: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:a|an|per|each|every)[\s\u00a0]+(?i:second|minute|hour|day|week|month|year)\b"
    r"(?![\s\u00a0]+(?i:earlier|ago|before|previously)\b)"
)
# "fell to 3.4 times EBITDA from 3.9 times", "from 2.6 times to 2.1 times": a ratio moving
# from one multiple to another, two levels of it, neither a multiple of anything.
_RE_TIMES_TO_FROM_BEFORE: Final = regex.compile(
    r"(?i:\b(?:to|from)[\s\u00a0]+(?:[$€£¥₸]|US\$)?\Z)"
)
_RE_OTHER_TIMES_END: Final = regex.compile(
    r"(?i:\b(?:to|from)[\s\u00a0]+[0-9][0-9.,]*[\s\u00a0]*(?:times\b|x(?!\w)))"
)


# Where the clause after a figure ends (not at a decimal point).
_RE_CLAUSE_STOP: Final = regex.compile(r"[;!?\n]|\.(?![0-9])")


def _times_to_from(before: str, lead: str, after: str) -> bool:
    """Is a "to"/"from" multiple (`lead` the text right before it, `before` the sentence's)
    one end of a ratio's move between two multiples?"""
    if _RE_TIMES_TO_FROM_BEFORE.search(lead[-12:]) is None:
        return False
    tail = sentence_tail(before[-WINDOW:])
    stop = _RE_CLAUSE_STOP.search(after, 0, WINDOW)
    ahead = after[: stop.start() if stop else WINDOW]
    return (_RE_OTHER_TIMES_END.search(tail) is not None
            or _RE_OTHER_TIMES_END.search(ahead) is not None)


# "has tapped the market five times since 2019": how often so far, no multiple, unless a verb
# of change stands before ("exports grew five times since 2019" is one)
_RE_TIMES_SO_FAR_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:since|so[\s\u00a0]+far|to[\s\u00a0]+date"
    r"|(?:in|over)[\s\u00a0]+the[\s\u00a0]+(?:past|last)[\s\u00a0]+(?:[0-9]+|few|two|three|"
    r"four|five|ten)?[\s\u00a0]*(?:years?|decades?|months?)|this[\s\u00a0]+year)\b"
)
_RE_MULTIPLIED_BEFORE: Final = regex.compile(r"(?i:\bmultipl(?:ied|ies|y)[\s\u00a0]+\Z)")
# "debt equal to 3.1 times EBITDA", "trades at 6 times earnings": a ratio's level set against
# a base amount the company reports, no change of anything.
_RE_TIMES_A_BASE_AFTER: Final = regex.compile(
    # "trades at 7.5 times forward earnings": next year's, as analysts price a share
    # "1.1 times annualised EBITDA", "2.4 times LTM EBITDA": a half year's set to a year's
    # "9.5 times 2026 earnings", "8 times FY2027E EBITDA": a year's, as a broker's note writes
    r"\A[\s\u00a0]+(?:(?i:its|annual|adjusted|forward|trailing|expected|estimated|annuali[sz]ed"
    r"|LTM|last[\s\u00a0-]twelve[\s\u00a0-]months['’]?|12-month)[\s\u00a0]+)?"
    r"(?:(?:FY)?+20[0-9]{2}+(?:[eEfF]\b)?+[\s\u00a0]+)?"
    r"(?:EBITDA|(?i:ebitda|earnings|equity|book[\s\u00a0]+value)\b"
    # "orders topped $2 billion, four times the offer": a book's cover of what was on offer
    r"|(?i:the[\s\u00a0]+(?:offer|offering|issue[\s\u00a0]+size|amount[\s\u00a0]+"
    r"(?:offered|on[\s\u00a0]+offer))\b))"
)


def is_ratio_base(text: str, start: int) -> bool:
    """Is the cue at `start` the base a multiple is set against ("net debt of 58.9 billion,
    or 1.1 times annualised EBITDA, compared with 49.3 billion": no measure of what follows)?"""
    at = text.rfind("times", max(0, start - 30), start)
    if at < 0 or not text[max(0, at - 8) : at].rstrip()[-1:].isdigit():
        return False  # the common case: no "<number> times" right before
    found = _RE_TIMES_A_BASE_AFTER.match(text[at + 5 : start + 40])
    return found is not None and at + 5 + found.end() > start


# "oversubscribed 3.2 times", "the book was covered 1.8 times": demand set against the
# amount on offer (a cover ratio's level), no growth of anything.
_RE_COVER_BEFORE: Final = regex.compile(
    r"(?i:\b(?:over-?subscribed|subscribed|covered)[\s\u00a0]+(?:by[\s\u00a0]+)?"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]+)?\Z)",
    flags=regex.REVERSE,
)
# What makes "<number> times" a multiple when no verb of change stands before it: a
# comparison or its base after it ("3 times higher", "twice as much", "3 times the 2020
# level", "3 times those of 2020", "a 3 times increase"); without one, "postponed three
# times", "called at Aktau 12 times in June" say how often something happened.
_RE_TIMES_COMPARED_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]*+(?:(?i:as|the|its|their|his|her|our|that|those|what|this|these|more|less"
    r"|fewer|over|above|below|up|down|than|compared|against|from|y/y|year-on-year"
    r"|increase[sd]?|rise|growth|jump|decline|drop|fall|reduction|expansion)\b"
    r"|(?i:[a-z]+er)\b"
    # "4 times Russia's", "3 times Alyat's annual volume": a base named by its owner
    r"|[\w-]++['’]s\b"
    # "1.2 times last year's number", not "640 times last year"
    r"|(?i:(?:last|previous|prior)[\s\u00a0]+[a-z]+['’]s|pre-))"
)
# "2.5 times less", "2.5 times lower": a multiple down.
_RE_X_DOWN_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]*(?i:less|lower|smaller|fewer|shorter|cheaper|down|below)\b"
)


# "doubling the Aktau–Beineu railway", "doubled the line": a second track laid along a line,
# no multiple (but "doubling the railway's capacity" is one).
_RE_LINE_DOUBLED_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?:of[\s\u00a0]++)?(?:the|a|this|that)[\s\u00a0]++"
    r"(?:[A-Z][\w–-]*+[\s\u00a0]++){0,4}+(?i:railway|railroad|rail[\s\u00a0]+line|line|track|"
    r"section|stretch)(?![\w'’-])"
)


# "The doubling appears only if one starts from 2022", "this tripling was driven by": a
# multiple already said, pointed back at by its article; not "the doubling of capacity",
# "a doubling in traffic" (a multiple of what follows), nor "the tripling to 3 million TEU",
# "this doubling from 12 flights" (a multiple to or from a level of its own; but "this
# doubling by 2030" is the one said before, dated).
_RE_POINTED_BACK_BEFORE: Final = regex.compile(
    r"(?i:\b(?:the|this|that|such)[\s\u00a0]++\Z)", flags=regex.REVERSE)
_RE_OF_WHAT_AFTER: Final = regex.compile(r"\A[\s\u00a0]++(?i:of|in)\b")
_RE_OWN_LEVEL_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]++(?i:to|from|by)[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?(?:[$€£¥₸₽]|(?!(?:19|20)[0-9]{{2}}(?![0-9]))[0-9])")
# ... unless a multiple of the same factor stands in its sentence or the one before ("plans to
# double throughput to 2 million TEU. The doubling to 2 million TEU will need ...").
_RE_MULTIPLIER_WORD: Final = regex.compile(
    rf"(?i:\b(?:{alternation(MULTIPLIER_WORDS)})\b)")


def _said_before(text: str, start: int, value: float) -> bool:
    """Does a multiplier word worth `value` stand before `start` in its sentence or the one
    before?"""
    lo = max(0, start - 400)
    end = last_sentence_end(text, lo, start)
    if end >= 0:
        end = last_sentence_end(text, lo, end)
    return any(MULTIPLIER_WORDS[m.group().lower()] == value
               for m in _RE_MULTIPLIER_WORD.finditer(text, max(lo, end + 1), start))


def read_multiplier_word(word: str, start: int, end: int, text: str) -> Raw | None:
    """A multiplier word (`word`, case-folded, at text[start:end]) as a change, or None."""
    before = text[max(0, start - WINDOW) : start]
    after = text[end : end + WINDOW]
    if word.startswith("doubl") and _RE_LINE_DOUBLED_AFTER.match(after):
        return None  # "work on doubling the Aktau–Beineu railway": a second track
    if (word.endswith("ing") and _RE_POINTED_BACK_BEFORE.search(before)
            and not _RE_OF_WHAT_AFTER.match(after)
            and (not _RE_OWN_LEVEL_AFTER.match(after)
                 or _said_before(text, start, MULTIPLIER_WORDS[word]))):
        return None  # "The doubling appears only if ...": the one said before
    hedge = find_hedge(before) if word in _BASE_MULTIPLIERS else None
    bare = before[: len(before) - len(hedge.group())] if hedge else before  # "to more than"
    if (word in _BASE_MULTIPLIERS and not _RE_MODAL_BEFORE.search(bare)
            and not ((hedge or bare.rstrip().endswith(",")) and _RE_THE_AFTER.match(after))):
        return None  # "double-digit", "a triple win": adjectives, not changes; "almost double
        # the 2023 level" is one
    if word in ("twice", "thrice") and not _RE_TWICE_AFTER.match(after):
        return None  # "twice a week"
    value = float(MULTIPLIER_WORDS[word])
    change = Change.DECREASE if value < 1 else Change.INCREASE
    if value > 1 and change_around(before, after) is Change.DECREASE:
        change = Change.DECREASE  # "fell threefold", "decreased by 1.5 times": new = old / 3
    raw = Raw(start, end, value, unit="x", change=change)
    read_hedge(raw, before)  # "more than fivefold"
    return raw


# The words before "<number> times" that make it a multiple even with no comparison after it
# ("a ratio of at least 1.3 times", "the book was 3 times", "(+1.3 times)").
_MULTIPLE_LEADS: Final = frozenset(
    ("of", "at", "by", "to", "is", "was", "were", "are", "be", "been", "being", "became",
     "become", "remains", "remained", "stood", "reached", "ratio"))


# The verbs of an event that happens again and again, before "<number> times": how often it
# happened ("postponed the tender three times", "called at Aktau 12 times", "crossed the
# Caspian 640 times"); any other verb ("swelled 2.3 times", "ballooned 2.7 times") may be one
# of change the parser does not know, so its multiple stays.
_RE_EVENT_VERB: Final = regex.compile(
    r"(?i:\b(?:postpon|delay|reschedul|call|visit|attempt|inspect|cross|sail|amend|revis"
    r"|extend|suspend|halt|stopp|clos|tapp|default|attack|breach|violat|repeat|travel|rotat|orbit"
    r"|unload|load|host|vote|appeal|sanction|summon|warn|reject|refus|cancel|depart|arriv"
    r"|return)(?:e|es|ed|s|ing|d)?\b"
    r"|\b(?:tried|tries|try|met|meet|meets|stop|stops|tap|taps|struck|strikes?|flew|flown"
    r"|fl(?:y|ies)|held|holds?|won|wins?|shut|shuts|ran|runs?|applied|appl(?:y|ies)"
    r"|spins?|spun)\b)")


# "1.2 times annualised EBITDA, compared with 1.4 times at the end of 2025": the second is the
# same ratio's earlier level, its base left unsaid; no multiple of anything.
# "compared with a median of 11.2 times for its peers": the peers' level of the same ratio
_RE_AGAINST_LEAD: Final = regex.compile(
    r"(?i:\b(?:compared[\s\u00a0]+(?:with|to)|against|versus|vs\.?)[\s\u00a0]+"
    r"(?:an?[\s\u00a0]+(?:median|average|mean)[\s\u00a0]+of[\s\u00a0]+)?\Z)")
_RE_TIMES_IN: Final = regex.compile(r"[0-9][\s\u00a0]*+(?:times\b|x(?!\w))")


def _set_against_a_ratio(before: str, lead: str) -> bool:
    """Is a multiple set against (`lead` the text right before it) a ratio's level named
    earlier in its sentence ("N times EBITDA" in `before`, `_RE_TIMES_A_BASE_AFTER`)?"""
    if _RE_AGAINST_LEAD.search(lead[-44:]) is None:
        return False
    tail = sentence_tail(before)  # (the window the caller read: `WINDOW` characters)
    return any(_RE_TIMES_A_BASE_AFTER.match(tail[m.end() :]) is not None
               for m in _RE_TIMES_IN.finditer(tail))


def _says_how_often(raw: Raw, text: str, lead: str, after: str) -> bool:
    """Does "<number> times" say how often something happened ("postponed the tender three
    times", "called at Aktau 12 times in June"): a verb of a repeated event before it
    (`_RE_EVENT_VERB`), no verb of change (the caller's test) and no comparison after it
    ("3 times higher", "3 times the 2020 level")?"""
    if text[raw.end - 5 : raw.end].lower() != "times" or _RE_TIMES_COMPARED_AFTER.match(after):
        return False
    tail = sentence_tail(lead)
    hedge = find_hedge(tail)
    words = (tail[: len(tail) - len(hedge.group())] if hedge else tail).split()[-6:]
    if not words or not words[-1].isalpha() or words[-1].lower() in _MULTIPLE_LEADS:
        return False  # "(+1.3 times)", "a ratio of at least 1.3 times"
    return _RE_EVENT_VERB.search(" ".join(words)) is not None and not any(
        map(is_exceed_word, words))


def read_times_change(raw: Raw, text: str, before: str, after: str, lead: str) -> bool:
    """Settle a multiple's direction ("2.5 times less", "fell 2.5 times": down; `lead` is the
    text before the number) or, for a ratio's level ("ratio eased to 2.9x"), no change; False
    when the "times" says how often ("three times a week"): no multiple at all."""
    if _RE_TIMES_FREQUENCY.match(after):
        return False
    if "oefficient" in lead[-24:]:  # "a coefficient of 0.8": below one cuts, above one raises
        raw.change = (Change.DECREASE if raw.value < 1 else
                      Change.INCREASE if raw.value > 1 else None)
        return True
    around = change_around(lead, "")
    if (_RE_TIMES_SO_FAR_AFTER.match(after) and around is None
            and not _RE_MULTIPLIED_BEFORE.search(lead[-24:])):
        return False
    level = (((text[raw.end - 1] == "x" or _RE_LEVEL_LEAD.search(lead[-40:]) is not None)
              and names_a_ratio(before))
             or _RE_TIMES_A_BASE_AFTER.match(after) is not None
             or _RE_COVER_BEFORE.search(lead[-40:]) is not None
             or _times_to_from(before, lead, after)
             or _set_against_a_ratio(before, lead))
    if not level and around is None and _says_how_often(raw, text, lead, after):
        return False  # "the tender was postponed three times": how often, no multiple
    down = _RE_X_DOWN_AFTER.match(after) or around is Change.DECREASE
    raw.change = None if level else Change.DECREASE if down else Change.INCREASE
    return True


# What a fraction of is no share: "a quarter of a century", "half of the year", "three
# quarters of 2025".
_RE_NO_SHARE_AFTER: Final = regex.compile(
    r"(?i:\A[\s\u00a0]+of[\s\u00a0]+(?:a[\s\u00a0]+(?:century|decade|year|month|day|mile)"
    r"|(?:the|this|last|next)[\s\u00a0]+(?:year|month|decade|century|season|day|week)"
    r"|(?:19|20)[0-9]{2}\b))"
    r"|\A[\s\u00a0]+the[\s\u00a0]+(?:time|way|distance|price|size|cost|amount|level)\b"
)


# "0.5 US cents per kWh, less than half the 1.2 cents charged", "12,500 permits, half the
# 25,000 requested": a figure set against another, no share of a whole.
_RE_FIGURE_AND_COMMA_BEFORE: Final = regex.compile(
    r"[0-9][^,;:.!?]{0,40},[\s\u00a0]*(?i:(?:less|more|fewer)[\s\u00a0]+than[\s\u00a0]+|about[\s\u00a0]+"
    r"|nearly[\s\u00a0]+|almost[\s\u00a0]+|only[\s\u00a0]+|just[\s\u00a0]+|roughly[\s\u00a0]+)?\Z"
)
_RE_THE_FIGURE_AFTER: Final = regex.compile(r"\A[\s\u00a0]+the[\s\u00a0]+(?:[$€£¥₸]|US\$)?[0-9]")


def _compares_two_figures(start: int, end: int, text: str) -> bool:
    """ "X, less than half the Y": the share word sets figure X against figure Y."""
    return (_RE_THE_FIGURE_AFTER.match(text[end : end + 12]) is not None
            and _RE_FIGURE_AND_COMMA_BEFORE.search(text[max(0, start - 64) : start])
            is not None)


def read_share(start: int, end: int, words: str, text: str, floor: int) -> Raw | None:
    """ "a third of the cargo", "nearly two-thirds of sales", "one in three" (`words`, at
    text[start:end]): a share of a whole, in per cent, its hedge read back to `floor`; a
    change when a verb of change stands before ("fell by a third" is read by the `frac`
    group of `patterns.RE_QUANTITY`)."""
    after = text[end : end + 40]
    share = fraction_in_words(words)
    if share > 100:
        return None  # "five out of three", "8 in 5": more than the whole, no share of it
    if (level := fraction_of_a_level(start, end, share / 100, after)) is not None:
        read_hedge(level, text[max(floor, start - WINDOW) : start])
        return level
    if _RE_NO_SHARE_AFTER.match(after) or _compares_two_figures(start, end, text):
        return None
    raw = Raw(start, end, share, unit="%")
    read_hedge(raw, text[max(floor, start - WINDOW) : start])  # "almost a third of"
    return raw
