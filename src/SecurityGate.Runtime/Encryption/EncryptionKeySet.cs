using System;
using System.Collections.Generic;
using System.Linq;

namespace SecurityGate.Runtime;

/// <summary>
/// The keys of the key ring: the current key encrypts new entries; every key in <see cref="Keys"/> decrypts.
/// Rotation without downtime: first deploy the new key as a decrypt-only key everywhere, then make it current,
/// and drop the old key once entries written under it have expired.
/// </summary>
public sealed class EncryptionKeySet
{
    /// <summary>Creates a key set.</summary>
    /// <exception cref="ArgumentException">The ids are not unique or <paramref name="currentKeyId"/> is not among the keys.</exception>
    public EncryptionKeySet(string currentKeyId, IEnumerable<EncryptionKey> keys)
    {
        ArgumentNullException.ThrowIfNull(currentKeyId);
        ArgumentNullException.ThrowIfNull(keys);
        var byId = new Dictionary<string, EncryptionKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!byId.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"The encryption key id '{key.Id}' occurs twice; each key needs its own id.", nameof(keys));
            }
        }

        if (!byId.TryGetValue(currentKeyId, out var current))
        {
            throw new ArgumentException(
                $"The current encryption key id '{currentKeyId}' is not among the keys ({string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))}); add the key or fix the id.",
                nameof(currentKeyId));
        }

        Current = current;
        KeysById = byId;
    }

    /// <summary>The key that encrypts new entries.</summary>
    public EncryptionKey Current { get; }

    /// <summary>Every key that decrypts, the current one included.</summary>
    public IEnumerable<EncryptionKey> Keys => KeysById.Values;

    internal IReadOnlyDictionary<string, EncryptionKey> KeysById { get; }
}
