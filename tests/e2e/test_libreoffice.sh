#!/usr/bin/env bash
# The spreadsheet round trip through LibreOffice Calc: export claims for Excel, open the
# file as a spreadsheet (xlsx), correct cells, save it back as CSV, ingest it. The
# corrections win, provenance stays, dates stay ISO, and a re-ingest keeps them.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/e2e/lib.sh
W=target/e2e/libreoffice
rm -rf "$W" && mkdir -p "$W"
if ! command -v soffice >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-calc >"$W/apt.log" 2>&1 || { tail -20 "$W/apt.log"; exit 1; }
fi
venv_with openpyxl
# a profile of its own: no clash with a running LibreOffice, nothing left in $HOME
SOFFICE=(soffice --headless "-env:UserInstallation=file://$PWD/$W/profile")
DB="$W/tollcheck.db"

"$BIN" --db "$DB" ingest "$SEEDS"
"$BIN" --db "$DB" export claims --excel -o "$W/claims.csv"
# 44,34,76: comma-separated, double quotes, UTF-8 (what the export is)
"${SOFFICE[@]}" --infilter=CSV:44,34,76,1 --convert-to xlsx --outdir "$W" "$W/claims.csv" >"$W/lo.log" 2>&1
[ -s "$W/claims.xlsx" ] || { cat "$W/lo.log"; exit 1; }

# what an analyst does in the sheet: fix a figure and a claimant
"$VENV/bin/python" - "$W/claims.xlsx" <<'PY'
import datetime, sys
import openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
ws = wb.active
header = [c.value for c in ws[1]]
assert header[:3] == ["claim_id", "document", "outlet"], header[:3]
col = {h: i + 1 for i, h in enumerate(header)}
rows = list(range(2, ws.max_row + 1))
assert len(rows) == 20, len(rows)
# dates open as dates, shown ISO
pub = ws.cell(row=2, column=col["published"])
assert isinstance(pub.value, datetime.datetime), pub.value
assert "yyyy" in pub.number_format.lower() and "mm" in pub.number_format.lower(), pub.number_format
# the formula-safe export opened as text, not formulas
assert not any(isinstance(c.value, str) and c.value.startswith("=") for r in ws.iter_rows() for c in r)
edited = 0
for r in rows:
    q = ws.cell(row=r, column=col["quantity"])
    if q.value == "as many as 13":
        q.value = 13          # typed as a number, as a person would
        edited += 1
    if q.value == "as many as 400,000":
        ws.cell(row=r, column=col["claimant"]).value = "UN envoy Staffan de Mistura"
        edited += 1
assert edited == 2, edited
wb.save(path.replace("claims.xlsx", "edited.xlsx"))
PY

"${SOFFICE[@]}" --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$W" "$W/edited.xlsx" >>"$W/lo.log" 2>&1
[ -s "$W/edited.csv" ] || { cat "$W/lo.log"; exit 1; }
grep -q '2016-04-12' "$W/edited.csv" || { echo "dates are no longer ISO:"; head -3 "$W/edited.csv"; exit 1; }

"$BIN" --db "$DB" ingest "$W/edited.csv" 2>"$W/ingest.log"
cat "$W/ingest.log"
grep -q "20 rows read, 2 cells corrected" "$W/ingest.log"

check() {
  local got
  got=$("$BIN" --db "$DB" sql --csv "select quantity, low, high, method, document, sentence, json_extract(corrected, '\$.quantity.from') as was from claims where outcome = 'killed' and quantity = '13'")
  [ "$got" = "quantity,low,high,method,document,sentence,was
13,13,13,sheet,001_096073c12d8d0f60.txt,as many as 13 Iranian military advisors had been killed and 21 wounded,as many as 13" ] || { echo "unexpected: $got"; exit 1; }
  [ "$("$BIN" --db "$DB" sql --csv "select count(*) as n from claims where claimant = 'UN envoy Staffan de Mistura' and high = 400000")" = "n
1" ]
  [ "$("$BIN" --db "$DB" sql --csv "select count(*) as n from claims")" = "n
20" ]
}
check
# the original sheet again: its claims stand as corrected
"$BIN" --db "$DB" ingest "$SEEDS"
check
# ... and changed (a row added at the top): its claims are written anew, corrections follow
mkdir -p "$W/v2"
{ head -1 "$SEEDS"; echo 'extra.txt,Wire,2024-01-02,police,,civilians,wounded,3,exact,3,3,Blast,Town,2024-01-01,incident,,no,three civilians were hurt'; tail -n +2 "$SEEDS"; } >"$W/v2/seeds-claims.csv"
out=$("$BIN" --db "$DB" ingest "$W/v2/seeds-claims.csv" 2>&1)
case "$out" in *"1 replaced"*) ;; *) echo "expected the sheet replaced: $out"; exit 1 ;; esac
[ "$("$BIN" --db "$DB" sql --csv "select count(*) as n from claims where outcome = 'killed'")" = "n
15" ]
check_after_change() {
  [ "$("$BIN" --db "$DB" sql --csv "select quantity, seq from claims where quantity = '13'")" = "quantity,seq
13,6" ]
  [ "$("$BIN" --db "$DB" sql --csv "select count(*) as n from corrections where claim_id is not null")" = "n
2" ]
}
check_after_change
echo "libreoffice: xlsx round trip, 2 corrections applied and kept across re-ingest"
