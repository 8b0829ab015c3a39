#!/usr/bin/env bash
# Measures what SecurityGate adds to a build, as ratios taken in one run on the same generated solution:
#   1. full build (--no-incremental) with the package against without it, and against without it but with a SARIF
#      error log, which the gate needs and which by itself makes the compiler run its Info-severity analyzers;
#   2. no-op incremental build with the package against without it;
#   3. the SecurityGate analyzers' execution time against the compiler's (Csc task) time, and against the
#      CA2300-CA2330 deserialization rules of the .NET analyzers enabled on the same code.
# Usage: benchmarks/build-benchmark.sh [projects] [files-per-project] [repetitions] [generator options...]
# Generator options after the first three go to tests/SecurityGate.SyntheticSolution unchanged, for example
# --plain-share 0.8 --json-net-share 0.2 for a solution where a fifth of the files use a cache.
# Defaults: 10 projects x 290 files (about 300,000 lines), 3 repetitions. The solutions are generated outside the
# repository (SECURITYGATE_BENCHMARK_DIR, default /tmp/securitygate-benchmarks), because inside it every commit would
# change the generated assembly information and make each "no-op" build recompile. Results go to results.txt there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
projects=${1:-10}
files=${2:-290}
repetitions=${3:-3}
generator_options=("${@:4}")
work="${SECURITYGATE_BENCHMARK_DIR:-${TMPDIR:-/tmp}/securitygate-benchmarks}"
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

rm -rf "$work"
mkdir -p "$work/feed"
dotnet pack "$root/src/SecurityGate.Tasks/SecurityGate.Tasks.csproj" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:quiet

generate() {
  dotnet run --project "$root/tests/SecurityGate.SyntheticSolution" -c Release -- --output "$work/$1" \
    --projects "$projects" --files "$files" --seed 42 "${generator_options[@]}" "${@:2}"
  cat >"$work/$1/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="securitygate-local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
CONFIG
  dotnet restore "$work/$1/Synthetic.slnx" -nologo -v:quiet
}

# Seconds of wall time of one command, to the millisecond.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/last-build.log" 2>&1 || { cat "$work/last-build.log"; echo "benchmark build failed: $*"; exit 1; }
  end=$(date +%s.%N)
  awk -v start="$start" -v end="$end" 'BEGIN { printf "%.3f", end - start }'
}

# ratio A B [FACTOR]: A / B * FACTOR with three decimals.
ratio() {
  awk -v a="$1" -v b="$2" -v factor="${3:-1}" 'BEGIN { if (b == 0) print "n/a"; else printf "%.3f", factor * a / b }'
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'
}

generate without
generate errorlog
generate with --securitygate-version "$version"
generate peers --securitygate-version "$version" --deserialization-rules
lines=$(cat "$work"/without/*/*.cs | wc -l)

# The generated code has findings on purpose: accept them once, so the measured builds pass.
dotnet build "$work/with/Synthetic.slnx" --no-restore -nologo -v:quiet -p:CacheSecurityBaseline=accept "-p:CacheSecurityReason=synthetic benchmark" >/dev/null

full_without=(); full_errorlog=(); full_with=(); noop_without=(); noop_with=()
for _ in $(seq 1 "$repetitions"); do
  # Alternate the two variants so that machine noise falls on both alike.
  full_without+=("$(seconds dotnet build "$work/without/Synthetic.slnx" --no-restore --no-incremental -nologo -v:quiet)")
  full_errorlog+=("$(seconds dotnet build "$work/errorlog/Synthetic.slnx" --no-restore --no-incremental -nologo -v:quiet \
    "-p:ErrorLog=obj/benchmark.sarif%2Cversion=2.1")")
  full_with+=("$(seconds dotnet build "$work/with/Synthetic.slnx" --no-restore --no-incremental -nologo -v:quiet)")
  noop_without+=("$(seconds dotnet build "$work/without/Synthetic.slnx" --no-restore -nologo -v:quiet)")
  noop_with+=("$(seconds dotnet build "$work/with/Synthetic.slnx" --no-restore -nologo -v:quiet)")
done

# One compilation per project with analyzer timing (-p:ReportAnalyzer=true): analyzer times are summed over
# the compiler's threads, so they compare with each other and with the Csc task time, not with wall time.
dotnet build "$work/peers/Synthetic.slnx" --no-restore --no-incremental -nologo -v:detailed -p:ReportAnalyzer=true \
  "-clp:PerformanceSummary" -p:CacheSecurityBaseline=accept "-p:CacheSecurityReason=synthetic benchmark" >"$work/analyzers.log" 2>&1
securitygate=$(grep -E '^\s+[0-9.<]+\s+[0-9]+\s+SecurityGate\.Analyzers, ' "$work/analyzers.log" | awk '{ sum += ($1 == "<0.001" ? 0 : $1) } END { printf "%.3f", sum }')
deserialization=$(grep -E '^\s+[0-9.<]+\s+[0-9]+\s+Microsoft\.NetCore\.Analyzers\.Security\.(DoNotUseInsecureDeserializer|DoNotUseInsecureSettingsForJsonNet|JsonNetTypeNameHandling|DoNotUseInsecureDeserializerJavaScriptSerializer)' "$work/analyzers.log" | awk '{ sum += ($1 == "<0.001" ? 0 : $1) } END { printf "%.3f", sum }')
all_analyzers=$(grep -E 'Total analyzer execution time' "$work/analyzers.log" | awk '{ sum += $5 } END { printf "%.3f", sum }')
csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s+[0-9]+ calls' "$work/analyzers.log" | awk '{ printf "%.3f", $1 / 1000 }')

fw=$(median "${full_with[@]}"); fo=$(median "${full_without[@]}"); fe=$(median "${full_errorlog[@]}")
nw=$(median "${noop_with[@]}"); no=$(median "${noop_without[@]}")
{
  echo "solution: $projects projects, $((projects * files)) files, $lines lines of C#, generator options: ${generator_options[*]:-none}; $repetitions repetitions, medians"
  echo "full build: with $fw s, without $fo s, ratio $(ratio "$fw" "$fo")"
  echo "full build without the package but with a SARIF error log: $fe s, ratio to without $(ratio "$fe" "$fo"); with the package against it: $(ratio "$fw" "$fe")"
  echo "no-op build: with $nw s, without $no s, ratio $(ratio "$nw" "$no")"
  echo "analyzers: SecurityGate $securitygate s, CA2300-CA2330 analyzers $deserialization s, all analyzers $all_analyzers s, Csc task $csc s"
  echo "SecurityGate share of Csc time: $(ratio "$securitygate" "$csc" 100) %"
  echo "SecurityGate / CA2300-CA2330: $(ratio "$securitygate" "$deserialization")"
} | tee "$work/results.txt"
