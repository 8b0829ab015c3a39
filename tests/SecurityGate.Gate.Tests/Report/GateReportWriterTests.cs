using System.Collections.Generic;
using System.IO;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests.Report;

// GateReportFile.Format serializes with Json.NET by reflection, and GateReportFile.Write writes the same report token by token.
public sealed class GateReportWriterTests
{
    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new GateWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Write_EveryState_EqualsSerializerBytes()
    {
        var report = new GateReport
        {
            Project = "Orders \"Ü\" \\ \u2028",
            TargetFramework = null,
            Mode = "accept",
            Verdict = "passed",
            Complete = true,
            Baseline = "src/Orders/cache-security-baseline.json",
            Counts = new GateReportCounts { New = 1, Baselined = 2, Excluded = 3, SuppressedInSource = 4, StaleBaselineEntries = 5 },
            Findings = new List<GateReportFinding>
            {
                new() { Rule = "CSG001", Fingerprint = Fingerprints.Made(1), Member = "M:A.B(System.String)", Path = "src/A.cs", Line = 9, Column = 16, State = FindingState.New },
                new() { Rule = "CSG002", Fingerprint = Fingerprints.Made(2), Member = string.Empty, Path = string.Empty, Line = 0, Column = 0, State = FindingState.Baselined },
                new() { Rule = "CSG010", Fingerprint = Fingerprints.Made(3), Member = "M:A.C", Path = "src/ä b.cs", Line = 1, Column = 1, State = FindingState.Excluded },
                new() { Rule = "CSG020", Fingerprint = Fingerprints.Made(4), Member = "M:A.D", Path = "src/A.cs", Line = 2, Column = 3, State = FindingState.SuppressedInSource, Justification = "tab\tquote\" <html> \u0001" },
                new() { Rule = "CSG020", Fingerprint = Fingerprints.Made(5), Member = "M:A.E", Path = "src/A.cs", Line = 4, Column = 5, State = FindingState.SuppressedInSource },
            },
        };

        AssertWriteEqualsFormat(report);
    }

    [Test]
    public void Write_NoFindings_EqualsSerializerBytes()
    {
        AssertWriteEqualsFormat(new GateReport { Project = "Orders", TargetFramework = "net10.0" });
    }

    private void AssertWriteEqualsFormat(GateReport report)
    {
        var path = Path.Combine(_workspace.Root, "obj", "cache-security-report.json");

        GateReportFile.Write(path, report);

        Assert.That(File.ReadAllBytes(path), Is.EqualTo(GateReportFile.Format(report)));
    }
}
