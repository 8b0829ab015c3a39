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

    [Test]
    public void Read_RuleIdInRuleObject_IsUsed()
    {
        WriteResults("{\"rule\":{\"id\":\"CSG002\"}," + CustomProperties + "}");

        var finding = SarifReader.Read(_workspace.SarifPath).Findings.Single();

        Assert.That(finding.RuleId, Is.EqualTo("CSG002"));
    }

    [Test]
    public void Read_SecondLocation_IsIgnored()
    {
        WriteResults("{\"ruleId\":\"CSG001\",\"locations\":["
            + "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"file:///first/A.cs\"},\"region\":{\"startLine\":3}}},"
            + "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"file:///second/B.cs\"},\"region\":{\"startLine\":4,\"startColumn\":5}}}],"
            + CustomProperties + "}");

        var finding = SarifReader.Read(_workspace.SarifPath).Findings.Single();

        Assert.That(finding.FilePath, Is.EqualTo(Path.GetFullPath("/first/A.cs")));
        Assert.That(finding.Line, Is.EqualTo(3));
        Assert.That(finding.Column, Is.Zero);
    }

    [Test]
    public void Read_OtherJsonTypes_CountAsAbsent()
    {
        WriteResults("{\"ruleId\":\"CSG001\",\"level\":3,\"message\":\"plain\","
            + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":7},\"region\":{\"startLine\":\"9\",\"startColumn\":2.5}}}],"
            + "\"suppressions\":{\"kind\":\"inSource\"}," + CustomProperties + "}");

        var finding = SarifReader.Read(_workspace.SarifPath).Findings.Single();

        Assert.That(finding.Level, Is.EqualTo("warning"));
        Assert.That(finding.Message, Is.Empty);
        Assert.That(finding.FilePath, Is.Null);
        Assert.That(finding.Line, Is.Zero);
        Assert.That(finding.Column, Is.Zero);
        Assert.That(finding.IsSuppressedInSource, Is.False);
    }

    [Test]
    public void Read_PropertyGivenTwice_UsesLastValue()
    {
        WriteResults("{\"ruleId\":\"CSG001\",\"ruleId\":\"CSG003\","
            + "\"locations\":[{\"physicalLocation\":{\"region\":{\"startLine\":3,\"startColumn\":4},\"region\":{\"startColumn\":6}}}],"
            + "\"suppressions\":[{\"kind\":\"inSource\"}],\"suppressions\":[],"
            + CustomProperties + "}");

        var finding = SarifReader.Read(_workspace.SarifPath).Findings.Single();

        Assert.That(finding.RuleId, Is.EqualTo("CSG003"));
        Assert.That(finding.Line, Is.Zero);
        Assert.That(finding.Column, Is.EqualTo(6));
        Assert.That(finding.IsSuppressedInSource, Is.False);
    }

    [Test]
    public void Read_CommentsInResult_AreSkipped()
    {
        WriteResults("{/* a */\"ruleId\":\"CSG001\", /* b */ \"locations\":[/* c */{\"physicalLocation\":{\"region\":{\"startLine\":/* d */5}}}],"
            + CustomProperties + " /* e */}");

        var finding = SarifReader.Read(_workspace.SarifPath).Findings.Single();

        Assert.That(finding.Line, Is.EqualTo(5));
        Assert.That(finding.Fingerprint, Is.EqualTo(Fingerprints.KeyFor));
    }

    [Test]
    public void Read_ResultCutOff_FailsWithPosition()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_workspace.SarifPath)!);
        File.WriteAllText(_workspace.SarifPath, "{\"version\":\"2.1.0\",\"runs\":[{\"results\":[\n{\"ruleId\":\"CSG001\",\"message\":{\"text\":\"x\"");

        var exception = Assert.Throws<GateInputException>(() => SarifReader.Read(_workspace.SarifPath))!;

        Assert.That(exception.GateMessage.Code, Is.EqualTo("CSG1007"));
        Assert.That(exception.GateMessage.Line, Is.EqualTo(2));
        Assert.That(exception.GateMessage.Column, Is.EqualTo(40));
        Assert.That(exception.GateMessage.Text, Is.EqualTo(
            $"The error log '{_workspace.SarifPath}' is damaged: it is not valid JSON at line 2, position 40. Rebuild the project with 'dotnet build --no-incremental' so the compiler writes it again."));
    }

    [Test]
    public void Read_LineBeyondIntRange_FailsWithPosition()
    {
        WriteResults("{\"ruleId\":\"CSG001\",\"locations\":[{\"physicalLocation\":{\"region\":{\"startLine\":99999999999}}}],"
            + CustomProperties + "}");

        var exception = Assert.Throws<GateInputException>(() => SarifReader.Read(_workspace.SarifPath))!;

        Assert.That(exception.GateMessage.Code, Is.EqualTo("CSG1007"));
        Assert.That(exception.GateMessage.Line, Is.GreaterThan(0));
        Assert.That(exception.GateMessage.Text, Does.StartWith(
            $"The error log '{_workspace.SarifPath}' is damaged: a line or column number is out of range at line "));
    }

    [TestCase("{\"version\":\"2.1.0\",\"runs\":{}}", "its 'runs' property is not an array at line 1, position 27")]
    [TestCase("{\"version\":\"2.1.0\",\"runs\":[\"run\"]}", "a run in 'runs' is not an object at line 1, position 32")]
    [TestCase("{\"version\":\"2.1.0\",\"runs\":[{\"results\":{}}]}", "its 'results' property is not an array at line 1, position 39")]
    [TestCase("{\"version\":\"2.1.0\",\"runs\":[{\"results\":null}]}", "its 'results' property is not an array at line 1, position 42")]
    [TestCase("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[\"CSG001\"]}]}", "a result in 'results' is not an object at line 1, position 47")]
    [TestCase("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"ruleId\":5}]}]}", "a result has no rule id at line 1, position 40")]
    public void Read_DamagedFrame_FailsWithPosition(string log, string problem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_workspace.SarifPath)!);
        File.WriteAllText(_workspace.SarifPath, log);

        var exception = Assert.Throws<GateInputException>(() => SarifReader.Read(_workspace.SarifPath))!;

        Assert.That(exception.GateMessage.Code, Is.EqualTo("CSG1007"));
        Assert.That(exception.GateMessage.Text, Is.EqualTo(
            $"The error log '{_workspace.SarifPath}' is damaged: {problem}. Rebuild the project with 'dotnet build --no-incremental' so the compiler writes it again."));
    }

    [Test]
    public void Read_TextAfterLog_IsIgnored()
    {
        WriteResults("{\"ruleId\":\"CSG001\"," + CustomProperties + "}");
        File.AppendAllText(_workspace.SarifPath, "}\n  ]\n}");

        var log = SarifReader.Read(_workspace.SarifPath);

        Assert.That(log.Findings.Single().RuleId, Is.EqualTo("CSG001"));
    }

    private static string CustomProperties =>
        "\"properties\":{\"customProperties\":{\"CacheSecurity.Fingerprint\":\"" + Fingerprints.KeyFor + "\",\"CacheSecurity.Member\":\"" + Fingerprints.KeyForMember + "\"}}";

    // Writes a log with the given result texts as they stand, so a test can use JSON that a JObject cannot hold.
    private void WriteResults(params string[] results)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_workspace.SarifPath)!);
        File.WriteAllText(_workspace.SarifPath,
            "{\"version\":\"2.1.0\",\"runs\":[{\"results\":[\n" + string.Join(",\n", results) + "\n],\"tool\":{\"driver\":{\"rules\":[{\"id\":\"CSG001\"}]}}}]}\n");
    }
}
