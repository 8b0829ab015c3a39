using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace SecurityGate.Runtime;

/// <summary>
/// Keys, encryption, pruning and reads shared by the <see cref="ICheckpointStore"/> backends. Every entry is
/// encrypted and bound to its key. Per workflow, a head entry (component <c>checkpoints</c>, sub-key <c>head</c>)
/// lists the kept versions, and each version's state has its own entry (sub-key <c>v{n}</c>).
/// </summary>
internal abstract class CheckpointStoreBase : ICheckpointStore
{
    private const string Component = "checkpoints";
    private const string HeadSubKey = "head";

    private readonly ITenantContext tenantContext;
    private readonly SecureValueCodec codec;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    protected CheckpointStoreBase(SecureCacheOptions options, ITenantContext tenantContext, SecureValueCodec codec, TimeProvider time, ILogger logger)
    {
        Options = options;
        this.tenantContext = tenantContext;
        this.codec = codec;
        this.time = time;
        this.logger = logger;
    }

    protected SecureCacheOptions Options { get; }

    public abstract ValueTask<long> SaveAsync<TState>(string workflowId, TState state, long expectedVersion, CancellationToken cancellationToken = default);

    public abstract ValueTask DeleteAsync(string workflowId, CancellationToken cancellationToken = default);

    public async ValueTask<Checkpoint<TState>?> LoadAsync<TState>(string workflowId, long? version = null, CancellationToken cancellationToken = default)
    {
        // A concurrent save can prune the version found in the head before its state is read.
        // The head then lists a newer version, so a read of the latest version reads the head again.
        const int Attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var head = await ReadHeadAsync(HeadKey(workflowId), cancellationToken).ConfigureAwait(false);
            var info = head?.Versions.LastOrDefault(candidate => version is null || candidate.Version == version);
            if (info is null)
            {
                return null;
            }

            var stateKey = StateKey(workflowId, info.Version);
            var stored = await GetAsync(stateKey, cancellationToken).ConfigureAwait(false);
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
        var head = await ReadHeadAsync(HeadKey(workflowId), cancellationToken).ConfigureAwait(false);
        return head?.Versions ?? (IReadOnlyList<CheckpointInfo>)Array.Empty<CheckpointInfo>();
    }

    /// <summary>Reads the stored bytes of one entry, or returns null when there is none.</summary>
    protected abstract ValueTask<byte[]?> GetAsync(CacheKey key, CancellationToken cancellationToken);

    protected async ValueTask<CheckpointHead?> ReadHeadAsync(CacheKey headKey, CancellationToken cancellationToken)
    {
        var stored = await GetAsync(headKey, cancellationToken).ConfigureAwait(false);
        return DecodeHead(headKey, stored);
    }

    protected CheckpointHead? DecodeHead(CacheKey headKey, byte[]? stored) =>
        stored is null ? null : codec.Decode(headKey, stored, CheckpointJsonContext.Default.CheckpointHead);

    protected byte[] EncodeHead(CacheKey headKey, CheckpointHead head) =>
        codec.Encode(headKey, head, forceEncryption: true, CheckpointJsonContext.Default.CheckpointHead);

    protected byte[] EncodeState<TState>(CacheKey stateKey, TState state) => codec.Encode(stateKey, state, forceEncryption: true);

    /// <summary>
    /// Builds the head that lists <paramref name="version"/> after the versions of <paramref name="head"/>, and
    /// returns the versions that fall out of <see cref="SecureCacheOptions.MaxCheckpointVersions"/>, oldest first.
    /// </summary>
    protected (CheckpointHead Head, List<CheckpointInfo> Pruned) NextHead(CheckpointHead? head, long version)
    {
        var kept = (head?.Versions ?? new List<CheckpointInfo>()).Append(new CheckpointInfo(version, time.GetUtcNow())).ToList();
        var pruned = kept.Take(Math.Max(0, kept.Count - Options.MaxCheckpointVersions)).ToList();
        return (new CheckpointHead(version, Guid.NewGuid(), kept.Skip(pruned.Count).ToList()), pruned);
    }

    protected CheckpointConflictException Conflict(CacheKey headKey, long expectedVersion, long currentVersion)
    {
        var workflowHash = headKey.ToLogHash();
        Log.CheckpointConflict(logger, workflowHash, expectedVersion, currentVersion);
        return new CheckpointConflictException(expectedVersion, currentVersion);
    }

    protected CacheKey HeadKey(string workflowId) => Key(workflowId, HeadSubKey);

    protected CacheKey StateKey(string workflowId, long version) => Key(workflowId, "v" + version.ToString(CultureInfo.InvariantCulture));

    /// <summary>Builds a key of the workflow under the tenant of <see cref="ITenantContext"/>.</summary>
    /// <exception cref="TenantMissingException">There is no current tenant.</exception>
    protected CacheKey Key(string workflowId, string subKey)
    {
        var tenant = tenantContext.TenantId;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            throw new TenantMissingException();
        }

        return CacheKey.Create(tenant, Component, workflowId, subKey, Options.KeyVersion, Options.MaxKeyLength);
    }
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
