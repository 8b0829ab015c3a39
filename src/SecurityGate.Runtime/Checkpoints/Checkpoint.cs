using System;

namespace SecurityGate.Runtime;

/// <summary>One saved version of a workflow's state.</summary>
/// <typeparam name="TState">The type of the workflow state.</typeparam>
/// <param name="Version">The version, from 1; each save adds one.</param>
/// <param name="SavedAt">When the version was saved.</param>
/// <param name="State">The workflow state.</param>
public sealed record Checkpoint<TState>(long Version, DateTimeOffset SavedAt, TState State);

/// <summary>A saved version without its state, as listed by <see cref="ICheckpointStore.ListAsync"/>.</summary>
/// <param name="Version">The version, from 1.</param>
/// <param name="SavedAt">When the version was saved.</param>
public sealed record CheckpointInfo(long Version, DateTimeOffset SavedAt);
