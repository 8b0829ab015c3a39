using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using SecurityGate.Cli.Tests.Infrastructure;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Tests.Reports;

public sealed class ReportCommandTests
{
    private const string ReportsGlob = "reports/**/cache-security-report.json";

    private static string TestData => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData");

    [Test]
    public void Fixtures_CommittedReports_EqualReportWriterOutput()
    {
        foreach (var (relativePath, report) in ReportFixtures.All)
        {
            var path = Path.Combine(TestData, "reports", relativePath);

            Assert.That(File.ReadAllBytes(path), Is.EqualTo(GateReportFile.Format(report)), path);
        }
    }

    [Test]
    public void Report_Sarif_MatchesSnapshot()
    {
        var result = CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", "sarif");

        Assert.That(result.ExitCode, Is.EqualTo(1), "the fixtures have new findings");
        Assert.That(result.Error, Is.Empty);

        // The tool version changes with every release; the snapshot keeps a placeholder for it.
        var version = SecurityGate.Cli.Commands.InitCommand.ToolVersion;
        var output = result.Output.Replace($"\"semanticVersion\": \"{version}\"", "\"semanticVersion\": \"<tool version>\"", StringComparison.Ordinal);
        Snapshooter.NUnit.Snapshot.Match(output.Split('\n'));
    }

    [Test]
    public void Report_Sarif_IsValidSarif210()
    {
        var result = CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", "sarif");

        var evaluation = EvaluateSarifSchema(result.Output);

        var errors = (evaluation.Details ?? new List<EvaluationResults>()).Where(detail => detail.Errors is { Count: > 0 }).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"));
        Assert.That(evaluation.IsValid, Is.True, string.Join(Environment.NewLine, errors));
    }

    [Test]
    public void SarifSchema_InvalidBaselineState_IsRejected()
    {
        var result = CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", "sarif");

        var evaluation = EvaluateSarifSchema(result.Output.Replace("\"baselineState\": \"new\"", "\"baselineState\": \"fresh\"", StringComparison.Ordinal));

        Assert.That(evaluation.IsValid, Is.False, "the schema check must be able to fail");
    }

    // The schema is sarif-2.1.0.json of the npm package @microsoft/sarif-multitool-linux 5.7.0 (the SARIF SDK's
    // schema for SARIF 2.1.0, draft 2020-12), committed as TestData/sarif-schema-2.1.0.json.
    // Loaded once: JsonSchema.Net registers a schema by its address, and a second load of the same file in one process fails.
    private static readonly Lazy<JsonSchema> SarifSchema = new(() => JsonSchema.FromFile(Path.Combine(TestData, "sarif-schema-2.1.0.json")));

    private static EvaluationResults EvaluateSarifSchema(string sarif)
    {
        var schema = SarifSchema.Value;
        using var document = JsonDocument.Parse(sarif);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Test]
    public void Report_Markdown_MatchesSnapshot()
    {
        using var folder = new TempFolder();
        var history = folder.Write("history.jsonl", "{\"new\":4,\"baselined\":6,\"excluded\":1,\"suppressedInSource\":0}\n{\"new\":1,\"baselined\":3,\"excluded\":1,\"suppressedInSource\":1}\n");

        var result = CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", "markdown", "--history", history, "--source-link-base", "https://github.com/shop/shop/blob/abc123/");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Snapshooter.NUnit.Snapshot.Match(result.Output.Split('\n'));
    }

    [Test]
    public void Report_Annotations_MatchesSnapshot()
    {
        var result = CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", "annotations");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Snapshooter.NUnit.Snapshot.Match(result.Output.Split('\n'));
    }

    [Test]
    public void Report_UpdateHistory_AppendsCurrentCounts()
    {
        using var folder = new TempFolder();
        var history = folder.Write("history.jsonl", "{\"new\":4,\"baselined\":6,\"excluded\":1,\"suppressedInSource\":0}\n");

        CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", "markdown", "--history", history, "--update-history", "--output", folder.Combine("summary.md"));

        Assert.That(File.ReadAllLines(history), Is.EqualTo(new[]
        {
            "{\"new\":4,\"baselined\":6,\"excluded\":1,\"suppressedInSource\":0}",
            "{\"new\":2,\"baselined\":1,\"excluded\":1,\"suppressedInSource\":1}",
        }));
    }

    [Test]
    public void Report_HistoryWithoutUpdate_IsNotChanged()
    {
        using var folder = new TempFolder();
        var history = folder.Write("history.jsonl", "{\"new\":4,\"baselined\":6,\"excluded\":1,\"suppressedInSource\":0}\n");

        CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", "markdown", "--history", history);

        Assert.That(File.ReadAllText(history), Is.EqualTo("{\"new\":4,\"baselined\":6,\"excluded\":1,\"suppressedInSource\":0}\n"));
    }

    [Test]
    public void Report_MalformedHistoryLine_ExitsTwoNamingLine()
    {
        using var folder = new TempFolder();
        var history = folder.Write("history.jsonl", "{\"new\":4,\"baselined\":6,\"excluded\":1,\"suppressedInSource\":0}\nnot json\n");

        var result = CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", "markdown", "--history", history);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"{history}(2,1): error CSG2005: The history line is not a counts record: "));
        Assert.That(result.Error, Does.EndWith("Delete the line, or start a new history file.\n"));
    }

    [Test]
    public void Report_AllPassed_ExitsZero()
    {
        using var folder = new TempFolder();
        var report = ReportFixtures.Orders("net10.0");
        report.Verdict = GateReport.FormatVerdict(true);
        report.Findings.RemoveAll(finding => finding.State == FindingState.New);
        GateReportFile.Write(folder.Combine("Orders", "cache-security-report.json"), report);

        var result = CliRunner.Run(folder.Path, "report", "--reports", "**/cache-security-report.json", "--format", "annotations");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void Report_GlobMatchingNothing_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "report", "--reports", "**/obj/**/cache-security-report.json", "--format", "sarif");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("error CSG2002: The pattern '**/obj/**/cache-security-report.json' matches no gate report: build the projects first (the gate writes obj/**/cache-security-report.json), or correct the pattern.\n"));
    }

    [Test]
    public void Report_Output_ContainsNoAbsolutePath()
    {
        foreach (var format in new[] { "sarif", "markdown", "annotations" })
        {
            var result = CliRunner.Run(TestData, "report", "--reports", ReportsGlob, "--format", format);

            Assert.That(result.Output, Does.Not.Contain(TestData), format);
        }
    }
}
