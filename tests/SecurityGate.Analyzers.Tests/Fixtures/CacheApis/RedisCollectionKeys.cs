using System.Threading.Tasks;
using StackExchange.Redis;

namespace Shop.Feeds;

// Lists, sets, sorted sets, streams and scripts of StackExchange.Redis: keys checked as for StringGet, and the
// written element checked as a cache value.
public sealed class ActivityFeed(IDatabase redis)
{
    public long Push(string tenantId, string message)
        => redis.ListLeftPush($"feed:{tenantId}", message);

    public Task<long> PushScoped(string tenantId, string message)
        => redis.ListRightPushAsync($"v1:client:{tenantId}:feed", message);

    public RedisValue[] Recent(int userId)
        => redis.ListRange($"v1:recent:{userId}", 0, 9);

    public bool Follow(string tenantId, string userId)
        => redis.SetAdd($"v1:client:{tenantId}:followers", userId);

    public Task<bool> RememberToken(string tenantId, string sessionToken)
        => redis.SetAddAsync($"v1:client:{tenantId}:sessions", sessionToken);

    public bool Rank(string tenantId, string player, double score)
        => redis.SortedSetAdd($"v1:client:{tenantId}:leaderboard", player, score);

    public RedisValue[] Top()
        => redis.SortedSetRangeByRank("leaderboard", 0, 9);

    public RedisValue Audit(string tenantId, string apiKey)
        => redis.StreamAdd($"v1:client:{tenantId}:audit", "key", apiKey);

    public StreamEntry[] Events(string tenantId)
        => redis.StreamRange($"v1:client:{tenantId}:events");

    public RedisResult Transfer(string tenantId, int from, int to)
        => redis.ScriptEvaluate(
            "return redis.call('RENAME', KEYS[1], KEYS[2])",
            new RedisKey[] { $"v1:client:{tenantId}:wallet:{from}", $"wallet:{to}" });

    public Task<RedisResult> TransferScoped(string tenantId, int from, int to)
        => redis.ScriptEvaluateAsync(
            "return redis.call('RENAME', KEYS[1], KEYS[2])",
            [$"v1:client:{tenantId}:wallet:{from}", $"v1:client:{tenantId}:wallet:{to}"]);
}
