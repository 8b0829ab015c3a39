using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace SecurityGate.Runtime;

/// <summary>
/// <see cref="ITenantRegistry{T}"/> over a concurrent dictionary of stored bytes, one entry per tenant. Values
/// are encoded like cache entries under the key <c>v{n}:client:{tenant}:registry:{type name}</c>, so a sensitive
/// value is encrypted at rest and an entry moved to another tenant fails authentication.
/// </summary>
internal sealed class TenantRegistry<T> : ITenantRegistry<T>
    where T : class
{
    private const string Component = "registry";

    private readonly ConcurrentDictionary<string, byte[]> entries = new(StringComparer.Ordinal);
    private readonly SecureCacheOptions options;
    private readonly ITenantContext tenantContext;
    private readonly SecureValueCodec codec;

    public TenantRegistry(IOptions<SecureCacheOptions> options, ITenantContext tenantContext, SecureValueCodec codec)
    {
        this.options = options.Value;
        this.tenantContext = tenantContext;
        this.codec = codec;
    }

    public int Count => entries.Count;

    public void AddOrUpdate(string tenantId, T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = Key(tenantId);
        entries[tenantId] = codec.Encode(key, value, forceEncryption: false);
    }

    public bool TryGet(string tenantId, [MaybeNullWhen(false)] out T value)
    {
        var key = Key(tenantId);
        if (!entries.TryGetValue(tenantId, out var stored))
        {
            value = null;
            return false;
        }

        value = codec.Decode<T>(key, stored)!;
        return true;
    }

    public T? GetCurrent()
    {
        var tenant = tenantContext.TenantId;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            throw new TenantMissingException();
        }

        return TryGet(tenant, out var value) ? value : null;
    }

    public bool Remove(string tenantId)
    {
        Key(tenantId);
        return entries.TryRemove(tenantId, out _);
    }

    private CacheKey Key(string tenantId) =>
        CacheKey.Create(tenantId, Component, typeof(T).FullName ?? typeof(T).Name, subKey: null, options.KeyVersion, options.MaxKeyLength);

    /// <summary>Test access: replaces a tenant's stored bytes, as an attacker with memory access could.</summary>
    internal void SetStoredBytes(string tenantId, byte[] stored) => entries[tenantId] = stored;

    /// <summary>Test access: the stored bytes of a tenant.</summary>
    internal byte[]? GetStoredBytes(string tenantId) => entries.TryGetValue(tenantId, out var stored) ? stored : null;
}
