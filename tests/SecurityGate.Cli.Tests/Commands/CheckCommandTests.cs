using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SecurityGate.Cli.Tests.Infrastructure;

namespace SecurityGate.Cli.Tests.Commands;

/// <summary>
/// <c>securitygate check</c> end to end on a copy of the embedded Storefront sample. The expected findings are those
/// of the build gate on the same copy, read from the gate report that <c>dotnet build</c> wrote, so check and build
/// are compared as they are, whatever rules the analyzers have.
/// </summary>
public sealed partial class CheckCommandTests
{
    private RestoredSample sample = null!;
    private List<string> buildNewFindings = null!;
    private string buildSummary = null!;

    [OneTimeSetUp]
    public void BuildSample()
    {
        sample = RestoredSample.Create(restore: true);
        using var report = JsonDocument.Parse(File.ReadAllText(sample.BuildWithGate()));
        var root = report.RootElement;
        buildNewFindings = root.GetProperty("findings").EnumerateArray()
            .Where(finding => finding.GetProperty("state").GetString() == "new")
            .Select(finding => $"{finding.GetProperty("path").GetString()}({finding.GetProperty("line").GetInt32()},{finding.GetProperty("column").GetInt32()}) {finding.GetProperty("rule").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var counts = root.GetProperty("counts");
        buildSummary = $"SecurityGate: Storefront: {Count(counts, "new")} new, {Count(counts, "baselined")} baselined, {Count(counts, "excluded")} excluded, {Count(counts, "suppressedInSource")} suppressed in source, {Count(counts, "staleBaselineEntries")} fixed (stale baseline entries). Verdict: failed.";
    }

    [OneTimeTearDown]
    public void DeleteSample() => sample.Dispose();

    [Test]
    public void Sample_BuildGate_ReportsTheDocumentedStates()
    {
        // The sample's committed baseline, exclusion and suppression: the states that check must reproduce.
        Assert.That(buildSummary, Does.Contain(" 5 baselined, 2 excluded, 1 suppressed in source, 0 fixed"));
        Assert.That(buildNewFindings, Is.SupersetOf(new[]
        {
            "src/Storefront/Catalog/ProductCatalogCache.cs(14,9) CSG021",
            "src/Storefront/Tokens/TokenCache.cs(10,30) CSG001",
            "src/Storefront/Tokens/TokenCache.cs(10,30) CSG002",
        }));
    }

    [Test]
    public void Check_SampleProject_ReportsTheBuildGateFindings()
    {
        using var process = CliRunner.Start(sample.Root, "check", "src/Storefront/Storefront.csproj");
        var result = CliRunner.Finish(process);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Error, Is.Empty);
        Assert.That(Findings(result.Output, sample.Root), Is.EqualTo(buildNewFindings));
        Assert.That(result.Output, Does.Contain(
            "/src/Storefront/Tokens/TokenCache.cs(10,30): error CSG001: Cache key \"tokens:{0}\" has no version prefix; start it with \"v{n}:\""));
        Assert.That(result.Output.TrimEnd().Split('\n').Last(), Is.EqualTo(buildSummary));
    }

