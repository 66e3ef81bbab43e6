"""Compiled regular expressions of the parser (`regex` module, VERBOSE, named groups); how
they are run over a text (triggers, windows, budgets) is in `scanning`.

Written so that no pattern can backtrack quadratically: digit runs are possessive
(`[0-9]++`), a number never starts inside another token (look-behind), and every
context pattern runs on a bounded window of text, never on the whole document.
Number-format policy (documented in README "Parser policy"):
- Only ASCII digits form numbers; a number touching any other digit, a letter, a
  zero-width or a bidi-control character is ignored whole, never half-parsed.
- Thousands: "1,234", "1 234" (space, NBSP, thin or narrow NBSP), "1.234.567";
  decimals: "1.5", and "46,1" / "1 234,5" / "1.234,5" (comma decimal).
  A lone "1,234" is read as one thousand two hundred and thirty-four.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import alternation, by_first_letter, trie
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import (
    BELOW_100,
    CAPITAL_UNITS_AFTER_DOT,
    CASED_UNITS,
    CURRENCY_SIGNS,
    CURRENCY_SIGNS_AFTER,
    CURRENCY_WORDS,
    DIGIT_WORDS,
    FOLDED_SIGNS,
    HUNDREDS,
    ISO_CODES,
    MULTIPLIER_WORDS,
    SCALES,
    UNIT_WORDS,
    WORD_NUMBERS,
    YIELD_SYMBOLS,
)

# What a change is measured against, written after it: "rose 12% y/y", "2.1% q-o-q", "up
# 12% w/w" (ship-tracking and freight reports count by the week).
COMPARISON_TAGS: Final = (
    r"(?:year[-\s]on[-\s]year|quarter[-\s]on[-\s]quarter|month[-\s]on[-\s]month"
    r"|week[-\s]on[-\s]week|y/y|q/q|m/m|w/w|y-o-y|q-o-q|m-o-m|w-o-w|yoy|qoq)"
)
_SP = r"[ \u00a0\u2009\u202f]"  # one space-like separator inside a quantity
# A hedge said inside a quantity, after its number: "5 or more million tonnes", "10 or so days"
_OR_HEDGE = r"[ ](?i:or)[ ](?i:more|so|less|fewer)[ ]"
# The gap between a number, its scale and its unit as typed or pasted: a few spaces ("5  million
# tonnes"), or one line break of a pasted PDF before a lower-case word ("4.5\nmillion tonnes";
# a capital after a break starts a heading, a blank line a paragraph).
_GAP = r"(?:[ \u00a0\u2009\u202f]{1,3}+(?!\n)|[ \u00a0]{0,2}+\r?\n[ \u00a0]{0,2}+(?=[a-z%]))"
# A filler said between a number, its scale and its unit: "3 million, uh, tonnes", "three, um,
# million"
_FILLER = r",?[ ](?i:uhm?|um|erm?),?[ ]"
# `_GAP` or nothing, the same matches in the same order, its common case first: one space
# before a word or no space at all are told by a character or two, and the full `_GAP` is tried
# only before a second space or a line break (measured: RE_QUANTITY at the bench text's trigger
# positions 107 -> 100 ms a MB; `_GAP?` 95 -> 107 against the one `_SP?` it replaced).
_GAP_OR_NONE = (rf"(?:{_SP}(?![ \u00a0\u2009\u202f\r\n])"
                rf"|(?=[\r\n]|{_SP}[ \u00a0\u2009\u202f\r\n]){_GAP}|)")
# The number forms before "1234.5" start with at most three digits and one of the characters
# they go on with (a look-ahead for these skips all seven at once for "2024", "15%" or "5
# million": RE_QUANTITY at the bench text's trigger positions 106 -> 82 ms a MB).
# Before "%" a fraction is one number with its whole number ("4 3/8%") or alone only as a
# bond desk's proper fraction in lowest terms (halves to 32nds: "3/4%"); "5/10%" or
# "12/16%" lists two rates.
_NUM = r"""
    (?: (?=[0-9]{0,3}+(?:[/½¼¾⅓⅔⅛\u00a0\u2009\u202f]|[ ][0-9½¼¾⅓⅔⅛]|,[0-9]{2}|\.[0-9]{3}))
        (?: (?:[0-9]{1,3}[ ])?[0-9]{1,2}/[0-9]{1,2}(?=[ ]?[A-Za-z])       # 10 1/2 miles
          | [0-9]{1,3}[ ][0-9]{1,2}/[0-9]{1,2}(?=[ ]?%)                   # 4 3/8%
          | (?:1/2|[13]/4|[1357]/8|(?:[13579]|1[135])/16|(?:[12]?[13579]|31)/32)(?=[ ]?%)  # 3/4%
          | (?:[0-9]{1,3}[ ]?)?[½¼¾⅓⅔⅛]                                      # ½ teaspoon
          | [0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]++)?                      # 1,234,567.89
          | [0-9]{1,2}(?:,[0-9]{2}(?=,))++,[0-9]{3}(?:\.[0-9]++)?(?![0-9])  # 12,34,567.89 (lakh)
          | [0-9]{1,3}(?:[\u00a0\u2009\u202f\ ][0-9]{3})++(?:[,.][0-9]++)?(?![0-9])  # 1 234,5
          | [0-9]{1,3}(?:\.[0-9]{3}){2,}+(?:,[0-9]++)?                   # 1.234.567(,5)
          | [0-9]{1,3}(?:\.[0-9]{3})++,[0-9]++                            # 1.234,5
        )
      | [0-9]++(?:[.,][0-9]++)?                                       # 1234.5, 46,1
      | (?<=[\s(])\.[0-9]++                                            # .001
    )
