"""Numeric claims from trade and logistics news: parser, dataset, dashboard."""

__version__ = "0.1.0"
