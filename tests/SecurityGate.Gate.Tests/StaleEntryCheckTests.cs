using System.IO;
using System.Linq;
using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests;

public sealed class StaleEntryCheckTests
{
    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp()
    {
        _workspace = new GateWorkspace();
        File.WriteAllBytes(_workspace.BaselinePath, BaselineFile.Format(new[]
        {
            new BaselineEntry(Fingerprints.KeyFor, "CSG001", Fingerprints.KeyForMember, "src/Orders/OrderCache.cs", "legacy orders"),
            new BaselineEntry(Fingerprints.Made(9), "CSG001", "M:Gone", "src/Orders/Gone.cs", "legacy orders"),
        }));
    }

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Run_EntrySeenInOneFrameworkOnly_IsNotStale()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var net10 = RunGate("net10.0");
        _workspace.WriteSarif(_workspace.LoadSarif().ClearResults());
        var net8 = RunGate("net8.0");
        var log = new RecordingGateLog();

        var passed = StaleEntryCheck.Run(_workspace.BaselinePath, new[] { net10, net8 }, strict: false, "Orders", log);

        Assert.That(passed, Is.True);
        Assert.That(log.Warnings.Single().Text, Is.EqualTo(
            $"1 entry of the baseline '{_workspace.BaselinePath}' matches no finding, because the finding was fixed. Remove it with 'dotnet build -p:CacheSecurityBaseline=prune'."));
    }

    [Test]
    public void Run_StrictWithStaleEntry_FailsWithCsg1010()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var report = RunGate("net10.0");
        var log = new RecordingGateLog();

        var passed = StaleEntryCheck.Run(_workspace.BaselinePath, new[] { report }, strict: true, "Orders", log);

        Assert.That(passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG1010"));
    }

    [Test]
    public void Run_IncompleteReport_SkipsCheck()
    {
        _workspace.WriteSarif(_workspace.LoadSarif(SarifFixture.AnalyzerException));
        var report = RunGate("net10.0");
        var log = new RecordingGateLog();

        var passed = StaleEntryCheck.Run(_workspace.BaselinePath, new[] { report }, strict: true, "Orders", log);

        Assert.That(passed, Is.True);
        Assert.That(log.Warnings, Is.Empty);
        Assert.That(log.LowMessages.Single(), Is.EqualTo(
            "SecurityGate: Orders: stale baseline entries not checked, because a gate report is incomplete or not in check mode."));
    }

    private string RunGate(string targetFramework)
    {
        var options = _workspace.CreateOptions();
        options.TargetFramework = targetFramework;
        options.CheckStaleEntries = false;
        options.ReportPath = Path.Combine(_workspace.ProjectFolder, "obj", targetFramework, "cache-security-report.json");
        GateRunner.Run(options, new RecordingGateLog());
        return options.ReportPath;
    }
}
