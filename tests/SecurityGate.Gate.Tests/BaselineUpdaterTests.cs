using System;
using System.IO;
using System.Linq;
using System.Text;
using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests;

public sealed class BaselineUpdaterTests
{
    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new GateWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Accept_NewFindings_AddsThemWithReasonAndLogsCounts()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var report = RunGate(BaselineMode.Accept);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report), log);

        Assert.That(passed, Is.True);
        var entry = BaselineFile.Read(_workspace.BaselinePath).Entries.Single();
        Assert.That(entry.Fingerprint, Is.EqualTo(Fingerprints.KeyFor));
        Assert.That(entry.Rule, Is.EqualTo("CSG001"));
        Assert.That(entry.Member, Is.EqualTo(Fingerprints.KeyForMember));
        Assert.That(entry.Path, Is.EqualTo("src/Orders/OrderCache.cs"));
        Assert.That(entry.Reason, Is.EqualTo("initial adoption"));
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo("SecurityGate: Orders: baseline cache-security-baseline.json updated: 1 added, 0 removed (1 entries)."));
    }

    [Test]
    public void Accept_ExistingEntries_KeepTheirReasonAndStaleOnesAreRemoved()
    {
        var fixture = _workspace.LoadSarif().KeepOnlyUnsuppressed();
        fixture.AddFinding(Fingerprints.Made(5), _workspace.SourcePath, line: 30);
        _workspace.WriteSarif(fixture);
        WriteBaseline(
            new BaselineEntry(Fingerprints.KeyFor, "CSG001", Fingerprints.KeyForMember, "src/Orders/OrderCache.cs", "legacy orders"),
            new BaselineEntry(Fingerprints.Made(9), "CSG001", "M:Gone", "src/Orders/Gone.cs", "legacy orders"));
        var report = RunGate(BaselineMode.Accept);
        var log = new RecordingGateLog();

        BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report, reason: "second wave"), log);

        var entries = BaselineFile.Read(_workspace.BaselinePath).Entries;
        Assert.That(entries.Select(entry => (entry.Fingerprint, entry.Reason)), Is.EquivalentTo(new[]
        {
            (Fingerprints.KeyFor, "legacy orders"),
            (Fingerprints.Made(5), "second wave"),
        }));
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo("SecurityGate: Orders: baseline cache-security-baseline.json updated: 1 added, 1 removed (2 entries)."));
    }

    [Test]
    public void Accept_ExcludedAndSuppressedFindings_AreNotAdded()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        _workspace.WriteFile("src/Orders/.cache-security-exclude", "OrderCache.cs | CSG001 | legacy cache removed next quarter\n");
        var report = RunGate(BaselineMode.Accept);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report), log);

        Assert.That(passed, Is.True);
        Assert.That(File.Exists(_workspace.BaselinePath), Is.False);
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo("SecurityGate: Orders: baseline cache-security-baseline.json unchanged (0 entries)."));
    }

    [Test]
    public void Accept_WithoutReason_FailsWithCsg1009AndWritesNothing()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var report = RunGate(BaselineMode.Check);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report, reason: " "), log);

        Assert.That(passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG1009"));
        Assert.That(File.Exists(_workspace.BaselinePath), Is.False);
    }

    [Test]
    public void Accept_InCi_FailsWithCsg1008AndWritesNothing()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var report = RunGate(BaselineMode.Check);
        var options = UpdateOptions(BaselineMode.Accept, report);
        options.IsContinuousIntegration = true;
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(options, log);

        Assert.That(passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG1008"));
        Assert.That(File.Exists(_workspace.BaselinePath), Is.False);
    }

    [Test]
    public void Prune_NewFinding_IsNeverAdded()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        WriteBaseline(new BaselineEntry(Fingerprints.Made(9), "CSG001", "M:Gone", "src/Orders/Gone.cs", "legacy orders"));
        var report = RunGate(BaselineMode.Prune);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Prune, report), log);

        Assert.That(passed, Is.True);
        Assert.That(BaselineFile.Read(_workspace.BaselinePath).Entries, Is.Empty);
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo("SecurityGate: Orders: baseline cache-security-baseline.json updated: 0 added, 1 removed (0 entries)."));
    }

    [Test]
    public void Prune_EntryOfExcludedFinding_IsKept()
    {
        var keep = new BaselineEntry(Fingerprints.KeyFor, "CSG001", Fingerprints.KeyForMember, "src/Orders/OrderCache.cs", "legacy orders");
        WriteBaseline(keep);
        _workspace.WriteSarif(_workspace.LoadSarif().KeepOnlyUnsuppressed());
        _workspace.WriteFile("src/Orders/.cache-security-exclude", "OrderCache.cs | CSG001 | legacy cache removed next quarter\n");
        var report = RunGate(BaselineMode.Prune);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Prune, report), log);

        Assert.That(passed, Is.True);
        Assert.That(BaselineFile.Read(_workspace.BaselinePath).Entries, Is.EqualTo(new[] { keep }));
    }

    [Test]
    public void Accept_EntryOfExcludedFinding_IsKept()
    {
        var keep = new BaselineEntry(Fingerprints.KeyFor, "CSG001", Fingerprints.KeyForMember, "src/Orders/OrderCache.cs", "legacy orders");
        WriteBaseline(keep);
        _workspace.WriteSarif(_workspace.LoadSarif().KeepOnlyUnsuppressed());
        _workspace.WriteFile("src/Orders/.cache-security-exclude", "OrderCache.cs | CSG001 | legacy cache removed next quarter\n");
        var report = RunGate(BaselineMode.Accept);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report), log);

        Assert.That(passed, Is.True);
        Assert.That(BaselineFile.Read(_workspace.BaselinePath).Entries, Is.EqualTo(new[] { keep }));
    }

    [Test]
    public void Prune_EntryMatchedInOneFramework_IsKept()
    {
        var keep = new BaselineEntry(Fingerprints.KeyFor, "CSG001", Fingerprints.KeyForMember, "src/Orders/OrderCache.cs", "legacy orders");
        WriteBaseline(keep);
        _workspace.WriteSarif(_workspace.LoadSarif());
        var net10Report = RunGate(BaselineMode.Prune, "net10.0");
        _workspace.WriteSarif(_workspace.LoadSarif().KeepOnlyUnsuppressed().ClearResults());
        var net8Report = RunGate(BaselineMode.Prune, "net8.0");
        var before = File.ReadAllBytes(_workspace.BaselinePath);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Prune, net10Report, net8Report), log);

        Assert.That(passed, Is.True);
        Assert.That(File.ReadAllBytes(_workspace.BaselinePath), Is.EqualTo(before));
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo("SecurityGate: Orders: baseline cache-security-baseline.json unchanged (1 entries)."));
    }

    [Test]
    public void Update_MalformedBaseline_IsNotOverwritten()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var report = RunGate(BaselineMode.Accept);
        const string Malformed = "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n<<<<<<< HEAD\n  ]\n}\n";
        File.WriteAllText(_workspace.BaselinePath, Malformed);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report), log);

        Assert.That(passed, Is.False);
        Assert.That(File.ReadAllText(_workspace.BaselinePath), Is.EqualTo(Malformed));
        Assert.That(log.Errors.Select(error => error.Code), Is.EqualTo(new[] { "CSG1004", "CSG1013" }));
        Assert.That(log.Errors[1].Text, Is.EqualTo(
            $"The baseline '{_workspace.BaselinePath}' is left unchanged because it has malformed lines: fix them, then run the update again."));
    }

    [Test]
    public void Update_IncompleteReport_IsRejectedAndBaselineKept()
    {
        _workspace.WriteSarif(_workspace.LoadSarif(SarifFixture.AnalyzerException));
        WriteBaseline(new BaselineEntry(Fingerprints.Made(9), "CSG001", "M:Other", "src/Orders/Other.cs", "legacy orders"));
        var before = File.ReadAllBytes(_workspace.BaselinePath);
        var report = RunGate(BaselineMode.Prune);
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Prune, report), log);

        Assert.That(passed, Is.False);
        Assert.That(File.ReadAllBytes(_workspace.BaselinePath), Is.EqualTo(before));
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            $"The gate report '{report}' comes from a build whose input was invalid, so its findings may be incomplete: fix the errors of that build, then run the baseline step again."));
    }

    [Test]
    public void Update_MissingReport_FailsWithCsg1014()
    {
        var missing = Path.Combine(_workspace.ProjectFolder, "obj", "missing.json");
        var log = new RecordingGateLog();

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Prune, missing), log);

        Assert.That(passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG1014"));
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            $"The gate report '{missing}' does not exist: the gate did not run for this target framework. Build the project, then run the baseline step again."));
    }

    [Test]
    public void Update_LockHeldByAnotherHandle_FailsWithCsg1013AfterTimeout()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var report = RunGate(BaselineMode.Accept);
        var lockPath = BaselineLock.GetLockPath(_workspace.BaselinePath);
        var options = UpdateOptions(BaselineMode.Accept, report);
        options.LockTimeout = TimeSpan.FromMilliseconds(300);
        var log = new RecordingGateLog();

        bool passed;
        using (new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            passed = BaselineUpdater.Run(options, log);
        }

        Assert.That(passed, Is.False);
        Assert.That(File.Exists(_workspace.BaselinePath), Is.False);
        var error = log.Errors.Single();
        Assert.That(error.Code, Is.EqualTo("CSG1013"));
        Assert.That(error.File, Is.EqualTo(lockPath));
        Assert.That(error.Text, Is.EqualTo(
            $"The baseline '{_workspace.BaselinePath}' could not be updated: the lock file '{lockPath}' is held by another build or tool and was not released within 0.3 seconds. Wait for that process to finish, then run the update again."));
    }

    [Test]
    public void Update_LockReleased_Succeeds()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var report = RunGate(BaselineMode.Accept);
        using (new FileStream(BaselineLock.GetLockPath(_workspace.BaselinePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
        }

        var passed = BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report), new RecordingGateLog());

        Assert.That(passed, Is.True);
        Assert.That(BaselineFile.Read(_workspace.BaselinePath).Entries, Has.Count.EqualTo(1));
        Assert.That(Directory.GetFiles(_workspace.ProjectFolder, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Accept_Twice_WritesIdenticalBytes()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var report = RunGate(BaselineMode.Accept);
        BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report), new RecordingGateLog());
        var first = File.ReadAllBytes(_workspace.BaselinePath);

        report = RunGate(BaselineMode.Accept);
        BaselineUpdater.Run(UpdateOptions(BaselineMode.Accept, report), new RecordingGateLog());

        Assert.That(File.ReadAllBytes(_workspace.BaselinePath), Is.EqualTo(first));
        Assert.That(Encoding.UTF8.GetString(first), Does.EndWith("\n  ]\n}\n"));
    }

    private string RunGate(BaselineMode mode, string targetFramework = "net10.0")
    {
        var options = _workspace.CreateOptions();
        options.Mode = mode;
        options.Reason = "initial adoption";
        options.TargetFramework = targetFramework;
        options.CheckStaleEntries = false;
        options.ReportPath = Path.Combine(_workspace.ProjectFolder, "obj", targetFramework, "cache-security-report.json");
        GateRunner.Run(options, new RecordingGateLog());
        return options.ReportPath;
    }

    private BaselineUpdateOptions UpdateOptions(BaselineMode mode, params string[] reports) => UpdateOptions(mode, reports, "initial adoption");

    private BaselineUpdateOptions UpdateOptions(BaselineMode mode, string report, string reason) => UpdateOptions(mode, new[] { report }, reason);

    private BaselineUpdateOptions UpdateOptions(BaselineMode mode, string[] reports, string reason) => new()
    {
        Mode = mode,
        BaselinePath = _workspace.BaselinePath,
        ReportPaths = reports,
        Reason = reason,
        ProjectName = "Orders",
        LockTimeout = TimeSpan.FromSeconds(5),
    };

    private void WriteBaseline(params BaselineEntry[] entries) => File.WriteAllBytes(_workspace.BaselinePath, BaselineFile.Format(entries));
}
