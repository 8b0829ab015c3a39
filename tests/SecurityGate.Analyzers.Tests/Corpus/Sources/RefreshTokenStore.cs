using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace Contoso.Identity;

public sealed class RefreshGrant
{
    public string UserId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string RefreshToken { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}

public sealed record GrantReference(string UserId, string ClientId, DateTimeOffset ExpiresAt, int TokenCount);

/// <summary>
/// Stores refresh tokens between the token endpoint and the refresh endpoint. Tokens are bearer secrets: anyone
/// who reads the cache can act as the user, so each token is protected before it leaves the process.
/// </summary>
public sealed class RefreshTokenStore
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromDays(14) };

    private readonly IDistributedCache cache;
    private readonly IDataProtector protector;

    public RefreshTokenStore(IDistributedCache cache, IDataProtectionProvider protection)
    {
        this.cache = cache;
        protector = protection.CreateProtector("Contoso.Identity.RefreshTokens.v1");
    }

    public Task StoreAsync(string tenantId, string grantId, string refreshToken, CancellationToken cancellationToken)
    {
        var protectedToken = protector.Protect(refreshToken);
        return cache.SetStringAsync(TenantCacheKeys.For(tenantId, "refresh-tokens", grantId), protectedToken, Lifetime, cancellationToken);
    }

    public Task StoreGrantAsync(string tenantId, string grantId, RefreshGrant grant, CancellationToken cancellationToken)
        => cache.SetStringAsync(TenantCacheKeys.For(tenantId, "grants", grantId), SealGrant(grant), Lifetime, cancellationToken);

    public async Task<string?> ReadAsync(string tenantId, string grantId, CancellationToken cancellationToken)
    {
        var stored = await cache.GetStringAsync(TenantCacheKeys.For(tenantId, "refresh-tokens", grantId), cancellationToken);
        return stored is null ? null : protector.Unprotect(stored);
    }

    // Clean: the lookup key contains a SHA-256 of the token, never the token.
    public Task MarkUsedAsync(string tenantId, string refreshToken, CancellationToken cancellationToken)
    {
        var tokenHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        return cache.SetStringAsync(TenantCacheKeys.For(tenantId, "used-refresh-tokens", tokenHash), "1", Lifetime, cancellationToken);
    }

    public Task StoreReferenceAsync(string tenantId, string grantId, GrantReference reference, CancellationToken cancellationToken)
        => cache.SetStringAsync(TenantCacheKeys.For(tenantId, "grant-refs", grantId), JsonSerializer.Serialize(reference), Lifetime, cancellationToken);

    // Wrong: the token goes to Redis as plain text.
    public Task StoreUnprotectedAsync(string tenantId, string grantId, string refreshToken, CancellationToken cancellationToken)
        => cache.SetStringAsync(TenantCacheKeys.For(tenantId, "refresh-tokens", grantId), refreshToken, Lifetime, cancellationToken); // expect: CSG010

    // Wrong: the whole grant, token included, is serialized as plain JSON.
    public Task StoreGrantUnprotectedAsync(string tenantId, string grantId, RefreshGrant grant, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(grant);
        return cache.SetStringAsync(TenantCacheKeys.For(tenantId, "grants", grantId), json, Lifetime, cancellationToken); // expect: CSG010
    }

    // Wrong: the token is the key, so it appears in Redis MONITOR output and key listings.
    public Task<string?> FindGrantIdAsync(string tenantId, string refreshToken, CancellationToken cancellationToken)
        => cache.GetStringAsync($"v1:client:{tenantId}:grant-by-token:{refreshToken}", cancellationToken); // expect: CSG012

    // Clean: a shared helper of another class protects the token, and a local carries the result.
    public Task StoreSealedAsync(string tenantId, string grantId, string refreshToken, CancellationToken cancellationToken)
    {
        var sealedToken = TokenSealer.Seal(protector, refreshToken);
        return cache.SetStringAsync(TenantCacheKeys.For(tenantId, "refresh-tokens", grantId), sealedToken, Lifetime, cancellationToken); // known-false-positive: CSG010 TokenSealer.Seal has a guard before its return, and only helpers whose body is one expression are followed
    }

    public Task RevokeAsync(string tenantId, string grantId, CancellationToken cancellationToken)
        => cache.RemoveAsync(TenantCacheKeys.For(tenantId, "refresh-tokens", grantId), cancellationToken);

    private string SealGrant(RefreshGrant grant)
    {
        var json = JsonSerializer.Serialize(grant);
        return protector.Protect(json);
    }
}

/// <summary>Protection shared by the identity stores, with one purpose string per token kind.</summary>
public static class TokenSealer
{
    public static string Seal(IDataProtector protector, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return protector.CreateProtector("token").Protect(token);
    }
}
