"""An HTML page to the text of its article, with its title, date and canonical URL.

No pandas here. trafilatura finds the main text (scripts, styles, navigation, related
links, comments and footers dropped; no network) as an XML tree of blocks: paragraphs,
headings, lists, tables, quotes. The text is written from that tree block by block, a blank
line between blocks, as a `.txt` article writes its paragraphs, because the parser reads
paragraphs (a period or metric goes on within one; a sentence looks back for its entities
only inside its own). trafilatura's own plain text joins every block with a single line
break, and its Markdown output marks numbers up ("**$529** million", "1. Baku"), so
neither is used. A `<br>` is a line break, two in a row a paragraph break; a list or a table
introduced by a line ending in ":" stays in that line's paragraph. A short text (under
`SHORT_TEXT_CHARS`) is read again from the one element that marks the article, if any, so
that trafilatura's search of the whole page for more text does not bring in teasers. A table
of `<td>` cells only, whose first row is a header by its looks (words, years or units over
rows of figures), has that row marked a header before trafilatura reads it, which then writes
the `|---|` separator `tables` needs to read it. A definition list is read as a list of
"term: definition" items. A layout table (one holding a table or a headline) is read as
the blocks in its cells, and an `<aside>` amid the article's paragraphs that is no box of
links ("Key facts") as part of it. The metadata (date, title, canonical URL) are read from the page
as written; the text is read with stand-ins for "&" and for spaces other than the plain one
(`_STAND_INS`), put back after. When trafilatura leaves out the page's one `<h1>` and it is
the page's title, it is put first, as a `.txt` article's headline is; a date that is only a
year's first of January guessed from a bare year is no date. A line of a web address alone
("URL: https://...", as print pages end) is dropped, and so are a pager's lines ("Page 1 of
2", "Next page: ..."), an ad slot's label, and before trafilatura reads the page, the boxes
amid an article that are not of it: pull quotes (a line of the article repeated), embedded
social posts, ad slots and newsletter signups; then the blocks in another language than the
page's and the tables whose cells span rows or columns (`page_parts`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, Final

import regex

from dashboard.decoding import normalise_text
from dashboard.page_parts import drop_translations, flatten_spanned_tables
from dashboard.page_prep import (
    drop_boxes,
    mark_breaks_and_definitions,
    mark_table_headers,
    unwrap_layout,
)

# A line that points to another article ("Read more: Batumi port cargo falls 1.5%"): its
# figures are that article's, dated by this one's text.
RE_LINK_LINE = re.compile(
    r"^[ \t]*(?:read\s+(?:more|also)|see\s+also|also\s+read|related(?:\s+articles?)?|"
    r"more\s+on\s+this)[ \t]*[:|>»-].*$\n?", flags=re.IGNORECASE | re.MULTILINE)
# A line of a page's furniture inside its article: a pager ("Page 1 of 2", "Continued on
# page 2: ...", "Next page: How Aktau plans 12 mt by 2030", whose figures are the next page's),
# a print page's "Printed from ... on 28.11.2025", an ad slot's label alone ("Advertisement"),
# the heading of a box of links left alone when trafilatura dropped the links ("Related",
# "Read also").
RE_FURNITURE_LINE = re.compile(
    r"^[ \t]*(?:(?:page[ \t]+[0-9]{1,3}[ \t]*(?:of|/)[ \t]*[0-9]{1,3}|continued[ \t]+on[ \t]+"
    r"(?:the[ \t]+)?(?:next[ \t]+)?page(?:[ \t]+[0-9]{1,3})?|(?:next|previous)[ \t]+page"
    r"|printed[ \t]+from[ \t]+[^\s.]+\.[^\s]+)\b.*"
    r"|(?:advertisement|advert|sponsored(?:[ \t]+content)?|(?:read[ \t]+(?:more|also)|see[ \t]+"
    r"also|also[ \t]+read|more[ \t]+on[ \t]+this(?:[ \t]+(?:story|topic))?|related(?:[ \t]+"
    r"(?:articles?|news|stories|content|reading|links))?)[ \t]*:?)[ \t]*)$\n?",
    flags=re.IGNORECASE | re.MULTILINE)
# A line that is only a web address, maybe after a short label ("URL: https://...", a print
# page's "Source: www.example.com/ports/aktau"): where the article lives, no text of it, and
# the digits of its path ("/2025/06/24/") are no figures.
RE_ADDRESS_LINE = re.compile(
    r"^[ \t]*(?:[^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+){0,2}[ \t]*:[ \t]*)?"
    r"(?:https?://|www\.)[^\s<>\"]+[ \t]*$\n?", flags=re.IGNORECASE | re.MULTILINE)
# A power of a unit of length is part of the unit: "24.8 billion m<sup>3</sup>" is cubic
# metres, "850 km<sup>2</sup>" an area (read before footnote markers are dropped), and so is
# one an editor set a space apart ("8.5 km <sup>2</sup>", "m&nbsp;<sup>3</sup>"): dropped as a
# footnote's mark, it made the area a length.
RE_UNIT_POWER = re.compile(
    r"(?<![A-Za-z])(k?m|cm|mm|ft|mi|yd)(?:[ \t\u00a0]|&nbsp;|&#160;)*"
    r"<sup\b[^>]{0,200}>\s*([23])\s*</sup>",
    flags=re.IGNORECASE)
_POWERS = {"2": "\u00b2", "3": "\u00b3"}
# Below this many characters of text trafilatura searches the whole page for paragraphs and
# tables (its MIN_EXTRACTED_SIZE) and keeps what it finds there: teaser headlines around a
# one-paragraph news item ("Port of Poti handled 1.2 mt in 2024") came out as its article.
# Such a page is read again from the element that marks its article, when it marks one.
SHORT_TEXT_CHARS: Final = 250
# Several `<article>`s are teaser cards around an article: only a mark found once is read.
_ARTICLE_MARKS: Final = ("//*[@itemprop='articleBody']", "//article", "//main")
# Text of an element outside its headline, date and header: "is there an article in it?"
_XPATH_HAS_PROSE: Final = ("boolean(.//text()[normalize-space()][not(ancestor::*[self::h1 or "
                        "self::h2 or self::h3 or self::header or self::time or self::footer])])")
# A footnote marker, maybe a link to its note ("<sup><a href='#fn2'>2</a></sup>", "[3]"), or
# a letter or a dagger ("61,000 trucks<sup>a</sup>" was "trucksa", no unit).
RE_FOOTNOTE_MARK = re.compile(
    r"(?i:<sup\b[^>]{0,200}>\s*(?:<a\b[^>]{0,300}>\s*)?)\[?(?:[0-9]{1,3}|[a-z]|[*†‡§]|"
    r"&(?:dagger|Dagger|sect|#8224|#8225|#167);)\]?\s*(?i:(?:</a>\s*)?</sup>)")
# Characters of the page's text that stand in for others while trafilatura reads it, and are
# put back after. It decodes entities twice (lxml, then html.unescape on the text), which
# would turn a literal "&amp;lt;" into "<"; and it makes any space a plain one, which would
# join "64\u20072,500" (a figure space, no separator of digit groups) into one number and
# lose the no-break spaces the parser reads as written ("January\u00a015"). Each stand-in
# is a printable symbol news text has no use for (Unicode's Control Pictures), no space.
_STAND_INS: Final = {"&": "\u2426", "\u00a0": "\u2420", "\u2007": "\u2421", "\u2009": "\u2422",
                     "\u202f": "\u2423", "\u2002": "\u2424", "\u2003": "\u2425",
                     "\u3000": "\u2419"}
_HIDE: Final = str.maketrans(_STAND_INS)
_SHOW: Final = str.maketrans({v: k for k, v in _STAND_INS.items()})
_RE_HIDDEN: Final = re.compile("[" + "".join(_STAND_INS) + "]")
# Blocks of trafilatura's tree; anything else at the top (loose text, inline elements,
# line breaks) is gathered into paragraphs between them.
_BLOCK_TAGS = frozenset({"p", "head", "list", "table", "quote", "code", "graphic"})
# Blocks that two line breaks in a row split into paragraphs ("text<br><br>text").
_SPLIT_TAGS = frozenset({"p", "quote"})
# Blocks that stay in the paragraph of a line ending in ":" ("Cargo handled in 2024:").
_INTRODUCED_TAGS = frozenset({"list", "table"})
_RE_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# A line of spaces only, which trafilatura writes before a nested list ("- Containers: 72,000
# TEU\n  \n  - of which ..."): in a list, no paragraph break.
_RE_SPACE_LINE = re.compile(r"\n[ \t]*+(?=\n)")
# A line of a page's date and time before the article ("21.01.2025", "12.11.2025 14:35",
# "Updated: 14 Feb 2025, 11:42"): metadata, read already; left in, it would be the text's
# headline, whose names the article's figures fall back to.
_RE_DATE_LINE = re.compile(
    r"(?:[0-9\s.,:/|()\u2013\u2014+-]++|\b(?:(?:jan|febr)uary|march|april|may|june|july|august"
    r"|(?:sept|nov|dec)ember|october|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun"
    r"|am|pm|gmt|utc|updated|published|posted|on|at)\b)*+",
    flags=re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """What a page says: `body` is the article's text (paragraphs apart by blank lines)."""

    body: str
    published: str | None
    title: str | None
    url: str | None


