#!/usr/bin/env bash
# The HTML report in a real headless browser (Debian's chromium): it renders, shows the
# events with their charts, runs no script even when a source's text contains one, and a
# screenshot is kept as an artifact (target/e2e/report.png).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/e2e
mkdir -p "$out"
if ! command -v chromium >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
bin=${TOLLCHECK_BIN:-target/debug/tollcheck}
db="$out/html.db"
rm -f "$db" "$db"-wal "$db"-shm
"$bin" --db "$db" -q ingest data/sample
# hostile text from a source must stay text
cat > "$out/hostile.csv" <<'CSV'
document,claimant,victims,outcome,quantity,event,place,event_date
hostile.txt,"<script>document.title='pwned'</script>",<img src=x onerror=alert(1)>,killed,3,Hostile <b>event</b>,Valdora,2024-06-01
CSV
"$bin" --db "$db" -q ingest "$out/hostile.csv"
"$bin" --db "$db" report --format html -o "$out/report.html"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$(mktemp -d)")
timeout 120 chromium "${flags[@]}" --window-size=1200,2400 --screenshot="$out/report.png" \
  "file://$PWD/$out/report.html" 2>/dev/null
timeout 120 chromium "${flags[@]}" --dump-dom "file://$PWD/$out/report.html" 2>/dev/null > "$out/report.dom.html"
test -s "$out/report.png" || { echo "no screenshot"; exit 1; }
dom="$out/report.dom.html"
fail() { echo "FAIL: $*"; exit 1; }
grep -q "<title>tollcheck report</title>" "$dom" || fail "title changed: a script ran"
grep -q "Khan Touman offensive" "$dom" || fail "Khan Touman event missing"
grep -q "Syrian civil war death toll" "$dom" || fail "war toll missing"
svgs=$(grep -o "<svg" "$dom" | wc -l)
[ "$svgs" -ge 8 ] || fail "expected a chart per event, found $svgs"
grep -q "<script" "$dom" && fail "a script element reached the DOM"
grep -q "<img" "$dom" && fail "an img element reached the DOM"
grep -q "&lt;script&gt;document.title" "$dom" || fail "hostile claimant not shown as text"
echo "html report: rendered, $svgs charts, screenshot $out/report.png"
