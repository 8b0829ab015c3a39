using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.Tests.Findings;

public sealed class FingerprintTests
{
    [Test]
    public async Task IdenticalFindings_OneMember_DistinctOrdinals()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/DuplicateFindings.cs", null, new CacheKeyTenantAnalyzer());

        var records = DiagnosticRecord.From(diagnostics);
        var evidence = Fingerprint.HashEvidence("DistributedCacheExtensions.GetString|v1:settings");
        const string member = "M:Shop.Settings.SettingsReader.Read";
        Assert.That(records.Select(record => (record.Line, record.Member, record.Evidence, record.Ordinal)), Is.EqualTo(new[]
        {
            (13, (string?)member, (string?)evidence, (string?)"0"),
            (14, (string?)member, (string?)evidence, (string?)"1"),
        }));
        Assert.That(records[0].Fingerprint, Is.EqualTo(Fingerprint.Compute("CSG002", member, evidence, 0)));
        Assert.That(records[1].Fingerprint, Is.EqualTo(Fingerprint.Compute("CSG002", member, evidence, 1)));
    }

    [Test]
    public async Task ReformattedAndMovedMethod_SameFingerprints()
    {
        var original = AnalyzerHarness.ReadFixture("CacheKeys/DistributedCacheKeys.cs");

        // Move GetShared to the end of the class, reflow its key argument and push everything down.
        const string getShared = "    public Task<string?> GetShared(int id)\n        => cache.GetStringAsync($\"v1:orders:{id}\");\n\n";
        Assert.That(original, Does.Contain(getShared));
        var moved = original.Replace(getShared, string.Empty, StringComparison.Ordinal);
        var lastBrace = moved.LastIndexOf('}');
        moved = moved.Insert(lastBrace, "\n    public Task<string?> GetShared( int id ) =>\n        cache.GetStringAsync(\n            $\"v1:orders:{id}\"   );\n");
        moved = "\n\n\n// Reformatted copy.\n" + moved;

        var before = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(original, "DistributedCacheKeys.cs", null, AllAnalyzers.Create()));
        var after = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(moved, "DistributedCacheKeys.cs", null, AllAnalyzers.Create()));

        Assert.That(after.Select(record => record.Line), Is.Not.EqualTo(before.Select(record => record.Line)));
        Assert.That(
            after.Select(record => record.Fingerprint).OrderBy(value => value, StringComparer.Ordinal),
            Is.EqualTo(before.Select(record => record.Fingerprint).OrderBy(value => value, StringComparer.Ordinal)));
    }

    [Test]
    public async Task SameFindingOnAnotherLine_SameFingerprint()
    {
        const string source = """
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class Reader
            {
                public string? Read(IDistributedCache cache) => cache.GetString("v1:settings");
            }
            """;

        var first = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Reader.cs", null, new CacheKeyTenantAnalyzer())).Single();
        var shifted = DiagnosticRecord.From(await AnalyzerHarness.RunAsync("\n\n\n\n" + source, "Reader.cs", null, new CacheKeyTenantAnalyzer())).Single();

        Assert.That(shifted.Line, Is.EqualTo(first.Line + 4));
        Assert.That(shifted.Fingerprint, Is.EqualTo(first.Fingerprint));
        Assert.That(shifted.Ordinal, Is.EqualTo("0"));
    }

    [Test]
    public async Task LambdaFinding_MemberId_IsContainingMethod()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class Reader
            {
                public string? Read(IDistributedCache cache)
                {
                    Func<string?> lambda = () => cache.GetString("v1:settings");
                    return lambda() + Local();

                    string? Local() => cache.GetString("v1:settings");
                }
            }
            """;

        var records = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Reader.cs", null, new CacheKeyTenantAnalyzer()));

        Assert.That(records.Select(record => (record.Member, record.Ordinal)), Is.EqualTo(new[]
        {
            ((string?)"M:Reader.Read(Microsoft.Extensions.Caching.Distributed.IDistributedCache)", (string?)"0"),
            ((string?)"M:Reader.Read(Microsoft.Extensions.Caching.Distributed.IDistributedCache)", (string?)"1"),
        }));
    }

    [Test]
    public async Task KeyTemplate_SameShapeWrittenDifferently_SameEvidence()
    {
        const string interpolated = """
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class Reader
            {
                public string? Read(IDistributedCache cache, int id) => cache.GetString($"v1:orders:{id}");
            }
            """;
        var concatenated = interpolated.Replace("$\"v1:orders:{id}\"", "\"v1:\" + \"orders:\" + id", StringComparison.Ordinal);

        var first = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(interpolated, "Reader.cs", null, new CacheKeyTenantAnalyzer())).Single();
        var second = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(concatenated, "Reader.cs", null, new CacheKeyTenantAnalyzer())).Single();

        Assert.That(second.Evidence, Is.EqualTo(first.Evidence));
        Assert.That(second.Fingerprint, Is.EqualTo(first.Fingerprint));
    }
}
