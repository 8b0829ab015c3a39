using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.SensitiveData;
using SecurityGate.Analyzers.Tests.Infrastructure;
using SecurityGate.Analyzers.Tests.SensitiveData;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

/// <summary>
/// The API families of <c>CacheApis.txt</c> and <c>CacheValueApis</c> beyond IMemoryCache, IDistributedCache and
/// HybridCache: each fixture has a flagged and a clean call per family, checked by the key, invalidation and value rules.
/// </summary>
public sealed class CacheApiSurfaceTests
{
    private static DiagnosticAnalyzer[] Analyzers() => new DiagnosticAnalyzer[]
    {
        new CacheKeyVersionAnalyzer(), new CacheKeyTenantAnalyzer(), new UnscopedInvalidationAnalyzer(), new SensitiveCacheValueAnalyzer(),
    };

    [Test]
    public async Task RedisCollections_KeysAndElements_Checked()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheApis/RedisCollectionKeys.cs", null, Analyzers());

        // The first script key is scoped and versioned; only the second element of the keys array is reported.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 11, 31, KeyMessages.NoVersion("feed:{0}")),
            new ExpectedDiagnostic("CSG002", 17, 28, KeyMessages.NoTenant("v1:recent:{0}")),
            new ExpectedDiagnostic("CSG010", 23, 64, SensitiveDataMessages.CacheValueNamed("IDatabaseAsync.SetAddAsync", "sessionToken")),
            new ExpectedDiagnostic("CSG001", 29, 39, KeyMessages.NoVersion("leaderboard")),
            new ExpectedDiagnostic("CSG002", 29, 39, KeyMessages.NoTenant("leaderboard")),
            new ExpectedDiagnostic("CSG010", 32, 66, SensitiveDataMessages.CacheValueNamed("IDatabase.StreamAdd", "apiKey")),
            new ExpectedDiagnostic("CSG001", 40, 69, KeyMessages.NoVersion("wallet:{0}")),
            new ExpectedDiagnostic("CSG002", 40, 69, KeyMessages.NoTenant("wallet:{0}")),
        }));
    }

    [Test]
    public async Task OtherLibraries_KeysValuesTags_Checked()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheApis/OtherCacheLibraries.cs", null, Analyzers());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 19, 41, KeyMessages.NoVersion("profiles:{0}")),
            new ExpectedDiagnostic("CSG002", 19, 41, KeyMessages.NoTenant("profiles:{0}")),
            new ExpectedDiagnostic("CSG010", 22, 85, SensitiveDataMessages.CacheValueType("IFusionCache.GetOrSetAsync", "Profile.RefreshToken")),
            new ExpectedDiagnostic("CSG010", 25, 54, SensitiveDataMessages.CacheValueNamed("IFusionCache.Set", "accessToken")),
            new ExpectedDiagnostic("CSG004", 28, 36, KeyMessages.Unscoped("tag", "profiles", "IFusionCache.RemoveByTagAsync")),
            new ExpectedDiagnostic("CSG002", 34, 24, KeyMessages.NoTenant("v1:legacy:{0}")),
            new ExpectedDiagnostic("CSG010", 37, 55, SensitiveDataMessages.CacheValueNamed("ObjectCache.Set", "password")),
            new ExpectedDiagnostic("CSG001", 43, 24, KeyMessages.NoVersion("client:{0}:body")),
            new ExpectedDiagnostic("CSG002", 49, 28, KeyMessages.NoTenant("v1:pages:{0}")),
        }));
    }

    [Test]
    public async Task StandInLibraries_Calls_Checked()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheApis/StandInCacheLibraries.cs", null, Analyzers());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 21, 25, KeyMessages.NoVersion("prices:{0}")),
            new ExpectedDiagnostic("CSG002", 21, 25, KeyMessages.NoTenant("prices:{0}")),
            new ExpectedDiagnostic("CSG010", 24, 61, SensitiveDataMessages.CacheValueNamed("IEasyCachingProviderBase.SetAsync", "apiToken")),
            new ExpectedDiagnostic("CSG004", 27, 36, KeyMessages.Unscoped("prefix", "v1:prices:", "IEasyCachingProviderBase.RemoveByPrefix")),
            new ExpectedDiagnostic("CSG010", 36, 59, SensitiveDataMessages.CacheValueType("IAppCache.Add", "Supplier.BankAccount")),
            new ExpectedDiagnostic("CSG001", 39, 30, KeyMessages.NoVersion("banners:{0}")),
            new ExpectedDiagnostic("CSG002", 39, 30, KeyMessages.NoTenant("banners:{0}")),
            new ExpectedDiagnostic("CSG010", 42, 60, SensitiveDataMessages.CacheValueNamed("ICache.Put", "secret")),
            new ExpectedDiagnostic("CSG001", 48, 31, KeyMessages.NoVersion("items:{0}")),
            new ExpectedDiagnostic("CSG002", 48, 31, KeyMessages.NoTenant("items:{0}")),
        }));
    }

    [Test]
    public void ValueTable_ObjectCachesInMemory_StoreObjects()
    {
        var objectCacheSet = FindValueEntry("System.Runtime.Caching.ObjectCache", "Set");
        var fusionSet = FindValueEntry("ZiggyCreatures.Caching.Fusion.IFusionCache", "Set");

        Assert.That(CacheValueApis.StoresObjects(objectCacheSet), Is.True);
        Assert.That(CacheValueApis.StoresObjects(fusionSet), Is.False);
    }

    private static CacheApiEntry FindValueEntry(string type, string method)
    {
        foreach (var entry in CacheValueApis.Entries)
        {
            if (entry.TypeMetadataName == type && entry.MethodName == method)
            {
                return entry;
            }
        }

        throw new AssertionException($"The value table has no entry {type}.{method}.");
    }
}
