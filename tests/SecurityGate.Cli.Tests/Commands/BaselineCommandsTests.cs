using System.IO;
using System.Linq;
using SecurityGate.Cli.Tests.Infrastructure;
using SecurityGate.Gate;
using SecurityGate.Gate.Baseline;

namespace SecurityGate.Cli.Tests.Commands;

public sealed class BaselineCommandsTests
{
    private const string KeyForLine = "{\"fingerprint\":\"1/0f1e2d3c4b5a69788796a5b4c3d2e1f0\",\"rule\":\"CSG001\",\"member\":\"M:Shop.Orders.OrderCache.KeyFor(System.String)\",\"path\":\"src/Orders/OrderCache.cs\",\"reason\":\"initial adoption\"}";
    private const string LegacyLine = "{\"fingerprint\":\"1/11111111111111111111111111111111\",\"rule\":\"CSG002\",\"member\":\"M:Shop.Orders.LegacyCache.Get(System.Int32)\",\"path\":\"src/Orders/LegacyCache.cs\",\"reason\":\"initial adoption\"}";
    private const string StaleLine = "{\"fingerprint\":\"1/55555555555555555555555555555555\",\"rule\":\"CSG001\",\"member\":\"M:Shop.Orders.Old.Key\",\"path\":\"src/Orders/Old.cs\",\"reason\":\"initial adoption\"}";

    private static readonly string Canonical = "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    " + LegacyLine + ",\n    " + KeyForLine + "\n  ]\n}\n";

