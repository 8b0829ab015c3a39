using System;
using System.Linq;
using SecurityGate.Cli.Tests.Infrastructure;

namespace SecurityGate.Cli.Tests.Check;

/// <summary>
/// Folder mode on C# files whose cache libraries are not referenced: the analyzers match calls by the receiver's type
/// name and the method name from the cache API table (the analyzer option cache_security.match_by_name).
/// </summary>
public sealed class NameMatchingTests
{
    private const string Fixture = """
        using Microsoft.Extensions.Caching.Distributed;
        using Microsoft.Extensions.Caching.Memory;
        using StackExchange.Redis;

        namespace Shop.Orders;

        public sealed class OrderCache(IDistributedCache distributed, IMemoryCache memory, IConnectionMultiplexer redis, OrderIndex index)
        {
            public string? Read(string tenantId, string orderId) =>
                distributed.GetString($"v1:client:{tenantId}:orders:{orderId}");

            public string? ReadShared(string orderId) =>
                distributed.GetString($"orders:{orderId}");

            public void Remember(string orderId, object order) =>
                memory.Set($"v1:orders:{orderId}", order);

            public Task<bool> Forget(string orderId) =>
                redis.GetDatabase().KeyDeleteAsync($"v2:orders:{orderId}");

            // A Remove on a type that the table does not list is no cache API.
            public void Drop(string orderId) => index.Remove($"orders:{orderId}");
        }

        public sealed class OrderIndex
        {
            public void Remove(string key) { }
        }
        """;

    [Test]
    public void Check_UnresolvedCacheApis_MatchesByName()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Orders/OrderCache.cs", Fixture);

        var result = CliRunner.Run(folder.Path, "check", ".");

        var name = System.IO.Path.GetFileName(folder.Path);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output, Is.EqualTo(
            $"note: {name}: folder mode compiled the C# files without the project's references and matched cache APIs by type and method name; 6 compiler errors (missing references are expected) did not stop the analysis.\n" +
            $"{path}(13,31): error CSG001: Cache key \"orders:{{0}}\" has no version prefix; start it with \"v{{n}}:\" (for example \"v1:client:{{tenantId}}:orders:{{id}}\") so entries written by an older schema are not read back\n" +
            $"{path}(13,31): error CSG002: Cache key \"orders:{{0}}\" has no tenant segment; add \"client:{{tenantId}}:\" so tenants cannot read each other's entries\n" +
            $"{path}(16,20): error CSG002: Cache key \"v1:orders:{{0}}\" has no tenant segment; add \"client:{{tenantId}}:\" so tenants cannot read each other's entries\n" +
            $"{path}(19,44): error CSG002: Cache key \"v2:orders:{{0}}\" has no tenant segment; add \"client:{{tenantId}}:\" so tenants cannot read each other's entries\n" +
            $"SecurityGate: {name}: 4 new, 0 baselined, 0 excluded, 0 suppressed in source, 0 fixed (stale baseline entries). Verdict: failed.\n"));
    }

    [Test]
    public void Check_StaticExtensionCall_ChecksTheKeyArgument()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Cache.cs", """
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class Cache(IDistributedCache cache)
            {
                public string? Read(string tenantId) => DistributedCacheExtensions.GetString(cache, "v1:settings");
            }
            """);

        var result = CliRunner.Run(folder.Path, "check", ".");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output, Does.Contain($"{path}(5,89): error CSG002: Cache key \"v1:settings\" has no tenant segment"));
    }

    [Test]
    public void Check_FolderWithScopedKeys_Passes()
    {
        using var folder = new TempFolder();
        folder.Write("Cache.cs", """
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class Cache(IDistributedCache cache)
            {
                public string? Read(string tenantId, string id) => cache.GetString($"v1:client:{tenantId}:items:{id}");
            }
            """);

        var result = CliRunner.Run(folder.Path, "check", folder.Path);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output + result.Error);
        Assert.That(result.Output, Does.EndWith(": 0 new, 0 baselined, 0 excluded, 0 suppressed in source, 0 fixed (stale baseline entries). Verdict: passed.\n"));
    }

    [Test]
    public void Check_UnboundTypeNameHandling_Reported()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Serializers.cs", """
            using Newtonsoft.Json;

            public static class Serializers
            {
                public static readonly JsonSerializerSettings Catalog = new() { TypeNameHandling = TypeNameHandling.Auto };

                public static readonly JsonSerializerSettings Safe = new() { TypeNameHandling = TypeNameHandling.None };

                public static JsonSerializerSettings Items()
                {
                    var settings = new JsonSerializerSettings();
                    settings.ItemTypeNameHandling = Newtonsoft.Json.TypeNameHandling.Objects;
                    return settings;
                }
            }
            """);

        var result = CliRunner.Run(folder.Path, "check", folder.Path);

        var findings = result.Output.Split('\n').Where(line => line.Contains(": error CSG", StringComparison.Ordinal)).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(findings, Is.EqualTo(new[]
        {
            $"{path}(5,69): error CSG021: Json.NET setting \"TypeNameHandling = TypeNameHandling.Auto\" lets the JSON payload name the .NET type to create, so a crafted payload can run code on deserialization; use TypeNameHandling.None (the default) or suppress with the reason when a SerializationBinder allows only known types",
            $"{path}(12,9): error CSG021: Json.NET setting \"ItemTypeNameHandling = TypeNameHandling.Objects\" lets the JSON payload name the .NET type to create, so a crafted payload can run code on deserialization; use TypeNameHandling.None (the default) or suppress with the reason when a SerializationBinder allows only known types",
        }));
    }

    [Test]
    public void Check_UnboundCacheWrite_JudgesValue()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Tokens.cs", """
            using Microsoft.Extensions.Caching.Distributed;
            using StackExchange.Redis;

            public sealed class Tokens(IDistributedCache cache, IDatabase redis)
            {
                public void Keep(string tenantId, string userId, string refreshToken, string displayName)
                {
                    var key = $"v1:client:{tenantId}:tokens:{userId}";
                    cache.SetString(key, refreshToken);
                    cache.SetString(key, displayName);
                    redis.HashSet(key, "refresh", refreshToken);
                    redis.HashSet(key, "name", displayName);
                    cache.SetString(key: key, value: refreshToken);
                }
            }
            """);

        var result = CliRunner.Run(folder.Path, "check", folder.Path);

        var findings = result.Output.Split('\n').Where(line => line.Contains(": error CSG", StringComparison.Ordinal)).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(findings, Is.EqualTo(new[]
        {
            $"{path}(9,30): error CSG010: \"DistributedCacheExtensions.SetString\" writes \"refreshToken\", which is named as a secret, to the cache in plain text; store it through ISecureCache, or encrypt it first with IDataProtector.Protect (a Protected<T> value stays encrypted only in IMemoryCache)",
            $"{path}(11,39): error CSG010: \"IDatabase.HashSet\" writes \"refreshToken\", which is named as a secret, to the cache in plain text; store it through ISecureCache, or encrypt it first with IDataProtector.Protect (a Protected<T> value stays encrypted only in IMemoryCache)",
            $"{path}(13,35): error CSG010: \"DistributedCacheExtensions.SetString\" writes \"refreshToken\", which is named as a secret, to the cache in plain text; store it through ISecureCache, or encrypt it first with IDataProtector.Protect (a Protected<T> value stays encrypted only in IMemoryCache)",
        }));
    }
}
