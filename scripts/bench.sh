#!/usr/bin/env bash
# The store benchmark on SQLite and on a throwaway PostgreSQL (started as scripts/test.sh does), in a release
# build. Arguments go to `torro-bench store`, e.g. --engine sqlite --assets 20000 --edges 100000.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh
trap stop_throwaway_postgres EXIT
start_throwaway_postgres

swift run -c release torro-bench store "$@"
