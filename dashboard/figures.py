"""Plotly figures for the dashboard, built from small pandas frames (no dash imports).

Figures are plain dicts in Plotly's JSON schema rather than `graph_objects`: building
and validating objects cost ~100 ms per chart, more than the whole query behind it.

Colours are the Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008),
distinguishable with the common colour-vision deficiencies; kind is shown twice over
(filled vs hollow markers, solid vs dashed lines) so it never depends on colour alone.
Every text that came from an article is HTML-escaped before it reaches a label: Plotly
interprets a small tag subset in hover labels, and article text must stay text.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, cast

import pandas as pd
import regex

from dashboard.scanning import REGEX_TIMEOUT
from dashboard.schema import RE_PERIOD_POINT

# Okabe-Ito, ordered for contrast on white; yellow (#F0E442) left out of the series
# colours because thin markers in it are hard to see on a white background.
OKABE_ITO: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
                              "#56B4E9", "#000000", "#F0E442")
SERIES_COLOURS: tuple[str, ...] = OKABE_ITO[:7]
OTHER_COLOUR = "#999999"
OTHER_GROUP = "other entities"  # the label of the smaller entity groups, folded together
TOPIC_COLOURS: Mapping[str, str] = MappingProxyType({
    "trade": "#0072B2", "logistics": "#E69F00", "energy": "#D55E00", "investment": "#009E73",
    "digital": "#CC79A7", "agriculture": "#56B4E9", "economy": "#000000", "other": "#999999",
})
_SCALES: tuple[tuple[float, str], ...] = ((1e12, "trillion"), (1e9, "billion"),
                                          (1e6, "million"), (1e3, "thousand"))
_CURRENCY_SIGNS = MappingProxyType({"USD": "$", "EUR": "€", "GBP": "£"})
_UNIT_WORDS = MappingProxyType({"t": "t", "x": "×", "pp": "pp", "%": "%", "count": "",
                                "day": "days", "hour": "hours"})
_AXIS = MappingProxyType({"gridcolor": "#e5e5e5", "zerolinecolor": "#bdbdbd",
                          "linecolor": "#bdbdbd", "automargin": True})
Figure = dict[str, Any]  # a Plotly figure as plain data: Dash sends it as is, unvalidated
_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"


def plain(text: object, limit: int | None = None) -> str:
    """Article text made safe for a Plotly label: cut to `limit`, tags shown literally."""
    value = "" if text is None else str(text)
    if limit is not None and len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return html.escape(value, quote=False)


def _scaled(value: float) -> str:
    magnitude = abs(value)
    for size, word in _SCALES:
        if magnitude >= size and size >= 1e6:
            return f"{value / size:,.4g} {word}"
    if magnitude >= 1000:
        return f"{value:,.0f}"
    return f"{value:,.4g}"


def format_value(value: float | None, unit: str | None, value_high: float | None = None) -> str:
    """A value as a reader says it: ``$529 million``, ``4.1 million t``, ``63%``, ``5×``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    number = _scaled(value)
    if value_high is not None and not (isinstance(value_high, float) and math.isnan(value_high)):
        number = f"{number}–{_scaled(value_high)}"
    code = unit or ""
    if code in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[code]}{number}"
    if code in ("%", "x"):
        return f"{number}{_UNIT_WORDS[code]}"
    word = _UNIT_WORDS.get(code, code)
    if code in ("day", "hour") and value == 1 and value_high is None:
        word = code
    return f"{number} {word}".strip()


def signed_value(value: float | None, unit: str | None, value_high: float | None = None,
                 change: str | None = None) -> str:
    """A value as a reader says it, a change with its sign (``+63%``, ``−9.3%``; `value` may
    be signed or not), so a 50% rise never reads as a 50% share; a multiplier's size already
    says which way it went (``5×``, ``0.98×``) and stays unsigned."""
    number, high = _number(value), _number(value_high)
    if change not in ("increase", "decrease") or unit == "x" or number is None:
        return format_value(value, unit, value_high)
    sign = "+" if change == "increase" else "\u2212"
    return sign + format_value(abs(number), unit, None if high is None else abs(high))


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not math.isnan(value):
        return float(value)
    return None


