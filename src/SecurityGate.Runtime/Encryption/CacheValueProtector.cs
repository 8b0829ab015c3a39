using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SecurityGate.Runtime;

/// <summary>
/// Encrypts and authenticates cache values with AES-256-GCM in a versioned envelope bound to the full cache key.
/// </summary>
/// <remarks>
/// Envelope format version 1, in order:
/// <list type="bullet">
/// <item>1 byte: the format version, 1;</item>
/// <item>1 byte: the length L of the key id, 1 to 64;</item>
/// <item>L bytes: the master key id in ASCII;</item>
/// <item>16 bytes: the HKDF salt of the subkey (see <see cref="KeyRing"/>);</item>
/// <item>12 bytes: the random nonce;</item>
/// <item>the ciphertext, as long as the plaintext;</item>
/// <item>16 bytes: the authentication tag.</item>
/// </list>
/// The associated data is every envelope byte before the ciphertext followed by the UTF-8 wire key, so changing
/// any header field, or copying the envelope under another tenant's or another entry's key, fails authentication.
/// One message contains at most 2^36 - 32 bytes (the AES-GCM limit); the cache limits values far below that with
/// <see cref="SecureCacheOptions.MaxValueBytes"/>.
/// </remarks>
internal sealed class CacheValueProtector
{
    public const byte FormatVersion = 1;

    public const int TagLength = 16;

    private const int MaxStackAssociatedData = 512;

    private readonly KeyRing keyRing;
    private readonly ILogger logger;

    public CacheValueProtector(KeyRing keyRing, ILogger logger)
    {
        this.keyRing = keyRing;
        this.logger = logger;
    }

    /// <summary>Returns true when <paramref name="stored"/> starts like an envelope: JSON text never starts with byte 1.</summary>
    public static bool IsEnvelope(ReadOnlySpan<byte> stored) => stored.Length > 0 && stored[0] == FormatVersion;

    public static int HeaderLength(int keyIdLength) => 2 + keyIdLength + DerivedKey.SaltLength + NonceGenerator.NonceLength;

    /// <summary>Encrypts <paramref name="plaintext"/> for <paramref name="key"/> into a new envelope.</summary>
    public byte[] Protect(ReadOnlySpan<byte> plaintext, CacheKey key) => Protect(plaintext, key.ToString());

