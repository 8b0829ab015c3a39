using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace Shop.Accounts;

public sealed record Customer(string TenantId, string Email, string PhoneNumber);

public sealed class SessionCache(IDistributedCache cache, IMemoryCache memory, IDatabase redis)
{
    public Task<string?> GetSession(string tenantId, string accessToken)
        => cache.GetStringAsync($"v1:client:{tenantId}:sessions:{accessToken}");

    public string? GetProfile(Customer customer)
        => cache.GetString("v1:client:" + customer.TenantId + ":profiles:" + customer.Email.ToLowerInvariant());

    public bool TryGetUser(string tenantId, string userEmail, out string? user)
        => memory.TryGetValue(UserKey(tenantId, userEmail), out user);

    public RedisValue GetByApiKey(string apiKey) => redis.StringGet(apiKey);

    public void CacheLogin(string tenantId, string password, string ssn)
        => cache.SetString($"v1:client:{tenantId}:login:{password}:{ssn}", "ok");

    // Clean: each sensitive value is hashed first, or its name says it is a hash.
    public Task<string?> GetSessionHashed(string tenantId, string accessToken)
        => cache.GetStringAsync($"v1:client:{tenantId}:sessions:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(accessToken)))}");

    public string? GetProfileHashed(Customer customer)
        => cache.GetString($"v1:client:{customer.TenantId}:profiles:{HashIdentifier(customer.Email)}");

    public string? GetByEmailHash(string tenantId, string emailHash)
        => cache.GetString($"v1:client:{tenantId}:profiles:{emailHash}");

    // Clean: names that contain a marker but are not secrets, and a hash code that is not reported as a hash.
    public string? GetPage(string tenantId, string tokenType, int passwordLength)
        => cache.GetString($"v1:client:{tenantId}:pages:{tokenType}:{passwordLength}");

    // Clean: identifiers and values that are not text are no secrets, even when their names contain a marker.
    public string? GetReset(string tenantId, Guid tokenId, string passwordResetRequestId)
        => cache.GetString($"v1:client:{tenantId}:resets:{tokenId}:{passwordResetRequestId}");

    private static string UserKey(string tenantId, string email) => $"v1:client:{tenantId}:users:{email}";

    private static string HashIdentifier(string value)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
