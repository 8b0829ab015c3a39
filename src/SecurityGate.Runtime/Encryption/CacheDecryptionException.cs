using System;

namespace SecurityGate.Runtime;

/// <summary>Why a cache entry could not be decrypted.</summary>
public enum DecryptionFailure
{
    /// <summary>The bytes are not an envelope of a known format version.</summary>
    MalformedEnvelope,

    /// <summary>The envelope names a key id that is not in the key ring.</summary>
    UnknownKey,

    /// <summary>The authentication tag did not match: the entry was modified or was written under another cache key.</summary>
    AuthenticationFailed,

    /// <summary>The entry contains plaintext, but its type is sensitive and must be encrypted.</summary>
    PlaintextNotAllowed,
}

/// <summary>
/// Thrown when a cached value cannot be decrypted and authenticated. The message identifies the entry by its
/// key hash (<see cref="CacheKey.ToLogHash"/>), never by its key or contents.
/// </summary>
public sealed class CacheDecryptionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CacheDecryptionException(DecryptionFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Creates the exception with the reason <see cref="DecryptionFailure.MalformedEnvelope"/>.</summary>
    public CacheDecryptionException()
        : this(DecryptionFailure.MalformedEnvelope, "The cache entry could not be decrypted.")
    {
    }

    /// <summary>Creates the exception with the reason <see cref="DecryptionFailure.MalformedEnvelope"/>.</summary>
    public CacheDecryptionException(string message)
        : this(DecryptionFailure.MalformedEnvelope, message)
    {
    }

    /// <summary>Creates the exception with the reason <see cref="DecryptionFailure.MalformedEnvelope"/>.</summary>
    public CacheDecryptionException(string message, Exception innerException)
        : this(DecryptionFailure.MalformedEnvelope, message, innerException)
    {
    }

    /// <summary>Why decryption failed.</summary>
    public DecryptionFailure Failure { get; }
}
