using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using Microsoft.Extensions.Caching.Distributed;

namespace Contoso.Settings;

public sealed record FeatureFlag(string Name, bool Enabled, int RolloutPercent);

public sealed class TenantSettings
{
    public string TenantId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string DefaultCurrency { get; set; } = "EUR";

    public int SessionTimeoutMinutes { get; set; } = 30;

    public string PasswordPolicy { get; set; } = "default";
}

public interface ISettingsStore
{
    Task<TenantSettings> LoadAsync(string tenantId, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeatureFlag>> LoadFlagsAsync(string tenantId, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeatureFlag>> LoadGlobalFlagsAsync(CancellationToken cancellationToken);
}

/// <summary>Tenant settings and feature flags, cached in Redis behind IDistributedCache for five minutes.</summary>
public sealed class FeatureFlagCache
{
    private static readonly DistributedCacheEntryOptions FiveMinutes = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) };

    private readonly IDistributedCache cache;
    private readonly ISettingsStore store;

    public FeatureFlagCache(IDistributedCache cache, ISettingsStore store)
    {
        this.cache = cache;
        this.store = store;
    }

    public async Task<TenantSettings> GetSettingsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var key = TenantCacheKeys.For(tenantId, "settings", "current");
        var json = await cache.GetStringAsync(key, cancellationToken);
        if (json is not null)
        {
            return JsonSerializer.Deserialize<TenantSettings>(json)!;
        }

        var settings = await store.LoadAsync(tenantId, cancellationToken);
        await cache.SetStringAsync(key, JsonSerializer.Serialize(settings), FiveMinutes, cancellationToken);
        return settings;
    }

    // Wrong: the tenant is there but no version, so the old flag format is read after an upgrade.
    public async Task<IReadOnlyList<FeatureFlag>> GetFlagsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var json = await cache.GetStringAsync("flags:client:" + tenantId, cancellationToken); // expect: CSG001
        if (json is not null)
        {
            return JsonSerializer.Deserialize<List<FeatureFlag>>(json)!;
        }

        var flags = await store.LoadFlagsAsync(tenantId, cancellationToken);
        await cache.SetStringAsync("flags:client:" + tenantId, JsonSerializer.Serialize(flags), FiveMinutes, cancellationToken); // expect: CSG001
        return flags;
    }

    // Global flags are the same for every tenant on purpose, and the "global" segment marks the key as shared.
    // NOTE: CSG002 still reports a global key, because it has no tenant segment. Such keys belong in .cache-security-exclude with a reason.
    public async Task<IReadOnlyList<FeatureFlag>> GetGlobalFlagsAsync(CancellationToken cancellationToken)
    {
        var json = await cache.GetStringAsync("v1:global:flags", cancellationToken); // expect: CSG002
        if (json is not null)
        {
            return JsonSerializer.Deserialize<List<FeatureFlag>>(json)!;
        }

        var flags = await store.LoadGlobalFlagsAsync(cancellationToken);
        await cache.SetStringAsync("v1:global:flags", JsonSerializer.Serialize(flags), FiveMinutes, cancellationToken); // expect: CSG002
        return flags;
    }

    public async Task<bool> IsEnabledAsync(string tenantId, string flagName, CancellationToken cancellationToken)
    {
        var flags = await GetFlagsAsync(tenantId, cancellationToken);
        foreach (var flag in flags)
        {
            if (string.Equals(flag.Name, flagName, StringComparison.OrdinalIgnoreCase))
            {
                return flag.Enabled;
            }
        }

        return false;
    }

    public Task InvalidateSettingsAsync(string tenantId, CancellationToken cancellationToken)
        => cache.RemoveAsync(TenantCacheKeys.For(tenantId, "settings", "current"), cancellationToken);

    public Task RefreshSettingsAsync(string tenantId, CancellationToken cancellationToken)
        => cache.RefreshAsync($"v1:client:{tenantId}:settings:current", cancellationToken);
}
