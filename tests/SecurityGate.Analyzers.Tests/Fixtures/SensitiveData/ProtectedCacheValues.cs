using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using SecurityGate.Runtime;
using StackExchange.Redis;

namespace Shop.Sessions;

/// <summary>The project's own encryption, listed under cache_security.encryptor_methods in the tests.</summary>
public static class Vault
{
    public static string EncryptSecret(string plaintext) => Convert.ToBase64String(Encoding.UTF8.GetBytes(plaintext));
}

public sealed class ProductView
{
    public string Sku { get; set; } = "";

    public decimal Price { get; set; }

    public string TokenType { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public string AccessToken { get; set; } = "";
}

public sealed class ProtectedSessionCache
{
    private readonly IDistributedCache distributed;
    private readonly IMemoryCache memory;
    private readonly IDatabase redis;
    private readonly IDataProtector protector;

    public ProtectedSessionCache(IDistributedCache distributed, IMemoryCache memory, IDatabase redis, IDataProtectionProvider provider)
    {
        this.distributed = distributed;
        this.memory = memory;
        this.redis = redis;
        protector = provider.CreateProtector("sessions");
    }

    public Task StoreRefreshTokenAsync(string key, string refreshToken)
        => distributed.SetStringAsync(key, protector.Protect(refreshToken));

    public void StorePasswordBytes(string key, string password)
        => distributed.Set(key, protector.Protect(Encoding.UTF8.GetBytes(password)));

    public void StoreApiKey(string key, string apiKey)
    {
        var sealedKey = protector.Protect(apiKey);
        redis.StringSet(key, sealedKey);
    }

    public void StoreToken(string key, string token)
        => distributed.SetString(key, Seal(token));

    public void StoreSecret(string key, string secret)
        => distributed.SetString(key, Vault.EncryptSecret(secret));

    public void KeepProtected(string key, Protected<string> apiKey)
        => memory.Set(key, apiKey);

    public void StoreProduct(string key, ProductView product)
        => distributed.SetString(key, JsonSerializer.Serialize(product));

    public void StoreTokenHash(string key, string refreshTokenHash)
        => distributed.SetString(key, refreshTokenHash);

    public void StoreCount(string key, int tokenCount)
        => redis.StringSet(key, tokenCount);

    private string Seal(string value) => protector.Protect(value);
}
