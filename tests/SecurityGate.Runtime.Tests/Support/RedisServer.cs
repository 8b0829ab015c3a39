using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using StackExchange.Redis;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>
/// The Redis server of the distributed tests: <c>SECURITYGATE_REDIS</c> names it (default 127.0.0.1:6390), and
/// <c>tests/redis.sh</c> starts it. Tests fail, not skip, when it does not answer.
/// </summary>
internal static class RedisServer
{
    public const string EndpointVariable = "SECURITYGATE_REDIS";

    public const string DefaultEndpoint = "127.0.0.1:6390";

    public static string Endpoint => Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } value ? value : DefaultEndpoint;

    /// <summary>
    /// Builds a service provider with the secure cache over Redis. Every provider of one test run shares
    /// <paramref name="instanceName"/>, so two providers act like two processes over one server.
    /// </summary>
    public static ServiceProvider Build(string instanceName, string keyMaterial, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddStackExchangeRedisCache(options =>
        {
            var configuration = ConfigurationOptions.Parse(Endpoint);
            configuration.AbortOnConnectFail = true;
            configuration.ConnectTimeout = 3000;
            options.ConfigurationOptions = configuration;
            options.InstanceName = instanceName;
        });
        services?.Invoke(collection);
        collection.AddSecureCache(options =>
        {
            options.Keys.Add(new EncryptionKeyOptions { Id = "redis-test", Material = keyMaterial });
            options.CurrentKeyId = "redis-test";
        });
        return collection.BuildServiceProvider();
    }

    /// <summary>Fails the test with the variable and the start command when Redis does not answer.</summary>
    public static async Task RequireReachableAsync(IDistributedCache cache)
    {
        try
        {
            await cache.SetAsync("probe", new byte[] { 1 }, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(10) }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            FailUnreachable(exception);
        }
    }

    /// <summary>Fails the test with the endpoint, the variable that sets it and the start command.</summary>
    public static void FailUnreachable(Exception exception) =>
        Assert.Fail($"Redis is not reachable at {Endpoint} (set by the environment variable {EndpointVariable}, default {DefaultEndpoint}). " +
                    $"Start it with `bash tests/redis.sh`. Connection error: {exception.Message}");
}
