"""Figures for reconciliation: series over time with their disagreements, and forecasts
against outcomes. Plain Plotly dicts from small pandas frames, like `dashboard.figures`.

Vermillion (#D55E00) is kept for "sources disagree" and never used for a series, and the
mark is a large ring, so it reads without colour; series colours are the rest of the
Okabe-Ito palette. Reported figures are filled, projections hollow, implied (derived)
values hollow diamonds. Article text in labels goes through `plain` (escaped).
"""

from __future__ import annotations

import math
import textwrap
from types import MappingProxyType
from typing import Any

import pandas as pd

from dashboard.figures import (
    ChartRow,
    Figure,
    empty_figure,
    format_value,
    house_style,
    kind_name,
    period_text,
    plain,
    readable_period,
    signed_value,
)

DISAGREE_COLOUR = "#D55E00"
SERIES_PALETTE: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
                                   "#000000", "#999999")
OVER_COLOUR, UNDER_COLOUR = "#0072B2", "#E69F00"
LOG_RATIO = 100  # largest / smallest value above which the series chart uses a log axis
_AXIS = MappingProxyType({"gridcolor": "#e5e5e5", "zerolinecolor": "#bdbdbd",
                          "linecolor": "#bdbdbd", "automargin": True})


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a frame as dicts keyed by column name."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def _sentence(text: object) -> str:
    return "<br>".join(textwrap.wrap(plain(text, 220), 70))


def _point_value(row: dict[str, Any]) -> str:
    return signed_value(row["value"], row.get("unit"), row.get("value_high"), row.get("change"))


def _point_hover(row: dict[str, Any], series: str) -> str:
    value = _point_value(row)
    kind = kind_name(row.get("kind"))
    flag = "<br><b>Sources disagree on this figure</b>" if row.get("disputed") else ""
    return (f"<b>{plain(value)}</b> ({kind}){flag}<br>{plain(series, 80)}<br>period "
            f"{plain(readable_period(row.get('period')))} · {plain(row.get('outlet'), 60)}, "
            f"published {plain(row.get('published'))}<br><i>{_sentence(row.get('sentence'))}</i>")


def _series_traces(part: pd.DataFrame, name: str, colour: str) -> list[dict[str, Any]]:
    """A line through the per-period median of the reported figures, then every claim.

    Undated series get no line: their points sit at publication dates, not periods."""
    traces: list[dict[str, Any]] = []
    reported = part[part["kind"] != "projection"] if bool(part["dated"].all()) else part[:0]
    if not reported.empty:
        line = reported.groupby("x", sort=True)["value"].median()
        traces.append({"type": "scatter", "mode": "lines", "name": plain(name, 60),
                       "legendgroup": name, "x": [x.strftime("%Y-%m-%d") for x in line.index],
                       "y": line.tolist(), "hoverinfo": "skip",
                       "line": {"color": colour, "width": 2}})
    for symbol, points in _kind_runs(part):
        rows = records(points)
        traces.append({
            "type": "scatter", "mode": "markers", "name": plain(name, 60),
            "legendgroup": name, "showlegend": not traces,  # one legend entry per series
            "x": [r["x"].strftime("%Y-%m-%d") for r in rows], "y": points["value"].tolist(),
            "marker": {"color": colour, "size": 9, "symbol": symbol,
                       "line": {"color": colour, "width": 2}},
            "customdata": points["claim_id"].tolist(),
            "hovertext": [_point_hover(r, name) for r in rows],
            "hovertemplate": "%{hovertext}<extra></extra>",
        })
    return traces


