using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using Microsoft.Extensions.Caching.Memory;
using SecurityGate.Runtime;
using StackExchange.Redis;

namespace Contoso.Integrations;

public sealed class PartnerCredentials
{
    public string PartnerId { get; set; } = "";

    public string BaseUrl { get; set; } = "";

    public string ApiKey { get; set; } = "";

    public string ClientSecret { get; set; } = "";
}

public sealed class PartnerConnection
{
    public string PartnerId { get; set; } = "";

    public string BaseUrl { get; set; } = "";

    public Protected<string>? ApiKey { get; set; }
}

public sealed record ApiKeyOwner(string TenantId, string PartnerId, string[] Scopes);

/// <summary>
/// Resolves inbound partner API keys to their owner and caches outbound partner credentials. Inbound keys are
/// looked up by hash; outbound secrets are meant to go through the secure cache, which encrypts with AES-256-GCM.
/// </summary>
public sealed class ApiKeyCache
{
    private readonly IDatabase redis;
    private readonly ISecureCache secureCache;
    private readonly IMemoryCache memory;

    public ApiKeyCache(IDatabase redis, ISecureCache secureCache, IMemoryCache memory)
    {
        this.redis = redis;
        this.secureCache = secureCache;
        this.memory = memory;
    }

    public async Task<ApiKeyOwner?> FindOwnerAsync(string tenantId, string apiKey)
    {
        var value = await redis.StringGetAsync(OwnerKey(tenantId, apiKey));
        return value.IsNullOrEmpty ? null : System.Text.Json.JsonSerializer.Deserialize<ApiKeyOwner>(value.ToString());
    }

    public Task RememberOwnerAsync(string tenantId, string apiKey, ApiKeyOwner owner)
        => redis.StringSetAsync(OwnerKey(tenantId, apiKey), System.Text.Json.JsonSerializer.Serialize(owner), TimeSpan.FromMinutes(15));

    // Clean: the secure cache encrypts the whole value.
    public ValueTask StoreCredentialsAsync(string partnerId, PartnerCredentials credentials, CancellationToken cancellationToken)
        => secureCache.SetAsync(secureCache.CreateKey("partner-credentials", partnerId), credentials, cancellationToken: cancellationToken);

    public ValueTask<PartnerCredentials?> GetCredentialsAsync(string partnerId, CancellationToken cancellationToken)
        => secureCache.GetAsync<PartnerCredentials>(secureCache.CreateKey("partner-credentials", partnerId), cancellationToken);

    // Wrong: Protected<string> is encrypted only in memory; System.Text.Json writes its plain value to Redis.
    public Task CacheConnectionAsync(string tenantId, PartnerConnection connection)
        => redis.StringSetAsync(TenantCacheKeys.For(tenantId, "partner-connections", connection.PartnerId), System.Text.Json.JsonSerializer.Serialize(connection)); // expect: CSG010

    // Clean: a memory cache keeps the object in process, where Protected<string> stays encrypted.
    public void KeepConnection(string tenantId, PartnerConnection connection)
        => memory.Set(TenantCacheKeys.For(tenantId, "partner-connections", connection.PartnerId), connection); // known-false-positive: CSG010 a Protected<T> member counts as plain text even in IMemoryCache, which never serializes the value

    // Wrong: the raw key in plain text, next to its owner.
    public Task CacheRawKeyAsync(string tenantId, string partnerId, string apiKey)
        => redis.StringSetAsync(TenantCacheKeys.For(tenantId, "partner-keys", partnerId), apiKey); // expect: CSG010

    // Wrong: the credentials object with its client secret goes to a Redis hash as JSON.
    public Task CacheCredentialsInHashAsync(string tenantId, PartnerCredentials credentials)
        => redis.HashSetAsync(TenantCacheKeys.For(tenantId, "partners", "credentials"), credentials.PartnerId, System.Text.Json.JsonSerializer.Serialize(credentials)); // expect: CSG010

    // Wrong: the client secret itself in a hash field value.
    public Task CacheSecretAsync(string tenantId, string partnerId, string clientSecret)
        => redis.HashSetAsync(TenantCacheKeys.For(tenantId, "partner-secrets", partnerId), "secret", clientSecret); // expect: CSG010

    // Wrong: the API key is the Redis key.
    public Task<bool> IsRevokedAsync(string tenantId, string apiKey)
        => redis.KeyExistsAsync($"v1:client:{tenantId}:revoked-keys:{apiKey}"); // expect: CSG012

    public Task<bool> RevokeAsync(string tenantId, string apiKey)
        => redis.StringSetAsync($"v1:client:{tenantId}:revoked-keys:{HashKey(apiKey)}", "1");

    private static string OwnerKey(string tenantId, string apiKey) => TenantCacheKeys.For(tenantId, "key-owners", HashKey(apiKey));

    private static string HashKey(string apiKey) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
}
