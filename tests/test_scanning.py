"""The tries the parser's patterns are built from match what the longest-first alternations
of the same words match (`scanning.trie`), on the parser's own word lists.

These checks used to run at every import; they cost as much as building the tries.
"""

from __future__ import annotations

import itertools

import pytest
import regex

from dashboard.facts import _ALIASES_BY_FIRST, _ENTITY_BY_ALIAS
from dashboard.scanning import _SPACES, TrieNode, alternation, trie, trie_nodes
from dashboard.vocab.units import CURRENCY_WORDS, ISO_CODES, SCALES, UNIT_WORDS, WORD_NUMBERS

WORD_LISTS = {
    "units and currency words": (list(UNIT_WORDS) + list(CURRENCY_WORDS), True),
    "scales": (list(SCALES), True),
    "number words": (list(WORD_NUMBERS), True),
    "ISO codes": (list(ISO_CODES), False),
    "entity aliases": (list(_ENTITY_BY_ALIAS), False),
    **{f"entity aliases after {first!r}": ([a[1:] for a in aliases], False)
       for first, aliases in list(_ALIASES_BY_FIRST.items())[:5]},
}


def _piece(node: TrieNode, fold: bool) -> str:
    """What one trie branch's character matches."""
    escaped: str = regex.escape(node.written)
    if not fold:
        return escaped
    return _SPACES if node.written == " " else f"(?i:{escaped})"


def _walk(node: TrieNode) -> list[TrieNode]:
    out = [node]
    for child in node.children.values():
        out += _walk(child)
    return out


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_each_branch_matches_its_characters_and_no_two_siblings_overlap(name: str) -> None:
    words, fold = WORD_LISTS[name]
    for node in _walk(trie_nodes(words, fold=fold)):
        for child in node.children.values():
            assert regex.fullmatch(_piece(child, fold), child.written), child.written
        for a, b in itertools.combinations(node.children.values(), 2):
            assert not regex.fullmatch(_piece(a, fold), b.written), (a.written, b.written)


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_a_trie_matches_what_its_alternation_matches(name: str) -> None:
    words, fold = WORD_LISTS[name]
    as_trie = regex.compile(trie(words, fold=fold))
    plain = alternation(words, spaces=fold)  # as `trie`'s docstring says it stands for
    as_alternation = regex.compile(f"(?i:{plain})" if fold else plain)
    probes = {w for w in words} | {w + "s" for w in words} | {w[:-1] for w in words if w}
    probes |= {w.upper() for w in words} | {w + " x" for w in words}
    for probe in sorted(probes):
        got, want = as_trie.match(probe), as_alternation.match(probe)
        assert (got and got.group()) == (want and want.group()), probe


def test_each_time_kind_is_one_whole_alternative_with_its_own_groups() -> None:
    """`iso_periods.read_period` fills a match's groups from its alternative's span of groups
    (`KIND_GROUPS`): the text between two kinds must be one alternative, with those groups."""
    from dashboard.time_grammar import KIND_GROUPS, RE_TIME, TIME_KINDS

    pattern = RE_TIME.pattern
    for kind, after in zip(TIME_KINDS, (*TIME_KINDS[1:], None), strict=True):
        lo = pattern.index(f"(?P<{kind}>")
        hi = pattern.index(f"(?P<{after}>") if after else len(pattern)
        alternative = pattern[lo:hi].rstrip().removesuffix("|")
        first, end = KIND_GROUPS[kind]
        assert regex.compile(alternative, regex.VERBOSE).groups == end - first, kind



def test_each_time_kind_is_read_by_the_reader_it_is_sent_to() -> None:
    """`iso_periods.read_period` sends a kind to `_read_points`, `_read_parts` or
    `_read_years`; each must have the kind's branch, itself or in the helper it hands on to
    (`_read_points` hands counted spans to `_read_counted`; a kind sent elsewhere would read
    as no period)."""
    import inspect

    from dashboard import iso_periods
    from dashboard.time_grammar import TIME_KINDS

    readers = {iso_periods._read_points: iso_periods._POINT_KINDS,
               iso_periods._read_parts: iso_periods._PART_KINDS}
    rest = set(TIME_KINDS) - iso_periods._POINT_KINDS - iso_periods._PART_KINDS
    readers[iso_periods._read_years] = frozenset(rest - {"year"})  # "year": the fast path
    assert not iso_periods._POINT_KINDS & iso_periods._PART_KINDS
    assert set(TIME_KINDS) >= iso_periods._POINT_KINDS | iso_periods._PART_KINDS
    for reader, kinds in readers.items():
        source = inspect.getsource(reader)
        if reader is iso_periods._read_points:
            source += inspect.getsource(iso_periods._read_counted)
        for kind in kinds:
            assert f'g["{kind}"]' in source, (reader.__name__, kind)


def test_the_cheap_test_before_re_change_after_never_hides_a_match() -> None:
    """`hedges._may_open_a_change` is a hand-kept list of the words RE_CHANGE_AFTER opens
    with: wherever the pattern matches, the cheap test must let it through."""
    import random
    import sys
    from pathlib import Path

    from dashboard.change_words import RE_CHANGE_AFTER
    from dashboard.hedges import _may_open_a_change

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from bench_speed import make_documents

    words = set(regex.findall(r"[A-Za-z/]{2,}", RE_CHANGE_AFTER.pattern)) - {"i", "s", "u00a0"}
    windows = [f"{lead}{w.upper() if up else w} 5" for w in words
               for lead in (" ", "  ", " year on year ", " y/y ", "\u00a0") for up in (0, 1)]
    text = "\n".join(make_documents(200_000, 3))
    rng = random.Random(5)
    windows += [text[k : k + 40] for k in (rng.randrange(len(text)) for _ in range(20_000))]
    windows += [text[m.end() : m.end() + 40] for m in regex.finditer(r"[0-9%]", text)]
    hidden = [w for w in windows if RE_CHANGE_AFTER.match(w) and not _may_open_a_change(w)]
    assert hidden == []
    assert any(RE_CHANGE_AFTER.match(w) for w in windows)  # the test sees matches at all


def _ends_in_order(pattern: str, text: str) -> list[int]:
    """Where `pattern` may end a match at the start of `text`, in the order the engine
    tries them (each found one excluded in turn by a look-behind on its position)."""
    ends: list[int] = []
    while True:
        excluded = "".join(rf"(?<!\A[\s\S]{{{end}}})" for end in ends)
        match = regex.match(f"(?:{pattern}){excluded}", text)
        if match is None:
            return ends
        ends.append(match.end())


def test_the_gap_or_none_tries_what_the_optional_gap_tries_in_the_same_order() -> None:
    """`patterns._GAP_OR_NONE` is `_GAP?` written for speed: the same ends, in the same order,
    on every string of up to five spaces, breaks, letters and digits."""
    from dashboard.patterns import _GAP, _GAP_OR_NONE

    alphabet = " \u00a0\u2009\r\naA5"
    for n in range(6):
        for chars in itertools.product(alphabet, repeat=n):
            text = "".join(chars)
            assert _ends_in_order(_GAP_OR_NONE, text) == _ends_in_order(f"{_GAP}?", text), text
