#!/usr/bin/env python3
"""Convert a Natural Earth TopoJSON file (npm package `world-atlas`) into one
compact SVG path in an equirectangular projection: x = lon + 180,
y = 90 - lat (a 360 x 180 viewBox), one decimal place.

Usage: topojson_to_svg.py countries-110m.json > world-110m.path

The output is the `d` attribute of an SVG <path>: each ring of each country
polygon is a closed sub-path, so drawing it with a stroke shows borders.
Written for gesta; see crates/server/assets/README.md for provenance.
"""
import json
import sys


def decode_arcs(topo):
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                lon = x * tr["scale"][0] + tr["translate"][0]
                lat = y * tr["scale"][1] + tr["translate"][1]
            else:
                lon, lat = p[0], p[1]
            pts.append((lon, lat))
        arcs.append(pts)
    return arcs


def ring_points(ring, arcs):
    out = []
    for i in ring:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        if out:
            pts = pts[1:]
        out.extend(pts)
    return out


def fmt(v):
    s = "%.1f" % v
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


def main():
    topo = json.load(open(sys.argv[1]))
    arcs = decode_arcs(topo)
    parts = []
    for obj in topo["objects"].values():
        geoms = obj.get("geometries", [obj])
        for g in geoms:
            polys = []
            if g["type"] == "Polygon":
                polys = [g["arcs"]]
            elif g["type"] == "MultiPolygon":
                polys = g["arcs"]
            for poly in polys:
                for ring in poly:
                    pts = ring_points(ring, arcs)
                    # Unwrap longitudes so a ring that crosses the
                    # antimeridian stays continuous; such a ring is then
                    # drawn twice (shifted by 360) and the viewBox clips it.
                    un = []
                    for lon, lat in pts:
                        if un:
                            while lon - un[-1][0] > 180:
                                lon -= 360
                            while lon - un[-1][0] < -180:
                                lon += 360
                        un.append((lon, lat))
                    lo = min(p[0] for p in un)
                    hi = max(p[0] for p in un)
                    shifts = [0]
                    if lo < -180:
                        shifts.append(360)
                    if hi > 180:
                        shifts.append(-360)
                    for sh in shifts:
                        prev = None
                        cmds = []
                        for lon, lat in un:
                            xy = (fmt(lon + sh + 180), fmt(90 - lat))
                            if xy == prev:
                                continue
                            prev = xy
                            cmds.append(xy)
                        if len(cmds) < 3:
                            continue
                        d = "M" + cmds[0][0] + " " + cmds[0][1]
                        d += "L" + " ".join(x + " " + y for x, y in cmds[1:]) + "Z"
                        parts.append(d)
    sys.stdout.write("".join(parts) + "\n")


if __name__ == "__main__":
    main()