def trend_note(n_claims: int, aggregated: bool, bucket: str | None) -> str:
    """A short line on the chart saying what a point is (a claim, or a median of many)."""
    if aggregated:
        return f"{n_claims:,} claims, shown as medians per {bucket}"
    return f"{n_claims:,} claims, one point each"


def trend_help(aggregated: bool, n_groups: int, max_groups: int, n_changes: int = 0) -> str:
    """The longer explanation shown under the chart's heading."""
    parts = ["Each point sits at the period its figure refers to (else its publication "
             "date); filled points are reported figures, hollow ones projections or targets."]
    if n_changes:
        parts.append(f"{n_changes:,} of these figures are changes (growth rates, not levels), "
                     "drawn with their sign: a fall sits below zero.")
    if aggregated:
        parts.append("There are too many claims to draw one by one, so each point is the "
                     "median of its group, kind and period; clicking it opens the claim "
                     "nearest that median.")
    else:
        parts.append("Click a point to open its claim in the article.")
    if n_groups > max_groups:
        parts.append(f"The {n_groups - max_groups} smaller entity groups are merged into "
                     f"“{OTHER_GROUP}”.")
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One point a chart draws, as its data table lists it: plain text, no markup.

    NOTE: built from the same records and formatters as the point's hover, so the table
    says what the hover says."""

    group: str  # the series or entity group, as the legend names it
    when: str  # the x of the point, as the hover says it (a period or a date)
    value: str  # the value as the hover says it (a change signed: "−14%")
    kind: str  # "reported", "projection", ...
    claim_id: str  # the claim a click on the point opens
    n_claims: int | None = None  # a median of this many claims; None: a single claim


def kind_name(kind: object) -> str:
    """A claim's kind as charts say it (the data says "actual")."""
    return "projection" if kind == "projection" else "reported"


def median_text(n_claims: int) -> str:
    """What a bucket's point is: "median of 12 claims" (a bucket of one is that claim)."""
    return "a single claim" if n_claims == 1 else f"median of {n_claims:,} claims"


def _point_value(row: dict[str, Any], unit: str | None = None) -> str:
    """A point's value as its hover and its table row say it; `unit` for a bucket median,
    whose record has none of its own."""
    return signed_value(row["value"], row.get("unit") or unit, row.get("value_high"),
                        row.get("change"))


def _hover(row: dict[str, Any], aggregated: bool, unit: str | None = None) -> str:
    value = _point_value(row, unit)
    kind = kind_name(row["kind"])
    if aggregated:
        return (f"<b>{plain(value)}</b> {median_text(int(row['n']))} ({kind})<br>"
                f"{plain(row['group'])}<br>{row['x']:%Y-%m}")
    sentence = "<br>".join(textwrap.wrap(plain(row.get("sentence"), 220), 70))
    return (f"<b>{plain(value)}</b> ({kind})<br>{plain(row['group'])} · period "
            f"{plain(readable_period(row.get('period')))}<br>{plain(row.get('outlet'), 60)}, "
            f"published {plain(row.get('published'))}<br><i>{sentence}</i>")


def _trend_runs(frame: pd.DataFrame) -> list[tuple[int, str, str, list[dict[str, Any]]]]:
    """The trend chart's point traces in drawing order: (group index, group, kind, records);
    the folded "other entities" group comes last."""
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for record in cast(list[dict[str, Any]], frame.to_dict("records")):
        by_key.setdefault((record["group"], record["kind"]), []).append(record)
    groups = [g for g in dict.fromkeys(frame["group"]) if g != OTHER_GROUP]
    if OTHER_GROUP in set(frame["group"]):
        groups.append(OTHER_GROUP)
    return [(i, group, kind, by_key[(group, kind)]) for i, group in enumerate(groups)
            for kind in ("actual", "projection") if (group, kind) in by_key]


