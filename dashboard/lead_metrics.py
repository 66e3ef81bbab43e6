"""The metric a figure naming none takes from the words before it: a list's lead line ending
in ":" ("In 2024, Uzbekistan exported goods to: / - Russia – $2.1 billion" are exports), or a
short sentence before it in its paragraph ("Tanker rates in the Caspian softened. A product
tanker was fixed at $9,800 a day"). Called by `describe` for a figure with no metric; and
the goods a bare "for export" goes on about (`goods_go_on`).

Pure: no pandas, no dash.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from dashboard.claim import Located, Topic
from dashboard.layout import first_row, in_list_item, is_headline
from dashboard.vocab.metrics import METRICS

if TYPE_CHECKING:
    from dashboard.context import SentenceIndex


def lead_metric(
    index: SentenceIndex, i: int, uclass: str, claims: Sequence[Located] = ()
) -> tuple[str, Topic] | None:
    """The metric a list's lead names, for an item of sentence `i` naming none: the last cue
    fitting the item's unit class in the line before the list, when that line ends in ":"
    ("In 2024, Uzbekistan exported goods to: / - Russia – $2.1 billion" is exports); else
    the one a short sentence before it names (`topic_sentence_metric`)."""
    if not in_list_item(index, i):
        return topic_sentence_metric(index, i, uclass, claims)
    first = first_row(index, i)
    if first == 0:
        return None
    lo, hi = index.span(first - 1)
    if not index.text[lo:hi].rstrip().endswith(":"):
        return None
    return _last_cue(index, lo, hi, uclass)


def _last_cue(index: SentenceIndex, lo: int, hi: int, uclass: str) -> tuple[str, Topic] | None:
    """The last metric cue in text[lo:hi] fitting `uclass`, if any."""
    cues = index.doc_facts().cues
    k = bisect.bisect_left(cues, hi, key=lambda cue: cue[0])
    while k > 0 and cues[k - 1][0] >= lo:
        k -= 1
        row = METRICS[cues[k][2]]
        if uclass in row[3]:
            return row[0], Topic(row[1])
    return None


# A short sentence without figures opening on what the next one measures: "Tanker rates in
# the Caspian softened. A product tanker was fixed at $9,800 a day" (a charter's rate).
_TOPIC_SENTENCE_CHARS: Final = 80


def topic_sentence_metric(
    index: SentenceIndex, i: int, uclass: str, claims: Sequence[Located]
) -> tuple[str, Topic] | None:
    """The metric the sentence before `i` names, for a figure of sentence `i` naming none:
    when that sentence is short, in the same paragraph, not the headline, and states none of
    the figures read so far (`claims`). A question answered in the next sentence is one
    ("Q: By how much did tariffs fall? A: By about 35% ...")."""
    if i == 0 or index.paragraph_of[i - 1] != index.paragraph_of[i] or (
            i - 1 == 0 and is_headline(index)):
        return None
    lo, hi = index.span(i - 1)
    if hi - lo > _TOPIC_SENTENCE_CHARS or any(lo <= c.start < hi for c in claims[-20:]):
        return None
    return _last_cue(index, lo, hi, uclass)


# A bare exports cue: no goods of its own named before "exports" ("coal exports", "total
# exports") nor after the figure ("1.1 mt of coal"); a country's or a determiner's word may
# stand before it ("Kazakh exports", "its exports").
_RE_NOUN_EXPORTS: Final = regex.compile(r"\b(?P<word>[a-z-]++)[\s\u00a0]++export(?:s|ed)?\b")
_BARE_BEFORE: Final = frozenset({"the", "its", "their", "for", "of", "to", "and", "as", "our",
                                 "his", "her", "went", "were", "was", "is", "are"})
_RE_OF_AFTER: Final = regex.compile(r"[\s\u00a0]++of[\s\u00a0]")
# What the sentence before the figure says its tonnes are, so that the goods of earlier
# sentences do not go on: other goods by weight ("Of the 6 million tonnes of coal loaded"),
# all cargo ("12 million tonnes of cargo, of which"), or what a plant made ("produced").
_RE_OWN_GOODS: Final = regex.compile(
    r"(?i)\b(?:(?:tonnes?|tons?|mt|kg)[\s\u00a0]++of[\s\u00a0]++(?!(?:the|it|them|which)\b)"
    r"|cargo\b|freight\b|produc(?:ed|es|e|tion)\b|output\b|harvest)"
)
_SENTENCE_CHARS: Final = 400


def goods_go_on(
    claim: Located, metric: str | None, uclass: str, span: tuple[int, int], text: str,
    goods: tuple[str, Topic] | None,
) -> tuple[str, Topic] | None:
    """The goods' exports (`goods`: the text's last metric of one good's exports) for tonnes
    of a bare "for export" in the clause from `span[0]` (the sentence from `span[1]`): "Kazakh
    railways carried 4.1 mt of wheat abroad ... / September brought 1.6 mt, of which 1.2 mt
    went for export" is wheat's; not when the sentence names its own goods or cargo."""
    lo, sent_lo = span[0], max(span[1], claim.start - _SENTENCE_CHARS)
    if metric != "exports" or uclass != "mass" or goods is None or ("export" not in text[
            lo : claim.start] and "export" not in text[claim.end : claim.end + 40]):
        return None
    if _RE_OF_AFTER.match(text, claim.end, claim.end + 6) is not None:
        return None  # "1.1 million tonnes of coal for export"
    if _RE_OWN_GOODS.search(text, sent_lo, claim.start) is not None:
        return None  # "Of the 6 million tonnes of coal loaded, 1.5 million tonnes went ..."
    before = text[sent_lo : claim.start].lower()
    for found in _RE_NOUN_EXPORTS.finditer(text, sent_lo, claim.start):
        if found.group("word") not in _BARE_BEFORE:
            return None  # "coal exports", "total exports"
    return None if any(word in before for word in _WHOLE_WORDS) else goods


_WHOLE_WORDS: Final = ("total", "overall", "all goods", "non-")
