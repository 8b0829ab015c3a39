using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class CacheApiResolverTests
{
    [Test]
    public async Task LookAlikeInterface_NotChecked()
    {
        const string source = """
            namespace Shop.Caching
            {
                public interface IDistributedCache
                {
                    string? GetString(string key);
                }

                public sealed class Reader
                {
                    public string? Read(IDistributedCache cache) => cache.GetString("orders");
                }
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Reader.cs", null, new CacheKeyTenantAnalyzer(), new CacheKeyVersionAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task HybridCacheRemove_OnlySingleKeyOverloadChecked()
    {
        const string source = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.Caching.Hybrid;

            public sealed class Cleaner
            {
                public async Task Clean(HybridCache cache)
                {
                    await cache.RemoveAsync(new[] { "v1:orders" });
                    await cache.RemoveAsync("v1:orders");
                }
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Cleaner.cs", null, new CacheKeyTenantAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 9, 33, KeyMessages.NoTenant("v1:orders")),
        }));
    }

    [Test]
    public async Task SubclassOverridingHybridCache_CallChecked()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Caching.Hybrid;

            public abstract class TracingHybridCache : HybridCache
            {
                public override ValueTask RemoveAsync(string key, CancellationToken token = default) => ValueTask.CompletedTask;
            }

            public static class Cleaner
            {
                public static ValueTask Clean(TracingHybridCache cache) => cache.RemoveAsync("orders");
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Cleaner.cs", null, new CacheKeyVersionAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 13, 82, KeyMessages.NoVersion("orders")),
        }));
    }
}