def trend_rows(frame: pd.DataFrame, *, unit: str, aggregated: bool) -> list[ChartRow]:
    """What `make_trend_figure` draws, one row per point in the chart's order."""
    return [ChartRow(group=str(group), kind=kind_name(kind), claim_id=str(r["claim_id"]),
                     value=_point_value(r, unit),
                     when=f"{r['x']:%Y-%m}" if aggregated else period_text(r),
                     n_claims=int(r["n"]) if aggregated else None)
            for _, group, kind, records in _trend_runs(frame) for r in records]


def period_text(row: dict[str, Any]) -> str:
    """A claim's period as its hover names it, with the publication date it is drawn at
    when it states none."""
    if row.get("period"):
        return readable_period(str(row["period"]))
    return f"not stated (published {row.get('published') or 'on an unknown date'})"


_MONTH_NAMES: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                       "Nov", "Dec")


def readable_period(period: object) -> str:
    """A period as a reader says it: ``2024-01/2024-11`` is "Jan–Nov 2024", ``2024-Q3``
    "Q3 2024", ``2021/2024`` "2021–2024", ``2020/..`` "2020 onwards", ``2024-03-11`` "11 Mar
    2024". The data keeps the ISO form (sorting, downloads); anything else is shown as it is."""
    if not isinstance(period, str) or not period:
        return "not stated"
    head, sep, tail = period.partition("/")
    first = _point(head)
    if not sep:
        return _point_text(first) if first else period
    if tail == ".." and first:
        return f"{_point_text(first)} onwards"
    last = _point(tail)
    if not (first and last):
        return period
    if (first["year"] == last["year"] and first["month"] and last["month"]
            and not (first["day"] or last["day"])):
        return (f"{_MONTH_NAMES[int(first['month']) - 1]}–"
                f"{_MONTH_NAMES[int(last['month']) - 1]} {first['year']}")  # "Jan–Nov 2024"
    return f"{_point_text(first)}–{_point_text(last)}"


def _point(text: str) -> regex.Match[str] | None:
    """One side of a period (`schema.RE_PERIOD_POINT`) with a month that exists, else None."""
    found = RE_PERIOD_POINT.match(text, timeout=REGEX_TIMEOUT)
    if found is None or not 1 <= int(found["month"] or 1) <= 12:
        return None
    return found


def _point_text(m: regex.Match[str]) -> str:
    year: str = m["year"]
    if m["quarter"]:
        return f"Q{m['quarter']} {year}"
    if m["half"]:
        return f"H{m['half']} {year}"
    if m["month"]:
        month = _MONTH_NAMES[int(m["month"]) - 1]
        return f"{int(m['day'])} {month} {year}" if m["day"] else f"{month} {year}"
    return year


def make_trend_figure(frame: pd.DataFrame, *, metric: str, unit: str, note: str,
                      aggregated: bool) -> Figure:
    """Metric over time: one colour per entity group, projections hollow and dashed.

    `frame` has columns group, kind, x, value, n, claim_id (plus, for single claims,
    unit, value_high, period, published, outlet, sentence).
    """
    traces: list[dict[str, Any]] = []
    runs = _trend_runs(frame)
    with_actual = {group for _, group, kind, _ in runs if kind == "actual"}
    for i, group, kind, rows in runs:
        colour = OTHER_COLOUR if group == OTHER_GROUP else SERIES_COLOURS[i % 7]
        projection = kind == "projection"
        traces.append({
            "type": "scatter", "x": [r["x"].strftime("%Y-%m-%d") for r in rows],
            "y": [r["value"] for r in rows], "name": plain(group, 40),
            "legendgroup": str(group),
            "showlegend": not projection or group not in with_actual,
            "mode": "lines+markers" if aggregated else "markers",
            "line": {"color": colour, "width": 1.5, "dash": "dash" if projection else "solid"},
            "marker": {"color": colour, "size": 9,
                       "symbol": "circle-open" if projection else "circle",
                       "line": {"color": colour, "width": 2}},
            "customdata": [r["claim_id"] for r in rows],
            "hovertext": [_hover(r, aggregated, unit) for r in rows],
            "hovertemplate": "%{hovertext}<extra></extra>",
        })
    traces += _kind_key()
    layout = {
        "title": {"text": f"{plain(metric)} ({plain(unit)})", "x": 0, "xanchor": "left"},
        "xaxis": {"type": "date", **_AXIS},
        "yaxis": {"title": {"text": plain(unit)}, "exponentformat": "B", "rangemode": "tozero",
                  **_AXIS},
        "annotations": [_note(note)],
    }
    return house_style({"data": traces, "layout": layout}, legend=True)


