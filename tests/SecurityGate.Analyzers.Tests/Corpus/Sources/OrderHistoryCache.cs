using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using StackExchange.Redis;

namespace Contoso.Orders;

public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);

public sealed record OrderSummary(string OrderNumber, string CustomerNumber, DateTimeOffset PlacedAt, decimal Total, OrderLine[] Lines);

/// <summary>
/// Keeps each customer's recent orders in Redis hashes (one field per order) and counters per day,
/// so the account page does not query the order database.
/// </summary>
public sealed class OrderHistoryCache
{
    private static readonly TimeSpan HistoryLifetime = TimeSpan.FromDays(7);

    private readonly IDatabase redis;
    private readonly IServer server;

    public OrderHistoryCache(IConnectionMultiplexer connection)
    {
        redis = connection.GetDatabase();
        server = connection.GetServers()[0];
    }

    public async Task AddAsync(string tenantId, OrderSummary order)
    {
        var key = HistoryKey(tenantId, order.CustomerNumber);
        await redis.HashSetAsync(key, order.OrderNumber, JsonSerializer.Serialize(order));
        await redis.KeyExpireAsync(key, HistoryLifetime);
    }

    public async Task<IReadOnlyList<OrderSummary>> ListAsync(string tenantId, string customerNumber)
    {
        var entries = await redis.HashValuesAsync(HistoryKey(tenantId, customerNumber));
        return entries
            .Select(entry => JsonSerializer.Deserialize<OrderSummary>(entry.ToString())!)
            .OrderByDescending(order => order.PlacedAt)
            .ToList();
    }

    public Task<bool> RemoveAsync(string tenantId, string customerNumber, string orderNumber)
        => redis.HashDeleteAsync(HistoryKey(tenantId, customerNumber), orderNumber);

    public Task<long> CountTodayAsync(string tenantId, DateOnly day)
        => redis.StringIncrementAsync(TenantCacheKeys.For(tenantId, "order-count", day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));

    // Wrong: tenant and customer number run together, so tenant "acme1" customer "23" reads tenant "acme" customer "123".
    public Task<RedisValue> GetLastOrderAsync(string tenantId, string customerNumber)
        => redis.StringGetAsync($"v1:client:{tenantId}{customerNumber}:last-order"); // expect: CSG003

    public Task SetLastOrderAsync(string tenantId, string customerNumber, string orderNumber)
        => redis.StringSetAsync("v1:client:" + tenantId + ":last-order:" + customerNumber + orderNumber, orderNumber); // expect: CSG003

    // Wrong: the warehouse stock counter is read per tenant but stored under one key for all tenants.
    public Task<long> ReserveStockAsync(string sku, int quantity)
        => redis.StringDecrementAsync("stock:" + sku, quantity); // expect: CSG001, CSG002

    public Task<bool> KeyExistsAsync(string tenantId, string customerNumber)
        => redis.KeyExistsAsync(HistoryKey(tenantId, customerNumber));

    // Clean: the pattern names one tenant.
    public IEnumerable<RedisKey> ListTenantHistories(string tenantId)
        => server.Keys(pattern: $"v1:client:{tenantId}:order-history:*");

    // Wrong: the support tool's cleanup lists every tenant's histories.
    public IEnumerable<RedisKey> ListAllHistories()
        => server.Keys(pattern: "v1:client:*:order-history:*"); // expect: CSG004

    public async Task<int> PurgeStaleAsync(DateTimeOffset olderThan)
    {
        var purged = 0;
        await foreach (var key in server.KeysAsync(pattern: "v1:order-history:*")) // expect: CSG004
        {
            var ttl = await redis.KeyTimeToLiveAsync(key);
            if (ttl is null || DateTimeOffset.UtcNow + ttl.Value < olderThan)
            {
                await redis.KeyDeleteAsync(key);
                purged++;
            }
        }

        return purged;
    }

    private static string HistoryKey(string tenantId, string customerNumber)
        => $"v1:client:{tenantId}:order-history:{customerNumber}";
}
