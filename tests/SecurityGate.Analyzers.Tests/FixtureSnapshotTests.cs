using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.Tests.Infrastructure;
using Snapshooter.NUnit;

namespace SecurityGate.Analyzers.Tests;

/// <summary>
/// One snapshot per fixture of every diagnostic all analyzers report: id, position, message and the four
/// fingerprint properties. A change in any of them, the fingerprint above all, shows up as a snapshot diff.
/// </summary>
public sealed class FixtureSnapshotTests
{
    private static readonly string[] Fixtures =
    {
        "CacheKeys/DistributedCacheKeys.cs",
        "CacheKeys/KeyHelpers.cs",
        "CacheKeys/FormatAndConcatKeys.cs",
        "CacheKeys/LocalAndRedisKeys.cs",
        "CacheKeys/WrapperCache.cs",
        "CacheKeys/MemoryAndHybridKeys.cs",
        "CacheKeys/DuplicateFindings.cs",
        "CacheKeys/ConfiguredTenantKeys.cs",
        "CacheKeys/ConstantTenantKeys.cs",
        "CacheKeys/AmbiguousKeys.cs",
        "CacheKeys/SensitiveKeyValues.cs",
        "CacheKeys/TagAndPrefixInvalidation.cs",
        "Serialization/InsecureFormatters.cs",
        "Serialization/SafeSerializers.cs",
        "Serialization/JsonTypeNameHandling.cs",
        "Serialization/MessagePackDeserialization.cs",
        "Serialization/InsecureCacheSerializers.cs",
        "Serialization/SafeCacheSerializers.cs",
        "SensitiveData/SensitiveCacheValues.cs",
        "SensitiveData/ProtectedCacheValues.cs",
        "SensitiveData/SensitiveStateValues.cs",
        "SensitiveData/ProtectedStateValues.cs",
        "Reflection/ReflectionWrites.cs",
        "Reflection/SecureMemberWrites.cs",
        "SharedState/SharedTenantState.cs",
        "SharedState/PartitionedState.cs",
        "OutputCaching/AuthenticatedOutputCache.cs",
        "CacheApis/RedisCollectionKeys.cs",
        "CacheApis/OtherCacheLibraries.cs",
        "CacheApis/StandInCacheLibraries.cs",
    };

    [TestCaseSource(nameof(Fixtures))]
    public async Task Fixture_AllAnalyzers_MatchesSnapshot(string fixture)
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync(fixture, null, AllAnalyzers.Create());

        var records = DiagnosticRecord.From(diagnostics);
        TestContext.Out.WriteLine(string.Join("\n", records));
        // Snapshooter names the file after the test and its case argument, so each fixture has its own snapshot.
        Snapshot.Match(records);
    }
}