    /// <summary>Encrypts <paramref name="plaintext"/> for the wire key <paramref name="wireKey"/> into a new envelope.</summary>
    public byte[] Protect(ReadOnlySpan<byte> plaintext, string wireKey)
    {
        var key = keyRing.GetEncryptionKey();
        var headerLength = HeaderLength(key.KeyIdUtf8.Length);
        var envelope = new byte[headerLength + plaintext.Length + TagLength];

        envelope[0] = FormatVersion;
        envelope[1] = (byte)key.KeyIdUtf8.Length;
        key.KeyIdUtf8.CopyTo(envelope, 2);
        key.Salt.CopyTo(envelope, 2 + key.KeyIdUtf8.Length);
        var nonce = envelope.AsSpan(headerLength - NonceGenerator.NonceLength, NonceGenerator.NonceLength);
        NonceGenerator.Fill(nonce);

        var ciphertext = envelope.AsSpan(headerLength, plaintext.Length);
        var tag = envelope.AsSpan(headerLength + plaintext.Length, TagLength);
        var associatedLength = AssociatedDataLength(headerLength, wireKey);
        byte[]? rented = null;
        var associatedData = associatedLength <= MaxStackAssociatedData
            ? stackalloc byte[MaxStackAssociatedData]
            : (rented = ArrayPool<byte>.Shared.Rent(associatedLength));
        var aes = key.Rent();
        try
        {
            var written = WriteAssociatedData(envelope.AsSpan(0, headerLength), wireKey, associatedData);
            aes.Encrypt(nonce, plaintext, ciphertext, tag, associatedData[..written]);
        }
        finally
        {
            key.Return(aes);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        RuntimeMetrics.Encryptions.Add(1);
        return envelope;
    }

    /// <summary>
    /// Decrypts an envelope written for <paramref name="cacheKey"/> into a buffer rented from
    /// <see cref="ArrayPool{T}.Shared"/>; the caller returns it with <c>clearArray: true</c>.
    /// </summary>
    /// <exception cref="CacheDecryptionException">The envelope is malformed, names an unknown key or fails authentication.</exception>
    public byte[] Unprotect(ReadOnlySpan<byte> envelope, CacheKey cacheKey, out int plaintextLength)
    {
        var wireKey = cacheKey.ToString();
        var headerLength = ReadHeader(envelope, cacheKey);
        var keyIdBytes = envelope.Slice(2, envelope[1]);
        var salt = envelope.Slice(2 + keyIdBytes.Length, DerivedKey.SaltLength);
        var key = keyRing.GetDecryptionKey(keyIdBytes, salt);
        if (key is null)
        {
            var keyHash = cacheKey.ToLogHash();
            var keyId = Encoding.ASCII.GetString(keyIdBytes);
            Log.UnknownEncryptionKey(logger, keyHash, keyId);
            RuntimeMetrics.DecryptionFailures.Add(1);
            throw new CacheDecryptionException(
                DecryptionFailure.UnknownKey,
                $"The cache entry with key hash {keyHash} was encrypted with key id '{keyId}', which is not in the key ring. " +
                "Add that key to SecureCacheOptions.Keys (or the IEncryptionKeyProvider) as a decrypt-only key, or let the entry expire.");
        }

        plaintextLength = envelope.Length - headerLength - TagLength;
        var plaintext = ArrayPool<byte>.Shared.Rent(Math.Max(plaintextLength, 1));
        var nonce = envelope.Slice(headerLength - NonceGenerator.NonceLength, NonceGenerator.NonceLength);
        var ciphertext = envelope.Slice(headerLength, plaintextLength);
        var tag = envelope.Slice(headerLength + plaintextLength, TagLength);
        var aes = key.Rent();
        try
        {
            Decrypt(aes, envelope[..headerLength], wireKey, nonce, ciphertext, tag, plaintext.AsSpan(0, plaintextLength));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            ArrayPool<byte>.Shared.Return(plaintext, clearArray: true);
            var keyHash = cacheKey.ToLogHash();
            Log.DecryptionFailed(logger, keyHash, "authentication tag mismatch");
            RuntimeMetrics.DecryptionFailures.Add(1);
            throw new CacheDecryptionException(
                DecryptionFailure.AuthenticationFailed,
                $"The cache entry with key hash {keyHash} failed authentication: it was modified, or it was written under another cache key " +
                "(another tenant's or another entry's). The entry is not returned; remove it or let it expire.",
                exception);
        }
        finally
        {
            key.Return(aes);
        }

        RuntimeMetrics.Decryptions.Add(1);
        return plaintext;
    }

    /// <summary>Checks the envelope header and returns its length.</summary>
    private int ReadHeader(ReadOnlySpan<byte> envelope, CacheKey cacheKey)
    {
        string? problem = null;
        if (envelope.Length < 2 || envelope[0] != FormatVersion)
        {
            problem = envelope.Length == 0 ? "it is empty" : $"its format version is {envelope[0]}, and only {FormatVersion} is known";
        }
        else if (envelope[1] is 0 or > EncryptionKey.MaxIdLength)
        {
            problem = $"its key id length is {envelope[1]}, outside 1 to {EncryptionKey.MaxIdLength}";
        }
        else if (envelope.Length < HeaderLength(envelope[1]) + TagLength)
        {
            problem = $"it is {envelope.Length} bytes long, shorter than its header and tag";
        }
        else
        {
            foreach (var character in envelope.Slice(2, envelope[1]))
            {
                if (!EncryptionKey.IsIdCharacter(character))
                {
                    problem = "its key id contains a byte outside A-Z, a-z, 0-9, '.', '_' and '-'";
                    break;
                }
            }
        }

        if (problem is not null)
        {
            var keyHash = cacheKey.ToLogHash();
            Log.DecryptionFailed(logger, keyHash, "malformed envelope");
            RuntimeMetrics.DecryptionFailures.Add(1);
            throw new CacheDecryptionException(DecryptionFailure.MalformedEnvelope, $"The cache entry with key hash {keyHash} is not a valid encrypted envelope: {problem}.");
        }

        return HeaderLength(envelope[1]);
    }

    private static void Decrypt(AesGcm aes, ReadOnlySpan<byte> header, string wireKey, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext)
    {
        var associatedLength = AssociatedDataLength(header.Length, wireKey);
        byte[]? rented = null;
        var associatedData = associatedLength <= MaxStackAssociatedData
            ? stackalloc byte[MaxStackAssociatedData]
            : (rented = ArrayPool<byte>.Shared.Rent(associatedLength));
        try
        {
            var written = WriteAssociatedData(header, wireKey, associatedData);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, associatedData[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int AssociatedDataLength(int headerLength, string wireKey) => headerLength + Encoding.UTF8.GetMaxByteCount(wireKey.Length);

    /// <summary>Writes the associated data: the envelope header, then the UTF-8 wire key.</summary>
    private static int WriteAssociatedData(ReadOnlySpan<byte> header, string wireKey, Span<byte> destination)
    {
        header.CopyTo(destination);
        return header.Length + Encoding.UTF8.GetBytes(wireKey, destination[header.Length..]);
    }
}
