#!/usr/bin/env bash
# End-to-end tests that need programs from outside the Rust toolchain. Each script installs
# what it needs (Debian packages, PyPI) and writes its artifacts to target/e2e/.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/e2e
status=0
for t in tests/e2e/test_*.sh; do
  [ -e "$t" ] || continue
  echo "== $t"
  if bash "$t"; then echo "ok: $t"; else echo "FAILED: $t"; status=1; fi
done
exit $status