"""
# A letter-led sign is no sign after an apostrophe: "country music's $ 500 million" is not
# Singapore dollars. One look-behind before all the letter-led signs, not one before each:
# the same matches (a sign led by a letter and one led by a symbol never start at the same
# character, so their order between them is no matter), but the 33 look-behinds, one per
# sign, cost on every call, even at a digit where no sign starts (measured: RE_QUANTITY at
# the bench text's trigger positions, 92 -> 81 ms a MB; extract_claims 1.6% fewer
# instructions under cachegrind).
_SIGNS_LONGEST = sorted(CURRENCY_SIGNS, key=len, reverse=True)
_CUR_SIGN = (
    "(?<!['’][\\s]?)(?i:"
    + "|".join(regex.escape(sign) for sign in _SIGNS_LONGEST if sign[0].isalpha())
    + ")|"
    + "|".join(regex.escape(sign) for sign in _SIGNS_LONGEST if not sign[0].isalpha())
)
_ISO = trie(ISO_CODES, fold=False)
_FOLDED = alternation(FOLDED_SIGNS, spaces=False)
# The first characters of the signs and codes above (any case: a superset): RE_QUANTITY
# looks ahead for one before trying the 40-odd signs, each after its own look-behind, at
# every digit (measured: RE_QUANTITY at the bench text's trigger positions, 160 -> 105 ms).
_CUR_FIRST = "(?=(?i:[" + "".join(
    sorted({regex.escape(sign[0]) for sign in (*CURRENCY_SIGNS, *ISO_CODES, *FOLDED_SIGNS)})
) + "]))"
_SCALE = trie(SCALES, fold=True)
_UNIT = trie(list(UNIT_WORDS) + list(CURRENCY_WORDS), fold=True)
_CASED_UNIT = alternation(CASED_UNITS, spaces=False)
# The first characters of the units and codes (any case: a superset), looked ahead for before
# the 40-odd branches of the units' trie (measured: RE_QUANTITY at the bench text's trigger
# positions 483 -> 475 M instructions under cachegrind, -1.6%).
_UNIT_FIRST = "(?=(?i:[" + "".join(sorted({regex.escape(word[0]) for word in (
    *UNIT_WORDS, *CURRENCY_WORDS, *ISO_CODES, *CASED_UNITS, *YIELD_SYMBOLS)})) + "]))"
_CAPS = alternation(CAPITAL_UNITS_AFTER_DOT, spaces=False)
_YIELD_SYMBOL = alternation(YIELD_SYMBOLS, spaces=False)
_PER_HA = r"[\s\u00a0]?/[\s\u00a0]?(?i:ha|hectare)\b"  # "13.5 c/ha": a yield symbol's only place
_SIGN_AFTER = alternation(CURRENCY_SIGNS_AFTER, spaces=False)
# A trie since the hyphenated tens ("twenty-five") and halves ("a million and a half") made
# the list 133 words long (measured: RE_QUANTITY at the bench text's trigger positions, 93 ->
# 89 ms a MB).
# Numbers said aloud are joined from their parts (`vocab.units.word_number` reads them), the
# longer forms first: "two hundred (and) fifty", "one point two", "point five"; then the words.
_SP_WORD = r"[\s\u00a0]+"
_WORDNUM = (
    rf"{trie(HUNDREDS, fold=True)}{_SP_WORD}(?i:and{_SP_WORD})?{trie(BELOW_100, fold=True)}"
    rf"|{trie({**BELOW_100, **DIGIT_WORDS}, fold=True)}{_SP_WORD}(?i:point){_SP_WORD}"
    rf"{trie(DIGIT_WORDS, fold=True)}"
    rf"|(?i:point){_SP_WORD}{trie(DIGIT_WORDS, fold=True)}"
    rf"|{trie(WORD_NUMBERS, fold=True)}"
)
_MULT = alternation(MULTIPLIER_WORDS)
# Characters a number may not touch: letters/digits of any script, separators that would
# make it part of a larger token, zero-width and bidi controls.
_NO_TOUCH = r"\w.,:/\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
# Spaces that never join digit groups: a number next to one with a digit beyond is no number
# ("64\u2007250" is neither 64 nor 250). NOTE: the documented separators are in `_NUM`.
_ODD_SPACE = r"\u1680\u2000-\u2008\u200a\u205f\u3000"


# "fell by nearly half", "by almost a third": a hedge between "by" and the fraction
_HEDGE_WORD = rf"(?:(?i:{HEDGE_WORDS})\s)"
_FRACTION = (r"(?:a|one)[\s-](?:third|quarter|fourth|fifth|tenth)|two[\s-]thirds"
             r"|three[\s-](?:quarters|fourths)")
# "cut by half", "fell by almost a half": a change; not "by half a million", "by a half million"
_HALF_END = r"\b(?!\s(?:of|a|the|an|(?i:million|billion|thousand|trillion|mln|bln|bn))\b)"
# "a third more than in 2023", "a third less cargo than", "a third more cargo across the
# Caspian than": a change in per cent (up to four words of what and where, no punctuation)
_FRAC_COMPARED = (r"(?=[\s\u00a0]+(?i:more|less|fewer|higher|lower|greater|larger|smaller)"
                  r"(?:[\s\u00a0]+(?!than\b)[A-Za-z]++){0,4}+[\s\u00a0]+than\b)")
# A share as so many in so many: "one in three", "two out of five", "1 in 4"; not "phase two in
# five years" nor "two out of five hundred" ("five out of three": `read_share` drops it), nor
# a score ("gave it 8 out of 10 for ease of entry", "4 out of 5 stars").
_SHARE_DEN = r"(?:two|three|four|five|six|seven|eight|nine|ten|10|[2-9])(?![0-9]|[.,][0-9])\b"
_IN_N_SHARE = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine|[1-9])\s++(?:in\s++"
               + _SHARE_DEN + r"|out\s++of\s++" + _SHARE_DEN + r"(?!\s++(?:for|on|points?|stars?"
               r"|marks?|possible)\b))(?!\s*+-?\s*+(?:years?"
               r"|months?|weeks?|days?|hours?|minutes?|decades?|hundreds?|thousands?|millions?"
               r"|billions?|dozens?)\b))")
# A share of a whole: "a third of the cargo", "half the condos", "two-thirds of the total",
# "one in three" (above); not "the second half of 2024" nor "a quarter of a century"
# (see `quantity._read_share`).
_SHARE_WORDS = (rf"(?:(?i:{_FRACTION}|half)(?=[\s\u00a0]+(?i:of|the|its|their|all|these|those)\b)"
                # not "three-quarters of a billion dollars": a fraction of a scale word
                r"(?![\s\u00a0]+(?i:of[\s\u00a0]+an?[\s\u00a0]+(?:thousand|million|billion|trillion))\b)"
                rf"|(?i:{_IN_N_SHARE})"
                # "exports to Russia accounted for a third", "made up half": the whole unsaid;
                # so after a gap or a change named as a noun: "a shortfall of roughly a
                # quarter", "a rise of a third" (not "a gap of a quarter century", "a gap of a
                # quarter of a billion dollars", "a fall of a quarter point", "a quarter hour")
                rf"|(?=(?i:a|one|two|three|half)\b)"
                # or the whole named before as "of which": "€18.5 billion, of which roughly
                # two-thirds would go to rail"; or taken by a part: "with logistics taking more
                # than half", "China took a third"
                rf"(?<=\b(?i:account(?:s|ed|ing)?[\s\u00a0]+for|ma(?:de|kes?|king)[\s\u00a0]+up"
                r"|tak(?:es?|ing|en)|took"
                r"|of[\s\u00a0]+which"
                r"|(?:shortfall|gap|rise|fall|drop|decline|increase|decrease|reduction)[\s\u00a0]+of)"
                rf"[\s\u00a0]+{_HEDGE_WORD}?)(?i:{_FRACTION}|half)\b"
                r"(?![\s\u00a0-]*+(?i:(?:of[\s\u00a0]++)?an?|million|billion|thousand|trillion"
                r"|mln|bln|bn|century|centuries|(?:percentage[\s\u00a0]++)?points?|pp|hours?"
                # ("a rise of a third year on year", "a fifth month-on-month": a comparison)
                r"|miles?|(?:days?|weeks?|months?|years?)(?![\s\u00a0-]*+(?i:on|over)\b)"
                # ("took a third longer", "is taking a third less time": a comparison)
                r"|longer|shorter|less|more|fewer|faster|slower|higher|lower|cheaper"
                r"|decades?|kilomet(?:re|er)s?|km|cents?)\b))")
# A figure broken across the lines of a pasted PDF ("3,4\n56 thousand tonnes", "12,4-\n50 t"):
# a line that ends in a digit group cut short (one or two digits after the separator) or in a
# hyphen after a digit, and a number that starts the next line. Neither piece can be read safely,
# so neither is a quantity (no claim rather than a wrong one).
_BROKEN_END = r"(?:[0-9][,.][0-9]{1,2}-?|[0-9]-|[0-9][ \u00a0\u2009\u202f][0-9]{1,2})"
# not "the second half of 2024" nor a place in a ranking ("into the top half of the table")
_SHARE_BEFORE = r"(?<![\w-])(?<!(?i:first|second|latter|former|other|the|top|bottom|upper|lower)\s)"
# A power of ten after a number, as science writing puts it ("2.998×10^8 m/s", "1.2 x 10⁶
# tonnes", "2.998×10−8" with the superscript lost in copying): the number's scale. The
# exponent is never a figure of its own (no quantity starts after "^").
_POWER = (r"[ \u00a0]?+[×x*][ \u00a0]?+10(?:\^[-−]?+[0-9]{1,2}+|⁻?+[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}+"
          r"|(?<=×10)[-−][0-9]{1,2}+)(?![0-9])")

# Where a figure ends at a digit before ".", ")" or a comma (no filler "5, uh, million" after
# it): no scale, power, unit or sign after it starts with one of those, nor with the filler's
# space, so RE_QUANTITY skips trying them (the same matches: each of those optional endings
# matches nothing there; measured: RE_QUANTITY at the bench text's trigger positions 7.8%
# fewer instructions under cachegrind, 5,900 such ends a MB).
_BARE_END = rf"(?<=[0-9])(?=[.)]|,)(?!{_FILLER})"


RE_QUANTITY: Final = regex.compile(
    rf"""
    (?:
      (?:(?<=(?<![\w.,/-])x)                                    # "x1.8 compared with": times
        |(?<![{_NO_TOUCH}$€£¥₸₼₾₽₺₹₮֏^]))                              # not inside a token,
      (?<![0-9A-Za-z][-–/+−－﹣‒](?<!\bsub-|\bminus-)               # not after "A-", "5+"
         |[0-9][{_ODD_SPACE}]|\^[-−])                # not after "64\u2007", "10^-"
      (?<!{_BROKEN_END}\r?\n[ \u00a0]{{0,2}})      # not the rest of "3,4\n56 t" (see _BROKEN_END)
      (?: {_CUR_FIRST}(?P<cur>{_CUR_SIGN}|(?-i:{_ISO})(?=[\s\u00a0]?[-−]?[0-9])  # $, US$, KZT
                 |(?-i:{_FOLDED})(?=[\s\u00a0]?+(?:[0-9]++[.,][0-9]  # PS2.7m, QR 3.6 billion
                                   |[0-9][0-9.,]*+[\s\u00a0]?+(?i:{_SCALE})(?![\w]))))  # SR 5 bn
          [\s\u00a0]?+ (?P<csign>[-−－﹣‒])? )?
      (?!(?=[1-9][\s\u00a0])(?i:{_IN_N_SHARE}))  # "1 in 4 firms": a share (below), not 4 firms
      (?P<num>{_NUM}) (?!(?=\r?\n)(?<={_BROKEN_END})\r?\n[ \u00a0]{{0,2}}[0-9])  # nor its start:
      # (the line break looked for first, the costly look-behind only before one)
      (?: (?P<rsep>[-–—]|{_SP}[-–—]{_SP})                         # 5-6, $1,200-1,500
          (?:{_CUR_SIGN})?
          (?P<num2>{_NUM}) )?
      (?![0-9]|[.,:/\-–{_ODD_SPACE}][0-9]|[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]
         |(?i:st|nd|rd|th)\b)                                     # not 12.03.2024, 10:30, 1st
    |
      (?<![\w-])(?!(?<=\b(?i:by|in)\s{_HEDGE_WORD}?(?i:a\s)?)(?i:a\s)?(?i:half){_HALF_END})  # below
      (?!(?<=\b(?i:by)\s{_HEDGE_WORD}?)(?i:{_FRACTION})\b|(?i:{_FRACTION}){_FRAC_COMPARED})  # below
      (?!{_SHARE_BEFORE}{_SHARE_WORDS})                             # "a third of": below
      (?!(?i:[a-z-]+[\s\u00a0]+point[\s\u00a0]+[a-z]+[\s\u00a0]+hundred)\b)  # "at one point three
      # hundred wagons": 300 wagons, not 130 (a decimal said aloud is never before "hundred")
      (?!(?i:point[\s\u00a0]+[a-z]++)(?![\s\u00a0]+(?i:per[\s\u00a0]?cent|percent)\b))
      (?P<wnum>{_WORDNUM})(?=[\s\u00a0-]|[.,;](?![0-9]))  # six million tonnes; "from four."
      (?!(?<=(?i:thousand|million|billion)[\s\u00a0]+(?i:and)[\s\u00a0]+(?i:a)[\s\u00a0]+(?i:half))
         [\s\u00a0]+(?i:{_SCALE})\b)  # "a million and a half tonnes", not "... and a half million"
    |
      (?<![\w-])(?P<vague>(?i:tens|hundreds|thousands|millions|billions))  # tens of thousands of
      [\s\u00a0]+of[\s\u00a0]+
      (?:(?P<vague2>(?i:thousands|millions|billions))[\s\u00a0]+of[\s\u00a0]+)?
    )
    (?:{_BARE_END}|  # "5.", "5,", "5)": no scale nor unit can follow (below)
    (?: (?P<sp1>{_GAP_OR_NONE}|-(?=[A-Za-z]{{4}})|\+{_SP}|{_FILLER}
           |{_OR_HEDGE}(?![A-Za-z]++-))  # million, bn;
        # "$6.5-billion"; "5 or more million tonnes": a hedge said before the scale word (not
        # "12 or more billion-dollar deals": a compound adjective, no scale)
        (?P<scale>{_SCALE}) (?![\w/²³]|\.p\.h)          # "a 25-million-tonne capacity": a
    #   hyphen before a scale written out; "3.4+ mln t", "90+ km": at least (`quantity`)
      | (?P<pow>{_POWER}) )?                                        # 2.998×10^8
    (?: (?P<sp2>(?<=[\s\u00a0])|{_GAP_OR_NONE}-?|(?<![\s\u00a0])\+{_SP}
         |{_FILLER}  # a filler said: "3 million, uh, tonnes"
         # "for two to three more days": time still to come, the word between its number and
         # unit
         |[ ](?i:more|additional|extra)[ ](?=(?i:days?|hours?|weeks?|months?)\b)
         # a hedge said between the number and its unit: "10 or more days", "50 or so tonnes"
         # (its words are among those `hedges.hedge_after` reads)
         |{_OR_HEDGE}
         |(?<=(?i:[lrbm]n|th|ths|thsd|rd))\.{_SP}?  # "mln. USD", "mln.USD", "th. TEU", "mlrd."
          (?=[a-z]|(?-i:{_ISO}|{_CAPS})\b|(?:US|U\.S\.)[\s\u00a0]+dollar)(?!in\b))  # NOTE: in sync
        # with `context._RE_CODE_AHEAD`: "bln. US dollars" is a scale and its unit, no sentence end
        {_UNIT_FIRST}
        (?P<unit>{_UNIT}|(?-i:{_ISO}|{_CASED_UNIT}|(?:{_YIELD_SYMBOL})(?={_PER_HA}))) (?!\w)
       | [\s\u00a0]?(?P<sign_after>{_SIGN_AFTER})(?![\s\u00a0]?[0-9]) )?  # not "$ 20.00 $ 37.97"
    )
    |
    (?<![\w-])(?P<mult>(?i:{_MULT}))(?![\w-])                     # fivefold, doubled
    |
    (?=(?i:h))  # (the word's first letter before the look-behind: it is tried at every place)
    (?<=\b(?i:by|in)\s{_HEDGE_WORD}?(?i:a\s)?)(?P<half>(?i:half)){_HALF_END}  # by (a) half
    |
    (?=(?i:{_FRACTION}))  # (the fraction before the look-behinds, likewise)
    (?:(?<=\b(?i:by)\s{_HEDGE_WORD}?)|(?<![\w-])(?=(?i:{_FRACTION}){_FRAC_COMPARED}))  # by a third,
    (?P<frac>(?i:{_FRACTION}))\b(?!\s(?:of|a|the|an)\b)                # a third more than
    |
    {_SHARE_BEFORE}(?P<share>{_SHARE_WORDS})                       # "a third of the cargo"
    """,
    regex.VERBOSE,
)


# Group numbers of RE_QUANTITY by name: `regex` looks a group name up slowly on every call,
# and `groupdict` costs 3.4 µs a match (measured), `groups` 0.1 µs.
QUANTITY_GROUP: Final[dict[str, int]] = dict(RE_QUANTITY.groupindex)
_QUANTITY_GROUP_NAMES: Final = (
    "cur", "csign", "num", "rsep", "num2", "wnum", "vague", "vague2", "sp1", "scale", "pow",
    "sp2", "unit", "sign_after", "mult", "half", "frac", "share",
)
assert tuple(sorted(QUANTITY_GROUP, key=QUANTITY_GROUP.__getitem__)) == (
    _QUANTITY_GROUP_NAMES), "RE_QUANTITY's groups"


class QuantityGroups:
    """A match of RE_QUANTITY with its groups read once, as attributes named after them
    (an attribute is read at a third of the cost of a method call: 190,000 reads a MB)."""

    __slots__ = ("_m", *_QUANTITY_GROUP_NAMES)

    cur: str | None
    csign: str | None
    num: str | None
    rsep: str | None
    num2: str | None
    wnum: str | None
    vague: str | None
    vague2: str | None
    sp1: str | None
    scale: str | None
    pow: str | None
    sp2: str | None
    unit: str | None
    sign_after: str | None
    mult: str | None
    half: str | None
    frac: str | None
    share: str | None

    def __init__(self, m: regex.Match[str]) -> None:
        self._m = m
        (self.cur, self.csign, self.num, self.rsep, self.num2, self.wnum, self.vague, self.vague2,
         self.sp1, self.scale, self.pow, self.sp2, self.unit, self.sign_after, self.mult,
         self.half, self.frac, self.share) = m.groups()

    def start(self, name: str | None = None) -> int:
        position: int = self._m.start(0 if name is None else QUANTITY_GROUP[name])
        return position

    def end(self, name: str | None = None) -> int:
        position: int = self._m.end(0 if name is None else QUANTITY_GROUP[name])
        return position


# Where a quantity can start: a currency sign or code, a digit, a number or multiplier word.
# Trigger patterns are built for the regex engine's fast search, which needs a literal (or a
# small set of characters) first: an alternation, or a look-behind before the first
# character, makes it try the whole pattern at every position. Measured on 1 MB of news:
# "(?<![0-9.,])[0-9]" alone 7 ms, joined with the ".001" case by "|" 90 ms; the 60 number
# and multiplier words in one "\b(?i:...)\b" 65 ms, one pattern per first letter 30 ms in
# all; the letter-led currency signs in one pattern 42 ms, anchored on their symbol 10 ms.
_FIRST_WORDS = sorted(
    {w.split()[0] for w in list(WORD_NUMBERS) + list(MULTIPLIER_WORDS)} - {"a"}
    | {"half", "tens", "hundreds", "thousands", "millions", "billions", "point", "zero"}
)
_FIRST_WORDS_LONGEST = sorted(_FIRST_WORDS, key=len, reverse=True)
_SIGN_FOLLOWS = r"(?=[\s\u00a0]?[-−$¥0-9])"  # what follows a letter-led currency sign


def _letter_led_signs(signs: list[str]) -> list[regex.Pattern[str]]:
    """Where a letter-led currency sign ("US$", "RMB", "Y=") starts, not after a letter and
    before a number: the group `start` marks it. A sign ending in a symbol is found by that
    symbol, its letters by looking behind; one ending in a letter by its first two letters
    (measured: "r" alone is found at 9 ms a MB, "rm" and "rs" at 1 ms each)."""
    by_symbol: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for sign in signs:
        if sign[-1].isalpha():
            by_first.setdefault(sign[:2].lower(), []).append(sign[2:])
        else:
            by_symbol.setdefault(sign[-1], []).append(sign[:-1])
    out = []
    for symbol, heads in by_symbol.items():
        sym = regex.escape(symbol)
        head = alternation(heads, spaces=False)
        out.append(rf"{sym}(?<=(?<![A-Za-z])(?P<start>(?i:{head})){sym}){_SIGN_FOLLOWS}")
    for first, rests in by_first.items():
        head = regex.escape(first)
        out.append(
            rf"(?i:{head})(?<=(?<![A-Za-z])(?P<start>(?i:{head})))"
            rf"(?i:{alternation(rests, spaces=False)}){_SIGN_FOLLOWS}"
        )
    return [regex.compile(pattern) for pattern in out]


RE_QUANTITY_TRIGGERS: Final = (
    *_letter_led_signs([k for k in (*CURRENCY_SIGNS, *FOLDED_SIGNS) if k[0].isalpha()]),
    # "USD 5": three capitals not after a word character (tested after them: 11 -> 2 ms a MB)
    regex.compile(r"[A-Z]{3}(?=[\s\u00a0]?[0-9])(?<![\w][A-Z]{3})"),
    regex.compile(r"(?<![0-9.,])[0-9]"),
    regex.compile(r"\.(?<=[\s(]\.)(?=[0-9])"),  # ".001": the dot, after a space or "("
    regex.compile(r"\b(?i:a)(?=\s+(?i:dozen|hundred|half|thousand|million|billion|trillion)\b)"),
)
# Currency signs and fractions that stand alone ("$", "½"): one literal each, run as
# `with_signs` finds them in the text (measured on 1 MB: "[$€£¥₸₼₾₽₺₹₮֏½¼¾⅓⅔⅛]" 8.4 ms, these
# 1.8 ms with the tests).
QUANTITY_SIGN_TRIGGERS: Final = tuple(
    (sign, regex.compile(regex.escape(sign))) for sign in "$€£¥₸₼₾₽₺₹₮֏½¼¾⅓⅔⅛"
)


# Number and multiplier words ("six", "twofold"), run as `with_words` finds them needed; and
# "a third", "two-thirds": where "\b(?i:a|one|two|three)(?=[\s-](?i:third|quarter|fourth|
# fifth|tenth)s?\b)" matches, found by the fraction word, a literal first, with the number
# looked behind for (the group `start`); its lead words are the fraction word and its
# plural (measured on 1 MB: the one pattern 18 ms, these 1 ms, none without their words).
QUANTITY_WORD_TRIGGERS: Final = by_first_letter(
    [(alternation([w]), "") for w in _FIRST_WORDS_LONGEST], tail=r"\b", per_word=True
) + tuple(
    (
        frozenset({word, f"{word}s"}),
        regex.compile(rf"(?i:{word})(?<=\b(?P<start>(?i:a|one|two|three))[\s-](?i:{word}))(?=s?\b)"),
    )
    for word in ("third", "quarter", "fourth", "fifth", "tenth")
)
