using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;

namespace Shop.Profiles;

public sealed class ProfileCache
{
    private readonly IMemoryCache memory;
    private readonly HybridCache hybrid;

    public ProfileCache(IMemoryCache memory, HybridCache hybrid)
    {
        this.memory = memory;
        this.hybrid = hybrid;
    }

    public string? Profile(string tenant, int id)
        => memory.Get<string>("v2:client:" + tenant + ":orders:" + id);

    public bool TryProfile(string tenantId, int id, out string? profile)
        => memory.TryGetValue($"v3:tenant:{tenantId}:profiles:{id}", out profile);

    public void Store(int id, string profile) => memory.Set($"profiles:{id}", profile);

    public ValueTask<string> Avatar(string tenantId, int id)
        => hybrid.GetOrCreateAsync($"v1:client:{tenantId}:avatars:{id}", _ => ValueTask.FromResult("default"));

    public ValueTask<string> Banner(int id)
        => hybrid.GetOrCreateAsync($"banners:{id}", id, (state, _) => ValueTask.FromResult(state.ToString()));

    public ValueTask ForgetBanner(int id) => hybrid.RemoveAsync("v1:banners:" + id);
}
