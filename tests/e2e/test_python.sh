#!/usr/bin/env bash
# The Python package: builds its abi3 wheel with maturin (PyPI), installs it in a fresh
# virtualenv, and runs its pytest tests (python/tests) against the debug binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/e2e/lib.sh
TOLLCHECK_BIN="$(pwd)/$BIN" VENV="$(pwd)/target/e2e/python-venv" bash python/test.sh
