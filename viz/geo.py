"""The world map of the views: Natural Earth shapes (vendored world-atlas TopoJSON) as SVG paths.

Our own small drawing code, no JavaScript and no network: the TopoJSON is decoded (quantised,
delta-encoded arcs), projected (Equal Earth for the world; Lambert azimuthal equal-area centred
on the region otherwise, which keeps Vancouver and Vladivostok on one OSCE map), fitted to the
view box, and thinned to what a screen can show. Countries are keyed by ISO3: world-atlas uses
ISO 3166-1 numeric codes (joined through ``iso-numeric.csv``), and shapes without one by name
(Kosovo → XKX).
"""

from __future__ import annotations

import csv
import itertools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

WIDTH, HEIGHT = 960.0, 560.0
PAD = 12.0
#: Natural Earth shapes without an ISO numeric code that the graph knows by an ISO3 code.
BY_NAME = {"Kosovo": "XKX", "N. Cyprus": None, "Somaliland": None}
#: A country drawn smaller than this (px²) also gets a dot, so it can be seen and clicked.
SMALL_AREA = 40.0

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Shape:
    iso3: str | None
    name: str
    polygons: tuple[tuple[Ring, ...], ...]  # lon/lat; each polygon: outer ring, then holes


@dataclass(frozen=True)
class Drawn:
    iso3: str
    name: str
    d: str
    centre: tuple[float, float]
    area: float
    in_region: bool


def _static() -> Any:
    return resources.files("viz") / "static" / "world-atlas"


@cache
def numeric_codes() -> dict[str, str]:
    with (_static() / "iso-numeric.csv").open(encoding="utf-8", newline="") as f:
        return {r["numeric"]: r["iso3"] for r in csv.DictReader(f)}


def decode(topology: dict[str, Any], object_name: str = "countries") -> list[Shape]:
    """The shapes of a TopoJSON object, in longitude/latitude degrees.

    >>> topo = {"transform": {"scale": [1, 1], "translate": [0, 0]},
    ...         "arcs": [[[0, 0], [2, 0], [0, 2], [-2, 0], [0, -2]]],
    ...         "objects": {"countries": {"geometries": [
    ...             {"type": "Polygon", "arcs": [[0]], "id": "498", "properties": {"name": "M"}}]}}}
    >>> shape = decode(topo)[0]
    >>> shape.iso3, shape.polygons[0][0]
    ('MDA', [(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)])
    """
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices: Sequence[int]) -> Ring:
        out: Ring = []
        for i in indices:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points if not out else points[1:])
        return out

    codes = numeric_codes()
    shapes = []
    for g in topology["objects"][object_name]["geometries"]:
        name = str(g.get("properties", {}).get("name", ""))
        iso3 = codes.get(str(g["id"])) if g.get("id") is not None else BY_NAME.get(name)
        if g["type"] == "Polygon":
            polys = [g["arcs"]]
        elif g["type"] == "MultiPolygon":
            polys = g["arcs"]
        else:
            continue
        shapes.append(Shape(iso3, name, tuple(tuple(ring(r) for r in p) for p in polys)))
    return shapes


