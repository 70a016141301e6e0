"""An actor's event timeline as a picture: SVG written by hand, or PNG rasterised with NumPy.

One row per PLOVER event type (cooperative types at the top, conflictual at the bottom, in the
order of the PLOVER 2.0 manual), time along the x axis, one dot per event: blue when the actor
is a source, orange when a target, purple when both; a larger dot for an event reported by
more documents. No plotting library is needed; the PNG's labels use a small built-in 3x5
pixel font.
"""

from __future__ import annotations

import datetime as dt
import math
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

import numpy as np
from numpy.typing import NDArray

from accord.news.types import PLOVER_TYPES

__all__ = ["PLOVER_TYPES", "TimelinePoint", "timeline_png", "timeline_svg"]


COLOURS = {"source": (31, 119, 180), "target": (255, 127, 14), "both": (148, 103, 189)}


@dataclass(frozen=True)
class TimelinePoint:
    date: dt.date
    event_type: str
    role: str  # "source" | "target" | "both"
    documents: int = 1


@dataclass(frozen=True)
class _Layout:
    width: int
    height: int
    left: int
    right: int
    top: int
    row: int
    rows: tuple[str, ...]
    start: dt.date
    end: dt.date

    def x(self, day: dt.date) -> float:
        span = max((self.end - self.start).days, 1)
        return self.left + (self.right - self.left) * (day - self.start).days / span

    def y(self, event_type: str) -> float:
        return self.top + self.row * (self.rows.index(event_type) + 0.5)

    def radius(self, documents: int) -> float:
        return 3.0 + 2.0 * math.log2(max(documents, 1))

    def ticks(self) -> list[dt.date]:
        days = (self.end - self.start).days
        count = min(days, 5)
        if count <= 0:
            return [self.start]
        return [self.start + dt.timedelta(days=round(days * k / count)) for k in range(count + 1)]


def _layout(points: Sequence[TimelinePoint], width: int = 900) -> _Layout:
    present = {p.event_type for p in points}
    rows = [t for t in PLOVER_TYPES if t in present] + sorted(present - set(PLOVER_TYPES))
    rows = rows or ["(none)"]
    dates = [p.date for p in points] or [dt.date.today()]
    row = 24
    top = 40
    return _Layout(
        width=width,
        height=top + row * len(rows) + 40,
        left=110,
        right=width - 45,
        top=top,
        row=row,
        rows=tuple(rows),
        start=min(dates),
        end=max(dates),
    )


def _positions(lay: _Layout, points: Sequence[TimelinePoint]) -> list[tuple[float, float]]:
    """Dot centres; events sharing a day and a type are spread side by side (5 px apart, at
    most a day's width) so that each stays visible."""
    groups: dict[tuple[dt.date, str], list[int]] = {}
    for k, p in enumerate(points):
        groups.setdefault((p.date, p.event_type), []).append(k)
    day = (lay.right - lay.left) / max((lay.end - lay.start).days, 1)
    out = [(0.0, 0.0)] * len(points)
    for (date, event_type), members in groups.items():
        step = min(5.0, 0.8 * day / max(len(members) - 1, 1)) if len(members) > 1 else 0.0
        for rank, k in enumerate(members):
            offset = (rank - (len(members) - 1) / 2) * step
            out[k] = (lay.x(date) + offset, lay.y(event_type))
    return out


