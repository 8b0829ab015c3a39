using System.IO;
using System.Linq;
using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests.Matching;

public sealed class FindingClassifierTests
{
    private const string Member = "M:Shop.Orders.OrderCache.KeyFor(System.String)";

    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new GateWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Classify_LineShift_StaysBaselined()
    {
        var fixture = _workspace.LoadSarif().KeepOnlyUnsuppressed();
        fixture.Result(0)["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 42;
        _workspace.WriteSarif(fixture);
        WriteBaseline(Entry(Fingerprints.KeyFor));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.True);
        Assert.That(outcome.Report.Counts.Baselined, Is.EqualTo(1));
        Assert.That(log.Errors, Is.Empty);
    }

    [Test]
    public void Classify_Reformatting_StaysBaselined()
    {
        var fixture = _workspace.LoadSarif().KeepOnlyUnsuppressed();
        var region = fixture.Result(0)["locations"]![0]!["physicalLocation"]!["region"]!;
        region["startLine"] = 11;
        region["startColumn"] = 29;
        _workspace.WriteSarif(fixture);
        WriteBaseline(Entry(Fingerprints.KeyFor));

        var (outcome, _) = _workspace.Run();

        Assert.That(outcome.Report.Counts.Baselined, Is.EqualTo(1));
        Assert.That(outcome.Report.Counts.New, Is.Zero);
    }

    [Test]
    public void Classify_MovedFile_StaysBaselinedAndReportsNewPath()
    {
        var movedPath = _workspace.WriteFile("src/Orders/Caching/OrderKeys.cs", "// moved\n");
        var fixture = _workspace.LoadSarif().KeepOnlyUnsuppressed();
        fixture.Result(0)["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"] = new System.Uri(movedPath).AbsoluteUri;
        _workspace.WriteSarif(fixture);
        WriteBaseline(Entry(Fingerprints.KeyFor));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.True);
        Assert.That(log.Errors, Is.Empty);
        Assert.That(outcome.Report.Findings.Single().Path, Is.EqualTo("src/Orders/Caching/OrderKeys.cs"));
    }

    [Test]
    public void Classify_TwoIdenticalFindingsOneBaselined_OneIsNew()
    {
        var ordinal0 = Fingerprints.Made(10);
        var ordinal1 = Fingerprints.Made(11);
        var fixture = _workspace.LoadSarif();
        fixture.Results.Clear();
        fixture.AddFinding(ordinal0, _workspace.SourcePath, line: 9, member: Member);
        fixture.AddFinding(ordinal1, _workspace.SourcePath, line: 10, member: Member);
        _workspace.WriteSarif(fixture);
        WriteBaseline(Entry(ordinal0));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Report.Counts.Baselined, Is.EqualTo(1));
        Assert.That(outcome.Report.Counts.New, Is.EqualTo(1));
        Assert.That(log.Errors.Single().Line, Is.EqualTo(10));
    }

    [Test]
    public void Classify_SameFingerprintTwiceOneEntry_BaselineIsAMultiset()
    {
        var fixture = _workspace.LoadSarif();
        fixture.Results.Clear();
        fixture.AddFinding(Fingerprints.Made(20), _workspace.SourcePath, line: 9);
        fixture.AddFinding(Fingerprints.Made(20), _workspace.SourcePath, line: 30);
        _workspace.WriteSarif(fixture);
        WriteBaseline(Entry(Fingerprints.Made(20)));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Report.Counts.Baselined, Is.EqualTo(1));
        Assert.That(outcome.Report.Counts.New, Is.EqualTo(1));
        Assert.That(log.Errors.Single().Line, Is.EqualTo(30));
    }

    [Test]
    public void Classify_OneFixedOneNewInSameFileAndRule_ReportsBoth()
    {
        var fixture = _workspace.LoadSarif();
        fixture.Results.Clear();
        fixture.AddFinding(Fingerprints.Made(31), _workspace.SourcePath, line: 12);
        _workspace.WriteSarif(fixture);
        WriteBaseline(Entry(Fingerprints.Made(30)));

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Single().Code, Is.EqualTo("CSG001"));
        Assert.That(log.Errors.Single().Line, Is.EqualTo(12));
        Assert.That(log.Warnings.Single().Code, Is.EqualTo("CSG1010"));
        Assert.That(outcome.Report.Counts.StaleBaselineEntries, Is.EqualTo(1));
    }

    [Test]
    public void Classify_SuppressedAndExcludedAndBaselined_SuppressionWins()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        _workspace.WriteFile("src/Orders/.cache-security-exclude", "*.cs | * | legacy cache removed next quarter\n");
        WriteBaseline(Entry(Fingerprints.PragmaKey));

        var (outcome, _) = _workspace.Run();

        var states = outcome.Report.Findings.ToDictionary(finding => finding.Fingerprint, finding => finding.State);
        Assert.That(states[Fingerprints.PragmaKey], Is.EqualTo(FindingState.SuppressedInSource));
        Assert.That(states[Fingerprints.KeyFor], Is.EqualTo(FindingState.Excluded));

        // The suppressed finding still exists, so its baseline entry is neither stale nor fixed.
        Assert.That(outcome.Report.Counts.StaleBaselineEntries, Is.Zero);
    }

    [Test]
    public void Classify_ExcludedAndBaselined_ExclusionWins()
    {
        _workspace.WriteSarif(_workspace.LoadSarif().KeepOnlyUnsuppressed());
        _workspace.WriteFile("src/Orders/.cache-security-exclude", "OrderCache.cs | CSG001 | legacy cache removed next quarter\n");
        WriteBaseline(Entry(Fingerprints.KeyFor));

        var (outcome, _) = _workspace.Run();

        Assert.That(outcome.Report.Findings.Single().State, Is.EqualTo(FindingState.Excluded));
    }

    private static BaselineEntry Entry(string fingerprint) => new(fingerprint, "CSG001", Member, "src/Orders/OrderCache.cs", "initial adoption");

    private void WriteBaseline(params BaselineEntry[] entries) => File.WriteAllBytes(_workspace.BaselinePath, BaselineFile.Format(entries));
}
