#!/usr/bin/env bash
# The HTML report in a real headless browser (Debian's chromium), twice:
# 1. the demo data with hostile text: it renders, shows the events with their charts, runs
#    no script even when a source's text contains one (target/e2e/report.png);
# 2. at scale, the 1,000-event UCDP sample with the seed sheet: the findings' table of
#    contents links to every finding, each link's target exists, the page is readable at
#    1,000 px (no horizontal scrolling of the page), one file with no scripts; its size and
#    the time to write it are printed (target/e2e/report-1000.png is kept).
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
hostile2.txt,"javascript:alert(2)",civilians,killed,40,Hostile <b>event</b>,Valdora,2024-06-01
CSV
"$bin" --db "$db" -q ingest "$out/hostile.csv"
"$bin" --db "$db" report --format html --all -o "$out/report.html"
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
# a chart for each event with two figures or more, none for a lone claim
[ "$svgs" -ge 8 ] || fail "expected a chart per event of two claims or more, found $svgs"
grep -q "<script" "$dom" && fail "a script element reached the DOM"
grep -q "<img" "$dom" && fail "an img element reached the DOM"
grep -q 'href="javascript' "$dom" && fail "a javascript: link reached the DOM"
grep -q "&lt;script&gt;document.title" "$dom" || fail "hostile claimant not shown as text"
grep -q "people (log scale)" "$dom" || fail "a chart without its axis title"
grep -q "exact figure" "$dom" || fail "a chart without its legend"
echo "html report: rendered, $svgs charts, screenshot $out/report.png"

# 2. at scale: 1,000 UCDP events and the seeds
big="$out/html-1000.db"
rm -f "$big" "$big"-wal "$big"-shm
"$bin" --db "$big" -q ingest ../shared/corpus/ucdp/ucdp_ged231_sample1000.csv ../shared/corpus/seeds-claims.csv
"$bin" --db "$big" report >/dev/null   # links once: the timing below is the report alone
start=$(date +%s.%N)
"$bin" --db "$big" report --format html -o "$out/report-1000.html"
end=$(date +%s.%N)
size=$(stat -c %s "$out/report-1000.html")
events=$("$bin" --db "$big" sql --csv "select count(*) from events where claims > 0" | tail -1)
timeout 120 chromium "${flags[@]}" --window-size=1000,3000 --screenshot="$out/report-1000.png" \
  "file://$PWD/$out/report-1000.html" 2>/dev/null
test -s "$out/report-1000.png" || fail "no screenshot of the 1,000-event report"
# the DOM as the browser built it, and what a script would measure, by a DOM check page:
# scripts are off in the report itself (its Content-Security-Policy), so the checks run in
# a page of their own that loads the report's DOM dump as text and parses it
bigdom="$out/report-1000.dom.html"
timeout 120 chromium "${flags[@]}" --window-size=1000,3000 --dump-dom \
  "file://$PWD/$out/report-1000.html" 2>/dev/null > "$bigdom"
grep -q "<script" "$bigdom" && fail "a script element in the 1,000-event report"
grep -q 'src="http' "$bigdom" && fail "an external resource in the 1,000-event report"
findings=$("$bin" --db "$big" sql --csv "select finding_id from findings order by 1" | tail -n +2)
nfind=$(echo "$findings" | grep -c . || true)
[ "$nfind" -ge 1 ] || fail "no findings in the 1,000-event database"
toc=$(sed -n '/<nav class="toc"/,/<\/nav>/p' "$bigdom")
for f in $findings; do
  echo "$toc" | grep -q "href=\"#finding-$f\"" || fail "the contents do not link to finding $f"
  grep -q "id=\"finding-$f\"" "$bigdom" || fail "finding $f has no anchor the contents can reach"
done
# the contents come before the first event; every event is in the page
toc_line=$(grep -m1 -n '<nav class="toc"' "$bigdom" | cut -d: -f1)
first_event=$(grep -m1 -n 'id="event-' "$bigdom" | cut -d: -f1)
[ "$toc_line" -lt "$first_event" ] || fail "the findings' contents are not at the top"
shown=$(grep -o 'id="event-[0-9]*"' "$bigdom" | sort -u | wc -l)
[ "$shown" -eq "$events" ] || fail "$shown of $events events in the page"
bigsvgs=$(grep -o "<svg" "$bigdom" | wc -l)
[ "$bigsvgs" -lt 100 ] || fail "$bigsvgs charts: uncontested events should be folded"
# readable at 1,000 px: nothing wider than the window. The report runs no script (its
# Content-Security-Policy); a copy of it without the policy measures its own layout in the
# browser and writes the widths into its title, which the DOM dump shows.
probe="$out/report-1000.probe.html"
sed 's/<meta http-equiv="Content-Security-Policy"[^>]*>//' "$out/report-1000.html" \
  | sed 's#</body></html>#<script>var d=document.documentElement,w=0;for(const e of document.querySelectorAll("body *")){const r=e.getBoundingClientRect();if(!e.closest(".scroll"))w=Math.max(w,r.right)}document.title="widths "+d.scrollWidth+" "+Math.ceil(w)+" "+document.querySelectorAll("svg.chart").length</script></body></html>#' > "$probe"
widths=$(timeout 120 chromium "${flags[@]}" --window-size=1000,3000 --dump-dom "file://$PWD/$probe" 2>/dev/null \
  | grep -o '<title>widths [0-9]* [0-9]* [0-9]*</title>' | grep -o '[0-9][0-9 ]*')
[ -n "$widths" ] || fail "the layout probe did not run"
read -r page_w content_w probe_svgs <<< "$widths"
[ "$page_w" -le 1000 ] || fail "the page is $page_w px wide at a 1,000 px window"
[ "$content_w" -le 1000 ] || fail "content reaches $content_w px at a 1,000 px window"
[ "$probe_svgs" -eq "$bigsvgs" ] || fail "the probe saw $probe_svgs charts, the DOM $bigsvgs"
secs=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b - a}')
echo "html report at scale: $events events, $nfind findings all linked from the contents, $bigsvgs charts, page ${page_w} px wide at 1,000 px, $size bytes, written in ${secs}s; screenshot $out/report-1000.png"
