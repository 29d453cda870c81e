#!/usr/bin/env bash
# Builds the Python package's abi3 wheel (maturin, from PyPI) into python/dist and installs
# it into a virtualenv (python/.venv, or VENV=...), created if needed. PROFILE=dev builds
# faster and extracts slower (default: release). Prints the virtualenv's python.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
venv="${VENV:-$here/.venv}"
if [ ! -x "$venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$venv" >&2
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "maturin>=1.5,<2" >&2
profile=()
if [ "${PROFILE:-release}" = release ]; then profile=(--release); fi
rm -rf dist
start=$(date +%s)
"$venv/bin/maturin" build "${profile[@]}" --quiet --out dist --interpreter "$venv/bin/python" >&2
echo "python/build.sh: wheel built in $(( $(date +%s) - start )) s: $(cd dist && ls)" >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps dist/*.whl >&2
echo "$venv/bin/python"
