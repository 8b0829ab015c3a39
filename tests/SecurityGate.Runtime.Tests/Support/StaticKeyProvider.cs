using System;
using System.Linq;
using System.Threading;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>A key provider whose keys a test replaces at will, as a vault's would change.</summary>
internal sealed class StaticKeyProvider : IEncryptionKeyProvider
{
    private EncryptionKeySet keySet;
    private int calls;

    public StaticKeyProvider(string currentKeyId, params EncryptionKey[] keys) => keySet = new EncryptionKeySet(currentKeyId, keys);

    public int Calls => Volatile.Read(ref calls);

    public Exception? Failure { get; set; }

    public void Replace(string currentKeyId, params EncryptionKey[] keys) => keySet = new EncryptionKeySet(currentKeyId, keys);

    public EncryptionKeySet GetKeySet()
    {
        Interlocked.Increment(ref calls);
        if (Failure is not null)
        {
            throw Failure;
        }

        return keySet;
    }

    public static EncryptionKey NewKey(string id, DateTimeOffset? createdAt = null) =>
        new(id, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), createdAt);

    public EncryptionKey Key(string id) => keySet.Keys.Single(key => key.Id == id);
}