def read_html(html: str) -> Page:
    """The article of an HTML page through trafilatura; an empty body when none is found."""
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    html = RE_UNIT_POWER.sub(lambda m: m.group(1) + _POWERS[m.group(2)], html)
    # Footnote markers would glue to the figure before them ("8%<sup>1</sup>" -> "8%1").
    html = RE_FOOTNOTE_MARK.sub("", html)
    page = load_html(html)
    if page is None:
        return Page("", None, None, None)
    drop_boxes(page)
    drop_translations(page)
    unwrap_layout(page)
    flatten_spanned_tables(page)
    mark_table_headers(page)
    mark_breaks_and_definitions(page)
    # Read from the text as written (a date "4&nbsp;March&nbsp;2025"), before the stand-ins.
    meta = extract_metadata(copy.copy(page))
    published = _publication_date(meta.date, page)
    headline = _headline_of(page)
    for node in page.iter():
        if isinstance(node.text, str) and _RE_HIDDEN.search(node.text):
            node.text = node.text.translate(_HIDE)
        if isinstance(node.tail, str) and _RE_HIDDEN.search(node.tail):
            node.tail = node.tail.translate(_HIDE)
    extracted = _extract(page, meta.url)
    if extracted is None:
        return Page("", None, None, None)
    text = _text_of(extracted)
    if len(text) < SHORT_TEXT_CHARS and _keep_only_the_article(page):
        alone = _extract(page, meta.url)
        text = (_text_of(alone) if alone is not None else "") or text
    text = text.translate(_SHOW)
    text = RE_FURNITURE_LINE.sub("", RE_ADDRESS_LINE.sub("", RE_LINK_LINE.sub("", text)))
    body = normalise_text(_RE_BLANK_LINES.sub("\n\n", text))
    body = _without_date_lines(body)
    title = normalise_text(meta.title or "") or None
    body = _with_headline(body, title, headline)
    return Page(body, published, title, meta.url)


