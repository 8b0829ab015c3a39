using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SecurityGate.Cli.Tests.Infrastructure;

namespace SecurityGate.Cli.Tests.Commands;

/// <summary>
/// <c>securitygate check</c> end to end on a copy of the embedded Storefront sample, whose build gate reports
/// 3 new, 5 baselined, 2 excluded and 1 suppressed finding (tests/sample/run-gate.sh).
/// </summary>
public sealed partial class CheckCommandTests
{
    private const string BuildGateSummary = "SecurityGate: Storefront: 3 new, 5 baselined, 2 excluded, 1 suppressed in source, 0 fixed (stale baseline entries). Verdict: failed.";

    private RestoredSample sample = null!;

    [OneTimeSetUp]
    public void RestoreSample() => sample = RestoredSample.Create(restore: true);

    [OneTimeTearDown]
    public void DeleteSample() => sample.Dispose();

    [Test]
    public void Check_SampleProject_ReportsTheBuildGateFindings()
    {
        using var process = CliRunner.Start(sample.Root, "check", "src/Storefront/Storefront.csproj");
        var result = CliRunner.Finish(process);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Error, Is.Empty);
        Assert.That(Findings(result.Output, sample.Root), Is.EqualTo(new[]
        {
            "src/Storefront/Catalog/ProductCatalogCache.cs(14,9) CSG021",
            "src/Storefront/Tokens/TokenCache.cs(10,30) CSG001",
            "src/Storefront/Tokens/TokenCache.cs(10,30) CSG002",
        }));
        Assert.That(result.Output, Does.Contain(
            "/src/Storefront/Tokens/TokenCache.cs(10,30): error CSG001: Cache key \"tokens:{0}\" has no version prefix; start it with \"v{n}:\""));
        Assert.That(result.Output.TrimEnd().Split('\n').Last(), Is.EqualTo(BuildGateSummary));
    }

    [Test]
    public void Check_SampleFolderWithOneProject_LoadsTheProject()
    {
        using var process = CliRunner.Start(sample.ProjectFolder, "check");
        var result = CliRunner.Finish(process);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output.TrimEnd().Split('\n').Last(), Is.EqualTo(BuildGateSummary));
    }

    [Test]
    public void Check_SolutionFile_GatesItsProjects()
    {
        File.WriteAllText(Path.Combine(sample.Root, "Storefront.slnx"), "<Solution>\n  <Project Path=\"src/Storefront/Storefront.csproj\" />\n</Solution>\n");

        using var process = CliRunner.Start(sample.Root, "check", "Storefront.slnx");
        var result = CliRunner.Finish(process);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(Findings(result.Output, sample.Root), Has.Count.EqualTo(3));
        Assert.That(result.Output.TrimEnd().Split('\n').Last(), Is.EqualTo(BuildGateSummary));
    }

    [Test]
    public void Check_SampleSourcesOnly_MatchesCacheApisByName()
    {
        // The sample's Directory.Build.props makes its own folder the repository root; folder mode reads no
        // project properties, so the test passes the root.
        var result = CliRunner.Run(sample.Root, "check", "--sources-only", "src/Storefront", "--repository-root", ".");

        // Without Newtonsoft.Json the TypeNameHandling setting does not bind, so CSG021 is the one finding that
        // folder mode misses. The others keep the build's fingerprints: the five baselined findings match.
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(Findings(result.Output, sample.Root), Is.EqualTo(new[]
        {
            "src/Storefront/Tokens/TokenCache.cs(10,30) CSG001",
            "src/Storefront/Tokens/TokenCache.cs(10,30) CSG002",
        }));
        Assert.That(result.Output, Does.Match(@"note: Storefront: folder mode compiled the C# files without the project's references and matched cache APIs by type and method name; [1-9][0-9]* compiler errors \(missing references are expected\) did not stop the analysis\."));
        Assert.That(result.Output.TrimEnd().Split('\n').Last(), Is.EqualTo(
            "SecurityGate: Storefront: 2 new, 5 baselined, 2 excluded, 1 suppressed in source, 0 fixed (stale baseline entries). Verdict: failed."));
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

    /// <summary>Returns each finding line of <paramref name="output"/> as <c>relative/path(line,col) CSGnnn</c>.</summary>
    private static List<string> Findings(string output, string root)
    {
        var prefix = root.TrimEnd('/') + "/";
        return output.Split('\n')
            .Select(line => FindingLine().Match(line))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups["path"].Value.Replace(prefix, string.Empty, System.StringComparison.Ordinal)}({match.Groups["line"].Value},{match.Groups["column"].Value}) {match.Groups["rule"].Value}")
            .ToList();
    }

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): error (?<rule>CSG0\d\d): ")]
    private static partial Regex FindingLine();
}