    [Test]
    public void Check_SampleFolderWithOneProject_LoadsTheProject()
    {
        using var process = CliRunner.Start(sample.ProjectFolder, "check");
        var result = CliRunner.Finish(process);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output.TrimEnd().Split('\n').Last(), Is.EqualTo(buildSummary));
    }

    [Test]
    public void Check_SolutionFile_GatesItsProjects()
    {
        File.WriteAllText(Path.Combine(sample.Root, "Storefront.slnx"), "<Solution>\n  <Project Path=\"src/Storefront/Storefront.csproj\" />\n</Solution>\n");

        using var process = CliRunner.Start(sample.Root, "check", "Storefront.slnx");
        var result = CliRunner.Finish(process);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(Findings(result.Output, sample.Root), Is.EqualTo(buildNewFindings));
        Assert.That(result.Output.TrimEnd().Split('\n').Last(), Is.EqualTo(buildSummary));
    }

    [Test]
    public void Check_SampleSourcesOnly_MatchesCacheApisByName()
    {
        // The sample's Directory.Build.props makes its own folder the repository root; folder mode reads no
        // project properties, so the test passes the root.
        var result = CliRunner.Run(sample.Root, "check", "--sources-only", "src/Storefront", "--repository-root", ".");

        // Without the cache libraries and Newtonsoft.Json the calls and the TypeNameHandling setting do not bind, so
        // folder mode matches them by name. It finds what the build finds, with the build's fingerprints: the five
        // baselined findings match.
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(Findings(result.Output, sample.Root), Is.EqualTo(buildNewFindings));
        Assert.That(result.Output, Does.Match(@"note: Storefront: folder mode compiled the C# files without the project's references and matched cache APIs by type and method name; [1-9][0-9]* compiler errors \(missing references are expected\) did not stop the analysis\."));
        Assert.That(result.Output.TrimEnd().Split('\n').Last(), Is.EqualTo(buildSummary));
    }

    [Test]
    public void Check_ReportFolder_WritesTheBuildGateReport()
    {
        using var process = CliRunner.Start(sample.Root, "check", "src/Storefront/Storefront.csproj", "--report-folder", "check-reports");
        var result = CliRunner.Finish(process);

        var reportPath = Path.Combine(sample.Root, "check-reports", "Storefront.cache-security-report.json");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(File.Exists(reportPath), Is.True, "check wrote no gate report.");
        using (var report = JsonDocument.Parse(File.ReadAllText(reportPath)))
        {
            var newFindings = report.RootElement.GetProperty("findings").EnumerateArray()
                .Where(finding => finding.GetProperty("state").GetString() == "new")
                .Select(finding => $"{finding.GetProperty("path").GetString()}({finding.GetProperty("line").GetInt32()},{finding.GetProperty("column").GetInt32()}) {finding.GetProperty("rule").GetString()}")
                .Order(StringComparer.Ordinal);
            Assert.That(newFindings, Is.EqualTo(buildNewFindings));
            Assert.That(report.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("failed"));
        }

        // The report command reads check's reports as it reads the build's.
        var merged = CliRunner.Run(sample.Root, "report", "--reports", "check-reports/*.cache-security-report.json", "--format", "annotations");
        Assert.That(merged.ExitCode, Is.EqualTo(1), merged.Error);
        Assert.That(merged.Output, Does.Contain("file=src/Storefront/Tokens/TokenCache.cs,line=10"));
    }

    [Test]
    public void Check_UnrestoredProject_ExitsTwoNamingRestore()
    {
        using var unrestored = RestoredSample.Create(restore: false);

        using var process = CliRunner.Start(unrestored.ProjectFolder, "check", "Storefront.csproj");
        var result = CliRunner.Finish(process);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"{unrestored.ProjectPath}: error CSG2008: The project Storefront has "));
        Assert.That(result.Error, Does.Contain("Run 'dotnet restore', then 'dotnet build' to fix them, or pass --sources-only"));
        Assert.That(result.Output, Does.Not.Contain("SecurityGate: Storefront"));
    }

    [Test]
    public void Check_MissingPath_ExitsTwoWithMessage()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "check", "missing");

        var path = folder.Combine("missing");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"error CSG2001: The path '{path}' does not exist: pass a solution (.sln, .slnx), a project (.csproj) or a folder of C# files.\n"));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void Check_FileThatIsNotAProject_ExitsTwo()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Program.cs", "class Program { }\n");

        var result = CliRunner.Run(folder.Path, "check", "Program.cs");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"error CSG2006: The file '{path}' is not a solution or C# project: pass a .sln, .slnx or .csproj file, or a folder of C# files.\n"));
    }

    [Test]
    public void Check_FolderWithTwoProjects_ExitsTwoNamingThem()
    {
        using var folder = new TempFolder();
        folder.Write("B.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        folder.Write("A.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");

        var result = CliRunner.Run(folder.Path, "check");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"error CSG2006: The folder '{folder.Path}' contains several solutions or projects (A.csproj, B.csproj): pass the one to check, or pass --sources-only to analyze the folder's C# files.\n"));
    }

    [Test]
    public void Check_FolderWithoutCSharpFiles_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", "no code here\n");

        var result = CliRunner.Run(folder.Path, "check", "--sources-only", ".");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain($"error CSG2007: The path '{folder.Path}' contains no C# project: pass a solution or project with C# code, or a folder of C# files."));
    }

    private static int Count(JsonElement counts, string name) => counts.GetProperty(name).GetInt32();

    /// <summary>Returns each finding line of <paramref name="output"/> as <c>relative/path(line,col) CSGnnn</c>, sorted.</summary>
    private static List<string> Findings(string output, string root)
    {
        var prefix = root.TrimEnd('/') + "/";
        return output.Split('\n')
            .Select(line => FindingLine().Match(line))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups["path"].Value.Replace(prefix, string.Empty, StringComparison.Ordinal)}({match.Groups["line"].Value},{match.Groups["column"].Value}) {match.Groups["rule"].Value}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): error (?<rule>CSG0\d\d): ")]
    private static partial Regex FindingLine();
}
