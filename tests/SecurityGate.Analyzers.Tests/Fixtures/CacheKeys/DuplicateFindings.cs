using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Settings;

public sealed class SettingsReader
{
    private readonly IDistributedCache cache;

    public SettingsReader(IDistributedCache cache) => this.cache = cache;

    public string Read()
    {
        var first = cache.GetString("v1:settings");
        var second = cache.GetString("v1:settings");
        return first + second;
    }
}
