#!/usr/bin/env bash
# Runs the SecurityGate build gate on the embedded Storefront sample: packs the SecurityGate package
# into a local folder feed, builds the sample against it, and prints the findings and the verdict.
#
# The sample has a committed baseline, one exclusion, and new findings on purpose, so the gate's
# verdict is "failed". This script exits 0 when the gate ran and reached a verdict, and 1 when it
# did not (a broken package or build). Pass --exit-code to exit with the build's own exit code.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
sample="$root/tests/sample"
work="$root/artifacts/sample"
version="0.1.0-sample"

propagate_exit_code=false
if [ "${1:-}" = "--exit-code" ]; then
  propagate_exit_code=true
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$work"
mkdir -p "$work/feed"

echo "Packing SecurityGate $version into $work/feed ..."
dotnet pack "$root/src/SecurityGate.Tasks/SecurityGate.Tasks.csproj" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:quiet >"$work/pack.log" 2>&1 || {
  cat "$work/pack.log"
  echo "Packing SecurityGate failed; the log is above."
  exit 1
}

cat >"$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="securitygate-local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
CONFIG

# A packages folder of its own, so a copy of the same version in the global cache is never used.
export NUGET_PACKAGES="$work/packages"
project="$sample/src/Storefront/Storefront.csproj"
dotnet restore "$project" --configfile "$work/nuget.config" -p:SecurityGateVersion="$version" -nologo -v:quiet

echo "Building the Storefront sample with the gate ..."
set +e
dotnet build "$project" --no-restore -p:SecurityGateVersion="$version" -nologo -nodeReuse:false 2>&1 | tee "$work/build.log"
build_exit=${PIPESTATUS[0]}
set -e

summary=$(grep -m 1 -o 'SecurityGate: Storefront.*' "$work/build.log" || true)
if [ -z "$summary" ]; then
  echo "The gate did not print its summary line: the package or the build is broken (see $work/build.log)."
  exit 1
fi

echo
echo "Gate verdict for the sample: $summary"
echo "(build exit code $build_exit; the sample's new findings are intentional)"
if [ "$propagate_exit_code" = true ]; then
  exit "$build_exit"
fi
