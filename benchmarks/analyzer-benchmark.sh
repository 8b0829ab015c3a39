#!/usr/bin/env bash
# Measures the SecurityGate analyzers in one process against the compile floor (binding every method body) and
# against the CA2300-CA2330 rules of the installed SDK's .NET analyzers. Then it times folder mode of the CLI
# (securitygate check --sources-only) against parsing the same files, and against parsing plus binding them.
# Usage: benchmarks/analyzer-benchmark.sh [--projects N] [--files N] [--runs N] [--seed N] [--work DIR] [--only NAMES]
#        [--plain-share X] [--json-net-share X] [--no-folder-mode]
# Defaults: 1 project x 290 files (about 30,000 lines), 5 runs, seed 42. Every project is its own compilation.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/src/SecurityGate.Cli/SecurityGate.Cli.csproj" -c Release -nologo -v:quiet
dotnet build "$root/benchmarks/SecurityGate.Analyzers.Benchmarks/SecurityGate.Analyzers.Benchmarks.csproj" -c Release -nologo -v:quiet
dotnet "$root/benchmarks/SecurityGate.Analyzers.Benchmarks/bin/Release/net10.0/SecurityGate.Analyzers.Benchmarks.dll" "$@"