_MAX_HEADLINE_CHARS: Final = 300


def _headline_of(page: Any) -> str | None:
    """The text of the page's one `<h1>` (None when it has none or several)."""
    found = page.xpath("//h1")
    if len(found) != 1:
        return None
    words = " ".join("".join(found[0].itertext()).split())
    return words if 0 < len(words) <= _MAX_HEADLINE_CHARS else None


def _with_headline(body: str, title: str | None, headline: str | None) -> str:
    """The body with the page's headline as its first paragraph, as a `.txt` article
    starts, when trafilatura left it out (it does when the article's text is in a `<div>`
    apart from its `<h1>`): the figures of a paragraph that names nothing are about what
    the headline names. Only a headline that is the page's title too (not a site's name
    in an `<h1>`), and only when the body does not hold it already."""
    if not body or headline is None or title is None or " ".join(title.split()) != headline:
        return body
    return body if headline in " ".join(body[: 2 * len(headline) + 200].split()) else (
        f"{headline}\n\n{body}")


# The first of January written as a date ("1 January 2025", "Jan. 1, 2025", "01.01.2025").
_RE_NEW_YEAR: Final = regex.compile(
    r"(?i:\b0?1(?:st)?[ .,/\u00a0-]++(?:jan(?:uary)?\.?|0?1)[ .,/\u00a0-]++"
    r"|\bjan(?:uary)?\.?[ \u00a0]++0?1(?:st)?\b,?[ \u00a0]*+|\b)(?P<year>[0-9]{4})(?:-01-01)?\b")


def _publication_date(date: str | None, page: Any) -> str | None:
    """The page's date, unless it is the first of January that htmldate makes of a year
    alone (a copyright line "(c) 2025", a figure's "in 2024") when it finds no date: such a
    page has no date, and a wrong one would date its "last year"."""
    if not date or not date.endswith("-01-01"):
        return date
    from htmldate import find_date

    if find_date(page, original_date=True, extensive_search=False) == date:
        return date  # in the page's markup (a meta tag, a `<time>`, its URL)
    year = date[:4]
    return date if any(m.group("year") == year and m.group() != year
                       for m in _RE_NEW_YEAR.finditer(" ".join(page.itertext()))) else None


# A cell of a figure: "4,500", "-3.1", "12 %", "1 912,4" (and a year: "2024").
def _extract(page: Any, url: str | None) -> Any:
    """trafilatura's reading of a page's body (a tree of its `load_html`, which it copies);
    its metadata are read apart (`read_html`), `url` among them."""
    import trafilatura  # imported here: slow to import and only needed for HTML

    return trafilatura.bare_extraction(
        page, url=url, with_metadata=False, favor_precision=True, include_comments=False,
        include_tables=True, include_images=False, include_links=False,
    )


