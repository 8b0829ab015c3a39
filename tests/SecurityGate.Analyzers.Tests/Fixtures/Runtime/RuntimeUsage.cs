using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using SecurityGate.Runtime;
using StackExchange.Redis;

namespace Shop.Runtime;

public sealed record OrderSummary(string OrderId, decimal Total, int Lines);

public sealed class PaymentSettings
{
    public string Provider { get; set; } = "";

    public Protected<string>? ApiKey { get; set; }

    [Sensitive]
    public string Iban { get; set; } = "";
}

public sealed record ImportState(string Step, int ImportedRows);

/// <summary>Orders cached through ISecureCache: the tenant comes from ITenantContext.</summary>
public sealed class OrderService
{
    private readonly ISecureCache cache;

    public OrderService(ISecureCache cache) => this.cache = cache;

    public ValueTask<OrderSummary> GetSummaryAsync(string orderId, Func<CancellationToken, ValueTask<OrderSummary>> load, CancellationToken cancellationToken)
        => cache.GetOrCreateAsync(cache.CreateKey("orders", orderId), load, new SecureCacheEntryOptions { Expiration = TimeSpan.FromMinutes(10) }, cancellationToken);

    public async ValueTask UpdateAsync(OrderSummary summary)
    {
        var key = cache.CreateKey("orders", summary.OrderId);
        await cache.SetAsync(key, summary);
    }

    public ValueTask ForgetAsync(string tenantId, string orderId)
        => cache.RemoveAsync(cache.CreateKeyForTenant(tenantId, "orders", orderId));
}

/// <summary>Runtime keys on the plain cache APIs, passed as their wire form.</summary>
public sealed class CatalogCache
{
    private readonly IDistributedCache distributed;
    private readonly IMemoryCache memory;
    private readonly IDatabase redis;

    public CatalogCache(IDistributedCache distributed, IMemoryCache memory, IDatabase redis)
    {
        this.distributed = distributed;
        this.memory = memory;
        this.redis = redis;
    }

    public async Task<string?> GetPriceAsync(string tenantId, string sku)
    {
        var key = CacheKey.Create(tenantId, "prices", sku);
        if (memory.TryGetValue(key.ToString(), out string? cached))
        {
            return cached;
        }

        var price = await distributed.GetStringAsync(key.ToString());
        memory.Set(key.ToString(), price, TimeSpan.FromSeconds(30));
        return price;
    }

    public Task SetDescriptionAsync(string tenantId, string sku, string description)
        => distributed.SetStringAsync(DescriptionKey(tenantId, sku).ToString(), description);

    public Task<bool> SetStockAsync(string tenantId, string sku, int stock)
        => redis.StringSetAsync(CacheKey.Create(tenantId, "stock", sku, version: 2).ToString(), stock);

    public Task RemoveAsync(string tenantId, string sku)
    {
        memory.Remove(CacheKey.Create(tenantId, "prices", sku).ToString());
        return distributed.RemoveAsync(DescriptionKey(tenantId, sku).ToString());
    }

    public Task StoreRefreshTokenHashAsync(string tenantId, string userId, string refreshTokenHash)
    {
        var key = CacheKey.Create(tenantId, "refresh-tokens", userId);
        return distributed.SetStringAsync(key.ToString(), refreshTokenHash);
    }

    private static CacheKey DescriptionKey(string tenantId, string sku) => CacheKey.Create(tenantId, "descriptions", sku, subKey: "en");
}

/// <summary>Per-tenant settings in the tenant registry, with the secret written through SecureMember.</summary>
public sealed class PaymentSettingsService
{
    private readonly ITenantRegistry<PaymentSettings> registry;

    public PaymentSettingsService(ITenantRegistry<PaymentSettings> registry) => this.registry = registry;

    public void Configure(string tenantId, string provider, string apiKey, string iban)
    {
        var settings = new PaymentSettings { Provider = provider, Iban = iban };
        SecureMember.Set(settings, nameof(PaymentSettings.ApiKey), apiKey);
        registry.AddOrUpdate(tenantId, settings);
    }

    public string? CurrentProvider() => registry.GetCurrent()?.Provider;

    public string? RevealApiKey(string tenantId)
        => registry.TryGet(tenantId, out var settings) ? settings.ApiKey?.Reveal() : null;

    public static string Describe(PaymentSettings settings) => JsonSerializer.Serialize(settings);
}

/// <summary>A workflow that checkpoints its progress and retries on a concurrent save.</summary>
public sealed class ImportWorkflow
{
    private readonly ICheckpointStore checkpoints;

    public ImportWorkflow(ICheckpointStore checkpoints) => this.checkpoints = checkpoints;

    public async Task<long> AdvanceAsync(string importId, int rows, CancellationToken cancellationToken)
    {
        while (true)
        {
            var latest = await checkpoints.LoadAsync<ImportState>(importId, cancellationToken: cancellationToken);
            var next = new ImportState("import", (latest?.State.ImportedRows ?? 0) + rows);
            try
            {
                return await checkpoints.SaveAsync(importId, next, latest?.Version ?? 0, cancellationToken);
            }
            catch (CheckpointConflictException)
            {
                // Another worker saved first: reload and reapply.
            }
        }
    }

    public async Task<int> CountVersionsAsync(string importId)
        => (await checkpoints.ListAsync(importId)).Count;

    public ValueTask CompleteAsync(string importId) => checkpoints.DeleteAsync(importId);
}

/// <summary>The same service before it moved to the runtime: a raw key with neither version nor tenant.</summary>
public sealed class LegacyOrderCache
{
    private readonly IDistributedCache distributed;

    public LegacyOrderCache(IDistributedCache distributed) => this.distributed = distributed;

    public Task<string?> GetAsync(int id) => distributed.GetStringAsync($"orders:{id}");
}

/// <summary>A runtime key named after what it indexes: an escaped CacheKey is not the token itself.</summary>
public sealed class RefreshTokenStore
{
    private readonly IDistributedCache cache;

    public RefreshTokenStore(IDistributedCache cache) => this.cache = cache;

    public Task StoreAsync(string tenantId, string userId, string refreshTokenHash)
    {
        var refreshTokenKey = CacheKey.Create(tenantId, "refresh-tokens", userId);
        return cache.SetStringAsync(refreshTokenKey.ToString(), refreshTokenHash);
    }

    public Task<string?> ReadAsync(CacheKey sessionTokenKey) => cache.GetStringAsync(sessionTokenKey.ToString());
}