def timeline_svg(actor: str, points: Sequence[TimelinePoint]) -> str:
    """An SVG document of ``points``; self-contained, no scripts or external references."""
    lay = _layout(points)
    bottom = lay.top + lay.row * len(lay.rows)
    out = [
        "<!-- accord timeline -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lay.width}" height="{lay.height}" '
        f'viewBox="0 0 {lay.width} {lay.height}" font-family="sans-serif" font-size="11">',
        f'<rect width="{lay.width}" height="{lay.height}" fill="white"/>',
        f'<text x="{lay.left}" y="22" font-size="14" font-weight="bold">'
        f"Events of {escape(actor)} ({len(points)})</text>",
    ]
    for name in lay.rows:
        y = lay.y(name)
        out.append(
            f'<line x1="{lay.left}" y1="{y:.1f}" x2="{lay.right}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        out.append(
            f'<text x="{lay.left - 8}" y="{y + 4:.1f}" text-anchor="end">{escape(name)}</text>'
        )
    out.append(
        f'<line x1="{lay.left}" y1="{bottom}" x2="{lay.right}" y2="{bottom}" stroke="#333"/>'
    )
    for tick in lay.ticks():
        x = lay.x(tick)
        out.append(
            f'<line x1="{x:.1f}" y1="{bottom}" x2="{x:.1f}" y2="{bottom + 5}" stroke="#333"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{bottom + 18}" text-anchor="middle">{tick.isoformat()}</text>'
        )
    centres = _positions(lay, points)
    for k in sorted(range(len(points)), key=lambda k: -points[k].documents):
        p, (cx, cy) = points[k], centres[k]
        r, g, b = COLOURS.get(p.role, COLOURS["both"])
        out.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" '
            f'r="{lay.radius(p.documents):.1f}" fill="rgb({r},{g},{b})" fill-opacity="0.75">'
            f"<title>{p.date.isoformat()} {escape(p.event_type)} ({escape(p.role)}, "
            f"{p.documents} document{'s' if p.documents != 1 else ''})</title></circle>"
        )
    legend_x = lay.right - 230
    for k, (role, (r, g, b)) in enumerate(COLOURS.items()):
        x = legend_x + 75 * k
        out.append(f'<circle cx="{x}" cy="18" r="5" fill="rgb({r},{g},{b})"/>')
        out.append(f'<text x="{x + 9}" y="22">{role}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- PNG

_FONT = {
    "A": "010101111101101",
    "B": "110101110101110",
    "C": "011100100100011",
    "D": "110101101101110",
    "E": "111100110100111",
    "F": "111100110100100",
    "G": "011100101101011",
    "H": "101101111101101",
    "I": "111010010010111",
    "J": "001001001101010",
    "K": "101101110101101",
    "L": "100100100100111",
    "M": "101111111101101",
    "N": "110101101101101",
    "O": "010101101101010",
    "P": "110101110100100",
    "Q": "010101101110011",
    "R": "110101110101101",
    "S": "011100010001110",
    "T": "111010010010010",
    "U": "101101101101111",
    "V": "101101101101010",
    "W": "101101111111101",
    "X": "101101010101101",
    "Y": "101101010010010",
    "Z": "111001010100111",
    "0": "111101101101111",
    "1": "010110010010111",
    "2": "110001010100111",
    "3": "110001010001110",
    "4": "101101111001001",
    "5": "111100110001110",
    "6": "011100111101111",
    "7": "111001010010010",
    "8": "111101111101111",
    "9": "111101111001110",
    "-": "000000111000000",
    ".": "000000000000010",
    "(": "010100100100010",
    ")": "010001001001010",
    " ": "000000000000000",
}
_SCALE = 2


def _glyph(ch: str) -> NDArray[np.bool_]:
    bits = _FONT.get(ch.upper(), _FONT["-"] if ch.strip() else _FONT[" "])
    return np.array([b == "1" for b in bits], dtype=bool).reshape(5, 3)


def _text(img: NDArray[np.uint8], x: int, y: int, text: str, anchor: str = "start") -> None:
    """Draw ``text`` with its top at ``y``; ``anchor`` start, middle or end at ``x``."""
    advance = 4 * _SCALE
    width = advance * len(text) - _SCALE
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width // 2
    for k, ch in enumerate(text):
        mask = np.kron(_glyph(ch), np.ones((_SCALE, _SCALE), dtype=bool))
        x0 = x + k * advance
        h, w = mask.shape
        if x0 < 0 or y < 0 or x0 + w > img.shape[1] or y + h > img.shape[0]:
            continue
        img[y : y + h, x0 : x0 + w][mask] = (40, 40, 40)


def _png(img: NDArray[np.uint8]) -> bytes:
    """Encode an (h, w, 3) uint8 image as PNG (RFC 2083: signature, IHDR, IDAT, IEND)."""
    height, width, _ = img.shape
    raw = np.concatenate([np.zeros((height, 1), dtype=np.uint8), img.reshape(height, -1)], axis=1)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"Software\x00accord")  # marks the file as accord's (outputs.py)
        + chunk(b"IDAT", zlib.compress(raw.tobytes(), 9))
        + chunk(b"IEND", b"")
    )


def timeline_png(actor: str, points: Sequence[TimelinePoint]) -> bytes:
    """The same picture as :func:`timeline_svg`, as PNG bytes."""
    lay = _layout(points)
    img = np.full((lay.height, lay.width, 3), 255, dtype=np.uint8)
    bottom = lay.top + lay.row * len(lay.rows)
    _text(img, lay.left, 12, f"EVENTS OF {actor} ({len(points)})")
    for name in lay.rows:
        y = round(lay.y(name))
        img[y, lay.left : lay.right] = (221, 221, 221)
        _text(img, lay.left - 8, y - 5, name, anchor="end")
    img[bottom, lay.left : lay.right] = (51, 51, 51)
    for tick in lay.ticks():
        x = round(lay.x(tick))
        img[bottom : bottom + 5, x] = (51, 51, 51)
        _text(img, x, bottom + 9, tick.isoformat(), anchor="middle")
    centres = _positions(lay, points)
    for k in sorted(range(len(points)), key=lambda k: -points[k].documents):
        p, (cx, cy) = points[k], centres[k]
        r = lay.radius(p.documents)
        x0, x1 = max(int(cx - r), 0), min(int(cx + r) + 2, lay.width)
        y0, y1 = max(int(cy - r), 0), min(int(cy + r) + 2, lay.height)
        yy, xx = np.mgrid[y0:y1, x0:x1]
        inside = (xx - cx) ** 2 + (yy - cy) ** 2 <= r * r
        box = img[y0:y1, x0:x1]
        colour = np.array(COLOURS.get(p.role, COLOURS["both"]), dtype=np.float64)
        box[inside] = (0.25 * box[inside] + 0.75 * colour).astype(np.uint8)
    return _png(img)