def _text_of(extracted: Any) -> str:
    """The article's text in trafilatura's reading (a dict when it has no body tree)."""
    tree = getattr(extracted, "body", None)
    if tree is not None:
        return body_text(tree)
    fields = extracted if isinstance(extracted, dict) else extracted.as_dict()
    return str(fields.get("text") or "")


def _keep_only_the_article(page: Any) -> bool:
    """Cut the page down to the one element that marks its article (`_ARTICLE_MARKS`), if
    there is one and it holds text besides its headline (some pages mark only the header of
    an article); was the page cut?"""
    marked = (page.xpath(mark) for mark in _ARTICLE_MARKS)
    node = next((found[0] for found in marked if len(found) == 1), None)
    if node is None or not node.xpath(_XPATH_HAS_PROSE):
        return False
    while (parent := node.getparent()) is not None and node.tag != "body":
        for sibling in parent:
            if sibling is not node and sibling.tag != "head":
                parent.remove(sibling)  # its tail goes with it: text outside the article
        parent.text = None
        node = parent
    return True


def _without_date_lines(body: str) -> str:
    """The body without the lines of a date and time it starts with (at most three)."""
    for _ in range(3):
        first, _, rest = body.partition("\n")
        if not rest or not re.search(r"[0-9]", first) or not _RE_DATE_LINE.fullmatch(first):
            break
        body = rest.lstrip()
    return body


def body_text(body: Any) -> str:
    """The text of trafilatura's body tree: its blocks as trafilatura writes each one, a
    blank line between them (a single line break before an introduced list or table)."""
    from trafilatura.xml import xmltotxt

    out: list[str] = []
    for block in _blocks(body):
        for part in _split_at_double_breaks(block) if block.tag in _SPLIT_TAGS else [block]:
            text = (xmltotxt(part, include_formatting=False) or "").strip()
            if part.tag == "list":  # a nested list is no paragraph of its own
                text = _RE_SPACE_LINE.sub("", text)
            if not text:
                continue
            if out:
                introduced = part.tag in _INTRODUCED_TAGS and out[-1].endswith(":")
                out.append("\n" if introduced else "\n\n")
            out.append(text)
    return "".join(out)


def _blocks(body: Any) -> list[Any]:
    """The blocks of the body in order, wherever they are nested (trafilatura's fallback
    extractors leave `<div>`s around them), with loose text and inline elements between
    blocks gathered into paragraphs of their own. Takes the tree apart (trafilatura made it
    for this call only)."""
    out: list[Any] = []
    loose: list[Any] = []  # the paragraph gathering loose content, when one is open

    def paragraph() -> Any:
        if not loose:
            loose.append(body.makeelement("p", {}))
            out.append(loose[0])
        return loose[0]

    def add_text(text: str | None) -> None:
        if not text or (not loose and not text.strip()):
            return  # spaces between blocks
        para = paragraph()
        if len(para):
            para[-1].tail = (para[-1].tail or "") + text
        else:
            para.text = (para.text or "") + text

    def gather(node: Any) -> None:
        add_text(node.text)
        for child in list(node):
            tail, child.tail = child.tail, None
            if child.tag in _BLOCK_TAGS:
                out.append(child)
                loose.clear()
            elif next(child.iterdescendants(*_BLOCK_TAGS), None) is not None:
                gather(child)  # a container of blocks
            else:  # inline, or a line break: part of the loose paragraph
                paragraph().append(child)
            add_text(tail)

    gather(body)
    return out


def _split_at_double_breaks(block: Any) -> list[Any]:
    """A block cut where two line breaks follow each other with nothing between them:
    "<p>a<lb/><lb/>b</p>" is two paragraphs, "a" and "b"."""
    parts = [block]
    while True:
        current = parts[-1]
        children = list(current)
        cut = next((k for k in range(len(children) - 1) if _breaks_twice(children, k)), None)
        if cut is None:
            return parts
        last = cut + 1
        while last + 1 < len(children) and _breaks_twice(children, last):
            last += 1  # a run of breaks is one paragraph break
        rest = current.makeelement(current.tag, {})
        rest.text = children[last].tail
        for child in children[last + 1 :]:
            rest.append(child)  # moves it
        for child in children[cut : last + 1]:
            current.remove(child)  # a break's tail goes with it: only spaces, or kept above
        parts.append(rest)


def _breaks_twice(children: list[Any], k: int) -> bool:
    """Are children k and k + 1 line breaks with nothing but spaces between them?"""
    return (children[k].tag == "lb" and children[k + 1].tag == "lb"
            and not (children[k].tail or "").strip())
