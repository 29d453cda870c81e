#!/usr/bin/env bash
# Builds and installs the Python package (build.sh), then runs its pytest tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python=$(bash "$here/build.sh")
"$python" -m pip install --quiet --disable-pip-version-check pytest
cd "$here"
"$python" -m pytest -q tests "$@"
