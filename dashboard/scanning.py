"""How the parser's patterns are run over a text: triggers, bounded windows, time budgets,
and the pattern shapes the regex engine runs fast (tries of words, one pattern per first
letter or word, word- and sign-gated triggers).

Pure: no pandas, no dash, no vocabulary. The patterns themselves are in `patterns`.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Final

import regex

# Seconds any one regex call may run; far above what linear patterns need on capped input.
REGEX_TIMEOUT: Final[float] = 2.0
# Seconds one search of a clause may run: a clause is at most a few hundred characters.
CLAUSE_TIMEOUT: Final[float] = 0.5


def iter_triggered(
    triggers: tuple[regex.Pattern[str], ...], grammar: regex.Pattern[str], text: str,
    lo: int = 0, hi: int | None = None, span: int | None = None,
) -> Iterator[regex.Match[str]]:
    """Matches of `grammar` in text[lo:hi], tried only where one of `triggers` fires (where
    it matches, or where its group `start` does when it has one), each at most `span`
    characters long (default `MAX_SPAN`; 0: unbounded, each attempt under the pass's timeout).

    Same result as `grammar.finditer` when every match starts where a trigger matches, at
    a fraction of the cost: a big grammar is slow to attempt at every position, and short
    triggers scanned one by one keep the regex engine's fast paths (measured: five
    triggers joined into one alternation scan 40x slower than each alone).
    """
    hi = len(text) if hi is None else hi
    span = MAX_SPAN if span is None else span
    budget = scan_timeout(hi - lo)
    starts: set[int] = set()
    for trigger in triggers:
        starts.update(map(_start_of(trigger), trigger.finditer(text, lo, hi, timeout=budget)))
    positions = sorted(starts)
    last = lo
    for pos in positions:
        if pos < last:
            continue
        # A quantity or time expression is never longer than MAX_SPAN: matching within a
        # bounded window keeps each attempt O(1) (a 10,000-digit run is read as 400 digits
        # and rejected by the digit cap), so no per-attempt timeout is needed.
        if span:
            match = grammar.match(text, pos, min(hi, pos + span))
        else:
            match = grammar.match(text, pos, hi, timeout=budget)
        if match is not None and match.end() > match.start():
            last = match.end()
            yield match


MAX_SPAN: Final = 400  # characters one quantity or time expression may span


def match_at(pattern: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    """`pattern.match(text, pos)` within `MAX_SPAN` characters of `pos`. Unbounded, the regex
    engine first looks for a literal the pattern needs ("port" in "\\s+(?:trade|sea)\\s+port")
    in all the rest of the text: one call costs as much as the text is long, and a call per
    figure made parsing quadratic (measured: "Aktau shipped 5 tonnes of grain. " x 20,000, 22 s;
    bounded, linear)."""
    return pattern.match(text, pos, pos + MAX_SPAN)


@functools.cache
def _start_of(trigger: regex.Pattern[str]) -> Callable[[regex.Match[str]], int]:
    """Where a match of `trigger` says an expression starts (its group `start`, if any).
    A C-level callable: a text runs some 80 triggers, most with few matches."""
    return operator.methodcaller("start", trigger.groupindex.get("start", 0))


def may_contain(window: str, words: tuple[str, ...]) -> bool:
    """Could a case-insensitive pattern find one of `words` (lower-case ASCII) in `window`?
    A cheap test before a costly pattern. Outside ASCII it may: without case, "ſ" matches
    "s" and "İ" matches "i"."""
    if not window.isascii():
        return True
    folded = window.lower()
    for word in words:  # noqa: SIM110 (any() over a generator costs twice: 0.4 -> 0.2 µs)
        if word in folded:
            return True
    return False


def scan_timeout(n_chars: int) -> float:
    """Budget for one pass over a whole text: generous, but finite (4 µs a character)."""
    return REGEX_TIMEOUT + n_chars / 250_000


def alternation(words: object, *, spaces: bool = True) -> str:
    """Longest-first alternation of literal words; inner spaces match any run of spaces."""
    escaped = []
    for word in sorted(words, key=len, reverse=True):  # type: ignore[call-overload]
        piece = regex.escape(word)
        if spaces:
            piece = piece.replace("\\ ", r"[\s\u00a0]+")
        escaped.append(piece)
    return "|".join(escaped)


_SPACES = r"[\s\u00a0]+"  # what a space inside a word of `alternation` matches


@dataclass
class TrieNode:
    """A node of `trie`: the character as first written, and what may follow it."""

    written: str
    end: bool = False  # a word ends here
    children: dict[str, TrieNode] = field(default_factory=dict)  # by case-folded character


def trie(words: object, *, fold: bool) -> str:
    """The same as `(?i:{alternation(words)})` (`fold`) or `alternation(words, spaces=False)`,
    written as a trie ("t(?:o(?:n(?:n(?:e(?:s|))|s|))|)"): the regex engine tries an alternation's
    branches one by one, a trie only the branch that fits the next character (measured:
    RE_QUANTITY tried at the bench text's trigger positions, 129 -> 80 ms a MB with the
    units, scales and currency codes as tries). An optional branch is written "(?:...|)",
    not "(?:...)?", the same match: the engine sets up every repeat of a pattern on every
    call, even one it never reaches (measured: 71 -> 65 ms a MB for RE_QUANTITY).

    Why the same: the words that match at one place are prefixes of one another, and the
    trie tries the longer first, as the longest-first alternation does (backtracking too).
    With `fold`, words branch on case-folded characters; each branch must match every
    character folded into it, and no two sibling branches the same character (checked for
    the parser's word lists by tests/test_scanning.py, not at every import: the checks cost
    as much as building the tries)."""
    root = trie_nodes(words, fold=fold)

    def render(node: TrieNode) -> str:
        branches = []
        for child in node.children.values():
            rest = render(child)
            head = _SPACES if fold and child.written == " " else regex.escape(child.written)
            if not rest:
                branches.append(head)
            else:
                branches.append(f"{head}(?:{rest}{'|' if child.end else ''})")
        return "|".join(branches)

    return f"(?i:{render(root)})" if fold else render(root)


def trie_nodes(words: object, *, fold: bool) -> TrieNode:
    """The root of the trie of `words`, longest first (see `trie`)."""
    root = TrieNode("")
    for word in sorted(words, key=len, reverse=True):  # type: ignore[call-overload]
        node = root
        for ch in word:
            key = ch if not fold or ch == " " else ch.casefold()
            node = node.children.setdefault(key, TrieNode(ch))
        node.end = True
    return root


def by_first_letter(
    alternatives: list[tuple[str, str]], tail: str = "", *, per_word: bool = False,
    by_letter: frozenset[str] = frozenset(),
) -> tuple[tuple[frozenset[str], regex.Pattern[str]], ...]:
    """`\b(?:(?i:word)follows|...)tail` as one pattern per first letter, each led by that
    letter so that it is found fast. `alternatives`: (a case-insensitive pattern led by a
    plain word, what must follow it), in order of preference. Same positions as the one
    alternation when no match can hold where an alternative of another letter starts.
    With `per_word`, one pattern per lead word, led by it: the same positions when no match
    can hold where another alternative starts at all (one word each: the number words), and
    each runs only when its word is in the text (measured: the number and multiplier words
    9.3 -> 2.3 ms a MB); but the lead words `by_letter` share their letter's pattern ("as of"
    and "as at" hold where "at ..." starts).

    Each pattern comes with its lead words (lower case): it matches only where one of them
    stands alone, between characters that are not word characters (see `with_words`), so
    what follows a lead word must be white space or a hyphen (asserted: in the pattern, in
    `follows` or as `tail` "\b")."""
    by_key: dict[str, list[str]] = {}
    leads: dict[str, set[str]] = {}
    for head, follows in alternatives:
        lead = regex.match(r"[A-Za-z]+", head)
        assert lead is not None, head
        word = lead.group().lower()
        key = word if per_word and word not in by_letter else head[0].lower()
        by_key.setdefault(key, []).append(f"(?i:{head[len(key) :]}){follows}")
        after = head[lead.end() :] or follows or tail
        assert after.startswith((r"\s", r"\-", r"[-\s]", r"(?=\s", r"(?=(?:\s+|-)", r"\b")), head
        leads.setdefault(key, set()).add(lead.group().lower())
    return tuple(
        (
            frozenset(leads[key]),
            regex.compile(rf"\b(?i:{regex.escape(key)})(?:{'|'.join(rests)}){tail}"),
        )
        for key, rests in by_key.items()
    )


def with_words(
    triggers: tuple[regex.Pattern[str], ...],
    word_led: tuple[tuple[frozenset[str], regex.Pattern[str]], ...],
    runs: frozenset[str] | None,
) -> tuple[regex.Pattern[str], ...]:
    """`triggers` and the word-led ones whose lead words are among `runs` (the text's runs
    of word characters, lower-cased; None: all). Skipping the others saves a pass over the
    text each (measured: about 6 of the 23 number and time word patterns run on a bench
    text, 10 of the 22 entity ones)."""
    if runs is None:
        return triggers + tuple(pattern for _, pattern in word_led)
    return triggers + tuple(pattern for leads, pattern in word_led if not leads.isdisjoint(runs))


def with_signs(
    triggers: tuple[regex.Pattern[str], ...],
    signs: tuple[tuple[str, regex.Pattern[str]], ...],
    text: str,
) -> tuple[regex.Pattern[str], ...]:
    """`triggers` and the sign patterns whose sign is in `text` (a fast `in` test each)."""
    return triggers + tuple(pattern for sign, pattern in signs if sign in text)


def with_folded_words(
    gated: tuple[tuple[tuple[str, ...], regex.Pattern[str]], ...], text: str,
) -> tuple[regex.Pattern[str], ...]:
    """The patterns of `gated` one of whose words (ASCII, lower case) `text` holds in any case:
    a case-insensitive pattern that needs one of them matches nowhere else. With a character
    that such a pattern matches as an ASCII letter but that `str.lower` does not lower to it
    ("İ", "ı", "ſ", the Kelvin sign), all of them."""
    if any(ch in text for ch in _FOLDS_TO_ASCII):
        return tuple(pattern for _, pattern in gated)
    folded = text.lower()
    return tuple(pattern for words, pattern in gated if any(word in folded for word in words))


_FOLDS_TO_ASCII: Final = ("\u0130", "\u0131", "\u017f", "\u212a")


# What ends a sentence for the short look-backs of a rule (not `context`'s full splitter).
SENTENCE_ENDS: Final = (". ", "! ", "? ", "\n")


def last_sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the last sentence end (`SENTENCE_ENDS`) in text[lo:hi] starts, else -1."""
    return max(text.rfind(mark, lo, hi) for mark in SENTENCE_ENDS)


# A sentence's stop for a rule's window: a full stop, "!" or "?" (not a decimal point), or a
# line's end.
RE_SENTENCE_STOP: Final = regex.compile(r"[.!?](?![0-9])|\n")
_SENTENCE_REACH: Final = 300


def sentence_around(text: str, start: int, end: int, lo: int = 0,
                    hi: int | None = None) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end], read within 300 characters either
    side (and within text[lo:hi]): after the last stop before it, to the first stop after."""
    hi = len(text) if hi is None else hi
    back_lo, fwd_hi = max(lo, start - _SENTENCE_REACH), min(hi, end + _SENTENCE_REACH)
    stops = [s.end() for s in RE_SENTENCE_STOP.finditer(text, back_lo, start)]
    after = RE_SENTENCE_STOP.search(text, end, fwd_hi)
    return (stops[-1] if stops else back_lo), (after.start() if after else fwd_hi)
