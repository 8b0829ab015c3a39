using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>
/// A stand-in for one application process: its own <see cref="ConnectionMultiplexer"/> and service provider with
/// the checkpoint store over Redis. Every instance of one test run shares a key prefix, so they share the data.
/// </summary>
internal sealed class RedisCheckpointProcess : IAsyncDisposable
{
    private readonly ConnectionMultiplexer connection;
    private readonly ServiceProvider services;
    private readonly string keyPrefix;

    private RedisCheckpointProcess(ConnectionMultiplexer connection, ServiceProvider services, string keyPrefix)
    {
        this.connection = connection;
        this.services = services;
        this.keyPrefix = keyPrefix;
    }

    public ICheckpointStore Store => services.GetRequiredService<ICheckpointStore>();

    /// <summary>The database under the shared key prefix, for reading and planting raw entries by their wire keys.</summary>
    public IDatabase Database => connection.GetDatabase().WithKeyPrefix(keyPrefix);

    /// <summary>Connects, failing the test with the variable and the start command when Redis does not respond.</summary>
    public static async Task<RedisCheckpointProcess> StartAsync(
        string keyPrefix, string keyMaterial, Action<SecureCacheOptions>? configure = null, CapturingLoggerProvider? logs = null)
    {
        var configuration = ConfigurationOptions.Parse(RedisServer.Endpoint);
        configuration.AbortOnConnectFail = true;
        configuration.ConnectTimeout = 3000;
        ConnectionMultiplexer connection;
        try
        {
            connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        }
        catch (RedisConnectionException exception)
        {
            RedisServer.FailUnreachable(exception);
            throw;
        }

        var collection = new ServiceCollection();
        collection.AddLogging(builder =>
        {
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        collection.AddSingleton<IConnectionMultiplexer>(connection);
        collection.AddDistributedMemoryCache();
        collection.AddSecureCache(options =>
        {
            options.Keys.Add(new EncryptionKeyOptions { Id = "redis-test", Material = keyMaterial });
            options.CurrentKeyId = "redis-test";
            configure?.Invoke(options);
        });
        collection.AddRedisCheckpointStore(provider => provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase().WithKeyPrefix(keyPrefix));
        return new RedisCheckpointProcess(connection, collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), keyPrefix);
    }

    /// <summary>Deletes every key under the shared key prefix, so test runs leave nothing behind.</summary>
    public async Task DeleteKeysAsync()
    {
        foreach (var endpoint in connection.GetEndPoints())
        {
            await foreach (var key in connection.GetServer(endpoint).KeysAsync(pattern: keyPrefix + "*"))
            {
                await connection.GetDatabase().KeyDeleteAsync(key).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
