using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecurityGate.Runtime;

/// <summary>
/// Encrypted, versioned checkpoints of long-running workflow state, per tenant (from <see cref="ITenantContext"/>)
/// and workflow id, with optimistic concurrency: a save names the version it replaces and is rejected with
/// <see cref="CheckpointConflictException"/> when that is no longer the latest.
/// </summary>
public interface ICheckpointStore
{
    /// <summary>Saves <paramref name="state"/> as the version after <paramref name="expectedVersion"/> (0 for the first save) and returns the new version.</summary>
    /// <exception cref="CheckpointConflictException">The latest version is not <paramref name="expectedVersion"/>.</exception>
    ValueTask<long> SaveAsync<TState>(string workflowId, TState state, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Loads the latest checkpoint, or the given version; null when there is none.</summary>
    ValueTask<Checkpoint<TState>?> LoadAsync<TState>(string workflowId, long? version = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the versions still kept, oldest first.</summary>
    ValueTask<IReadOnlyList<CheckpointInfo>> ListAsync(string workflowId, CancellationToken cancellationToken = default);

    /// <summary>Deletes every checkpoint of the workflow.</summary>
    ValueTask DeleteAsync(string workflowId, CancellationToken cancellationToken = default);
}