def _kind_runs(part: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """A series' points as the chart draws them: (marker symbol, points), reported first."""
    runs = [("circle", part[part["kind"] != "projection"]),
            ("circle-open", part[part["kind"] == "projection"])]
    return [(symbol, points) for symbol, points in runs if not points.empty]


def _series_order(points: pd.DataFrame) -> list[str]:
    """The series' labels, largest first: the legend's and the table's order."""
    return [str(label) for label in points["label"].value_counts(sort=True).index]


def series_rows(points: pd.DataFrame, implied: pd.DataFrame, *, unit: str) -> list[ChartRow]:
    """What `make_series_figure` draws as points (not its median lines), one row per point
    in the chart's order: each series' claims, then the implied values."""
    if points.empty:
        return []
    rows = [ChartRow(group=label, when=period_text(r), value=_point_value(r),
                     kind=kind_name(r.get("kind")) + ("; sources disagree"
                                                      if r.get("disputed") else ""),
                     claim_id=str(r["claim_id"]))
            for label in _series_order(points)
            for _, part in _kind_runs(points[points["label"] == label])
            for r in records(part)]
    return rows + [ChartRow(group=str(r["label"]), when=readable_period(r["period"]),
                            value=format_value(r["value"], unit),
                            kind=f"implied (derived, not reported): {r['method']}",
                            claim_id=str(r["level_claim_id"]))
                   for r in (records(implied) if not implied.empty else [])]


def _disagreement_trace(points: pd.DataFrame) -> list[dict[str, Any]]:
    disputed = points[points["disputed"]]
    if disputed.empty:
        return []
    return [{"type": "scatter", "mode": "markers", "name": "sources disagree",
             "x": [x.strftime("%Y-%m-%d") for x in disputed["x"]],
             "y": disputed["value"].tolist(), "hoverinfo": "skip",
             "marker": {"symbol": "circle-open", "size": 22, "color": DISAGREE_COLOUR,
                        "line": {"color": DISAGREE_COLOUR, "width": 3}}}]


def _implied_trace(implied: pd.DataFrame, colours: dict[str, str],
                   unit: str) -> list[dict[str, Any]]:
    if implied.empty:
        return []
    rows = records(implied)
    return [{"type": "scatter", "mode": "markers", "name": "implied (derived, not reported)",
             "x": [r["x"].strftime("%Y-%m-%d") for r in rows], "y": implied["value"].tolist(),
             "marker": {"symbol": "diamond-open", "size": 12, "line": {"width": 2},
                        "color": [colours.get(r["label"], "#444444") for r in rows]},
             "customdata": implied["level_claim_id"].tolist(),
             "hovertext": [f"<b>{plain(format_value(r['value'], unit))}</b> implied for "
                           f"{plain(readable_period(r['period']))}<br>{plain(r['label'], 80)}<br>"
                           f"derived: {plain(r['method'], 120)}" for r in rows],
             "hovertemplate": "%{hovertext}<extra></extra>"}]


def make_series_figure(points: pd.DataFrame, implied: pd.DataFrame, *, metric: str,
                       unit: str, note: str) -> Figure:
    """One line per series, every source's point on it, disagreements ringed."""
    if points.empty:
        return empty_figure(f"No claims with a series for {metric} ({unit}).")
    labels = _series_order(points)  # largest series first
    colours = {label: SERIES_PALETTE[i % len(SERIES_PALETTE)] for i, label in enumerate(labels)}
    traces: list[dict[str, Any]] = []
    for label in labels:
        traces += _series_traces(points[points["label"] == label], label, colours[label])
    traces += _implied_trace(implied, colours, unit) + _disagreement_trace(points)
    values = points["value"]
    negative = bool((values <= 0).any())
    # Series of very different sizes (a $40 bn pair beside a $0.5 bn one) flatten the
    # small ones on a linear axis; a log axis keeps every line readable.
    log = not negative and float(values.max()) > LOG_RATIO * float(values.min())
    yaxis = {"title": {"text": plain(unit) + (" (log scale)" if log else "")},
             "exponentformat": "B", **_AXIS}
    yaxis.update({"type": "log"} if log else {"rangemode": "normal" if negative else "tozero"})
    layout = {
        "title": {"text": f"{plain(metric)} ({plain(unit)}), one line per series", "x": 0,
                  "xanchor": "left"},
        "xaxis": {"type": "date", **_AXIS}, "yaxis": yaxis,
        "annotations": [_note(note + ("; log scale" if log else ""))],
    }
    return house_style({"data": traces, "layout": layout}, legend=True, legend_y=-0.12)


def _forecast_label(row: dict[str, Any]) -> str:
    """Two lines: the series, then "2025: 5.2 million t, made 2025-10-20"."""
    series = str(row["label"]).split(" · ")
    what = " · ".join(series[:2]) if len(series) > 1 else series[0]
    projected = format_value(row["projected"], row.get("unit"))
    return (f"{plain(what, 70)}<br>{plain(readable_period(row['period']))}: {plain(projected)}, "
            f"made {plain(row['made_on'])}")


def _forecast_hover(row: dict[str, Any]) -> str:
    unit = row.get("unit")
    return (f"<b>{plain(format_value(row['projected'], unit))}</b> projected for "
            f"{plain(readable_period(row['period']))} on {plain(row['made_on'])}<br>"
            f"<b>{plain(format_value(row['actual'], unit))}</b> reported from "
            f"{plain(row['reported_on'])}<br>error {row['error_pct']:+.1f}%<br>"
            f"{plain(row.get('outlet'), 60)}: <i>{_sentence(row.get('sentence'))}</i>")


def _charted_forecasts(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The forecasts with an error, the bars of the chart from the top down."""
    return [r for r in records(frame) if r.get("error_pct") is not None
            and not math.isnan(r["error_pct"])] if not frame.empty else []


def forecast_rows(frame: pd.DataFrame) -> list[ChartRow]:
    """What `make_forecast_figure` draws, one row per bar from the top down."""
    return [ChartRow(group=str(r["label"]), when=readable_period(r["period"]),
                     value=(f"{r['error_pct']:+.1f}%: "
                            f"{format_value(r['projected'], r.get('unit'))} projected on "
                            f"{r['made_on']}, {format_value(r['actual'], r.get('unit'))} "
                            f"reported from {r['reported_on']}"),
                     kind="projection", claim_id=str(r["projection_claim_id"]))
            for r in _charted_forecasts(frame)]


def make_forecast_figure(frame: pd.DataFrame) -> Figure:
    """Each forecast's error against the outcome, in % (units differ between rows)."""
    rows = _charted_forecasts(frame)
    if not rows:
        return empty_figure("No forecast has a reported outcome under these filters.")
    labels = [_forecast_label(r) for r in rows]
    traces = []
    for over, colour, name in ((True, OVER_COLOUR, "forecast above the outcome"),
                               (False, UNDER_COLOUR, "forecast below the outcome")):
        part = [(label, r) for label, r in zip(labels, rows, strict=True)
                if (r["error_pct"] > 0) == over]
        if not part:
            continue
        traces.append({
            "type": "bar", "orientation": "h", "name": name,
            "y": [label for label, _ in part], "x": [r["error_pct"] for _, r in part],
            "marker": {"color": colour, "pattern": {"shape": "" if over else "/"}},
            "text": [f"{r['error_pct']:+.1f}%" for _, r in part], "textposition": "outside",
            "cliponaxis": False,
            "customdata": [r["projection_claim_id"] for _, r in part],
            "hovertext": [_forecast_hover(r) for _, r in part],
            "hovertemplate": "%{hovertext}<extra></extra>",
        })
    errors = [float(r["error_pct"]) for r in rows]
    low, high = min(0.0, *errors), max(0.0, *errors)
    pad = max(10.0, 0.25 * (high - low))
    # Labels go above their bars (not beside them), so a phone keeps the bars' width.
    notes = [{"text": label, "xref": "paper", "x": 0, "xanchor": "left", "yref": "y",
              "y": label, "yshift": 30, "showarrow": False, "align": "left",
              "font": {"size": 12, "color": "#1a1a1a"}} for label in labels]
    layout = {
        "height": max(300, 84 * len(rows) + 120), "barmode": "overlay", "bargap": 0.55,
        "yaxis": {"categoryorder": "array", "categoryarray": labels[::-1],
                  "showticklabels": False, "range": [-0.6, len(rows) - 0.1]},
        "xaxis": {"title": {"text": "error of the forecast, % of the outcome"},
                  "ticksuffix": "%", "zeroline": True, "range": [low - pad, high + pad],
                  **_AXIS},
        "annotations": notes,
    }
    figure = house_style({"data": traces, "layout": layout}, legend=True, top=40,
                         legend_y=-0.12)
    figure["layout"]["legend"].update({"y": 1.0, "yanchor": "bottom"})  # clear of the axis title
    return figure


def _note(text: str) -> dict[str, Any]:
    return {"text": plain(text), "xref": "paper", "yref": "paper", "x": 0, "y": 1.02,
            "xanchor": "left", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 12, "color": "#444444"}}
