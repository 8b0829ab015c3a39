using System.IO;
using System.Linq;
using SecurityGate.Gate.Sarif;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests.Sarif;

public sealed class SarifReaderTests
{
    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new GateWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Read_CompilerLog_ReturnsFindingWithLocationAndProperties()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());

        var log = SarifReader.Read(_workspace.SarifPath);

        Assert.That(log.Findings, Has.Count.EqualTo(3));
        var finding = log.Findings[0];
        Assert.That(finding.RuleId, Is.EqualTo("CSG001"));
        Assert.That(finding.Level, Is.EqualTo("note"));
        Assert.That(finding.Message, Is.EqualTo("Cache key 'key:order:' has no version prefix"));
        Assert.That(finding.FilePath, Is.EqualTo(Path.Combine(_workspace.ProjectFolder, "OrderCache.cs")));
        Assert.That(finding.Line, Is.EqualTo(9));
        Assert.That(finding.Column, Is.EqualTo(16));
        Assert.That(finding.Fingerprint, Is.EqualTo(Fingerprints.KeyFor));
        Assert.That(finding.Member, Is.EqualTo(Fingerprints.KeyForMember));
        Assert.That(finding.IsSuppressedInSource, Is.False);
        Assert.That(finding.Justification, Is.Null);
    }

    [Test]
    public void Read_PragmaSuppression_IsSuppressedWithoutJustification()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());

        var finding = SarifReader.Read(_workspace.SarifPath).Findings[1];

        Assert.That(finding.Line, Is.EqualTo(15));
        Assert.That(finding.IsSuppressedInSource, Is.True);
        Assert.That(finding.Justification, Is.Null);
    }

    [Test]
    public void Read_SuppressMessageAttribute_IsSuppressedWithJustification()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());

        var finding = SarifReader.Read(_workspace.SarifPath).Findings[2];

        Assert.That(finding.Line, Is.EqualTo(22));
        Assert.That(finding.IsSuppressedInSource, Is.True);
        Assert.That(finding.Justification, Is.EqualTo("Read-only key of the old cache, removed with it."));
    }

    [Test]
    public void Read_RulesList_ContainsRulesThatReportedNothing()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());

        var log = SarifReader.Read(_workspace.SarifPath);

        Assert.That(log.RuleIds, Does.Contain("CSG001"));
        Assert.That(log.RuleIds, Does.Contain("CSG002"));
        Assert.That(log.Findings.Select(finding => finding.RuleId), Has.No.Member("CSG002"));
    }

    [Test]
    public void Read_AnalyzersOff_HasNoRules()
    {
        _workspace.WriteSarif(_workspace.LoadSarif(SarifFixture.AnalyzersOff));

        var log = SarifReader.Read(_workspace.SarifPath);

        Assert.That(log.RuleIds, Is.Empty);
        Assert.That(log.Findings, Is.Empty);
    }

    [Test]
    public void Read_AnalyzerException_ReturnsFailureWithAnalyzerAndMessage()
    {
        _workspace.WriteSarif(_workspace.LoadSarif(SarifFixture.AnalyzerException));

        var log = SarifReader.Read(_workspace.SarifPath);

        Assert.That(log.AnalyzerFailures, Has.Count.EqualTo(1));
        Assert.That(log.AnalyzerFailures[0].AnalyzerName, Is.EqualTo("StubKeyAnalyzer"));
        Assert.That(log.AnalyzerFailures[0].ExceptionType, Is.EqualTo("System.InvalidOperationException"));
        Assert.That(log.AnalyzerFailures[0].ExceptionMessage, Is.EqualTo("Stub analyzer failed on purpose."));
    }

    [Test]
    public void Read_AnalyzerExceptionOfOtherAnalyzer_IsIgnored()
    {
        var fixture = _workspace.LoadSarif(SarifFixture.AnalyzerException);
        var failure = fixture.Results.Last();
        failure["message"]!["text"] = "Analyzer 'Contoso.OtherAnalyzer' threw an exception of type 'System.Exception' with message 'x'.\nSuppress the following diagnostics to disable this analyzer: CT0001";
        _workspace.WriteSarif(fixture);

        var log = SarifReader.Read(_workspace.SarifPath);

        Assert.That(log.AnalyzerFailures, Is.Empty);
    }

    [Test]
    public void Read_RejectedSuppression_IsNotSuppressed()
    {
        var fixture = _workspace.LoadSarif();
        fixture.Result(1)["suppressions"]![0]!["status"] = "rejected";
        _workspace.WriteSarif(fixture);

        var finding = SarifReader.Read(_workspace.SarifPath).Findings[1];

        Assert.That(finding.IsSuppressedInSource, Is.False);
    }
}
