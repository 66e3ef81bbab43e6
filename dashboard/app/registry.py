"""What a page is: a URL pattern, a layout builder and the callbacks it needs.

Dash's own `use_pages` keeps a process-wide registry; pages here are plain values
collected per app (`dashboard.app.pages.all_pages`), so several apps in one process
(tests, workers) never share mutable state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import dash
import regex

from dashboard.scanning import REGEX_TIMEOUT
from dashboard.store import Filters, Store

Layout = Callable[["PageContext"], Any]
Register = Callable[[dash.Dash, Store], None]
_RE_PARAM = regex.compile(r"<(?P<name>[a-z_]+)>")
_ID_CHARS = r"[A-Za-z0-9_.-]{1,128}"  # ids are content hashes; anything else is not found


@dataclass(frozen=True, slots=True)
class PageContext:
    """What a layout builder gets: the store, the URL's parameters and filters."""

    store: Store
    params: dict[str, str]
    filters: Filters


@dataclass(frozen=True)
class Page:
    key: str  # used in element ids: nav-<key>
    title: str  # the navigation label and the document title
    path: str  # "/explore", or with parameters: "/claim/<claim_id>"
    layout: Layout
    register: Register | None = None
    in_nav: bool = True
    uses_filters: bool = True  # show the filter panel beside this page
    pattern: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        escaped = _RE_PARAM.sub(lambda m: f"(?P<{m['name']}>{_ID_CHARS})",
                                regex.escape(self.path).replace(r"\<", "<").replace(r"\>", ">"))
        object.__setattr__(self, "pattern", regex.compile(f"^{escaped}/?$"))

    def match(self, pathname: str) -> dict[str, str] | None:
        found = self.pattern.match(pathname, timeout=REGEX_TIMEOUT)
        return None if found is None else {k: v for k, v in found.groupdict().items() if v}


def find_page(pages: tuple[Page, ...], pathname: str | None) -> tuple[Page, dict[str, str]] | None:
    path = pathname or "/"
    for page in pages:
        params = page.match(path)
        if params is not None:
            return page, params
    return None
