using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace SecurityGate.Runtime;

/// <summary>
/// <see cref="ICheckpointStore"/> over a Redis database, whose save is one atomic server-side step. So a stale
/// writer is rejected with <see cref="CheckpointConflictException"/> whichever process or connection it runs in.
/// </summary>
/// <remarks>
/// Besides the head and state entries of every checkpoint store, each workflow has a plaintext version pointer
/// (sub-key <c>version</c>) that contains <c>{version}:{token of the head}</c>. A save reads the pointer and the head
/// in one command, then runs a Lua script that writes the state, the head and the new pointer only when the
/// pointer still contains the value read, and deletes the pruned states in the same step. The pointer value contains
/// no state, tenant id or key material.
/// NOTE: the keys of one workflow carry no Redis Cluster hash tag, so on a cluster the MGET and the script fail
/// with a cross-slot error unless all keys land on one shard. Keep checkpoints on a non-clustered server.
/// </remarks>
internal sealed class RedisCheckpointStore : CheckpointStoreBase
{
    private const string PointerSubKey = "version";

    // A save that finds the pointer changed but still at the expected version (the workflow was deleted and
    // saved again in between) starts over on the new head. Each retry needs another save to succeed meanwhile.
    private const int SaveAttempts = 5;

    // KEYS: 1 pointer, 2 head, 3 new state, 4.. pruned states.
    // ARGV: 1 pointer read by the client ('' for none), 2 new pointer, 3 head, 4 state, 5 expiration in ms.
    // Returns the pointer as it is after the script: ARGV[2] when the save was written.
    private const string SaveScript = """
        local current = redis.call('GET', KEYS[1]) or ''
        if current ~= ARGV[1] then
            return current
        end
        redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[5])
        redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[5])
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[5])
        for index = 4, #KEYS do
            redis.call('DEL', KEYS[index])
        end
        return ARGV[2]
        """;

    private readonly IDatabase database;

    public RedisCheckpointStore(IDatabase database, SecureCacheOptions options, ITenantContext tenantContext, SecureValueCodec codec, TimeProvider time, ILogger logger)
        : base(options, tenantContext, codec, time, logger)
    {
        this.database = database;
    }

    public override async ValueTask<long> SaveAsync<TState>(string workflowId, TState state, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        var headKey = HeadKey(workflowId);
        var pointerKey = Key(workflowId, PointerSubKey);
        var version = expectedVersion + 1;
        var stateKey = StateKey(workflowId, version);
        var stateBytes = EncodeState(stateKey, state);

        for (var attempt = 1; ; attempt++)
        {
            // MGET reads both entries at one instant, so the head is the one the pointer names.
            var read = await database.StringGetAsync(new RedisKey[] { pointerKey.ToString(), headKey.ToString() }).ConfigureAwait(false);
            var pointer = (string?)read[0] ?? string.Empty;
            var current = VersionOf(pointerKey, pointer);
            if (current != expectedVersion)
            {
                throw Conflict(headKey, expectedVersion, current);
            }

            var head = pointer.Length == 0 ? null : DecodeHead(headKey, (byte[]?)read[1]);
            var (newHead, pruned) = NextHead(head, version);
            var newPointer = version.ToString(CultureInfo.InvariantCulture) + ":" + newHead.WriterToken.ToString("N");
            var keys = new RedisKey[] { pointerKey.ToString(), headKey.ToString(), stateKey.ToString() }
                .Concat(pruned.Select(old => (RedisKey)StateKey(workflowId, old.Version).ToString()))
                .ToArray();
            var values = new RedisValue[] { pointer, newPointer, EncodeHead(headKey, newHead), stateBytes, ExpirationMilliseconds() };

            var after = (string?)await database.ScriptEvaluateAsync(SaveScript, keys, values).ConfigureAwait(false) ?? string.Empty;
            if (string.Equals(after, newPointer, StringComparison.Ordinal))
            {
                return version;
            }

            var afterVersion = VersionOf(pointerKey, after);
            if (afterVersion != expectedVersion || attempt == SaveAttempts)
            {
                throw Conflict(headKey, expectedVersion, afterVersion);
            }
        }
    }

    public override async ValueTask DeleteAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var headKey = HeadKey(workflowId);
        var head = await ReadHeadAsync(headKey, cancellationToken).ConfigureAwait(false);

        // One DEL removes the pointer, the head and the listed states together. A save that lands between the read
        // above and the DEL leaves its state without a head. Nothing reads that entry, and it expires on its own.
        var keys = new List<RedisKey> { Key(workflowId, PointerSubKey).ToString(), headKey.ToString() };
        keys.AddRange((head?.Versions ?? new List<CheckpointInfo>()).Select(info => (RedisKey)StateKey(workflowId, info.Version).ToString()));
        await database.KeyDeleteAsync(keys.ToArray()).ConfigureAwait(false);
    }

    protected override async ValueTask<byte[]?> GetAsync(CacheKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return (byte[]?)await database.StringGetAsync(key.ToString()).ConfigureAwait(false);
    }

    /// <summary>Parses the version from a pointer value, or returns 0 when there is no pointer.</summary>
    /// <exception cref="InvalidOperationException">The pointer is not <c>{version}:{token}</c>.</exception>
    private static long VersionOf(CacheKey pointerKey, string pointer)
    {
        if (pointer.Length == 0)
        {
            return 0;
        }

        var separator = pointer.IndexOf(':', StringComparison.Ordinal);
        if (separator > 0 && long.TryParse(pointer.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            return version;
        }

        throw new InvalidOperationException(
            $"The checkpoint version pointer with key hash {pointerKey.ToLogHash()} is not of the form '{{version}}:{{token}}', so the latest version is unknown. " +
            "Delete the workflow's checkpoints with ICheckpointStore.DeleteAsync and save again from version 0.");
    }

    // PX takes whole milliseconds above 0.
    private long ExpirationMilliseconds() => Math.Max(1, (long)Math.Ceiling(Options.CheckpointExpiration.TotalMilliseconds));
}