@cache
def world() -> tuple[Shape, ...]:
    """Every country of the vendored Natural Earth 1:50m map."""
    with (_static() / "countries-50m.json").open(encoding="utf-8") as f:
        return tuple(decode(json.load(f)))


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth projection (Šavrič, Patterson & Jenny 2018), y up, unit sphere."""
    a1, a2, a3, a4 = 1.340264, -0.081106, 0.000893, 0.003796
    m = math.sqrt(3) / 2
    lam, phi = math.radians(lon), math.radians(lat)
    t = math.asin(m * math.sin(phi))
    t2 = t * t
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(t) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6
                                                      + 3 * a2 * t2 + a1))
    y = t * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
    return x, y


def azimuthal(lon0: float, lat0: float):
    """Lambert azimuthal equal-area projection centred on (lon0, lat0), y up."""
    l0, p0 = math.radians(lon0), math.radians(lat0)
    sin0, cos0 = math.sin(p0), math.cos(p0)

    def project(lon: float, lat: float) -> tuple[float, float]:
        lam, phi = math.radians(lon) - l0, math.radians(lat)
        cosc = sin0 * math.sin(phi) + cos0 * math.cos(phi) * math.cos(lam)
        k = math.sqrt(2 / max(1 + cosc, 1e-9))
        return (k * math.cos(phi) * math.sin(lam),
                k * (cos0 * math.sin(phi) - sin0 * math.cos(phi) * math.cos(lam)))
    return project


def _area(ring: Ring) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring))) / 2


def _centre(lonlats: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """The mean direction of points on the sphere, as lon/lat (safe across 180°)."""
    x = y = z = 0.0
    for lon, lat in lonlats:
        lam, phi = math.radians(lon), math.radians(lat)
        x += math.cos(phi) * math.cos(lam)
        y += math.cos(phi) * math.sin(lam)
        z += math.sin(phi)
    return math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y)))


def _main_polygons(shape: Shape) -> list[tuple[Ring, ...]]:
    """The polygons of a shape that make up its body (not its far, small islands)."""
    areas = [_area(p[0]) for p in shape.polygons]
    top = max(areas, default=0.0)
    return [p for p, a in zip(shape.polygons, areas, strict=True) if a >= 0.05 * top]


def _angle(lon0: float, lat0: float, lon: float, lat: float) -> float:
    p0, p1 = math.radians(lat0), math.radians(lat)
    c = (math.sin(p0) * math.sin(p1)
         + math.cos(p0) * math.cos(p1) * math.cos(math.radians(lon - lon0)))
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


#: The box of the inset that holds a region's countries in the Americas (x, y, w, h).
INSET = (PAD, PAD, 250.0, 190.0)


def _body_lon(s: Shape) -> float:
    main = max(s.polygons, key=lambda p: _area(p[0]))
    return _centre(main[0])[0]


def _frame(shapes: list[Shape], fit: list[Shape] | None, box: tuple[float, float, float, float],
           *, region: frozenset[str] | None, outline: bool = True) -> list[Drawn]:
    """Draw `shapes` in `box`, the projection centred on and fitted to `fit` (None: world)."""
    bx, by, width, height = box
    if fit is None:
        project = equal_earth
        fit = shapes
        lon0 = lat0 = 0.0
        far = 360.0
    else:
        lon0, lat0 = _centre(pt for s in fit for p in _main_polygons(s) for pt in p[0][::5])
        project = azimuthal(lon0, lat0)
        far = 100.0
    xs: list[float] = []
    ys: list[float] = []
    for s in fit:
        for p in _main_polygons(s):
            for lon, lat in p[0]:
                x, y = project(lon, lat)
                xs.append(x)
                ys.append(y)
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    scale = min((width - 2 * PAD) / ((maxx - minx) or 1), (height - 2 * PAD) / ((maxy - miny) or 1))
    ox = bx + (width - scale * (maxx - minx)) / 2 - scale * minx
    oy = by + (height - scale * (maxy - miny)) / 2 + scale * maxy

    def screen(lon: float, lat: float) -> tuple[float, float]:
        x, y = project(lon, lat)
        return ox + scale * x, oy - scale * y

    out = []
    for s in shapes:
        inside = region is None or s.iso3 in region
        parts: list[str] = []
        area = 0.0
        points: list[tuple[float, float]] = []
        for polygon in s.polygons:
            lon, lat = polygon[0][0]
            if _angle(lon0, lat0, lon, lat) > far:
                continue
            rings = [(r, i == 0) for i, r in enumerate(polygon)]
            if region is None:
                rings = [(part, outer) for r, outer in rings for part in _cut(r)]
            for ring, outer in rings:
                pts = _thin([screen(lon, lat) for lon, lat in ring])
                if len(pts) < 3:
                    continue
                if outer:
                    area += _area(pts)
                    points.extend(pts)
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        main = max(s.polygons, key=lambda p: _area(p[0]))
        if not points and inside and _angle(lon0, lat0, *main[0][0]) <= far:
            # Too small to draw at this scale (Monaco, San Marino): a dot shows it.
            points = [screen(*_centre(main[0]))]
        if not points:
            continue
        if max(x for x, _ in points) < bx or min(x for x, _ in points) > bx + width \
                or max(y for _, y in points) < by or min(y for _, y in points) > by + height:
            continue
        cx, cy = screen(*_centre(main[0]))
        out.append(Drawn(str(s.iso3), s.name, "".join(parts), (round(cx, 1), round(cy, 1)),
                         round(area, 1), inside))
    return out


@cache
def draw(region: frozenset[str] | None, width: float = WIDTH,
         height: float = HEIGHT) -> tuple[Drawn, ...]:
    """The countries as SVG paths fitted to a `width` × `height` box around `region`.

    `region` None is the whole world (Equal Earth). Otherwise the projection is centred on
    the region's countries (north up) and fitted to their main bodies, and the neighbours in
    the box are drawn too (``in_region`` False); a region that spans the Atlantic (the OSCE's,
    from Vancouver to Vladivostok) has its countries in the Americas in an inset at the top
    left, so that Europe and Asia are not drawn at a fifth of their size.
    """
    shapes = [s for s in world() if s.iso3]
    if region is None:
        return tuple(_sorted(_frame(shapes, None, (0.0, 0.0, width, height), region=None)))
    fit = [s for s in shapes if s.iso3 in region]
    if not fit:
        return ()
    west = [s for s in fit if _body_lon(s) < -30]
    east = [s for s in fit if _body_lon(s) >= -30]
    if not west or not east:
        return tuple(_sorted(_frame(shapes, fit, (0.0, 0.0, width, height), region=region)))
    main = _frame([s for s in shapes if (s.iso3 in region and s in east)
                   or (s.iso3 not in region and _body_lon(s) >= -30)], east,
                  (0.0, 0.0, width, height), region=region)
    inset = _frame([s for s in shapes if _body_lon(s) < -30], west, INSET, region=region)
    inset_ids = {d.iso3 for d in inset}
    # The inset covers what the main frame draws beneath it.
    bx, by, bw, bh = INSET
    main = [d for d in main if d.iso3 not in inset_ids and not (
        bx <= d.centre[0] <= bx + bw and by <= d.centre[1] <= by + bh and not d.in_region)]
    return tuple(_sorted(main)) + tuple(_sorted(inset))


def inset_box(region: frozenset[str] | None) -> tuple[float, float, float, float] | None:
    """The inset of `draw(region)`, if it has one."""
    if region is None:
        return None
    fit = [s for s in world() if s.iso3 and s.iso3 in region]
    lons = [_body_lon(s) for s in fit]
    return INSET if any(x < -30 for x in lons) and any(x >= -30 for x in lons) else None


def _cut(ring: Ring) -> list[Ring]:
    """A ring that crosses the antimeridian as two rings, one on each edge of a world map.

    Longitudes are unwrapped to run continuously, then each copy (as is, and shifted by a
    turn) is clamped to ±180°: the part beyond the edge folds onto the edge meridian.
    """
    out = [ring[0]]
    for lon, lat in ring[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        out.append((lon, lat))
    low = min(lon for lon, _ in out)
    high = max(lon for lon, _ in out)
    if low >= -180 and high <= 180:
        return [ring]
    shift = -360 if high > 180 else 360
    return [[(max(-180.0, min(180.0, lon)), lat) for lon, lat in out],
            [(max(-180.0, min(180.0, lon + shift)), lat) for lon, lat in out]]


def _sorted(drawn: list[Drawn]) -> list[Drawn]:
    return sorted(drawn, key=lambda d: (d.in_region, -d.area))


def _thin(points: list[tuple[float, float]], tolerance: float = 1.0) -> list[tuple[float, float]]:
    """Drop points closer than `tolerance` px to the last kept one (the screen shows no more)."""
    if not points:
        return points
    kept = [points[0]]
    for x, y in points[1:]:
        lx, ly = kept[-1]
        if abs(x - lx) + abs(y - ly) >= tolerance:
            kept.append((x, y))
    if kept[-1] != points[-1]:
        kept.append(points[-1])
    return kept
