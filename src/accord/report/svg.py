"""Hand-made inline SVG charts for the HTML report.

Every function returns one ``<svg>`` element as a string, with all text escaped, so a report
needs no plotting library, no script and no network to display. Coordinates are computed with
NumPy; the charts are small (tens of actors, hundreds of turns, a few thousand samples).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

from accord.scenario.arrays import FloatArray
from accord.text import probability_text, shortened

# Colour-blind-safe qualitative palette (Okabe and Ito 2008, "Color Universal Design"), then
# Paul Tol's "muted" scheme for more than eight actors.
PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#8C6D31",
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)
FORECAST_COLOUR = "#C00000"
STATUS_QUO_COLOUR = "#777777"
FONT = 12


def colour(index: int) -> str:
    """The colour of the actor at ``index`` (cycles through the palette)."""
    return PALETTE[index % len(PALETTE)]


def _t(value: object) -> str:
    return escape(str(value), quote=True)


def _f(value: float) -> str:
    """A coordinate with two decimals, without trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def fmt_number(value: float | None, digits: int = 1) -> str:
    if value is None or not math.isfinite(value):
        return ""
    return f"{value:.{digits}f}"


@dataclass(frozen=True)
class Axis:
    """A linear map from data units ``[lo, hi]`` to pixels ``[start, end]``."""

    lo: float
    hi: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        span = self.hi - self.lo
        if span == 0:
            return (self.start + self.end) / 2
        return self.start + (value - self.lo) / span * (self.end - self.start)


#: The SVG namespace, on every chart: one cut out of a report or a notebook's HTML is then an
#: SVG file of its own (without it a browser shows the file as XML text).
SVG_NS = "http://www.w3.org/2000/svg"


def _svg_open(width: int, height: int, label: str, css_class: str) -> str:
    return (
        f'<svg class="{_t(css_class)}" xmlns="{SVG_NS}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{_t(label)}" font-family="sans-serif" font-size="{FONT}">'
        f"<title>{_t(label)}</title>"
    )


def _text(
    x: float,
    y: float,
    text: str,
    anchor: str = "start",
    size: int = FONT,
    fill: str = "#222",
    weight: str = "normal",
) -> str:
    # a white outline under the glyphs keeps labels readable where they cross lines
    return (
        f'<text x="{_f(x)}" y="{_f(y)}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="{fill}" font-weight="{weight}" stroke="#fff" stroke-width="3" '
        f'stroke-linejoin="round" paint-order="stroke">{_t(text)}</text>'
    )


def _wrapped(
    x: float, y: float, text: str, width_chars: int, anchor: str, max_lines: int = 3
) -> str:
    lines = textwrap.wrap(text, width_chars) or [""]
    if len(lines) > max_lines:
        # the last line ends at a word with an ellipsis (it was cut mid-word before session 28)
        lines = [*lines[: max_lines - 1], shortened(" ".join(lines[max_lines - 1 :]), width_chars)]
    return "".join(
        _text(x, y + k * (FONT + 2), line, anchor, fill="#444") for k, line in enumerate(lines)
    )


def _ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering ``[lo, hi]``."""
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw), default=raw)
    first = math.ceil(lo / step - 1e-9) * step
    ticks = []
    value = first
    while value <= hi + 1e-9 * max(1.0, abs(hi)):
        ticks.append(round(value, 10))
        value += step
    return ticks


def _value_grid(y: Axis, ticks: list[float], left: int, right: int) -> list[str]:
    """Pale horizontal lines across the plot at ``ticks``, each value written at the left."""
    parts = []
    for value in ticks:
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{_f(y(value))}" y2="{_f(y(value))}" '
            f'stroke="#e4e4e4"/>'
        )
        parts.append(_text(left - 8, y(value) + 4, f"{value:g}", "end", 11, "#666"))
    return parts


def _value_title(text: str, top: float, bottom: float) -> str:
    """The vertical axis's name, turned a quarter left beside the axis."""
    middle = _f((top + bottom) / 2)
    return (
        f'<text x="16" y="{middle}" font-size="11" fill="#666" '
        f'text-anchor="middle" transform="rotate(-90 16 {middle})">{_t(text)}</text>'
    )


@dataclass(frozen=True)
class Marker:
    """One actor's stance on one issue as drawn in the stance plot."""

    actor: str
    name: str
    position: float
    salience: float
    capability: float
    uncertainty: float | None
    colour: str


