using System.Threading.Tasks;
using StackExchange.Redis;

namespace Shop.Carts;

public sealed class CartStore
{
    private readonly IDatabase database;

    public CartStore(IDatabase database) => this.database = database;

    public RedisValue Cart(string tenantId, int userId)
    {
        var key = "v1:client:" + tenantId + ":cart:" + userId;
        return database.StringGet(key);
    }

    public bool EndSession(string sessionId)
    {
        RedisKey key = $"sessions:{sessionId}";
        return database.KeyDelete(key);
    }

    public RedisValue Reassigned(int id)
    {
        var key = "v1:carts:";
        key += id;
        return database.StringGet(key);
    }

    public Task<RedisValue> Flag(RedisValue field) => database.HashGetAsync("v1:flags", field);

    public Task<bool> Touch(string tenantId) => database.KeyExpireAsync((RedisKey)"v1:tenant:" + tenantId, System.TimeSpan.FromMinutes(5));
}
