"""Parts of an HTML page's tree rewritten before trafilatura reads it (`webpage.read_html`),
beside `page_prep`: a table whose cells span rows or columns laid out as a grid, its header
rows made one, and the blocks of a bilingual page in another language than the page's left
out.

A header of several rows ("Cargo handled" over "Containers" over a row of units, "TEU")
becomes one row whose cells say all that stands above each column ("Cargo handled,
Containers, TEU"), and a cell spanning rows ("Aktau" beside its 2024 and 2025 rows) is
written in each of them: trafilatura writes a spanning cell once, in its first row and column,
and a row of units under the header was read as data. A block marked in a language other than
the page's (`<p lang="ru">` on a page of `<html lang="en">`) translates the article's
paragraph beside it; read, its figures were claimed twice.

No pandas here.
"""

from __future__ import annotations

import re
from typing import Any, Final

from lxml import etree

from dashboard.page_prep import drop_node

_RE_YEAR: Final = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_MAX_SPAN: Final = 50  # a larger rowspan or colspan is a broken page's: read as 1
_ROWS_XPATH: Final = "./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"


def flatten_spanned_tables(page: Any) -> None:
    """Every table (not holding a table) with a cell spanning rows or columns and a header
    (its `<thead>`'s rows, else its leading rows of `<th>` cells) rewritten as a grid of
    plain cells: one header row, its rows merged column by column, then its data rows with
    spanned cells filled."""
    for table in list(page.iter("table")):
        if table.find(".//table") is not None or not table.xpath(
                ".//*[self::td or self::th][@rowspan > 1 or @colspan > 1]"):
            continue
        rows = table.xpath(_ROWS_XPATH)
        grid = _grid(rows)
        heads = len(table.xpath("./thead/tr")) or _leading_header_rows(rows)
        if not heads or heads >= len(grid):
            continue  # a table of `<td>`s only: its header is found later (`page_prep`)
        _rewrite(table, rows, [_merged(grid[:heads])], grid[heads:])


def _span(cell: Any, name: str) -> int:
    value = (cell.get(name) or "1").strip()
    return min(int(value), _MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _grid(rows: list[Any]) -> list[list[str]]:
    """The rows' cells as a grid of texts, a spanning cell's text in every place it spans."""
    grid: list[list[str]] = []
    below: dict[tuple[int, int], str] = {}  # (row, column) filled from a rowspan above
    for r, row in enumerate(rows):
        out: list[str] = []
        for cell in row.iterchildren("td", "th"):
            while (r, len(out)) in below:
                out.append(below.pop((r, len(out))))
            words = " ".join("".join(cell.itertext()).split())
            col = len(out)
            out += [words] * _span(cell, "colspan")
            for down in range(1, min(_span(cell, "rowspan"), len(rows) - r)):  # rows there are
                for c in range(col, len(out)):
                    below[(r + down, c)] = words
        while (r, len(out)) in below:
            out.append(below.pop((r, len(out))))
        grid.append(out)
    return grid


def _leading_header_rows(rows: list[Any]) -> int:
    """How many rows at the top hold `<th>` cells only."""
    count = 0
    for row in rows:
        cells = list(row.iterchildren("td", "th"))
        if not cells or any(cell.tag != "th" for cell in cells):
            break
        count += 1
    return count


def _merged(header: list[list[str]]) -> list[str]:
    """One header row: each column's words from top to bottom, each once ("Cargo handled,
    Containers, TEU"), those naming a year in brackets at the end ("Cargo, thousand tonnes
    (1H 2024)"): a header's unit is read where its words end."""
    width = max(len(row) for row in header)
    out = []
    for col in range(width):
        words = list(dict.fromkeys(row[col] for row in header if col < len(row) and row[col]))
        dated = [w for w in words if _RE_YEAR.search(w)]
        plain = ", ".join(w for w in words if w not in dated)
        years = ", ".join(dated)
        out.append(f"{plain} ({years})" if plain and dated else plain or years)
    return out


def _rewrite(table: Any, rows: list[Any], header: list[list[str]], data: list[list[str]]) -> None:
    """The table's rows replaced by `header` (of `<th>` cells) and `data` (of `<td>`s), in a
    `<tbody>`; its caption kept."""
    for row in rows:
        row.getparent().remove(row)
    for part in table.xpath("./thead | ./tbody | ./tfoot"):
        table.remove(part)
    body = etree.SubElement(table, "tbody")
    for k, cells in enumerate(header + data):
        row = etree.SubElement(body, "tr")
        for words in cells:
            etree.SubElement(row, "th" if k < len(header) else "td").text = words


# Blocks that a bilingual page marks with their language.
_BLOCK_TAGS: Final = frozenset({"p", "div", "section", "blockquote", "li", "ul", "ol", "h1",
                                "h2", "h3", "h4", "h5", "h6", "table", "figure"})


def drop_translations(page: Any) -> None:
    """The blocks marked in a language other than the page's (`lang` against `<html lang>`)
    taken out, the text after each kept; never one holding the page's headline. A page that
    does not say its language keeps all, and so does one where they hold half its text or
    more (its `<html lang>` is a template's, wrong: a Kazakh site's English article)."""
    root = page.getroottree().getroot()
    language = _primary(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    if language is None:
        return
    found = [node for node in page.xpath("//body//*[@lang]")
             if node.tag in _BLOCK_TAGS and _primary(node.get("lang")) not in (None, language)
             and node.find(".//h1") is None]
    marked = set(found)  # (a set: a page of 10,000 marked paragraphs stays linear)
    outer = [node for node in found if not any(a in marked for a in node.iterancestors())]
    other = sum(_chars(node) for node in outer)
    if other and other * 2 < _chars(page.find(".//body") if page.find(".//body") is not None
                                     else page):
        for node in outer:
            drop_node(node)


def _chars(node: Any) -> int:
    return len("".join(node.itertext()).strip())


def _primary(tag: str | None) -> str | None:
    """The primary subtag of a language tag: "en-GB" -> "en"."""
    primary = (tag or "").strip().lower().replace("_", "-").split("-")[0]
    return primary if primary.isalpha() else None

