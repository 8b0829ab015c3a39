using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace SecurityGate.Runtime;

/// <summary>
/// The keys in use: the subkey that encrypts new entries and the subkeys that decrypt stored ones.
/// </summary>
/// <remarks>
/// Nonce strategy: each process derives its own subkey of the current master key with HKDF-SHA256 and a random
/// 128-bit salt, and encrypts with random 96-bit nonces under it. A subkey encrypts at most
/// <see cref="SecureCacheOptions.MaxEncryptionsPerSubkey"/> messages (default 2^24) and is replaced by a fresh
/// one after that, or after <see cref="SecureCacheOptions.SubkeyLifetime"/>. So the number of messages under one
/// AES key stays far below the 2^32 that NIST SP 800-38D allows for random nonces, whatever the number of
/// processes and however long a master key stays current. No counter has to be shared between processes.
/// </remarks>
internal sealed class KeyRing
{
    /// <summary>Derived decryption subkeys kept per process; the cache is emptied when it grows past this.</summary>
    private const int MaxCachedDecryptionKeys = 1024;

    private static readonly TimeSpan MinForcedRefreshInterval = TimeSpan.FromSeconds(1);

    private readonly IEncryptionKeyProvider provider;
    private readonly ILogger logger;
    private readonly long maxEncryptionsPerSubkey;
    private readonly long subkeyLifetimeMs;
    private readonly long refreshIntervalMs;
    private readonly TimeSpan maxKeyAge;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<(string KeyId, UInt128 Salt), DerivedKey> decryptionKeys = new();
    private readonly object refreshLock = new();
    private EncryptionKeySet? keySet;
    private long keySetLoadedAtMs;
    private DerivedKey? encryptionKey;

    public KeyRing(IEncryptionKeyProvider provider, SecureCacheOptions options, ILogger logger, TimeProvider? time = null)
    {
        this.provider = provider;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        maxEncryptionsPerSubkey = options.MaxEncryptionsPerSubkey;
        subkeyLifetimeMs = (long)options.SubkeyLifetime.TotalMilliseconds;
        refreshIntervalMs = (long)options.KeyRefreshInterval.TotalMilliseconds;
        maxKeyAge = options.MaxKeyAge;
    }

    /// <summary>Returns the subkey for the next encryption, with that encryption already counted.</summary>
    public DerivedKey GetEncryptionKey()
    {
        var now = Environment.TickCount64;
        if (now - Volatile.Read(ref keySetLoadedAtMs) >= refreshIntervalMs || keySet is null)
        {
            Refresh(force: false);
        }

        var key = Volatile.Read(ref encryptionKey);
        if (key is not null && now - key.CreatedAtTicks < subkeyLifetimeMs && key.TryReserveEncryption())
        {
            return key;
        }

        lock (refreshLock)
        {
            key = encryptionKey;
            if (key is not null && Environment.TickCount64 - key.CreatedAtTicks < subkeyLifetimeMs && key.TryReserveEncryption())
            {
                return key;
            }

            var fresh = DeriveEncryptionKey(keySet!.Current);
            if (key is not null)
            {
                Log.SubkeyDerived(logger, fresh.KeyId, key.Encryptions, maxEncryptionsPerSubkey);
            }

            fresh.TryReserveEncryption();
            Volatile.Write(ref encryptionKey, fresh);
            return fresh;
        }
    }

    /// <summary>Returns the subkey that decrypts an envelope, or null when the key id is not in the ring.</summary>
    /// <param name="keyIdAscii">The key id from the envelope, already checked to hold only key id characters.</param>
    /// <param name="salt">The subkey salt from the envelope.</param>
    public DerivedKey? GetDecryptionKey(ReadOnlySpan<byte> keyIdAscii, ReadOnlySpan<byte> salt)
    {
        if (keySet is null || Environment.TickCount64 - Volatile.Read(ref keySetLoadedAtMs) >= refreshIntervalMs)
        {
            Refresh(force: false);
        }

        // Most reads are of entries this process wrote: match the encryption subkey without allocating the id.
        var current = Volatile.Read(ref encryptionKey);
        if (current is not null && keyIdAscii.SequenceEqual(current.KeyIdUtf8) && salt.SequenceEqual(current.Salt))
        {
            return current;
        }

        var keyId = System.Text.Encoding.ASCII.GetString(keyIdAscii);
        var cacheKey = (keyId, ReadSalt(salt));
        if (decryptionKeys.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        if (!keySet!.KeysById.TryGetValue(keyId, out var master))
        {
            // A key added to the vault since the last refresh: look again, at most once per second.
            if (Environment.TickCount64 - Volatile.Read(ref keySetLoadedAtMs) < MinForcedRefreshInterval.TotalMilliseconds)
            {
                return null;
            }

            Refresh(force: true);
            if (!keySet.KeysById.TryGetValue(keyId, out master))
            {
                return null;
            }
        }

        if (decryptionKeys.Count >= MaxCachedDecryptionKeys)
        {
            decryptionKeys.Clear();
        }

        var derived = DerivedKey.Derive(master, salt.ToArray(), maxEncryptions: 0, Environment.TickCount64);
        return decryptionKeys.GetOrAdd(cacheKey, derived);
    }

    /// <summary>Reloads the keys from the provider; on failure keeps the previous keys unless there are none.</summary>
    public void Refresh(bool force)
    {
        lock (refreshLock)
        {
            if (!force && keySet is not null && Environment.TickCount64 - keySetLoadedAtMs < refreshIntervalMs)
            {
                return;
            }

            EncryptionKeySet loaded;
            try
            {
                loaded = provider.GetKeySet();
            }
            catch (Exception exception) when (keySet is not null)
            {
                Log.KeyRefreshFailed(logger, provider.GetType().Name, exception);
                Volatile.Write(ref keySetLoadedAtMs, Environment.TickCount64);
                return;
            }

            var previous = keySet;
            keySet = loaded;
            Volatile.Write(ref keySetLoadedAtMs, Environment.TickCount64);
            if (previous is not null && previous.Current.Id != loaded.Current.Id)
            {
                Log.KeyRotated(logger, previous.Current.Id, loaded.Current.Id);
            }

            // Subkeys of a key that left the ring must stop decrypting at once.
            foreach (var cached in decryptionKeys.Keys)
            {
                if (!loaded.KeysById.ContainsKey(cached.KeyId))
                {
                    decryptionKeys.TryRemove(cached, out _);
                }
            }

            if (encryptionKey is null || encryptionKey.KeyId != loaded.Current.Id)
            {
                Volatile.Write(ref encryptionKey, DeriveEncryptionKey(loaded.Current));
            }

            var age = loaded.Current.CreatedAt is { } createdAt ? time.GetUtcNow() - createdAt : TimeSpan.Zero;
            if (age > maxKeyAge)
            {
                Log.KeyAgeExceeded(logger, loaded.Current.Id, age.TotalDays, maxKeyAge.TotalDays);
            }
        }
    }

    private DerivedKey DeriveEncryptionKey(EncryptionKey master)
    {
        var salt = RandomNumberGenerator.GetBytes(DerivedKey.SaltLength);
        var derived = DerivedKey.Derive(master, salt, maxEncryptionsPerSubkey, Environment.TickCount64);
        decryptionKeys[(master.Id, ReadSalt(salt))] = derived;
        return derived;
    }

    private static UInt128 ReadSalt(ReadOnlySpan<byte> salt) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(salt);
}
