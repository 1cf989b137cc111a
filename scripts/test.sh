#!/usr/bin/env bash
# The whole test suite: Swift tests on SQLite and on a throwaway PostgreSQL, then the OpenAPI document
# checked by an independent validator. Extra arguments go to `swift test` (e.g. --filter Lineage).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh
trap stop_throwaway_postgres EXIT
start_throwaway_postgres

swift build --build-tests
swift test --skip-build "$@"

if [ $# -eq 0 ]; then
  python3 -c 'import openapi_spec_validator' 2>/dev/null || python3 -m pip install -q openapi-spec-validator >&2
  doc=$(mktemp /tmp/torro-openapi.XXXXXX.json)
  swift run --skip-build torro openapi > "$doc"
  python3 -m openapi_spec_validator "$doc"
  rm -f "$doc"
fi
