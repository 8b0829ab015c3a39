#!/usr/bin/env bash
# Runs the SecurityGate build gate on SecurityGate's own code, as a user would adopt it: packs the
# package into a local feed, then builds the solution with a GlobalPackageReference to it.
# The repository's own exclusions are in .cache-security-exclude at the root.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/artifacts/self-check"
version="0.1.0-self.$(date -u +%Y%m%d%H%M%S)"

rm -rf "$work"
mkdir -p "$work/feed"
dotnet pack "$root/src/SecurityGate.Tasks/SecurityGate.Tasks.csproj" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:quiet

# The version is new on every run, so no older copy in the NuGet cache is used.
# The artifacts path keeps this build's outputs apart from the ones the tests use.
dotnet build "$root/SecurityGate.sln" -c Release -nologo -clp:NoSummary \
  --artifacts-path "$work/artifacts" \
  -p:CacheSecuritySelfCheckVersion="$version" \
  -p:RestoreAdditionalProjectSources="$work/feed"
