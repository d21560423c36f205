#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need, then runs them.
# Used by .ci/run and by the README. Safe to run again: each step skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium for the end-to-end browser tests (playwright-core drives /usr/bin/chromium).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "== installing chromium (apt)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    echo "== /usr/bin/chromium missing and not root: the browser tests will skip"
  fi
fi

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== build, typecheck, lint, format"
npm run build
npm run typecheck
npm run lint
npm run format:check

echo "== tests"
mkdir -p test-artifacts
set +e
npx vitest run --reporter=default --reporter=json --outputFile=test-artifacts/vitest.json
status=$?
set -e
node -e '
  const r = JSON.parse(require("fs").readFileSync("test-artifacts/vitest.json", "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
' || true
exit $status
