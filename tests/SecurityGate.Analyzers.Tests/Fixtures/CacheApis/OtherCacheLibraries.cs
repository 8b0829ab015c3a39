using System;
using System.Buffers;
using System.Runtime.Caching;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using ZiggyCreatures.Caching.Fusion;

namespace Shop.Profiles;

public sealed record Profile(string Name, string RefreshToken);

// FusionCache, System.Runtime.Caching, IBufferDistributedCache and IOutputCacheStore, each with a flagged and a
// clean call.
public sealed class ProfileCache(IFusionCache fusion, ObjectCache objects, MemoryCache memory, IBufferDistributedCache buffers, IOutputCacheStore output)
{
    public Profile? Load(int userId)
        => fusion.GetOrDefault<Profile>($"profiles:{userId}");

    public ValueTask<Profile> LoadScoped(string tenantId, int userId, CancellationToken cancellationToken)
        => fusion.GetOrSetAsync<Profile>($"v1:client:{tenantId}:profiles:{userId}", (_, _) => Task.FromResult(new Profile("", "")), token: cancellationToken);

    public void Store(string tenantId, string accessToken)
        => fusion.Set($"v1:client:{tenantId}:token", accessToken);

    public ValueTask Invalidate(CancellationToken cancellationToken)
        => fusion.RemoveByTagAsync("profiles", token: cancellationToken);

    public void InvalidateScoped(string tenantId)
        => fusion.RemoveByTag($"client:{tenantId}:profiles");

    public object Legacy(int userId)
        => objects.Get($"v1:legacy:{userId}");

    public void LegacyStore(string tenantId, string password)
        => memory.Set($"v1:client:{tenantId}:legacy", password, DateTimeOffset.UtcNow.AddMinutes(5));

    public bool LegacyContains(string tenantId)
        => memory.Contains($"v1:client:{tenantId}:legacy");

    public void StoreBuffer(string tenantId, ReadOnlySequence<byte> body)
        => buffers.Set($"client:{tenantId}:body", body, new DistributedCacheEntryOptions());

    public ValueTask<bool> ReadBuffer(string tenantId, IBufferWriter<byte> destination, CancellationToken cancellationToken)
        => buffers.TryGetAsync($"v1:client:{tenantId}:body", destination, cancellationToken);

    public ValueTask StorePage(string tenantId, string path, byte[] page, CancellationToken cancellationToken)
        => output.SetAsync($"v1:pages:{path}", page, null, TimeSpan.FromMinutes(1), cancellationToken);

    public ValueTask<byte[]?> ReadPage(string tenantId, string path, CancellationToken cancellationToken)
        => output.GetAsync($"v1:client:{tenantId}:pages:{path}", cancellationToken);
}
