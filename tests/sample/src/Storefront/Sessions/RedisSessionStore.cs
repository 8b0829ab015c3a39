using System.Runtime.Serialization.Formatters.Binary;
using StackExchange.Redis;

namespace Storefront.Sessions;

/// <summary>Stores shopping sessions in Redis.</summary>
public sealed class RedisSessionStore(IConnectionMultiplexer redis)
{
    private const string SessionPrefix = "v2:session:";

    public async Task SaveAsync(string sessionId, ShoppingSession session)
    {
        using var stream = new MemoryStream();
        new BinaryFormatter().Serialize(stream, session);
        await redis.GetDatabase().StringSetAsync(SessionPrefix + sessionId, stream.ToArray(), TimeSpan.FromHours(1));
    }

    public async Task<bool> DeleteAsync(string tenantId, string sessionId) =>
        await redis.GetDatabase().KeyDeleteAsync($"v2:client:{tenantId}:session:{sessionId}");
}

[Serializable]
public sealed class ShoppingSession
{
    public List<string> ProductIds { get; } = [];
}
