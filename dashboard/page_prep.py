"""An HTML page's tree made ready for trafilatura, in `webpage.read_html`: boxes amid the article
that are not of it dropped (pull quotes, embedded posts, ad slots, newsletter signups), layout
tables unwrapped into the blocks of their cells, an `<aside>` of the article's kept as part of
it, a table's first row marked a header when it looks like one (words, years or units over
rows of figures), `<br>` pairs made paragraph breaks and definition lists "term: definition"
items.

No pandas here.
"""

from __future__ import annotations

import re
from typing import Any, Final

import regex


def mark_breaks_and_definitions(page: Any) -> None:
    """A line break followed at once by another gets a line end of its own, else trafilatura
    drops it inside a paragraph ("rose 9%.<br><br>In January" was one paragraph); a
    definition list is made a list of its terms, each joined to its definitions ("Investment:
    $54 million"), where trafilatura wrote a term and its definition as two items."""
    for br in page.iter("br"):
        nxt = br.getnext()
        if nxt is not None and nxt.tag == "br" and not (br.tail or "").strip():
            br.tail = "\n"
    for definitions in page.iter("dl"):
        _as_list(definitions)


def _as_list(definitions: Any) -> None:
    """A `<dl>` as a `<ul>` of its terms, each with its definitions after a colon."""
    item: Any = None
    for child in list(definitions):
        if child.tag == "dt" or (child.tag == "dd" and item is None):
            item, child.tag = child, "li"
        elif child.tag == "dd":
            _append_text(item, ": " + (child.text or ""))
            for grandchild in list(child):
                item.append(grandchild)  # moves it, with its tail
            definitions.remove(child)
    definitions.tag = "ul"


def _append_text(node: Any, text: str) -> None:
    """`text` after what `node` holds (its last child's tail, else its text)."""
    if len(node):
        node[-1].tail = (node[-1].tail or "") + text
    else:
        node.text = (node.text or "") + text


# A pull quote repeats a line of the article in large type ("We moved 2.9 million tonnes"):
# read, its figure would be claimed twice. An embedded social post (a tweet, an Instagram or
# a TikTok post) is another's text, with its own figures. An ad slot ("Ship with CaspiLine:
# 20% off") is the advertiser's. All are blocks known by their class, id or a `data-ad`
# attribute; a `<span>` of such a class marks the article's own sentence that a script pulls
# out, and a block of more text than a box holds (`_MAX_BOX_CHARS`) is no box ("sponsored-
# article" around a whole article).
_RE_REPEAT_OR_EMBED_CLASS: Final = re.compile(
    r"(?i)pull[-_]?quote|pull[-_]?out[-_]?quote|twitter-tweet|instagram-media|tiktok-embed"
    r"|fb-post|bluesky-embed|telegram-post")
# An ad's class or id: "ad", "ads", "advert", "dfp", "gpt-ad", "adsbygoogle", "native-ad",
# "promo" as a word of its own, the words of a class split at "-" and "_" ("ad-slot", "mpu").
_AD_WORDS: Final = frozenset({"ad", "ads", "advert", "adverts", "advertisement", "dfp", "gpt",
                              "adsbygoogle", "adslot", "adunit", "mpu", "promo", "paywall",
                              "adblock"})  # not "banner": a box of key figures may be one
_XPATH_BOXES: Final = ("//*[self::blockquote or self::aside or self::figure or self::div "
                       "or self::section or self::p or self::ins]"
                       "[@class or @id or @*[starts-with(name(), 'data-ad')]]")
_MAX_BOX_CHARS: Final = 600
# A newsletter's signup: a form taking an email address, with the few lines around it in its
# box ("Get the Corridor Brief. Join 18,000 readers"); the box ends where more text begins.
_XPATH_SIGNUP_FORMS: Final = ("//form[.//input[@type='email' or contains(translate(@name, "
                               "'EMAIL', 'email'), 'mail')]]")
_MAX_SIGNUP_EXTRA_CHARS: Final = 200
_NOT_A_BOX: Final = frozenset({"body", "html", "article", "main"})


def drop_boxes(page: Any) -> None:
    """The pull quotes, embedded posts, ad slots (`_XPATH_BOXES`) and newsletter signups
    (`_XPATH_SIGNUP_FORMS`) of a page taken out, the text after each kept."""
    prose = _paragraph_chars(page)
    for node in page.xpath(_XPATH_BOXES):
        if _is_a_box(node, prose):
            drop_node(node)
    for form in page.xpath(_XPATH_SIGNUP_FORMS):
        if form.getparent() is not None:
            drop_node(_signup_box(form))


def _paragraph_chars(node: Any) -> int:
    """How many characters of text the `<p>`s in `node` hold."""
    return sum(len("".join(para.itertext()).strip()) for para in node.iter("p"))


def _is_a_box(node: Any, prose: int) -> bool:
    """A pull quote, an embedded post or an ad slot, by its class, id or `data-ad` attribute;
    never what holds the headline, an article or half the page's paragraphs (`prose`
    characters in all): a short article's body may be of a class "has-ads"."""
    if node.getparent() is None or node.xpath(".//h1 | .//article"):
        return False
    if prose and _paragraph_chars(node) * 2 > prose:
        return False
    names = f"{node.get('class') or ''} {node.get('id') or ''}"
    marked = bool(_RE_REPEAT_OR_EMBED_CLASS.search(names)) or any(
        name.startswith("data-ad") for name in node.attrib) or not _AD_WORDS.isdisjoint(
        re.split(r"[\s_-]+", names.lower()))
    return marked and len("".join(node.itertext()).strip()) <= _MAX_BOX_CHARS


