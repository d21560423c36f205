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

# PostgreSQL for the store and queue tests (test/helpers/pg.ts): used where it already runs; else, as root
# with apt, Debian's postgresql is installed and its cluster started (no containers). The tests connect
# as postgres to the database `test` over 127.0.0.1 ($CORROBORATE_TEST_PG overrides); where none of this
# can be had, they skip with a message.
pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if [ -z "${CORROBORATE_TEST_PG:-}" ]; then
  if ! command -v pg_isready >/dev/null || ! pg_ready; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
        echo "== installing postgresql (apt)"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      fi
      version="$(ls /etc/postgresql | sort -V | tail -1)"
      echo "== starting PostgreSQL $version"
      # trust on the loopback for the tests (this machine's own cluster, reached only from 127.0.0.1)
      hba="/etc/postgresql/$version/main/pg_hba.conf"
      if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
        sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
      fi
      pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null ||
        pg_ctlcluster --skip-systemctl-redirect "$version" main reload || true
      for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
    else
      echo "== PostgreSQL not running and not root: the PostgreSQL tests will skip"
    fi
  fi
  if pg_ready; then
    if ! psql -h 127.0.0.1 -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'test'" postgres | grep -q 1; then
      psql -h 127.0.0.1 -U postgres -qc 'CREATE DATABASE test' postgres
    fi
    echo "== PostgreSQL ready: postgres://postgres@127.0.0.1:5432/test"
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
