using System;

namespace SecurityGate.Runtime;

/// <summary>Per-call options of <see cref="ISecureCache"/> writes.</summary>
public sealed class SecureCacheEntryOptions
{
    /// <summary>The absolute expiration relative to now; <see cref="SecureCacheOptions.DefaultExpiration"/> when null.</summary>
    public TimeSpan? Expiration { get; init; }

    /// <summary>A sliding expiration, honoured by the <c>IDistributedCache</c> backend only; null for none.</summary>
    public TimeSpan? SlidingExpiration { get; init; }

    /// <summary>
    /// Whether to encrypt the value even when its type is not sensitive. Default false. A value of a sensitive
    /// type is always encrypted; this option cannot turn that off.
    /// </summary>
    public bool Encrypt { get; init; }
}