def _kind_key() -> list[dict[str, Any]]:
    """Two legend entries that explain filled vs hollow without relying on colour."""
    return [{
        "type": "scatter", "x": [None], "y": [None], "name": name, "mode": "lines+markers",
        "hoverinfo": "skip", "legendgroup": "__kind",
        "line": {"color": "#444444", "dash": dash, "width": 1.5},
        "marker": {"symbol": symbol, "size": 9, "color": "#444444",
                   "line": {"color": "#444444", "width": 2}},
    } for name, symbol, dash in (("reported figure", "circle", "solid"),
                                 ("projection / target", "circle-open", "dash"))]


def _note(text: str) -> dict[str, Any]:
    return {"text": plain(text), "xref": "paper", "yref": "paper", "x": 0, "y": 1.02,
            "xanchor": "left", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 12, "color": "#444444"}}


def make_topic_metric_figure(frame: pd.DataFrame) -> Figure:
    """Claims by topic and metric: the largest (topic, metric) pairs as horizontal bars,
    coloured by topic (the label names the topic too, so colour is never needed)."""
    if frame.empty:
        return empty_figure("No claims match the filters.")
    order = frame.sort_values("count", kind="stable")
    labels = [f"{plain(m, 40)} · {plain(t)}" for t, m in zip(order["topic"], order["metric"],
                                                            strict=True)]
    order = order.assign(label=labels)
    traces = [{
        "type": "bar", "x": part["count"].tolist(), "y": part["label"].tolist(),
        "orientation": "h", "name": plain(topic),
        "marker": {"color": TOPIC_COLOURS.get(str(topic), OTHER_COLOUR)},
        "hovertemplate": "%{y}: %{x:,} claims<extra></extra>",
        "customdata": [[str(t), str(m)] for t, m in zip(part["topic"], part["metric"],
                                                        strict=True)],  # a click explores them
    } for topic in dict.fromkeys(frame["topic"]) for part in [order[order["topic"] == topic]]]
    layout = {
        "barmode": "stack", "height": max(240, 22 * len(order) + 70),
        "yaxis": {"categoryorder": "array", "categoryarray": labels, "automargin": True},
        "xaxis": {"title": {"text": "claims"}, "side": "top", **_AXIS},
    }
    return house_style({"data": traces, "layout": layout}, legend=False, top=40)


def empty_figure(message: str) -> Figure:
    """A blank chart that says why it is blank."""
    layout = {
        "xaxis": {"visible": False}, "yaxis": {"visible": False}, "height": 260,
        "annotations": [{"text": plain(message), "xref": "paper", "yref": "paper", "x": 0.5,
                         "y": 0.5, "showarrow": False, "font": {"size": 15}}],
    }
    return house_style({"data": [], "layout": layout}, legend=False)


def house_style(fig: Figure, *, legend: bool, top: int = 70, legend_y: float = -0.1) -> Figure:
    """House style of every chart, set directly (a Plotly template would add ~10 KB to each)."""
    layout = fig["layout"]
    layout.update({
        "font": {"family": _FONT, "size": 13, "color": "#1a1a1a"},
        "paper_bgcolor": "white", "plot_bgcolor": "white",
        "margin": {"l": 10, "r": 10, "t": top, "b": 10}, "showlegend": legend,
        "hoverlabel": {"align": "left", "bgcolor": "white", "font": {"size": 12}},
        "legend": {"orientation": "h", "yanchor": "top", "y": legend_y, "x": 0,
                   "font": {"size": 12}},
    })
    return fig
