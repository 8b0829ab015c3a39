using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace SecurityGate.Runtime;

/// <summary>
/// <see cref="ICheckpointStore"/> over any <see cref="IDistributedCache"/>. Every entry is encrypted and bound to
/// its key. Per workflow, a head entry (component <c>checkpoints</c>, sub-key <c>head</c>) lists the kept versions,
/// and each version's state has its own entry (sub-key <c>v{n}</c>).
/// </summary>
/// <remarks>
/// Saves to one workflow are serialized within the process, so a stale writer in this process is always rejected.
/// After writing, a save reads the head back and fails when another process replaced it in between.
/// NOTE: IDistributedCache has no compare-and-set, so two processes that read the same head and write it within
/// the same few milliseconds can both succeed, and the earlier write is lost. Where that matters, route the saves
/// of one workflow through one process, as the owner of a running workflow usually is.
/// </remarks>
internal sealed class DistributedCheckpointStore : ICheckpointStore
{
    private const string Component = "checkpoints";
    private const string HeadSubKey = "head";
    private const int LockStripes = 64;

    private readonly IDistributedCache cache;
    private readonly SecureCacheOptions options;
    private readonly ITenantContext tenantContext;
    private readonly SecureValueCodec codec;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SemaphoreSlim[] locks = Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public DistributedCheckpointStore(IDistributedCache cache, SecureCacheOptions options, ITenantContext tenantContext, SecureValueCodec codec, TimeProvider time, ILogger logger)
    {
        this.cache = cache;
        this.options = options;
        this.tenantContext = tenantContext;
        this.codec = codec;
        this.time = time;
        this.logger = logger;
    }

    public async ValueTask<long> SaveAsync<TState>(string workflowId, TState state, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var headKey = Key(workflowId, HeadSubKey);
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
            var stateKey = Key(workflowId, VersionSubKey(version));
            await cache.SetAsync(stateKey.ToString(), codec.Encode(stateKey, state, forceEncryption: true), entry, cancellationToken).ConfigureAwait(false);

            // The state is written before the head, so the head never lists a version whose state is missing.
            var kept = (head?.Versions ?? new List<CheckpointInfo>()).Append(new CheckpointInfo(version, time.GetUtcNow())).ToList();
            var pruned = kept.Take(Math.Max(0, kept.Count - options.MaxCheckpointVersions)).ToList();
            var newHead = new CheckpointHead(version, Guid.NewGuid(), kept.Skip(pruned.Count).ToList());
            await cache.SetAsync(headKey.ToString(), codec.Encode(headKey, newHead, forceEncryption: true, CheckpointJsonContext.Default.CheckpointHead), entry, cancellationToken).ConfigureAwait(false);

            var written = await ReadHeadAsync(headKey, cancellationToken).ConfigureAwait(false);
            if (written is null || written.WriterToken != newHead.WriterToken)
            {
                throw Conflict(headKey, expectedVersion, written?.Version ?? 0);
            }

            foreach (var old in pruned)
            {
                await cache.RemoveAsync(Key(workflowId, VersionSubKey(old.Version)).ToString(), cancellationToken).ConfigureAwait(false);
            }

            return version;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask<Checkpoint<TState>?> LoadAsync<TState>(string workflowId, long? version = null, CancellationToken cancellationToken = default)
    {
        // A concurrent save can prune the version found in the head before its state is read.
        // The head then lists a newer version, so a read of the latest version reads the head again.
        const int Attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var head = await ReadHeadAsync(Key(workflowId, HeadSubKey), cancellationToken).ConfigureAwait(false);
            var info = head?.Versions.LastOrDefault(candidate => version is null || candidate.Version == version);
            if (info is null)
            {
                return null;
            }

            var stateKey = Key(workflowId, VersionSubKey(info.Version));
            var stored = await cache.GetAsync(stateKey.ToString(), cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                return new Checkpoint<TState>(info.Version, info.SavedAt, codec.Decode<TState>(stateKey, stored)!);
            }

            if (version is not null || attempt == Attempts)
            {
                return null;
            }
        }
    }

    public async ValueTask<IReadOnlyList<CheckpointInfo>> ListAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        var head = await ReadHeadAsync(Key(workflowId, HeadSubKey), cancellationToken).ConfigureAwait(false);
        return head?.Versions ?? (IReadOnlyList<CheckpointInfo>)Array.Empty<CheckpointInfo>();
    }

    public async ValueTask DeleteAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        var headKey = Key(workflowId, HeadSubKey);
        var head = await ReadHeadAsync(headKey, cancellationToken).ConfigureAwait(false);
        await cache.RemoveAsync(headKey.ToString(), cancellationToken).ConfigureAwait(false);
        foreach (var info in head?.Versions ?? new List<CheckpointInfo>())
        {
            await cache.RemoveAsync(Key(workflowId, VersionSubKey(info.Version)).ToString(), cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<CheckpointHead?> ReadHeadAsync(CacheKey headKey, CancellationToken cancellationToken)
    {
        var stored = await cache.GetAsync(headKey.ToString(), cancellationToken).ConfigureAwait(false);
        return stored is null ? null : codec.Decode(headKey, stored, CheckpointJsonContext.Default.CheckpointHead);
    }

    private CheckpointConflictException Conflict(CacheKey headKey, long expectedVersion, long currentVersion)
    {
        var workflowHash = headKey.ToLogHash();
        Log.CheckpointConflict(logger, workflowHash, expectedVersion, currentVersion);
        return new CheckpointConflictException(expectedVersion, currentVersion);
    }

    private CacheKey Key(string workflowId, string subKey)
    {
        var tenant = tenantContext.TenantId;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            throw new TenantMissingException();
        }

        return CacheKey.Create(tenant, Component, workflowId, subKey, options.KeyVersion, options.MaxKeyLength);
    }

    private DistributedCacheEntryOptions Entry() => new() { AbsoluteExpirationRelativeToNow = options.CheckpointExpiration };

    private static string VersionSubKey(long version) => "v" + version.ToString(CultureInfo.InvariantCulture);

}

/// <summary>The head entry of a workflow: the latest version, the token of the save that wrote it, and the kept versions.</summary>
internal sealed record CheckpointHead(long Version, Guid WriterToken, List<CheckpointInfo> Versions);

/// <summary>
/// Source-generated serialization of the head entry, independent of <see cref="SecureCacheOptions.SerializerOptions"/>,
/// whose resolver may know only the application's own types.
/// </summary>
[JsonSerializable(typeof(CheckpointHead))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext
{
}
