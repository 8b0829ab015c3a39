using System.IO;
using System.Linq;
using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests;

public sealed class GateRunnerTests
{
    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp()
    {
        _workspace = new GateWorkspace();
        _workspace.WriteSarif(_workspace.LoadSarif());
    }

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Run_NewFinding_LogsErrorWithLocationAndHelpLink()
    {
        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        var error = log.Errors.Single();
        Assert.That(error.Code, Is.EqualTo("CSG001"));
        Assert.That(error.Text, Is.EqualTo("Cache key 'key:order:' has no version prefix"));
        Assert.That(error.File, Is.EqualTo(_workspace.SourcePath));
        Assert.That(error.Line, Is.EqualTo(9));
        Assert.That(error.Column, Is.EqualTo(16));
        Assert.That(error.HelpLink, Is.EqualTo("https://github.com/securitygate/securitygate/blob/main/docs/rules/CSG001.md"));
    }

    [Test]
    public void Run_NewFinding_SummaryCountsEveryStateAndFails()
    {
        var (_, log) = _workspace.Run();

        Assert.That(log.ImportantMessages.ToArray(), Is.EqualTo(new[]
        {
            "SecurityGate: Orders (net10.0): 1 new, 0 baselined, 0 excluded, 2 suppressed in source, 0 fixed (stale baseline entries). Verdict: failed.",
        }));
    }

