# Shared by tests/e2e/test_*.sh (sourced, not run): the binary, a Python venv, a free port.
BIN=${TOLLCHECK_BIN:-target/debug/tollcheck}
[ -x "$BIN" ] || { echo "no $BIN: run make build (or set TOLLCHECK_BIN)" >&2; exit 1; }
SEEDS=../shared/corpus/seeds-claims.csv
[ -f "$SEEDS" ] || { echo "the shared corpus is missing: $SEEDS" >&2; exit 1; }
VENV=target/e2e/venv

# venv_with PACKAGE...: a venv under target/e2e with these PyPI packages.
venv_with() {
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  local missing=()
  for p in "$@"; do
    "$VENV/bin/python" -m pip show -q "${p%%[<>=]*}" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check "${missing[@]}"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The Python package's wheel is built in the dev profile here (a release wheel took ~17 min
# cold on 2 cores, over CI's budget): the e2e tests check what it does, not how fast.
# `make bench` (benches/scale.sh) builds the release wheel it measures.
export PROFILE=${PROFILE:-dev}
