#!/usr/bin/env bash
# The whole test suite: Swift tests on SQLite and on a throwaway PostgreSQL, then the OpenAPI document
# checked by an independent validator, and Microsoft's Azure SDK run against the blob test server. Extra arguments go to `swift test` (e.g. --filter Lineage).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh
trap stop_throwaway_postgres EXIT
start_throwaway_postgres

# Microsoft's azure-storage-blob uploads the blobs the Azure discovery tests discover, and checks the blob server.
python3 -c 'import azure.storage.blob' 2>/dev/null || python3 -m pip install -q azure-storage-blob >&2

swift build --build-tests
swift test --skip-build "$@"

if [ $# -eq 0 ]; then
  python3 -c 'import openapi_spec_validator' 2>/dev/null || python3 -m pip install -q openapi-spec-validator >&2
  doc=$(mktemp /tmp/torro-openapi.XXXXXX.json)
  swift run --skip-build torro openapi > "$doc"
  python3 -m openapi_spec_validator "$doc"
  rm -f "$doc"

  # Microsoft's own Python SDK against the Azure-compatible blob test server (port 0: the server picks a free one).
  test -x .build/debug/torro-blob-server || { echo "test.sh: .build/debug/torro-blob-server was not built" >&2; exit 1; }
  blob_log=$(mktemp /tmp/torro-blob-server.XXXXXX.log)
  .build/debug/torro-blob-server --port 0 > "$blob_log" 2>&1 &
  blob_pid=$!
  trap 'kill "$blob_pid" 2>/dev/null || true; stop_throwaway_postgres' EXIT
  for _ in $(seq 100); do grep -q '^listening on ' "$blob_log" && break; sleep 0.1; done
  blob_url=$(sed -n 's/^listening on //p' "$blob_log")
  [ -n "$blob_url" ] || { echo "test.sh: torro-blob-server did not start:" >&2; cat "$blob_log" >&2; exit 1; }
  blob_status=0
  python3 scripts/check_blob_server.py --url "$blob_url" || blob_status=$?
  kill "$blob_pid" 2>/dev/null || true
  wait "$blob_pid" 2>/dev/null || true
  rm -f "$blob_log"
  [ "$blob_status" -eq 0 ] || { echo "test.sh: the Azure SDK check against torro-blob-server failed" >&2; exit "$blob_status"; }
fi
