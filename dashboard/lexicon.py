"""Phrase lookup by words: a text is split into words once, phrases are found by dictionary.

A regex alternation of hundreds of phrases costs the regex engine every alternative at
every position (measured here: under 4 M characters/s for the metric cues); splitting
into words and looking each up in a dict costs one lookup per word.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

import regex

V = TypeVar("V")

# A word: letters and digits, joined by inner hyphens or apostrophes ("two-way", "Baku's").
RE_WORD: Final = regex.compile(r"\w+(?:[-'’]\w+)*")
RE_WORD_SPLIT: Final = regex.compile(r"(\w+(?:[-'’]\w+)*)")
RE_RUN: Final = regex.compile(r"\w+")


@dataclass(frozen=True)
class Words:
    """The words of a text, lower-cased, with a way back to their offsets.

    Built from one `split` (separators and words alternate) and a running sum of lengths,
    both done in C: no Python loop over the words.
    """

    text: str
    parts: list[str]  # separator, word, separator, word, ..., separator
    ends: list[int]  # running total of part lengths: word i spans ends[2i]:ends[2i + 1]
    lower: list[str]

    @classmethod
    def read(cls, text: str) -> Words:
        """The words of `text`. The split runs without a `regex` timeout, unlike the other
        whole-text scans: its pattern is linear (a word is one run, never tried again) and
        every word is a match, and a timeout costs a clock reading per match (measured:
        split 50 -> 160 ms a MB; 10 MB, the parser's cap, splits in half a second)."""
        folded = text.lower()
        if len(folded) != len(text):  # a character whose lower case is longer: keep the case
            folded = text
        parts = RE_WORD_SPLIT.split(folded)
        lower = parts[1::2]
        if folded is text:
            lower = [w.lower() for w in lower]
        return cls(text, parts, list(itertools.accumulate(map(len, parts))), lower)

    @functools.cached_property
    def runs(self) -> frozenset[str] | None:
        """The runs of word characters, lower-cased: the words, and the parts of those with
        inner hyphens or apostrophes. None when the text holds a character that a
        case-insensitive pattern matches as an ASCII letter but that lower-cases to
        another ("ſ" as "s", "İ" as "i"): such a run could hide a match."""
        if "ſ" in self.text or "İ" in self.text:
            return None
        runs = set(self.lower)
        for word in itertools.filterfalse(str.isalnum, self.lower):  # "two-way", "baku's"
            runs.update(RE_RUN.findall(word))
        return frozenset(runs)

    def joined(self, i: int, k: int) -> bool:
        """Are words i..i+k-1 separated by white space only?"""
        return all(self.parts[2 * j].isspace() for j in range(i + 1, i + k))


class Lexicon(Generic[V]):
    """Phrases (lower case, words separated by single spaces) mapped to values."""

    def __init__(self, phrases: Mapping[str, V], *, exact_case: frozenset[str] = frozenset()):
        # first word -> (the words after it, value) of each phrase it starts, longest first
        self._by_first: dict[str, list[tuple[list[str], V]]] = {}
        for phrase, value in phrases.items():
            words = RE_WORD.findall(phrase.lower())
            if words:
                self._by_first.setdefault(words[0], []).append((words[1:], value))
        for options in self._by_first.values():
            options.sort(key=lambda item: len(item[0]), reverse=True)  # longest phrase wins
        # first word -> second word -> the phrases that may start with the two (those of that
        # second word, and the first word alone), longest first; and the first word alone:
        # the phrases a word's next word leaves, without trying the others ("of ...": 26)
        self._alone: dict[str, list[tuple[list[str], V]]] = {}
        self._by_second: dict[str, dict[str, list[tuple[list[str], V]]]] = {}
        for first, options in self._by_first.items():
            self._alone[first] = [(rest, value) for rest, value in options if not rest]
            seconds = dict.fromkeys(rest[0] for rest, _ in options if rest)
            self._by_second[first] = {
                second: [(rest, value) for rest, value in options
                         if not rest or rest[0] == second]
                for second in seconds
            }
        self._exact_case = exact_case  # phrases that match only as written ("may", not "May")

    def find(self, words: Words) -> list[tuple[int, int, V]]:
        """(start, end, value) of every phrase, leftmost-longest, not overlapping."""
        out: list[tuple[int, int, V]] = []
        by_first, lower, ends = self._by_first, words.lower, words.ends
        alone, by_second, exact_case, last = (
            self._alone, self._by_second, self._exact_case, len(lower) - 1)
        # Only words that start a phrase are tried; they are picked out in C (compress over
        # dict membership), not by a Python loop over every word.
        starts = itertools.compress(itertools.count(), map(by_first.__contains__, lower))
        free = 0  # the first word not inside a phrase found already
        for i in starts:
            if i < free:
                continue
            first = lower[i]
            if first in exact_case and words.text[ends[2 * i] : ends[2 * i + 1]] != first:
                continue
            options = alone[first]
            if i < last:
                options = by_second[first].get(lower[i + 1], options)
            for rest, value in options:
                k = len(rest)
                if k and (lower[i + 1 : i + 1 + k] != rest or not words.joined(i, k + 1)):
                    continue
                out.append((ends[2 * i], ends[2 * (i + k) + 1], value))
                free = i + k + 1
                break
        return out
