using System;
using System.IO;
using BenchmarkDotNet.Attributes;

namespace SecurityGate.Gate.Benchmarks;

/// <summary>
/// One <see cref="GateRunner.Run"/> in check mode, every finding matched by the baseline: the work the gate task
/// does in a build after the compiler. The time must grow linearly with the number of findings.
/// </summary>
[MemoryDiagnoser]
public class GateRunBenchmarks
{
    private GateOptions options = new();

    [Params(100, 1_000, 10_000, 100_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void WriteInput()
    {
        var folder = Path.Combine(Path.GetTempPath(), "securitygate-gate-benchmark", Findings.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SyntheticGateInput.Write(folder, Findings, out var sarifPath, out var baselinePath);
        options = new GateOptions
        {
            ErrorLogPath = sarifPath,
            ErrorLogVersion = "2.1",
            ProjectPath = Path.Combine(folder, "Synthetic.csproj"),
            ProjectName = "Synthetic",
            TargetFramework = "net10.0",
            BaselinePath = baselinePath,
            RepositoryRoot = folder,
            ReportPath = Path.Combine(folder, "cache-security-report.json"),
            Today = new DateTime(2026, 12, 4),
        };
    }

    [Benchmark]
    public bool Run()
    {
        var outcome = GateRunner.Run(options, SilentGateLog.Instance);
        if (!outcome.Passed)
        {
            throw new InvalidOperationException("The synthetic gate input must pass: every finding is in the baseline.");
        }

        return outcome.Passed;
    }
}
