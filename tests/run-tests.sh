#!/usr/bin/env bash
# Runs the whole test suite: starts the Redis server that the runtime's distributed tests use
# (installing it when missing), then runs every test project of SecurityGate.sln.
# Test results are written as TRX files to artifacts/test-results/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash tests/redis.sh

rm -rf artifacts/test-results
dotnet test SecurityGate.sln -c Release --logger trx --results-directory artifacts/test-results "$@"
