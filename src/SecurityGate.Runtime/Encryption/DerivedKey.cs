using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace SecurityGate.Runtime;

/// <summary>
/// An AES-256-GCM subkey derived from a master key with HKDF-SHA256 and a random 16-byte salt, with a pool
/// of <see cref="AesGcm"/> instances (one instance must not run two operations at once) and a count of the
/// encryptions made with it.
/// </summary>
internal sealed class DerivedKey
{
    /// <summary>The length of the HKDF salt written into each envelope.</summary>
    public const int SaltLength = 16;

    private static readonly byte[] InfoPrefix = Encoding.ASCII.GetBytes("SecurityGate.Runtime/AES-256-GCM/v1/");

    private readonly byte[] subkey;
    private readonly ConcurrentQueue<AesGcm> pool = new();
    private readonly int maxPooled = Math.Max(4, Environment.ProcessorCount * 2);
    private readonly long maxEncryptions;
    private long encryptions;

    private DerivedKey(string keyId, byte[] salt, byte[] subkey, long maxEncryptions, long createdAtTicks)
    {
        KeyId = keyId;
        KeyIdUtf8 = Encoding.ASCII.GetBytes(keyId);
        Salt = salt;
        this.subkey = subkey;
        this.maxEncryptions = maxEncryptions;
        CreatedAtTicks = createdAtTicks;
    }

    public string KeyId { get; }

    public byte[] KeyIdUtf8 { get; }

    public byte[] Salt { get; }

    /// <summary>When the subkey was derived, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
    public long CreatedAtTicks { get; }

    public long Encryptions => Interlocked.Read(ref encryptions);

    /// <summary>Derives the subkey of <paramref name="master"/> for <paramref name="salt"/>; the salt is kept, not copied.</summary>
    public static DerivedKey Derive(EncryptionKey master, byte[] salt, long maxEncryptions, long createdAtTicks)
    {
        var info = new byte[InfoPrefix.Length + master.Id.Length];
        InfoPrefix.CopyTo(info, 0);
        Encoding.ASCII.GetBytes(master.Id, info.AsSpan(InfoPrefix.Length));

        var subkey = new byte[EncryptionKey.MaterialLength];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, master.Material, subkey, salt, info);
        return new DerivedKey(master.Id, salt, subkey, maxEncryptions, createdAtTicks);
    }

    /// <summary>Counts one encryption; returns false when the subkey has reached its limit and must be replaced.</summary>
    public bool TryReserveEncryption() => Interlocked.Increment(ref encryptions) <= maxEncryptions;

    public AesGcm Rent() => pool.TryDequeue(out var aes) ? aes : new AesGcm(subkey, AesGcm.TagByteSizes.MaxSize);

    public void Return(AesGcm aes)
    {
        if (pool.Count < maxPooled)
        {
            pool.Enqueue(aes);
            return;
        }

        aes.Dispose();
    }
}
