"""The page registry: every page of the app, in navigation order.

Adding a page (say "Where sources disagree") is a module with a `page()` function
returning a `registry.Page` (layout builder plus its callbacks) and one entry below.
"""

from __future__ import annotations

from dashboard.app.pages import (
    disagreements,
    downloads,
    explore,
    forecasts,
    overview,
    series,
    source,
    upload,
)
from dashboard.app.registry import Page


def all_pages() -> tuple[Page, ...]:
    """The app's pages; the first whose path matches a URL renders it."""
    return (overview.page(), explore.page(), series.page(), disagreements.page(),
            forecasts.page(), downloads.page(), upload.page(), *source.pages())