def stance_plot(
    title: str,
    low: float,
    high: float,
    low_label: str | None,
    high_label: str | None,
    points: Sequence[tuple[float, str]],
    markers: Sequence[Marker],
    forecast: float | None,
    status_quo: float | None = None,
    band: tuple[float, float] | None = None,
    width: int = 960,
) -> str:
    """Actors on an issue's scale: x = position, y = salience, marker area ~ capability.

    Horizontal whiskers show each stance's uncertainty (one standard deviation); the forecast
    is a red dashed line, the status quo a grey dotted one, and ``band`` (the 5th to 95th
    percentile of a Monte Carlo ensemble) a pale red band.
    """
    left, right, top, bottom = 70, width - 30, 46, 236
    height = bottom + 40 + 3 * (FONT + 2)
    # markers at the scale's ends stay clear of the salience axis and the frame
    x = Axis(low, high, left + 16, right - 16)
    y = Axis(0.0, 1.0, bottom, top)
    parts = [_svg_open(width, height, title, "stances")]
    # frame and salience grid
    for s in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{_f(y(s))}" y2="{_f(y(s))}" '
            f'stroke="#e4e4e4" stroke-width="1"/>'
        )
        parts.append(_text(left - 8, y(s) + 4, f"{s:g}", "end", 11, "#666"))
    parts.append(_value_title("salience", top, bottom))
    parts.append(
        f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="#333" '
        f'stroke-width="1.5"/>'
    )
    # scale ticks: ends and labelled points
    tick_values = sorted({low, high, *(at for at, _ in points)})
    for value in tick_values:
        parts.append(
            f'<line x1="{_f(x(value))}" x2="{_f(x(value))}" y1="{bottom}" y2="{bottom + 6}" '
            f'stroke="#333"/>'
        )
        parts.append(_text(x(value), bottom + 18, f"{value:g}", "middle", 11, "#333"))
    label_chars = max(20, (right - left) // 2 // 7 - 2)
    if low_label:
        parts.append(_wrapped(left, bottom + 34, low_label, label_chars, "start"))
    if high_label:
        parts.append(_wrapped(right, bottom + 34, high_label, label_chars, "end"))
    # Monte Carlo band, status quo, forecast
    if band is not None and all(math.isfinite(v) for v in band):
        b0, b1 = sorted(band)
        parts.append(
            f'<rect x="{_f(x(b0))}" y="{top - 10}" width="{_f(max(1.0, x(b1) - x(b0)))}" '
            f'height="{bottom - top + 10}" fill="{FORECAST_COLOUR}" fill-opacity="0.08">'
            f"<title>{_t(f'5th to 95th percentile: {b0:.1f} to {b1:.1f}')}</title></rect>"
        )
    if status_quo is not None:
        parts.append(
            f'<line x1="{_f(x(status_quo))}" x2="{_f(x(status_quo))}" y1="{top - 10}" '
            f'y2="{bottom}" stroke="{STATUS_QUO_COLOUR}" stroke-width="1.5" '
            f'stroke-dasharray="2 3"/>'
        )
        parts.append(
            _text(
                x(status_quo),
                top - 26,
                f"status quo {status_quo:g}",
                _anchor(x, status_quo),
                11,
                STATUS_QUO_COLOUR,
            )
        )
    if forecast is not None and math.isfinite(forecast):
        parts.append(
            f'<line class="forecast" x1="{_f(x(forecast))}" x2="{_f(x(forecast))}" '
            f'y1="{top - 10}" y2="{bottom}" stroke="{FORECAST_COLOUR}" stroke-width="2" '
            f'stroke-dasharray="6 4"/>'
        )
        parts.append(
            _text(
                x(forecast),
                top - 13,
                f"forecast {forecast:.1f}",
                _anchor(x, forecast),
                12,
                FORECAST_COLOUR,
                "bold",
            )
        )
    # markers: largest first so small ones stay visible on top
    top_capability = max((m.capability for m in markers), default=1.0) or 1.0
    order = sorted(markers, key=lambda m: -m.capability)
    radii = [4.0 + 14.0 * math.sqrt(max(m.capability, 0.0) / top_capability) for m in order]
    for m, r in zip(order, radii, strict=True):
        cx, cy = x(m.position), y(m.salience)
        tip = (
            f"{m.name}: position {m.position:g}"
            + (f" \u00b1 {m.uncertainty:g}" if m.uncertainty is not None else "")
            + f", salience {m.salience:g}, capability {m.capability:g}"
        )
        if m.uncertainty is not None and m.uncertainty > 0:
            x0 = x(max(low, m.position - m.uncertainty))
            x1 = x(min(high, m.position + m.uncertainty))
            parts.append(
                f'<line x1="{_f(x0)}" x2="{_f(x1)}" y1="{_f(cy)}" y2="{_f(cy)}" '
                f'stroke="{m.colour}" stroke-width="1.5" stroke-opacity="0.6"/>'
            )
        parts.append(
            f'<circle cx="{_f(cx)}" cy="{_f(cy)}" r="{_f(r)}" fill="{m.colour}" '
            f'fill-opacity="0.55" stroke="{m.colour}" stroke-width="1.5">'
            f"<title>{_t(tip)}</title></circle>"
        )
    # labels beside the markers, placed where they hit no other marker or label
    parts += _marker_labels(order, radii, x, y, left, right)
    parts.append("</svg>")
    return "".join(parts)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _marker_labels(
    markers: Sequence[Marker], radii: Sequence[float], x: Axis, y: Axis, left: float, right: float
) -> list[str]:
    """Actor labels beside their markers; actors drawn at the same spot share one label.

    Each label tries right, left, above and below its marker, then steps further down, and
    takes the first place that overlaps no marker and no label already placed.
    """
    groups: list[tuple[float, float, float, str, list[str]]] = []  # cx, cy, r, colour, ids
    for m, r in zip(markers, radii, strict=True):
        cx, cy = x(m.position), y(m.salience)
        for k, (gx, gy, gr, gc, ids) in enumerate(groups):
            if abs(gx - cx) < 2 and abs(gy - cy) < 2:
                groups[k] = (gx, gy, max(gr, r), gc, [*ids, m.actor])
                break
        else:
            groups.append((cx, cy, r, m.colour, [m.actor]))
    obstacles: list[Box] = [(cx - r, cy - r, cx + r, cy + r) for cx, cy, r, _, _ in groups]
    out = []
    char = 6.6  # width of one bold 11 px character, roughly
    for index, (cx, cy, r, stroke, ids) in enumerate(groups):
        text = ", ".join(ids)
        w, h = char * len(text), 11.0
        candidates = [
            (cx + r + 3, cy + 4, "start"),
            (cx - r - 3, cy + 4, "end"),
            (cx, cy - r - 3, "middle"),
            (cx, cy + r + 12, "middle"),
        ] + [(cx + r + 3, cy + 4 + step * 12, "start") for step in (1, -1, 2, -2, 3)]
        chosen = candidates[0]
        for tx, ty, anchor in candidates:
            x0 = tx if anchor == "start" else tx - w if anchor == "end" else tx - w / 2
            box = (x0, ty - h + 2, x0 + w, ty + 2)
            if box[0] < left - 60 or box[2] > right + 28:
                continue
            mine = obstacles[index]
            if not any(_overlaps(box, o) for o in obstacles if o is not mine):
                chosen = (tx, ty, anchor)
                obstacles.append(box)
                break
        tx, ty, anchor = chosen
        out.append(_text(tx, ty, text, anchor, 11, stroke, "bold"))
    return out


def _anchor(x: Axis, value: float) -> str:
    """Text anchor that keeps a label inside the plot near either end."""
    fraction = (value - x.lo) / (x.hi - x.lo) if x.hi != x.lo else 0.5
    return "start" if fraction < 0.15 else "end" if fraction > 0.85 else "middle"


def line_chart(
    title: str,
    series: Sequence[tuple[str, str, FloatArray]],
    low: float,
    high: float,
    y_label: str,
    reference: float | None = None,
    reference_label: str = "forecast",
    width: int = 960,
    height: int = 280,
    x_label: str = "turn",
    x_values: Sequence[float] | None = None,
) -> str:
    """Lines over turns: ``series`` is (label, colour, values per turn); NaN breaks a line.
    ``x_label`` names the steps (turns of a run, records of the ledger...). With ``x_values``
    (session 42: a sweep's varied input, in increasing order) the k-th value of each series
    is drawn at ``x_values[k]`` on a linear axis instead of at step k."""
    left, right, top, bottom = 70, width - 150, 20, height - 36
    turns = max((len(v) for _, _, v in series), default=1)
    if x_values is None:
        at = [float(k) for k in range(turns)]
        first, last = 0.0, float(max(turns - 1, 1))
    else:
        at = [float(v) for v in x_values]
        first, last = (min(at), max(at)) if at else (0.0, 1.0)
        if last <= first:  # one value: in the middle
            first, last = first - 1.0, last + 1.0
    x = Axis(first, last, left, right)
    y = Axis(low, high, bottom, top)
    parts = [_svg_open(width, height, title, "lines")]
    parts.extend(_value_grid(y, _ticks(low, high, 4), left, right))
    for turn in _ticks(first, last, 8):
        if x_values is None and turn != int(turn):
            continue
        tick = f"{int(turn)}" if x_values is None else f"{turn:g}"
        parts.append(_text(x(turn), bottom + 16, tick, "middle", 11, "#666"))
    parts.append(_text((left + right) / 2, bottom + 32, x_label, "middle", 11, "#666"))
    parts.append(_value_title(y_label, top, bottom))
    parts.append(
        f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="#333"/>'
        f'<line x1="{left}" x2="{left}" y1="{top}" y2="{bottom}" stroke="#333"/>'
    )
    if reference is not None and math.isfinite(reference):
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{_f(y(reference))}" y2="{_f(y(reference))}" '
            f'stroke="{FORECAST_COLOUR}" stroke-width="1.5" stroke-dasharray="6 4"/>'
        )
        parts.append(
            _text(
                left + 4,
                y(reference) - 4,
                f"{reference_label} {reference:.1f}",
                "start",
                11,
                FORECAST_COLOUR,
            )
        )
    ends: list[tuple[str, str, float]] = []
    for label, stroke, values in series:
        values = np.asarray(values, dtype=float)
        segments: list[list[str]] = [[]]
        for turn, value in enumerate(values):
            if math.isfinite(value):
                segments[-1].append(f"{_f(x(at[turn]))},{_f(y(value))}")
            elif segments[-1]:
                segments.append([])
        for points in segments:
            if len(points) == 1:
                cx, cy = points[0].split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="2.5" fill="{stroke}"/>')
            elif points:
                parts.append(
                    f'<polyline points="{" ".join(points)}" fill="none" stroke="{stroke}" '
                    f'stroke-width="2"><title>{_t(label)}</title></polyline>'
                )
        finite = values[np.isfinite(values)]
        if finite.size:
            ends.append((label, stroke, float(finite[-1])))
    # one label per group of lines that end at the same place, stacked without overlap
    # and kept inside the chart
    ends.sort(key=lambda e: -e[2])
    tolerance = 0.005 * (high - low)
    grouped: list[tuple[list[str], str, float]] = []
    for label, stroke, value in ends:
        if grouped and abs(grouped[-1][2] - value) <= tolerance:
            grouped[-1][0].append(label)
        else:
            grouped.append(([label], stroke, value))
    gap = FONT + 1.0
    label_y = [y(value) + 4 for _, _, value in grouped]
    for k in range(1, len(label_y)):
        label_y[k] = max(label_y[k], label_y[k - 1] + gap)
    limit = float(height - 4)
    for k in range(len(label_y) - 1, -1, -1):
        ceiling = limit - (len(label_y) - 1 - k) * gap
        label_y[k] = min(label_y[k], ceiling)
    for (labels, stroke, _), ly in zip(grouped, label_y, strict=True):
        text = ", ".join(labels)
        text = shortened(text, 24)
        parts.append(
            f"<g><title>{_t(', '.join(labels))}</title>"
            + _text(right + 6, ly, text, "start", 11, stroke, "bold")
            + "</g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def histogram(
    title: str,
    samples: FloatArray,
    low: float,
    high: float,
    forecast: float | None = None,
    bins: int = 40,
    width: int = 960,
    height: int = 220,
) -> str:
    """Distribution of Monte Carlo outcomes with the 5th, 50th and 95th percentiles marked.

    Bins span the samples' own range (padded), so a tight distribution stays readable; the
    axis says where that range lies on the issue's scale ``[low, high]``.
    """
    values = np.asarray(samples, dtype=float)
    values = values[np.isfinite(values)]
    left, right, top, bottom = 70, width - 30, 34, height - 36
    parts = [_svg_open(width, height, title, "histogram")]
    if values.size == 0:
        parts.append(_text(width / 2, height / 2, "no finite outcomes", "middle"))
        parts.append("</svg>")
        return "".join(parts)
    lo, hi = float(values.min()), float(values.max())
    pad = max((hi - lo) * 0.05, (high - low) * 0.005)
    lo, hi = max(low, lo - pad), min(high, hi + pad)
    if hi <= lo:
        lo, hi = low, high
    counts, edges = np.histogram(values, bins=bins, range=(lo, hi))
    x = Axis(lo, hi, left, right)
    y = Axis(0.0, float(counts.max()) or 1.0, bottom, top)
    parts.extend(_value_grid(y, _ticks(0.0, float(counts.max()) or 1.0, 3), left, right))
    for count, a, b in zip(counts, edges[:-1], edges[1:], strict=True):
        if count == 0:
            continue
        parts.append(
            f'<rect x="{_f(x(a) + 0.5)}" y="{_f(y(count))}" '
            f'width="{_f(max(0.5, x(b) - x(a) - 1))}" '
            f'height="{_f(bottom - y(count))}" fill="#4a7fb0">'
            f"<title>{_t(f'{a:.2f} to {b:.2f}: {int(count)} runs')}</title></rect>"
        )
    parts.append(f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="#333"/>')
    parts.append(_value_title("runs", top, bottom))
    for value in _ticks(lo, hi, 6):
        parts.append(_text(x(value), bottom + 16, f"{value:g}", "middle", 11, "#666"))
    parts.append(
        _text(
            (left + right) / 2,
            bottom + 32,
            f"outcome (scale {low:g} to {high:g})",
            "middle",
            11,
            "#666",
        )
    )
    p5, p50, p95 = (float(v) for v in np.percentile(values, [5, 50, 95]))
    for value, label in ((p5, "p5"), (p50, "p50"), (p95, "p95")):
        parts.append(
            f'<line x1="{_f(x(value))}" x2="{_f(x(value))}" y1="{top - 8}" y2="{bottom}" '
            f'stroke="#222" stroke-width="{2 if label == "p50" else 1.2}" '
            f'stroke-dasharray="{"none" if label == "p50" else "4 3"}"/>'
        )
    # percentile labels on one line above the bars, dodged horizontally
    label_x = [x(p5), x(p50), x(p95)]
    label_x[0] = min(label_x[0], label_x[1] - 70)
    label_x[2] = max(label_x[2], label_x[1] + 70)
    for lx, (value, label) in zip(label_x, ((p5, "p5"), (p50, "p50"), (p95, "p95")), strict=True):
        lx = min(max(lx, left + 30), right - 30)
        parts.append(_text(lx, top - 14, f"{label} {value:.1f}", "middle", 11, "#222", "bold"))
    if forecast is not None and math.isfinite(forecast) and lo <= forecast <= hi:
        parts.append(
            f'<line x1="{_f(x(forecast))}" x2="{_f(x(forecast))}" y1="{top}" y2="{bottom}" '
            f'stroke="{FORECAST_COLOUR}" stroke-width="2" stroke-dasharray="6 4">'
            f"<title>{_t(f'point forecast {forecast:.2f}')}</title></line>"
        )
    parts.append("</svg>")
    return "".join(parts)


def vote_bar(
    yes: float, no: float, abstain: float, absent: float = 0.0, width: int = 160, height: int = 14
) -> str:
    """A stacked bar of vote probabilities: yes (green), abstain (grey), no (red), absent."""
    total = yes + no + abstain + absent
    if not total > 0:
        return ""
    parts = [
        f'<svg xmlns="{SVG_NS}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="vote probabilities">'
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fff" stroke="#bbb"/>'
    ]
    start = 0.0
    for share, fill, label in (
        (yes, "#2e8b57", "yes"),
        (abstain, "#aaaaaa", "abstain"),
        (no, "#c0392b", "no"),
        (absent, "#ffffff", "absent"),
    ):
        w = width * share / total
        if w > 0:
            parts.append(
                f'<rect x="{_f(start)}" y="0" width="{_f(w)}" height="{height}" fill="{fill}">'
                f"<title>{_t(f'{label}: {probability_text(share, percent=True, exact_one=True)}')}"
                "</title></rect>"
            )
        start += w
    parts.append("</svg>")
    return "".join(parts)


def tornado(
    title: str,
    bars: Sequence[tuple[str, float, float]],
    baseline: float | None,
    width: int = 960,
    row: int = 22,
    measure: str = "forecast",
    axis_label: str | None = None,
) -> str:
    """A tornado chart: one horizontal bar per input from the forecast at its low end to the
    forecast at its high end, widest swing first, with the baseline forecast as a line.

    ``bars`` holds ``(label, forecast at low, forecast at high)``; the low end is drawn blue,
    the high end orange (which side of the baseline each end falls on is the direction).
    ``measure`` names what the bars measure in the tooltips and on the baseline (a sweep's
    chart draws the bargain too, session 42); ``axis_label`` replaces the line under the axis.
    """
    left, right, top = 250, width - 30, 30
    height = top + row * max(1, len(bars)) + 40
    parts = [_svg_open(width, height, title, "tornado")]
    if not bars:
        parts.append(_text(width / 2, height / 2, "no input moves the forecast", "middle"))
        parts.append("</svg>")
        return "".join(parts)
    values = [v for _, a, b in bars for v in (a, b)] + ([baseline] if baseline is not None else [])
    lo, hi = min(values), max(values)
    pad = max((hi - lo) * 0.08, 1e-9)
    x = Axis(lo - pad, hi + pad, left, right)
    bottom = top + row * len(bars)
    for value in _ticks(lo - pad, hi + pad, 6):
        parts.append(
            f'<line x1="{_f(x(value))}" x2="{_f(x(value))}" y1="{top}" y2="{bottom}" '
            f'stroke="#e4e4e4"/>'
        )
        parts.append(_text(x(value), bottom + 16, f"{value:g}", "middle", 11, "#666"))
    for k, (label, at_low, at_high) in enumerate(bars):
        y = top + k * row
        mid = baseline if baseline is not None else (at_low + at_high) / 2
        parts.append(_text(left - 8, y + row * 0.65, shortened(label, 38), "end", 11))
        for end, fill, name in ((at_low, "#0072B2", "low"), (at_high, "#E69F00", "high")):
            a, b = sorted((mid, end))
            parts.append(
                f'<rect x="{_f(x(a))}" y="{_f(y + 3)}" width="{_f(max(1.0, x(b) - x(a)))}" '
                f'height="{row - 6}" fill="{fill}">'
                f"<title>{_t(f'{label}, input at its {name} end: {measure} {end:.2f}')}</title>"
                "</rect>"
            )
    if baseline is not None:
        parts.append(
            f'<line x1="{_f(x(baseline))}" x2="{_f(x(baseline))}" y1="{top - 8}" '
            f'y2="{bottom}" stroke="{FORECAST_COLOUR}" stroke-width="2">'
            f"<title>{_t(f'{measure} {baseline:.2f}')}</title></line>"
        )
        parts.append(
            _text(x(baseline), top - 12, f"{measure} {baseline:.1f}", "middle", 11, FORECAST_COLOUR)
        )
    parts.append(
        _text(
            (left + right) / 2,
            bottom + 32,
            axis_label or f"{measure} with the input at its low (blue) and high (orange) end",
            "middle",
            11,
            "#666",
        )
    )
    parts.append("</svg>")
    return "".join(parts)


def stacked(
    label: str,
    charts: Sequence[tuple[str, str]],
    caption: Sequence[str] = (),
    metadata: str | None = None,
    width: int = 960,
) -> str:
    """One SVG document of ``charts`` (each a heading and one of this module's ``<svg>``
    elements) one under another, each under its heading, then the ``caption`` lines, and
    ``metadata`` (text, e.g. JSON) in a ``<metadata>`` element that a script reads back.
    Session 42: a sweep's chart holds a tornado per issue."""
    parts: list[str] = []
    y = 8.0
    for heading, chart in charts:
        parts.append(_text(12, y + FONT + 2, heading, "start", FONT + 2, "#222", "bold"))
        y += FONT + 10
        height = float(chart.split('height="', 1)[1].split('"', 1)[0])
        parts.append(f'<g transform="translate(0 {_f(y)})">{chart}</g>')
        y += height + 8
    for line in caption:
        parts.append(_text(12, y + FONT, line, "start", 11, "#444"))
        y += FONT + 4
    head = _svg_open(width, math.ceil(y + 8), label, "charts")
    data = f"<metadata>{escape(metadata, quote=False)}</metadata>" if metadata else ""
    return f'{head}{data}<rect width="100%" height="100%" fill="#fff"/>{"".join(parts)}</svg>'
