using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>
/// A distributed cache over a dictionary, ignoring expiration. HybridCache does not use the in-memory
/// distributed cache as its second level, so its tests need another implementation to see what reaches it.
/// </summary>
internal sealed class DictionaryDistributedCache : IDistributedCache
{
    private readonly ConcurrentDictionary<string, byte[]> entries = new();

    public byte[]? Get(string key) => entries.TryGetValue(key, out var value) ? value : null;

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => entries.TryRemove(key, out _);

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => entries[key] = value;

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        Set(key, value, options);
        return Task.CompletedTask;
    }
}
