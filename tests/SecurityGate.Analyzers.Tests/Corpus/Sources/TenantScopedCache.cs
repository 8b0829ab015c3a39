using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using Microsoft.Extensions.Caching.Distributed;

namespace Contoso.Carts;

/// <summary>
/// A decorator that puts the version and the current tenant in front of every key, so services pass keys
/// relative to their tenant ("carts:42"). Registered in place of the Redis IDistributedCache.
/// </summary>
public sealed class TenantScopedDistributedCache : IDistributedCache
{
    private readonly IDistributedCache inner;
    private readonly TenantContext tenant;

    public TenantScopedDistributedCache(IDistributedCache inner, TenantContext tenant)
    {
        this.inner = inner;
        this.tenant = tenant;
    }

    public byte[]? Get(string key) => inner.Get(Scope(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(Scope(key), token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(Scope(key), value, options);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        => inner.SetAsync(Scope(key), value, options, token);

    public void Refresh(string key) => inner.Refresh(Scope(key));

    public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(Scope(key), token);

    public void Remove(string key) => inner.Remove(Scope(key));

    public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(Scope(key), token);

    private string Scope(string relativeKey) => TenantCacheKeys.TenantPrefix(tenant.TenantId, "scoped") + relativeKey;
}

public sealed record CartLine(string Sku, int Quantity);

public sealed record Cart(string CartId, CartLine[] Lines, DateTimeOffset UpdatedAt);

/// <summary>Shopping carts of signed-in and anonymous shoppers, kept for two days of inactivity.</summary>
public sealed class CartStore
{
    private static readonly DistributedCacheEntryOptions TwoDays = new() { SlidingExpiration = TimeSpan.FromDays(2) };

    private readonly TenantScopedDistributedCache scoped;
    private readonly IDistributedCache shared;

    public CartStore(TenantScopedDistributedCache scoped, IDistributedCache shared)
    {
        this.scoped = scoped;
        this.shared = shared;
    }

    public async Task<Cart?> LoadAsync(string cartId, CancellationToken cancellationToken)
    {
        var json = await scoped.GetStringAsync("carts:" + cartId, cancellationToken); // known-false-positive: CSG001, CSG002 the key is relative because TenantScopedDistributedCache prefixes the version and tenant, and a decorator's own key handling is not followed
        return json is null ? null : JsonSerializer.Deserialize<Cart>(json);
    }

    public Task SaveAsync(Cart cart, CancellationToken cancellationToken)
        => scoped.SetStringAsync("carts:" + cart.CartId, JsonSerializer.Serialize(cart), TwoDays, cancellationToken); // known-false-positive: CSG001, CSG002 the same relative key as LoadAsync

    public Task RemoveAsync(string cartId, CancellationToken cancellationToken)
        => scoped.RemoveAsync("carts:" + cartId, cancellationToken); // known-false-positive: CSG001, CSG002 the same relative key as LoadAsync

    // Wrong: the merge marker goes to the undecorated cache, where it is shared by all tenants and unversioned.
    public Task MarkMergedAsync(string anonymousCartId, CancellationToken cancellationToken)
        => shared.SetStringAsync("merged-carts:" + anonymousCartId, "1", TwoDays, cancellationToken); // expect: CSG001, CSG002

    public async Task<bool> WasMergedAsync(string tenantId, string anonymousCartId, CancellationToken cancellationToken)
        => await shared.GetStringAsync(TenantCacheKeys.For(tenantId, "merged-carts", anonymousCartId), cancellationToken) is not null;
}
