using System.IO;
using System.Linq;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests;

public sealed class GateRunnerFailClosedTests
{
    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new GateWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Run_ErrorLogMissing_FailsWithCsg1001()
    {
        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG1001"));
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            $"The SARIF error log '{_workspace.SarifPath}' does not exist: the compiler did not write it. Rebuild the project so that CoreCompile runs with the ErrorLog property set, or set CacheSecurityEnabled=false to turn the gate off explicitly."));
        Assert.That(log.ImportantMessages.Single(), Is.EqualTo(
            "SecurityGate: Orders (net10.0): findings not evaluated because an input is missing or invalid. Verdict: failed."));
    }

    [Test]
    public void Run_AnalyzersOff_FailsWithCsg1002()
    {
        _workspace.WriteSarif(_workspace.LoadSarif(SarifFixture.AnalyzersOff));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG1002"));
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            $"The SARIF error log '{_workspace.SarifPath}' lists no SecurityGate rule (CSG001, CSG002, CSG003, CSG004, CSG010, CSG011, CSG012, CSG020, CSG021, CSG022, CSG023, CSG030, CSG031, CSG040, CSG041): the SecurityGate analyzers did not run. Remove RunAnalyzers=false or RunAnalyzersDuringBuild=false from the build, or set CacheSecurityEnabled=false to turn the gate off explicitly."));
    }

    [Test]
    public void Run_AnalyzerException_FailsWithCsg1003AndMarksReportIncomplete()
    {
        _workspace.WriteSarif(_workspace.LoadSarif(SarifFixture.AnalyzerException));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        var error = log.Errors.Single(message => message.Code == "CSG1003");
        Assert.That(error.Text, Is.EqualTo(
            $"SecurityGate analyzer 'StubKeyAnalyzer' threw System.InvalidOperationException with message 'Stub analyzer failed on purpose.', so its findings are incomplete (AD0001 in '{_workspace.SarifPath}'). Update the SecurityGate package or report the failure with the AD0001 text of the build log; the gate fails until the analyzer runs without an exception."));
        Assert.That(outcome.Report.Complete, Is.False);
    }

    [TestCase("1", "the ErrorLog property requests version '1'")]
    [TestCase(null, "the ErrorLog property has no version, so the compiler writes SARIF 1.0")]
    public void Run_ErrorLogVersionNot21_FailsWithCsg1007(string? version, string detail)
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var options = _workspace.CreateOptions();
        options.ErrorLogVersion = version;

        var (outcome, log) = _workspace.Run(options);

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG1007"));
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            $"The error log '{_workspace.SarifPath}' is not SARIF 2.1: {detail}. Set ErrorLog to '{_workspace.SarifPath},version=2.1' or remove it."));
    }

    [TestCase("2")]
    [TestCase("2.1")]
    public void Run_ErrorLogVersion2Or21_IsAccepted(string version)
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var options = _workspace.CreateOptions();
        options.ErrorLogVersion = version;

        var (_, log) = _workspace.Run(options);

        Assert.That(log.Errors.Select(error => error.Code), Has.No.Member("CSG1007"));
    }

    [Test]
    public void Run_Sarif10File_FailsWithCsg1007()
    {
        _workspace.WriteSarif(_workspace.LoadSarif(SarifFixture.Version1));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            $"The error log '{_workspace.SarifPath}' is not SARIF 2.1: its version is '1.0.0', expected '2.1.0'. Set ErrorLog to '{_workspace.SarifPath},version=2.1' or remove it."));
    }

    [Test]
    public void Run_ErrorLogNotJson_FailsWithCsg1007AtLine()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_workspace.SarifPath)!);
        File.WriteAllText(_workspace.SarifPath, "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ oops\n");

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        var error = log.Errors.Single();
        Assert.That(error.Code, Is.EqualTo("CSG1007"));
        Assert.That(error.File, Is.EqualTo(_workspace.SarifPath));
        Assert.That(error.Line, Is.EqualTo(3));
        Assert.That(error.Text, Does.StartWith($"The error log '{_workspace.SarifPath}' is damaged: it is not valid JSON at line 3, position "));
        Assert.That(error.Text, Does.EndWith(". Rebuild the project with 'dotnet build --no-incremental' so the compiler writes it again."));
    }

    [Test]
    public void Run_FindingWithoutFingerprint_FailsWithCsg1007()
    {
        var fixture = _workspace.LoadSarif().KeepOnlyUnsuppressed();
        ((Newtonsoft.Json.Linq.JObject)fixture.Result(0)["properties"]!["customProperties"]!).Remove("CacheSecurity.Fingerprint");
        _workspace.WriteSarif(fixture);

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            $"The CSG001 result at '{_workspace.SourcePath}(9)' in the error log '{_workspace.SarifPath}' has no CacheSecurity.Fingerprint property, so it cannot be matched with the baseline. Use the same SecurityGate package version for the analyzers and the gate."));
    }

    [Test]
    public void Run_MalformedBaseline_FailsWithCsg1004AtLine()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        File.WriteAllText(_workspace.BaselinePath, "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n<<<<<<< HEAD\n  ]\n}\n");

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        var error = log.Errors.Single(message => message.Code == "CSG1004");
        Assert.That(error.File, Is.EqualTo(_workspace.BaselinePath));
        Assert.That(error.Line, Is.EqualTo(4));
        Assert.That(error.Text, Is.EqualTo(
            "The baseline line is not a finding entry: '<<<<<<< HEAD' is neither a finding object nor part of the file's frame. Restore the line from version control, or delete it and accept the finding again with -p:CacheSecurityBaseline=accept."));
        Assert.That(outcome.Report.Complete, Is.False);
    }

    [Test]
    public void Run_MalformedExclusionLine_FailsWithCsg1005AtLine()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var exclusionPath = _workspace.WriteFile("src/Orders/.cache-security-exclude", "# generated code\nGenerated/** | CSG001\n");

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        var error = log.Errors.Single(message => message.Code == "CSG1005");
        Assert.That(error.File, Is.EqualTo(exclusionPath));
        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Text, Is.EqualTo(
            "The exclusion entry has 2 fields separated by '|', expected 3 or 4: write '<glob> | <rule ids or *> | <reason> [| expires yyyy-MM-dd]'."));
    }

    [Test]
    public void Run_OptionsWithoutPaths_FailsWithCsg1012()
    {
        var log = new RecordingGateLog();

        var outcome = GateRunner.Run(new GateOptions { ProjectName = "Orders" }, log);

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG1012"));
        Assert.That(log.Errors.Single().Text, Is.EqualTo(
            "The gate options ErrorLogPath, ProjectPath, ReportPath are empty: the SecurityGate targets pass them; check that the CacheSecurityGate target is not overridden."));
    }
}