    // Unsorted, as a union merge of two branches leaves it.
    private static readonly string Unsorted = "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    " + KeyForLine + ",\n    " + LegacyLine + "\n  ]\n}\n";

    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void Verify_CanonicalBaseline_ExitsZero()
    {
        _folder.Write("src/Orders/cache-security-baseline.json", Canonical);

        var result = CliRunner.Run(_folder.Path, "baseline", "verify", ".");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Error, Is.Empty);
    }

    [Test]
    public void Verify_UnsortedBaseline_ExitsOneNamingNormalize()
    {
        var path = _folder.Write("src/Orders/cache-security-baseline.json", Unsorted);

        var result = CliRunner.Run(_folder.Path, "baseline", "verify", _folder.Path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Is.EqualTo($"{path}(4,1): error CSG1004: The baseline '{path}' is not in canonical form from line 4 on (it must be sorted, one finding per line, with LF line ends and no other fields): run 'securitygate baseline normalize {path}' and commit the result.\n"));
    }

    [Test]
    public void Verify_CrLfLineEnds_ExitsOne()
    {
        _folder.Write("cache-security-baseline.json", Canonical.Replace("\n", "\r\n", System.StringComparison.Ordinal));

        var result = CliRunner.Run(_folder.Path, "baseline", "verify", "cache-security-baseline.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("(1,1): error CSG1004: "));
    }

    [Test]
    public void Verify_MalformedBaseline_ExitsTwoNamingLine()
    {
        var path = _folder.Write("cache-security-baseline.json", "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n<<<<<<< HEAD\n    " + KeyForLine + "\n  ]\n}\n");

        var result = CliRunner.Run(_folder.Path, "baseline", "verify", ".");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"{path}(4,1): error CSG1004: The baseline line is not a finding entry: '<<<<<<< HEAD' is neither a finding object nor part of the file's frame. Restore the line from version control, or delete it and accept the finding again with -p:CacheSecurityBaseline=accept.\n"));
    }

    [Test]
    public void Verify_FolderWithoutBaseline_ExitsTwo()
    {
        var result = CliRunner.Run(_folder.Path, "baseline", "verify", ".");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"error CSG2001: The folder '{_folder.Path}' contains no cache-security-baseline.json: pass the folder of a project that has a baseline, or accept findings first with 'securitygate baseline accept'.\n"));
    }

    [Test]
    public void Verify_StaleEntryWithReports_ExitsOne()
    {
        Directory.CreateDirectory(_folder.Combine(".git"));
        WriteReport(ReportFixtures.Orders("net10.0"));
        var baseline = _folder.Write("src/Orders/cache-security-baseline.json", StaleAndLegacy());

        var result = CliRunner.Run(_folder.Path, "baseline", "verify", "src", "--reports", "obj/**/*.json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Error, Is.EqualTo($"{baseline}(5,1): error CSG1010: 1 entry of the baseline '{baseline}' matches no finding, because the finding was fixed. Remove it with 'dotnet build -p:CacheSecurityBaseline=prune'.\n"));
    }

    [Test]
    public void Verify_NoStaleEntryWithReports_ExitsZero()
    {
        Directory.CreateDirectory(_folder.Combine(".git"));
        WriteReport(ReportFixtures.Orders("net10.0"));
        _folder.Write("src/Orders/cache-security-baseline.json", "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    " + LegacyLine + "\n  ]\n}\n");

        var result = CliRunner.Run(_folder.Path, "baseline", "verify", "src", "--reports", "obj/**/*.json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Error, Is.Empty);
    }

    [Test]
    public void Normalize_UnsortedBaseline_WritesCanonicalBytes()
    {
        var path = _folder.Write("cache-security-baseline.json", Unsorted.Replace("\n    " + LegacyLine, "\n    " + LegacyLine.Replace("}", ",\"acceptedAt\":\"2026-01-01\"}", System.StringComparison.Ordinal), System.StringComparison.Ordinal));

        var result = CliRunner.Run(_folder.Path, "baseline", "normalize", ".");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.ReadAllText(path), Is.EqualTo(Canonical));
        Assert.That(CliRunner.Run(_folder.Path, "baseline", "verify", ".").ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Normalize_MalformedBaseline_LeavesFileUnchanged()
    {
        var text = "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {\"fingerprint\":\"oops\"}\n  ]\n}\n";
        var path = _folder.Write("cache-security-baseline.json", text);

        var result = CliRunner.Run(_folder.Path, "baseline", "normalize", ".");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain($"{path}(4,1): error CSG1004: "));
        Assert.That(result.Error, Does.EndWith($"{path}: error CSG1013: The baseline '{path}' is left unchanged because it has malformed lines: fix them, then run the update again.\n"));
        Assert.That(File.ReadAllText(path), Is.EqualTo(text));
    }

    [Test]
    public void Accept_WithoutReason_IsRejected()
    {
        var report = WriteReport(ReportFixtures.Orders("net10.0"));
        var baseline = _folder.Write("cache-security-baseline.json", Canonical);

        var result = CliRunner.Run(_folder.Path, "baseline", "accept", "--reports", report, baseline);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("error CSG1009: Accepting findings into the baseline requires a reason: pass --reason, for example --reason \"initial adoption\".\n"));
        Assert.That(File.ReadAllText(baseline), Is.EqualTo(Canonical));
    }

    [Test]
    public void Accept_InContinuousIntegration_IsRejected()
    {
        var report = WriteReport(ReportFixtures.Orders("net10.0"));
        var environment = new System.Collections.Generic.Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };

        var result = CliRunner.Run(_folder.Path, environment, "baseline", "accept", "--reason", "initial adoption", "--reports", report, "cache-security-baseline.json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("error CSG1008: Accepting findings into the baseline is rejected in CI builds: accept them on a developer machine and commit the baseline, or pass --allow-in-ci.\n"));
    }

    [Test]
    public void Accept_WithReason_AddsNewFinding()
    {
        var report = WriteReport(ReportFixtures.Orders("net10.0"));
        var baseline = _folder.Write("cache-security-baseline.json", "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    " + LegacyLine + "\n  ]\n}\n");

        var result = CliRunner.Run(_folder.Path, "baseline", "accept", "--reason", "initial adoption", "--reports", report, "cache-security-baseline.json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.ReadAllText(baseline), Is.EqualTo(Canonical));
    }

    [Test]
    public void Accept_IncompleteReport_IsRejected()
    {
        var incomplete = ReportFixtures.Orders("net10.0");
        incomplete.Complete = false;
        var report = WriteReport(incomplete);

        var result = CliRunner.Run(_folder.Path, "baseline", "accept", "--reason", "initial adoption", "--reports", report);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"{report}: error CSG1014: The gate report '{report}' comes from a build whose input was invalid, so its findings may be incomplete: fix the errors of that build, then run the baseline step again.\n"));
        Assert.That(File.Exists(_folder.Combine("src", "Orders", "cache-security-baseline.json")), Is.False);
    }

    [Test]
    public void Prune_NoBaselineArgument_UsesReportBaseline()
    {
        Directory.CreateDirectory(_folder.Combine(".git"));
        var report = WriteReport(ReportFixtures.Orders("net10.0"));
        var baseline = _folder.Write("src/Orders/cache-security-baseline.json", StaleAndLegacy());

        var result = CliRunner.Run(_folder.Path, "baseline", "prune", "--reports", "obj/**/*.json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Is.EqualTo("SecurityGate: Orders: baseline cache-security-baseline.json updated: 0 added, 1 removed (1 entries).\n"));
        Assert.That(File.ReadAllText(baseline), Is.EqualTo("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    " + LegacyLine + "\n  ]\n}\n"));
    }

    [Test]
    public void Prune_TwoConcurrentProcesses_LoseNothing()
    {
        var report = WriteReport(ReportFixtures.Orders("net10.0"));
        var baseline = _folder.Write("cache-security-baseline.json", StaleAndLegacy());

        var first = CliRunner.Start(_folder.Path, "baseline", "prune", "--reports", report, baseline);
        var second = CliRunner.Start(_folder.Path, "baseline", "prune", "--reports", report, baseline);
        var results = new[] { CliRunner.Finish(first), CliRunner.Finish(second) };

        Assert.That(results.Select(result => result.ExitCode), Is.EqualTo(new[] { 0, 0 }), string.Join("\n", results.Select(result => result.Error)));
        Assert.That(results.Select(result => result.Output).OrderBy(text => text, System.StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "SecurityGate: _folder: baseline cache-security-baseline.json unchanged (1 entries).\n".Replace("_folder", Path.GetFileName(_folder.Path), System.StringComparison.Ordinal),
            "SecurityGate: _folder: baseline cache-security-baseline.json updated: 0 added, 1 removed (1 entries).\n".Replace("_folder", Path.GetFileName(_folder.Path), System.StringComparison.Ordinal),
        }));
        Assert.That(File.ReadAllText(baseline), Is.EqualTo("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    " + LegacyLine + "\n  ]\n}\n"));
        Assert.That(Directory.GetFiles(_folder.Path, "*.tmp"), Is.Empty);
    }

    private static string StaleAndLegacy() =>
        "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    " + LegacyLine + ",\n    " + StaleLine + "\n  ]\n}\n";

    private string WriteReport(GateReport report)
    {
        var path = _folder.Combine("obj", report.Project, report.TargetFramework ?? "none", "cache-security-report.json");
        GateReportFile.Write(path, report);
        return path;
    }
}
