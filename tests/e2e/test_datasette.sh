#!/usr/bin/env bash
# Datasette serves tollcheck's database as it is, with `tollcheck datasette-metadata`:
# the claims view, a full-text search and the metadata, over HTTP on 127.0.0.1 only; and
# datasette-cluster-map puts the claims and events on a map (their latitude and longitude).
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/e2e/lib.sh
W=target/e2e/datasette
rm -rf "$W" && mkdir -p "$W"
venv_with 'datasette>=0.64,<1' 'datasette-cluster-map>=0.17,<1'

"$BIN" --db "$W/tollcheck.db" ingest "$SEEDS"
"$BIN" --db "$W/tollcheck.db" datasette-metadata -o "$W/metadata.json"

# the sqlite3 shell opens it as it is: views, the full-text index, the triggers' JSON
if ! command -v sqlite3 >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
fi
got=$(sqlite3 -csv "$W/tollcheck.db" "select count(*) from claims where claim_id in (select rowid from claim_fts where claim_fts match 'advisors'); select count(*) from corrections; pragma integrity_check;")
[ "$got" = "2
0
ok" ] || { echo "sqlite3 shell: unexpected $got"; exit 1; }

PORT=$(free_port)
"$VENV/bin/datasette" serve "$W/tollcheck.db" -m "$W/metadata.json" \
  -h 127.0.0.1 -p "$PORT" >"$W/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/-/versions.json" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$W/server.log"; exit 1; }
  sleep 0.5
done

"$VENV/bin/python" - "$PORT" <<'PY'
import json, sys, urllib.parse, urllib.request

base = f"http://127.0.0.1:{sys.argv[1]}"

def get(path, **params):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=10) as r:
        body = r.read().decode()
    return json.loads(body) if ".json" in path else body

# the claims view: every claim, with the export's columns
rows = get("/tollcheck/claims.json", _shape="array", _size="max")
assert len(rows) == 20, len(rows)
assert list(rows[0])[:4] == ["claim_id", "document", "outlet", "published"], list(rows[0])
killed = get("/tollcheck/claims.json", _shape="array", outcome="killed", _size="max")
assert len(killed) == 15, len(killed)
khan = [r for r in killed if r["place"] == "Khan Touman"]
assert sorted(r["quantity"] for r in khan) == ["as many as 13", "several"], khan

# full-text search on the view (metadata: fts_table claim_fts) and on the table
found = get("/tollcheck/claims.json", _shape="array", _search="advisors")
assert sorted(r["quantity"] for r in found) == ["21", "as many as 13"], found
assert all(r["sentence"].startswith("as many as 13 Iranian") for r in found), found
tasnim = get("/tollcheck/claim.json", _shape="array", _search="Tasnim")
assert len(tasnim) == 2, tasnim

# SQL through the API, as a user would write it
q = get("/tollcheck.json", _shape="array",
        sql="select outcome, count(*) as n from claims group by outcome order by n desc")
assert q[0] == {"outcome": "killed", "n": 15}, q

# the metadata is served: title, view description, column description with its unit
meta = get("/-/metadata.json")
assert meta["title"].startswith("tollcheck"), meta["title"]
claims = meta["databases"]["tollcheck"]["tables"]["claims"]
assert "people" in claims["columns"]["low"], claims["columns"]["low"]
page = get("/tollcheck/claims")
assert "One row per claim" in page
assert ('data-column-description="Lowest number of people the quantity allows; '
        'empty = unbounded (people)"') in page, "column descriptions with units"
# the map: every claim of the seeds has a point, and datasette-cluster-map loads on the
# claims and events pages (it does for a table or view with latitude and longitude columns)
assert all(r["latitude"] is not None and r["longitude"] is not None for r in rows), rows
khan_point = {(round(r["latitude"], 3), round(r["longitude"], 3)) for r in khan}
assert khan_point == {(36.117, 37.051)}, khan_point
for view in ("claims", "events"):
    page = get(f"/tollcheck/{view}")
    assert "datasette-cluster-map" in page and "latitude" in page, f"no map on {view}"
plugins = get("/-/plugins.json")
assert any(p["name"] == "datasette-cluster-map" for p in plugins), plugins
events = get("/tollcheck/events.json", _shape="array", _size="max")
assert events and all(e["latitude"] is not None for e in events), events
print("datasette: 20 claims, 15 killed, search 'advisors' -> 2, metadata served, "
      f"cluster map on claims and events ({len(events)} events with a point)")
PY
