using System;

namespace SecurityGate.Runtime;

/// <summary>
/// Thrown when a checkpoint save names an expected version that is no longer the latest: another writer saved
/// first. Load the latest checkpoint, reapply the change and save again.
/// </summary>
public sealed class CheckpointConflictException : InvalidOperationException
{
    /// <summary>Creates the exception for a stale write.</summary>
    public CheckpointConflictException(long expectedVersion, long currentVersion)
        : base($"The checkpoint was not saved: the save expected version {expectedVersion}, but the latest version is {currentVersion}. " +
               "Another writer saved first; load the latest checkpoint, reapply the change and save with its version.")
    {
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>Creates the exception.</summary>
    public CheckpointConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CheckpointConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public CheckpointConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The version the writer expected to replace.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The latest version when the save was rejected.</summary>
    public long CurrentVersion { get; }
}
