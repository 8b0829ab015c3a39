using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.Tests.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Runtime;

/// <summary>
/// Every analyzer on code that caches through SecurityGate.Runtime: keys from <c>CacheKey.Create</c> passed to the
/// plain cache APIs as <c>key.ToString()</c>, <c>ISecureCache</c>, <c>SecureMember</c>, the tenant registry,
/// <c>Protected&lt;T&gt;</c> and checkpoints. The fixture's one legacy method with a raw key shows that the analyzers ran.
/// </summary>
public sealed class RuntimeUsageTests
{
    private const string Fixture = "Runtime/RuntimeUsage.cs";

    private const string LegacyMember = "M:Shop.Runtime.LegacyOrderCache.GetAsync(System.Int32)";

    [Test]
    public async Task RuntimeUsage_AllAnalyzers_ReportNothing()
    {
        var records = await RunAsync();

        var outsideLegacy = records.Where(record => record.Member != LegacyMember).ToList();
        Assert.That(outsideLegacy, Is.Empty, "runtime usage is reported:\n" + string.Join("\n", outsideLegacy));
    }

    [Test]
    public async Task RawKeyBesideRuntime_AllAnalyzers_ReportVersionAndTenant()
    {
        var records = await RunAsync();

        var legacy = records.Where(record => record.Member == LegacyMember).ToList();
        Assert.That(legacy.Select(record => record.Id), Is.EqualTo(new[] { "CSG001", "CSG002" }));
        Assert.That(legacy.Select(record => (record.Line, record.Column)), Has.All.EqualTo((153, 73)));
        Assert.That(legacy[0].Message, Is.EqualTo(KeyMessages.NoVersion("orders:{0}")));
        Assert.That(legacy[1].Message, Is.EqualTo(KeyMessages.NoTenant("orders:{0}")));
    }

    private static async Task<IReadOnlyList<DiagnosticRecord>> RunAsync()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync(Fixture, null, AllAnalyzers.Create());
        var records = DiagnosticRecord.From(diagnostics);
        TestContext.Out.WriteLine(string.Join("\n", records));
        return records;
    }
}
