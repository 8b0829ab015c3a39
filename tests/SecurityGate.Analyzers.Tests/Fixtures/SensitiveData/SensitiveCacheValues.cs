using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using SecurityGate.Runtime;
using StackExchange.Redis;

namespace Shop.Sessions;

public sealed class UserSession
{
    public string UserId { get; set; } = "";

    public string AccessToken { get; set; } = "";
}

public sealed record Address(string Street, [property: PersonalData] string PostalCode);

public sealed class Customer
{
    public string Name { get; set; } = "";

    public Address? Home { get; set; }
}

public sealed record PaymentCard(string Holder, [property: Sensitive] string Number);

public sealed class MailSettings
{
    public Protected<string>? SmtpPassword { get; set; }
}

public sealed class SessionCache
{
    private readonly IDistributedCache distributed;
    private readonly IMemoryCache memory;
    private readonly HybridCache hybrid;
    private readonly IDatabase redis;

    public SessionCache(IDistributedCache distributed, IMemoryCache memory, HybridCache hybrid, IDatabase redis)
    {
        this.distributed = distributed;
        this.memory = memory;
        this.hybrid = hybrid;
        this.redis = redis;
    }

    public Task StoreRefreshTokenAsync(string key, string refreshToken)
        => distributed.SetStringAsync(key, refreshToken);

    public void StoreSession(string key, UserSession session)
        => distributed.SetString(key, JsonSerializer.Serialize(session));

    public void StoreSessionBytes(string key, UserSession session)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(session);
        distributed.Set(key, json, new DistributedCacheEntryOptions());
    }

    public void StorePassword(string key, string password)
        => distributed.Set(key, Encoding.UTF8.GetBytes(password));

    public void RememberCustomer(string key, Customer customer)
        => memory.Set(key, customer, TimeSpan.FromMinutes(5));

    public ValueTask StoreCardAsync(string key, PaymentCard card)
        => hybrid.SetAsync(key, card);

    public ValueTask<MailSettings> GetMailSettingsAsync(string key, Func<System.Threading.CancellationToken, ValueTask<MailSettings>> load)
        => hybrid.GetOrCreateAsync(key, load);

    public bool StoreApiKey(string key, string apiKey)
        => redis.StringSet(key, apiKey);

    public Task<bool> StoreClientSecretAsync(string key, string field, string clientSecret)
        => redis.HashSetAsync(key, field, clientSecret);

    public void StoreEntry(string key, string signingKey)
    {
        using var entry = memory.CreateEntry(key);
        entry.Value = signingKey;
    }

    public void StoreSessionJsonNet(string key, UserSession session)
        => distributed.SetString(key, Newtonsoft.Json.JsonConvert.SerializeObject(session));

    public void StoreSettings(string key, MailSettings settings)
        => distributed.SetString(key, JsonSerializer.Serialize(settings));
}