def _signup_box(form: Any) -> Any:
    """The form and the box around it that holds little else (a heading, a line of pitch)."""
    node = form
    own = len("".join(form.itertext()).strip())
    while (parent := node.getparent()) is not None and parent.tag not in _NOT_A_BOX:
        if parent.get("itemprop") == "articleBody" or len(parent.findall("p")) > 2:
            break
        if len("".join(parent.itertext()).strip()) - own > _MAX_SIGNUP_EXTRA_CHARS:
            break
        node = parent
    return node


def drop_node(node: Any) -> None:
    """`node` out of its tree, the text after it kept."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        before = node.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


# A table that holds a table or a headline lays a page out (menu, article and footer in its
# cells): trafilatura wrote the whole article as one cell of a pipe table, and the table of
# figures in it after that, away from the line that gave its unit.
_XPATH_LAYOUT_TABLES: Final = "//table[.//table or .//h1 or .//h2]"
_TABLE_PARTS: Final = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th", "caption"})
# An `<aside>` amid the article's paragraphs that is no box of links ("Key facts", "At a
# glance": figures the article may not repeat) is part of it; trafilatura drops every
# `<aside>`. One beside the article (a sidebar, teaser cards) is not amid paragraphs, and one
# holding a form is a newsletter's signup ("Join 18,000 readers").
# One after the article's paragraphs at the end of its `<main>` or `<article>` is a box of its
# own too ("Anaklia in numbers").
_XPATH_ARTICLE_ASIDES: Final = ("//aside[preceding-sibling::p][following-sibling::p or "
                                "parent::main or parent::article or parent::*[@itemprop="
                                "'articleBody']][not(.//article)][not(.//form)]")
_MAX_LINK_SHARE: Final = 0.5  # of an aside's text in links: a box of links ("Related news")


def unwrap_layout(page: Any) -> None:
    """Layout tables made `<div>`s (their tables of figures kept), and the asides amid the
    article's paragraphs that are no boxes of links made `<div>`s, so that trafilatura reads them as
    the blocks they are."""
    for table in page.xpath(_XPATH_LAYOUT_TABLES):
        for part in table.xpath("./* | ./*/tr | ./*/tr/* | ./tr/*"):
            if part.tag in _TABLE_PARTS:
                part.tag = "div"
        table.tag = "div"
    for aside in page.xpath(_XPATH_ARTICLE_ASIDES):
        chars = len("".join(aside.itertext()).strip())
        links = sum(len("".join(a.itertext()).strip()) for a in aside.iter("a"))
        if chars and links <= _MAX_LINK_SHARE * chars:
            aside.tag = "div"


# Longer `<h1>`s are no headline (a page wrapped in one).


_RE_FIGURE_CELL: Final = regex.compile(
    r"[+\-\u2212\u2013]?"  # a sign
    r"[0-9](?:[0-9]|[.,\u00a0 ](?=[0-9]))*+"  # digits, maybe grouped, maybe decimal
    r"[ \u00a0]*+%?"  # a percentage
)
_RE_YEAR_CELL: Final = regex.compile(r"(?:19|20)[0-9]{2}")  # "2024": a header's, or a label
# A cell standing for a missing figure: "n/a", "–", "...", "x". A row holding one is data.
_RE_PLACEHOLDER_CELL: Final = regex.compile(
    r"(?i:n/?a|n\.a\.|x)"  # "n/a", "NA", "n.a.", "x"
    r"|[-\u2013\u2014.\u2026*]++"  # dashes, dots, an ellipsis, a star
)
# Longer cells are prose, no header (a layout table of paragraphs).
_MAX_HEADER_CELL_CHARS: Final = 100
_ROWS_LOOKED_AT: Final = 50  # rows below a first row searched for a figure


def mark_table_headers(page: Any) -> None:
    """Mark the first row of every table of `<td>` cells only (no `<th>`, no nested table) as
    a header (its cells made `<th>`) when it is one: the row of a `<thead>`, or a row of
    words, years or units (`_is_header_row`). trafilatura writes the `|---|` separator under a
    row of `<th>` cells only, and a table without one is not read (`tables`)."""
    for table in page.iter("table"):
        if table.find(".//th") is not None or table.find(".//table") is not None:
            continue
        rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        head = table.xpath("./thead/tr")
        first = head[0] if head else rows[0] if rows and _is_header_row(rows) else None
        for cell in first.iterchildren("td") if first is not None else ():
            cell.tag = "th"


def _is_header_row(rows: list[Any]) -> bool:
    """Is a table's first row a header: two cells or more, none a figure but a year, none a
    placeholder ("n/a") or prose, over rows holding a figure (not a year) after their first
    cell? "| Port | 2023 | 2024 |" over "| Baku | 4,500 | 4,900 |" is; "| 2023 | 4,500 |" is
    data, and so is "| Baku | n/a |"."""
    cells = [[" ".join("".join(td.itertext()).split()) for td in row.iterchildren("td")]
             for row in rows[: _ROWS_LOOKED_AT + 1]]
    top = cells[0]
    return (len(top) >= 2 and any(top[1:]) and all(map(_is_header_cell, top)) and any(
        _RE_FIGURE_CELL.fullmatch(words) and not _RE_YEAR_CELL.fullmatch(words)
        for row in cells[1:] for words in row[1:]))


def _is_header_cell(words: str) -> bool:
    """Words, a unit or a year ("Port", "Cargo, mln t", "2024"), or nothing."""
    if not words or _RE_YEAR_CELL.fullmatch(words):
        return True
    return (len(words) <= _MAX_HEADER_CELL_CHARS and not _RE_FIGURE_CELL.fullmatch(words)
            and not _RE_PLACEHOLDER_CELL.fullmatch(words))
