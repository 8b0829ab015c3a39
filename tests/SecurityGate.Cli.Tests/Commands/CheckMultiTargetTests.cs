using System.IO;
using System.Linq;
using SecurityGate.Cli.Tests.Infrastructure;

namespace SecurityGate.Cli.Tests.Commands;

/// <summary>
/// <c>securitygate check</c> on a multi-targeted copy of the sample (net8.0 and net10.0): the gate runs per
/// framework, and stale baseline entries are checked once across both, as the outer build does.
/// </summary>
public sealed class CheckMultiTargetTests
{
    private RestoredSample sample = null!;

    [OneTimeSetUp]
    public void RestoreSample() => sample = RestoredSample.Create(restore: true, targetFrameworks: "net8.0;net10.0");

    [OneTimeTearDown]
    public void DeleteSample() => sample.Dispose();

    [Test]
    public void Check_MultiTargeted_GatesEachFramework()
    {
        using var process = CliRunner.Start(sample.Root, "check", "src/Storefront/Storefront.csproj", "--strict");
        var result = CliRunner.Finish(process);

        var summaries = result.Output.Split('\n').Where(line => line.StartsWith("SecurityGate: Storefront", System.StringComparison.Ordinal)).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(summaries, Has.Count.EqualTo(2));
        Assert.That(summaries, Has.All.Contain(" 5 baselined, 2 excluded, 1 suppressed in source. Verdict: failed."));
        Assert.That(result.Output, Does.Not.Contain("CSG1010"));
    }

    [Test]
    public void Check_MultiTargetedStaleEntry_ReportedOnce()
    {
        var baselinePath = Path.Combine(sample.ProjectFolder, "cache-security-baseline.json");
        var original = File.ReadAllText(baselinePath);
        try
        {
            // An entry whose finding no framework reports any more, inserted as the first entry (line 4).
            const string stale = "    {\"fingerprint\":\"1/00000000000000000000000000000000\",\"rule\":\"CSG001\",\"member\":\"M:Storefront.Removed.Read\",\"path\":\"src/Storefront/Removed.cs\",\"reason\":\"initial adoption\"},\n";
            var marker = "\"findings\": [\n";
            Assert.That(original, Does.Contain(marker));
            File.WriteAllText(baselinePath, original.Replace(marker, marker + stale, System.StringComparison.Ordinal));

            using var process = CliRunner.Start(sample.Root, "check", "src/Storefront/Storefront.csproj", "--strict");
            var result = CliRunner.Finish(process);

            var staleLines = result.Output.Split('\n').Where(line => line.Contains("CSG1010", System.StringComparison.Ordinal)).ToList();
            Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
            Assert.That(staleLines, Has.Count.EqualTo(1), result.Output);
            Assert.That(staleLines[0], Does.StartWith($"{baselinePath}(4,1): error CSG1010: "));
        }
        finally
        {
            File.WriteAllText(baselinePath, original);
        }
    }
}