    [Test]
    public void Run_BaselinedFinding_LogsLowImportanceAndPasses()
    {
        WriteBaseline(new BaselineEntry(Fingerprints.KeyFor, "CSG001", Fingerprints.KeyForMember, "src/Orders/OrderCache.cs", "initial adoption"));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.True);
        Assert.That(log.Errors, Is.Empty);
        Assert.That(log.LowMessages, Does.Contain($"SecurityGate: baselined CSG001 at {_workspace.SourcePath}(9,16): Cache key 'key:order:' has no version prefix"));
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo(
            "SecurityGate: Orders (net10.0): 0 new, 1 baselined, 0 excluded, 2 suppressed in source, 0 fixed (stale baseline entries). Verdict: passed."));
    }

    [Test]
    public void Run_StaleEntry_WarnsWithCountFileAndCommand()
    {
        WriteBaseline(
            new BaselineEntry(Fingerprints.KeyFor, "CSG001", Fingerprints.KeyForMember, "src/Orders/OrderCache.cs", "initial adoption"),
            new BaselineEntry(Fingerprints.Made(1), "CSG001", "M:Shop.Orders.OrderCache.Gone", "src/Orders/OrderCache.cs", "initial adoption"));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.True);
        var warning = log.Warnings.Single();
        Assert.That(warning.Code, Is.EqualTo("CSG1010"));
        Assert.That(warning.File, Is.EqualTo(_workspace.BaselinePath));
        Assert.That(warning.Text, Is.EqualTo(
            $"1 entry of the baseline '{_workspace.BaselinePath}' matches no finding, because the finding was fixed. Remove it with 'dotnet build -p:CacheSecurityBaseline=prune'."));
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo(
            "SecurityGate: Orders (net10.0): 0 new, 1 baselined, 0 excluded, 2 suppressed in source, 1 fixed (stale baseline entries). Verdict: passed."));
    }

    [Test]
    public void Run_StaleEntriesInStrictMode_FailsWithCsg1010Error()
    {
        WriteBaseline(
            new BaselineEntry(Fingerprints.KeyFor, "CSG001", Fingerprints.KeyForMember, "src/Orders/OrderCache.cs", "initial adoption"),
            new BaselineEntry(Fingerprints.Made(1), "CSG001", "M:A.B", "src/Orders/OrderCache.cs", "initial adoption"),
            new BaselineEntry(Fingerprints.Made(2), "CSG001", "M:A.C", "src/Orders/OrderCache.cs", "initial adoption"));
        var options = _workspace.CreateOptions();
        options.Strict = true;

        var (outcome, log) = _workspace.Run(options);

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            $"2 entries of the baseline '{_workspace.BaselinePath}' match no finding, because the findings were fixed. Remove them with 'dotnet build -p:CacheSecurityBaseline=prune'."));
    }

    [Test]
    public void Run_InnerBuildOfMultiTarget_DoesNotReportStaleEntries()
    {
        WriteBaseline(new BaselineEntry(Fingerprints.Made(1), "CSG001", "M:A.B", "src/Orders/OrderCache.cs", "initial adoption"));
        var options = _workspace.CreateOptions();
        options.CheckStaleEntries = false;

        var (_, log) = _workspace.Run(options);

        Assert.That(log.Warnings, Is.Empty);
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo(
            "SecurityGate: Orders (net10.0): 1 new, 0 baselined, 0 excluded, 2 suppressed in source. Verdict: failed."));
    }

    [Test]
    public void Run_AcceptWithReason_ReportsToBeAcceptedAndPasses()
    {
        var options = _workspace.CreateOptions();
        options.Mode = BaselineMode.Accept;
        options.Reason = "initial adoption";

        var (outcome, log) = _workspace.Run(options);

        Assert.That(outcome.Passed, Is.True);
        Assert.That(log.ImportantMessages.ToArray(), Is.EqualTo(new[]
        {
            $"SecurityGate: to be accepted CSG001 at {_workspace.SourcePath}(9,16): Cache key 'key:order:' has no version prefix",
            "SecurityGate: Orders (net10.0): 1 to be accepted, 0 baselined, 0 excluded, 2 suppressed in source, 0 fixed (stale baseline entries). Verdict: passed.",
        }));
    }

    [Test]
    public void Run_AcceptWithoutReason_FailsWithCsg1009AndChecksFindings()
    {
        var options = _workspace.CreateOptions();
        options.Mode = BaselineMode.Accept;

        var (outcome, log) = _workspace.Run(options);

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Select(error => error.Code), Is.EqualTo(new[] { "CSG1009", "CSG001" }));
        Assert.That(log.Errors[0].Text, Is.EqualTo(
            "Accepting findings into the baseline requires a reason: set CacheSecurityReason, for example -p:CacheSecurityReason=\"initial adoption\"."));
    }

    [Test]
    public void Run_AcceptInCi_FailsWithCsg1008()
    {
        var options = _workspace.CreateOptions();
        options.Mode = BaselineMode.Accept;
        options.Reason = "initial adoption";
        options.IsContinuousIntegration = true;

        var (outcome, log) = _workspace.Run(options);

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors[0].Code, Is.EqualTo("CSG1008"));
        Assert.That(log.Errors[0].Text, Is.EqualTo(
            "Accepting findings into the baseline is rejected in CI builds: accept them on a developer machine and commit the baseline, or set CacheSecurityAllowAcceptInCI=true."));
    }

    [Test]
    public void Run_AcceptInCiWhenAllowed_Passes()
    {
        var options = _workspace.CreateOptions();
        options.Mode = BaselineMode.Accept;
        options.Reason = "initial adoption";
        options.IsContinuousIntegration = true;
        options.AllowAcceptInContinuousIntegration = true;

        var (outcome, log) = _workspace.Run(options);

        Assert.That(outcome.Passed, Is.True);
        Assert.That(log.Errors, Is.Empty);
    }

    [Test]
    public void Run_Prune_NewFindingsStillFail()
    {
        var options = _workspace.CreateOptions();
        options.Mode = BaselineMode.Prune;

        var (outcome, log) = _workspace.Run(options);

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG001"));
    }

    [Test]
    public void Run_ProjectWithoutTargetFramework_SummaryNamesProjectOnly()
    {
        var options = _workspace.CreateOptions();
        options.TargetFramework = null;

        var (_, log) = _workspace.Run(options);

        Assert.That(log.ImportantMessages.Single(), Does.StartWith("SecurityGate: Orders: 1 new,"));
    }

    [Test]
    public void Run_Always_WritesReportWithRepositoryRelativePaths()
    {
        var (outcome, _) = _workspace.Run();

        Assert.That(File.Exists(_workspace.ReportPath), Is.True);
        Assert.That(outcome.Report.Baseline, Is.EqualTo("src/Orders/cache-security-baseline.json"));
        Assert.That(outcome.Report.Findings.Select(finding => finding.Path).Distinct(), Is.EqualTo(new[] { "src/Orders/OrderCache.cs" }));
        Assert.That(outcome.Report.Findings.Select(finding => finding.State), Is.EqualTo(new[] { FindingState.New, FindingState.SuppressedInSource, FindingState.SuppressedInSource }));
        Assert.That(outcome.Report.Findings[2].Justification, Is.EqualTo("Read-only key of the old cache, removed with it."));
        Assert.That(outcome.Report.Complete, Is.True);
        Assert.That(outcome.Report.Verdict, Is.EqualTo("failed"));
    }

    private void WriteBaseline(params BaselineEntry[] entries) => File.WriteAllBytes(_workspace.BaselinePath, BaselineFile.Format(entries));
}
