using Microsoft.Extensions.Caching.Distributed;
using Storefront.Tenancy;

namespace Storefront.Tokens;

/// <summary>Caches downstream API access tokens per user.</summary>
public sealed class TokenCache(IDistributedCache cache)
{
    public Task<string?> GetAccessTokenAsync(string userId, CancellationToken cancellationToken) =>
        cache.GetStringAsync($"tokens:{userId}", cancellationToken);

    public Task StoreAccessTokenAsync(TenantContext tenant, string userId, string accessToken, CancellationToken cancellationToken) =>
        cache.SetStringAsync(
            string.Format("v1:client:{0}:tokens:{1}", tenant.TenantId, userId),
            accessToken,
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) },
            cancellationToken);
}
