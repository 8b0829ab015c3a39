using System;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SecurityGate.Runtime;

/// <summary>Registers the secure cache and its companions in a service collection.</summary>
public static class SecureCacheServiceCollectionExtensions
{
    /// <summary>The logger category of every runtime event.</summary>
    public const string LoggerCategory = "SecurityGate.Runtime";

    /// <summary>
    /// Registers <see cref="ISecureCache"/> over the registered <see cref="IDistributedCache"/>, with the keys from
    /// <see cref="SecureCacheOptions.Keys"/>. Options are validated when the host starts, and every error is listed.
    /// Also registers <see cref="ICheckpointStore"/> over the same cache unless one is registered (see <see cref="AddRedisCheckpointStore(IServiceCollection)"/>),
    /// <see cref="ITenantRegistry{T}"/> and, when none is registered, <see cref="AmbientTenantContext"/> as the <see cref="ITenantContext"/>.
    /// </summary>
    public static IServiceCollection AddSecureCache(this IServiceCollection services, Action<SecureCacheOptions> configure)
    {
        AddCore(services, configure);
        services.TryAddSingleton<ISecureCache>(provider => new DistributedSecureCache(
            provider.GetRequiredService<IDistributedCache>(),
            provider.GetRequiredService<IOptions<SecureCacheOptions>>().Value,
            provider.GetRequiredService<ITenantContext>(),
            provider.GetRequiredService<SecureValueCodec>()));
        services.TryAddSingleton<ICheckpointStore>(provider => new DistributedCheckpointStore(
            provider.GetRequiredService<IDistributedCache>(),
            provider.GetRequiredService<IOptions<SecureCacheOptions>>().Value,
            provider.GetRequiredService<ITenantContext>(),
            provider.GetRequiredService<SecureValueCodec>(),
            provider.GetRequiredService<TimeProvider>(),
            RuntimeLogger(provider)));
        return services;
    }

    /// <summary>
    /// Registers <see cref="ISecureCache"/> over the registered <see cref="IDistributedCache"/>, with the keys from
    /// <typeparamref name="TKeyProvider"/> (a vault, for example) instead of <see cref="SecureCacheOptions.Keys"/>.
    /// </summary>
    public static IServiceCollection AddSecureCache<TKeyProvider>(this IServiceCollection services, Action<SecureCacheOptions> configure)
        where TKeyProvider : class, IEncryptionKeyProvider
    {
        services.AddSingleton<IEncryptionKeyProvider, TKeyProvider>();
        return services.AddSecureCache(options =>
        {
            configure(options);
            options.UsesKeyProvider = true;
        });
    }

    /// <summary>
    /// Registers <see cref="ISecureCache"/> over the registered <see cref="HybridCache"/> (see <c>AddHybridCache</c>);
    /// otherwise as <see cref="AddSecureCache(IServiceCollection, Action{SecureCacheOptions})"/>.
    /// </summary>
    public static IServiceCollection AddSecureHybridCache(this IServiceCollection services, Action<SecureCacheOptions> configure)
    {
        AddCore(services, configure);
        services.TryAddSingleton<ISecureCache>(provider => new HybridSecureCache(
            provider.GetRequiredService<HybridCache>(),
            provider.GetRequiredService<IOptions<SecureCacheOptions>>().Value,
            provider.GetRequiredService<ITenantContext>(),
            provider.GetRequiredService<SecureValueCodec>()));
        return services;
    }

    /// <summary>
    /// Registers <see cref="ICheckpointStore"/> over Redis, on the database of the registered
    /// <see cref="IConnectionMultiplexer"/>, in place of the store over <see cref="IDistributedCache"/>.
    /// Each save is one atomic step on the server, so a stale writer is rejected in every process.
    /// Call it with <see cref="AddSecureCache(IServiceCollection, Action{SecureCacheOptions})"/> or
    /// <see cref="AddSecureHybridCache"/>, before or after, which registers the encryption it uses.
    /// </summary>
    public static IServiceCollection AddRedisCheckpointStore(this IServiceCollection services) =>
        services.AddRedisCheckpointStore(provider => provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase());

    /// <summary>
    /// Registers <see cref="ICheckpointStore"/> over the Redis database that <paramref name="database"/> returns,
    /// for example one prefixed with <c>WithKeyPrefix</c>; otherwise as <see cref="AddRedisCheckpointStore(IServiceCollection)"/>.
    /// </summary>
    public static IServiceCollection AddRedisCheckpointStore(this IServiceCollection services, Func<IServiceProvider, IDatabase> database)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);

        // AddSecureCache adds the IDistributedCache store only when no ICheckpointStore is registered, so
        // Replace makes the Redis store win whichever of the two calls comes first.
        services.Replace(ServiceDescriptor.Singleton<ICheckpointStore>(provider => new RedisCheckpointStore(
            database(provider),
            provider.GetRequiredService<IOptions<SecureCacheOptions>>().Value,
            provider.GetRequiredService<ITenantContext>(),
            provider.GetRequiredService<SecureValueCodec>(),
            provider.GetRequiredService<TimeProvider>(),
            RuntimeLogger(provider))));
        return services;
    }

    private static void AddCore(IServiceCollection services, Action<SecureCacheOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<SecureCacheOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecureCacheOptions>, SecureCacheOptionsValidator>());
        services.TryAddSingleton<ITenantContext, AmbientTenantContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEncryptionKeyProvider, OptionsEncryptionKeyProvider>();

        services.TryAddSingleton(provider => new SensitiveTypeDetector(provider.GetRequiredService<IOptions<SecureCacheOptions>>().Value.SensitiveNameFragments));
        services.TryAddSingleton(provider => new KeyRing(
            provider.GetRequiredService<IEncryptionKeyProvider>(),
            provider.GetRequiredService<IOptions<SecureCacheOptions>>().Value,
            RuntimeLogger(provider),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new CacheValueProtector(provider.GetRequiredService<KeyRing>(), RuntimeLogger(provider)));
        services.TryAddSingleton(provider => new SecureValueCodec(
            provider.GetRequiredService<IOptions<SecureCacheOptions>>().Value,
            provider.GetRequiredService<SensitiveTypeDetector>(),
            provider.GetRequiredService<CacheValueProtector>(),
            RuntimeLogger(provider)));
        services.TryAddSingleton(typeof(ITenantRegistry<>), typeof(TenantRegistry<>));
    }

    private static ILogger RuntimeLogger(IServiceProvider provider) =>
        (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(LoggerCategory);
}
