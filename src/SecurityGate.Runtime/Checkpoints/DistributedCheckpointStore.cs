using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace SecurityGate.Runtime;

/// <summary><see cref="ICheckpointStore"/> over any <see cref="IDistributedCache"/>.</summary>
/// <remarks>
/// Saves to one workflow are serialized within the process, so a stale writer in this process is always rejected.
/// After writing, a save reads the head back and fails when another process replaced it in between.
/// NOTE: IDistributedCache has no compare-and-set, so two processes that read the same head and write it within
/// the same few milliseconds can both succeed, and the earlier write is lost. Where several processes save to one
/// workflow, use <see cref="RedisCheckpointStore"/> (<c>AddRedisCheckpointStore</c>), whose save is atomic on the server.
/// </remarks>
internal sealed class DistributedCheckpointStore : CheckpointStoreBase
{
    private const int LockStripes = 64;

    private readonly IDistributedCache cache;
    private readonly SemaphoreSlim[] locks = Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public DistributedCheckpointStore(IDistributedCache cache, SecureCacheOptions options, ITenantContext tenantContext, SecureValueCodec codec, TimeProvider time, ILogger logger)
        : base(options, tenantContext, codec, time, logger)
    {
        this.cache = cache;
    }

    public override async ValueTask<long> SaveAsync<TState>(string workflowId, TState state, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var headKey = HeadKey(workflowId);
        var gate = locks[(int)((uint)headKey.GetHashCode() % LockStripes)];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var head = await ReadHeadAsync(headKey, cancellationToken).ConfigureAwait(false);
            var current = head?.Version ?? 0;
            if (current != expectedVersion)
            {
                throw Conflict(headKey, expectedVersion, current);
            }

            var version = current + 1;
            var entry = Entry();
            var stateKey = StateKey(workflowId, version);
            await cache.SetAsync(stateKey.ToString(), EncodeState(stateKey, state), entry, cancellationToken).ConfigureAwait(false);

            // The state is written before the head, so the head never lists a version whose state is missing.
            var (newHead, pruned) = NextHead(head, version);
            await cache.SetAsync(headKey.ToString(), EncodeHead(headKey, newHead), entry, cancellationToken).ConfigureAwait(false);

            var written = await ReadHeadAsync(headKey, cancellationToken).ConfigureAwait(false);
            if (written is null || written.WriterToken != newHead.WriterToken)
            {
                throw Conflict(headKey, expectedVersion, written?.Version ?? 0);
            }

            foreach (var old in pruned)
            {
                await cache.RemoveAsync(StateKey(workflowId, old.Version).ToString(), cancellationToken).ConfigureAwait(false);
            }

            return version;
        }
        finally
        {
            gate.Release();
        }
    }

    public override async ValueTask DeleteAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        var headKey = HeadKey(workflowId);
        var head = await ReadHeadAsync(headKey, cancellationToken).ConfigureAwait(false);
        await cache.RemoveAsync(headKey.ToString(), cancellationToken).ConfigureAwait(false);
        foreach (var info in head?.Versions ?? new List<CheckpointInfo>())
        {
            await cache.RemoveAsync(StateKey(workflowId, info.Version).ToString(), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async ValueTask<byte[]?> GetAsync(CacheKey key, CancellationToken cancellationToken) =>
        await cache.GetAsync(key.ToString(), cancellationToken).ConfigureAwait(false);

    private DistributedCacheEntryOptions Entry() => new() { AbsoluteExpirationRelativeToNow = Options.CheckpointExpiration };
}
