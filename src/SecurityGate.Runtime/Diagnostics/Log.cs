using System;
using Microsoft.Extensions.Logging;

namespace SecurityGate.Runtime;

/// <summary>
/// The runtime's log events. Keys are identified by <see cref="CacheKey.ToLogHash"/> and types by name:
/// no event carries a tenant id, a cache key, a cached value or key material. Key ids are not secret.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "DecryptionFailed", Level = LogLevel.Warning,
        Message = "Decryption of the cache entry with key hash {KeyHash} failed: {Reason}")]
    public static partial void DecryptionFailed(ILogger logger, string keyHash, string reason);

    [LoggerMessage(EventId = 2, EventName = "UnknownEncryptionKey", Level = LogLevel.Error,
        Message = "The cache entry with key hash {KeyHash} names encryption key id '{KeyId}', which is not in the key ring")]
    public static partial void UnknownEncryptionKey(ILogger logger, string keyHash, string keyId);

    [LoggerMessage(EventId = 3, EventName = "KeyRotated", Level = LogLevel.Information,
        Message = "The current encryption key changed from '{PreviousKeyId}' to '{CurrentKeyId}'; entries under the previous key stay readable while it is in the key ring")]
    public static partial void KeyRotated(ILogger logger, string previousKeyId, string currentKeyId);

    [LoggerMessage(EventId = 4, EventName = "SubkeyDerived", Level = LogLevel.Debug,
        Message = "Derived a new encryption subkey of key '{KeyId}' after {Encryptions} encryptions with the previous one (limit {Limit})")]
    public static partial void SubkeyDerived(ILogger logger, string keyId, long encryptions, long limit);

    [LoggerMessage(EventId = 5, EventName = "KeyAgeExceeded", Level = LogLevel.Warning,
        Message = "The current encryption key '{KeyId}' is {AgeDays:F0} days old, over the maximum key age of {MaxAgeDays:F0} days; rotate it")]
    public static partial void KeyAgeExceeded(ILogger logger, string keyId, double ageDays, double maxAgeDays);

    [LoggerMessage(EventId = 6, EventName = "KeyRefreshFailed", Level = LogLevel.Error,
        Message = "Reading the encryption keys from {Provider} failed; the previous keys stay in use")]
    public static partial void KeyRefreshFailed(ILogger logger, string provider, Exception exception);

    [LoggerMessage(EventId = 7, EventName = "PlaintextSensitiveEntry", Level = LogLevel.Error,
        Message = "The cache entry with key hash {KeyHash} holds plaintext, but type {Type} is sensitive and must be encrypted")]
    public static partial void PlaintextSensitiveEntry(ILogger logger, string keyHash, string type);

    [LoggerMessage(EventId = 8, EventName = "SensitiveValueDetected", Level = LogLevel.Information,
        Message = "A value of type {Type} for key hash {KeyHash} matched the pattern '{Pattern}' and is encrypted")]
    public static partial void SensitiveValueDetected(ILogger logger, string type, string keyHash, string pattern);

    [LoggerMessage(EventId = 9, EventName = "SensitiveWriteRejected", Level = LogLevel.Warning,
        Message = "Rejected a plaintext write to the sensitive member {Type}.{Member}")]
    public static partial void SensitiveWriteRejected(ILogger logger, string type, string member);

    [LoggerMessage(EventId = 10, EventName = "CheckpointConflict", Level = LogLevel.Information,
        Message = "Rejected a stale checkpoint write for workflow hash {WorkflowHash}: expected version {ExpectedVersion}, current version {CurrentVersion}")]
    public static partial void CheckpointConflict(ILogger logger, string workflowHash, long expectedVersion, long currentVersion);
}
