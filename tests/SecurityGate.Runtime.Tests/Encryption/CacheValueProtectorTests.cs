using System;
using System.Buffers;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Encryption;

public sealed class CacheValueProtectorTests
{
    private const int KeyIdOffset = 2;
    private static readonly byte[] Plaintext = Encoding.UTF8.GetBytes("{\"clientSecret\":\"s3cr3t-value\"}");
    private static readonly CacheKey TenantAKey = CacheKey.Create("tenant-a", "credentials", "crm");
    private static readonly CacheKey TenantBKey = CacheKey.Create("tenant-b", "credentials", "crm");

    private CapturingLoggerProvider logs = null!;
    private ILogger logger = null!;

    [SetUp]
    public void SetUp()
    {
        logs = new CapturingLoggerProvider();
        logger = logs.CreateLogger("test");
    }

    [TearDown]
    public void TearDown() => logs.Dispose();

    [Test]
    public void Protect_ThenUnprotect_ReturnsPlaintext()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));

        var envelope = protector.Protect(Plaintext, TenantAKey);

        Assert.That(Unprotect(protector, envelope, TenantAKey), Is.EqualTo(Plaintext));
    }

    [Test]
    public void Protect_Envelope_HasDocumentedLayout()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));

        var envelope = protector.Protect(Plaintext, TenantAKey);

        Assert.That(envelope[0], Is.EqualTo(1), "format version");
        Assert.That(envelope[1], Is.EqualTo(2), "key id length");
        Assert.That(Encoding.ASCII.GetString(envelope, KeyIdOffset, 2), Is.EqualTo("k1"));
        Assert.That(envelope, Has.Length.EqualTo(2 + 2 + 16 + 12 + Plaintext.Length + 16));
        Assert.That(envelope.AsSpan(32, Plaintext.Length).SequenceEqual(Plaintext), Is.False, "ciphertext differs from plaintext");
    }

    [Test]
    public void Protect_SameValueTwice_UsesDifferentNonces()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));

        var first = protector.Protect(Plaintext, TenantAKey);
        var second = protector.Protect(Plaintext, TenantAKey);

        Assert.That(first.AsSpan(20, 12).SequenceEqual(second.AsSpan(20, 12)), Is.False);
    }

    [TestCase("salt", 4)]
    [TestCase("nonce", 20)]
    [TestCase("ciphertext", 32)]
    [TestCase("tag", -1)]
    public void Unprotect_TamperedField_FailsAuthentication(string field, int offset)
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = protector.Protect(Plaintext, TenantAKey);
        envelope[offset >= 0 ? offset : envelope.Length - 1] ^= 0x01;

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantAKey));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.AuthenticationFailed), field);
        Assert.That(exception.Message, Is.EqualTo(
            $"The cache entry with key hash {TenantAKey.ToLogHash()} failed authentication: it was modified, or it was written under another cache key " +
            "(another tenant's or another entry's). The entry is not returned; remove it or let it expire."));
    }

    [Test]
    public void Unprotect_TamperedFormatVersion_IsMalformed()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = protector.Protect(Plaintext, TenantAKey);
        envelope[0] = 2;

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantAKey));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.MalformedEnvelope));
        Assert.That(exception.Message, Is.EqualTo($"The cache entry with key hash {TenantAKey.ToLogHash()} is not a valid encrypted envelope: its format version is 2, and only 1 is known."));
    }

    [TestCase(0, "its key id length is 0, outside 1 to 64")]
    [TestCase(65, "its key id length is 65, outside 1 to 64")]
    public void Unprotect_TamperedKeyIdLength_IsMalformed(int length, string problem)
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = protector.Protect(Plaintext, TenantAKey);
        envelope[1] = (byte)length;

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantAKey));

        Assert.That(exception!.Message, Does.EndWith(problem + "."));
    }

    [Test]
    public void Unprotect_KeyIdLengthShortened_IsUnknownKey()
    {
        var provider = new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1"));
        var protector = NewProtector(provider);
        var envelope = protector.Protect(Plaintext, TenantAKey);
        envelope[1] = 1;

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantAKey));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.UnknownKey), "key id 'k' is not in the ring");
    }

    [Test]
    public void Unprotect_KeyIdRenamedToAnotherKnownKey_FailsAuthentication()
    {
        var provider = new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1"), StaticKeyProvider.NewKey("k2"));
        var protector = NewProtector(provider);
        var envelope = protector.Protect(Plaintext, TenantAKey);
        envelope[KeyIdOffset + 1] = (byte)'2';

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantAKey));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.AuthenticationFailed));
    }

    [Test]
    public void Unprotect_KeyIdWithInvalidByte_IsMalformed()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = protector.Protect(Plaintext, TenantAKey);
        envelope[KeyIdOffset] = (byte)'\n';

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantAKey));

        Assert.That(exception!.Message, Does.EndWith("its key id contains a byte outside A-Z, a-z, 0-9, '.', '_' and '-'."));
    }

    [Test]
    public void Unprotect_Truncated_IsMalformed()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = protector.Protect(Plaintext, TenantAKey).AsSpan(0, 40).ToArray();

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantAKey));

        Assert.That(exception!.Message, Does.EndWith("it is 40 bytes long, shorter than its header and tag."));
    }

    [Test]
    public void Unprotect_EnvelopeCopiedToOtherTenantKey_FailsAuthentication()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = protector.Protect(Plaintext, TenantAKey);

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantBKey));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.AuthenticationFailed));
        Assert.That(logs.WithEvent(1).Single().Message, Is.EqualTo($"Decryption of the cache entry with key hash {TenantBKey.ToLogHash()} failed: authentication tag mismatch"));
    }

    [Test]
    public void Unprotect_EnvelopeCopiedToOtherEntryOfSameTenant_FailsAuthentication()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = protector.Protect(Plaintext, TenantAKey);

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, CacheKey.Create("tenant-a", "credentials", "erp")));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.AuthenticationFailed));
    }

    [Test]
    public void Unprotect_UnknownKeyId_ThrowsNamingKeyAndFix()
    {
        var writer = NewProtector(new StaticKeyProvider("retired-2023", StaticKeyProvider.NewKey("retired-2023")));
        var reader = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = writer.Protect(Plaintext, TenantAKey);

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(reader, envelope, TenantAKey));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.UnknownKey));
        Assert.That(exception.Message, Is.EqualTo(
            $"The cache entry with key hash {TenantAKey.ToLogHash()} was encrypted with key id 'retired-2023', which is not in the key ring. " +
            "Add that key to SecureCacheOptions.Keys (or the IEncryptionKeyProvider) as a decrypt-only key, or let the entry expire."));
        Assert.That(logs.WithEvent(2).Single().Level, Is.EqualTo(LogLevel.Error));
    }

    [Test]
    public void Rotation_NewCurrentKey_OldEntriesReadableAndNewEntriesUseNewKey()
    {
        var oldKey = StaticKeyProvider.NewKey("2025-01");
        var provider = new StaticKeyProvider("2025-01", oldKey);
        var protector = NewProtector(provider);
        var before = protector.Protect(Plaintext, TenantAKey);

        provider.Replace("2025-06", oldKey, StaticKeyProvider.NewKey("2025-06"));
        var after = protector.Protect(Plaintext, TenantAKey);

        Assert.That(Encoding.ASCII.GetString(before, KeyIdOffset, before[1]), Is.EqualTo("2025-01"));
        Assert.That(Encoding.ASCII.GetString(after, KeyIdOffset, after[1]), Is.EqualTo("2025-06"));
        Assert.That(Unprotect(protector, before, TenantAKey), Is.EqualTo(Plaintext));
        Assert.That(Unprotect(protector, after, TenantAKey), Is.EqualTo(Plaintext));
        Assert.That(logs.WithEvent(3).Single().Message, Is.EqualTo(
            "The current encryption key changed from '2025-01' to '2025-06'; entries under the previous key stay readable while it is in the key ring"));
    }

    [Test]
    public void Rotation_OldKeyRemoved_OldEntriesFailWithUnknownKey()
    {
        var provider = new StaticKeyProvider("old", StaticKeyProvider.NewKey("old"));
        var protector = NewProtector(provider);
        var before = protector.Protect(Plaintext, TenantAKey);

        provider.Replace("new", StaticKeyProvider.NewKey("new"));
        protector.Protect(Plaintext, TenantAKey);

        var exception = Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, before, TenantAKey));
        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.UnknownKey));
    }

    [Test]
    public void Protect_SubkeyLimitReached_DerivesFreshSubkeyAndStillDecrypts()
    {
        var provider = new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1"));
        var protector = NewProtector(provider, options => options.MaxEncryptionsPerSubkey = 2);

        var envelopes = Enumerable.Range(0, 5).Select(_ => protector.Protect(Plaintext, TenantAKey)).ToArray();
        var salts = envelopes.Select(envelope => Convert.ToHexString(envelope, 4, 16)).ToArray();

        Assert.That(salts[0], Is.EqualTo(salts[1]));
        Assert.That(salts[2], Is.Not.EqualTo(salts[1]));
        Assert.That(salts[4], Is.Not.EqualTo(salts[3]));
        Assert.That(envelopes.Select(envelope => Unprotect(protector, envelope, TenantAKey)), Has.All.EqualTo(Plaintext));
        Assert.That(logs.WithEvent(4).Count(), Is.EqualTo(2));
    }

    [Test]
    public void Unprotect_EnvelopeFromAnotherProcessSubkey_Decrypts()
    {
        var key = StaticKeyProvider.NewKey("k1");
        var writer = NewProtector(new StaticKeyProvider("k1", key));
        var reader = NewProtector(new StaticKeyProvider("k1", key));

        var envelope = writer.Protect(Plaintext, TenantAKey);

        Assert.That(Unprotect(reader, envelope, TenantAKey), Is.EqualTo(Plaintext));
    }

    [Test]
    public void Unprotect_EnvelopeBuiltFromDocumentedFormat_Decrypts()
    {
        // Builds an envelope by hand from the documented format, so a change of layout or derivation fails here.
        var material = Convert.FromHexString("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        var salt = Convert.FromHexString("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
        var nonce = Convert.FromHexString("b0b1b2b3b4b5b6b7b8b9babb");
        var subkey = new byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, material, subkey, salt, Encoding.ASCII.GetBytes("SecurityGate.Runtime/AES-256-GCM/v1/fixed"));
        var header = new byte[] { 1, 5 }.Concat(Encoding.ASCII.GetBytes("fixed")).Concat(salt).Concat(nonce).ToArray();
        var ciphertext = new byte[Plaintext.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(subkey, 16))
        {
            aes.Encrypt(nonce, Plaintext, ciphertext, tag, header.Concat(Encoding.UTF8.GetBytes(TenantAKey.ToString())).ToArray());
        }

        var envelope = header.Concat(ciphertext).Concat(tag).ToArray();
        var protector = NewProtector(new StaticKeyProvider("fixed", new EncryptionKey("fixed", material)));

        Assert.That(Unprotect(protector, envelope, TenantAKey), Is.EqualTo(Plaintext));
    }

    [Test]
    public void Refresh_ProviderFails_KeepsPreviousKeysAndLogs()
    {
        var provider = new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1"));
        var protector = NewProtector(provider);
        var envelope = protector.Protect(Plaintext, TenantAKey);

        provider.Failure = new InvalidOperationException("vault unavailable");
        var second = protector.Protect(Plaintext, TenantAKey);

        Assert.That(Unprotect(protector, second, TenantAKey), Is.EqualTo(Plaintext));
        Assert.That(Unprotect(protector, envelope, TenantAKey), Is.EqualTo(Plaintext));
        Assert.That(logs.WithEvent(6).First().Message, Is.EqualTo("Reading the encryption keys from StaticKeyProvider failed; the previous keys stay in use"));
    }

    [Test]
    public void Refresh_CurrentKeyOlderThanMaxAge_LogsWarning()
    {
        var provider = new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1", DateTimeOffset.UtcNow.AddDays(-200)));
        var protector = NewProtector(provider, options => options.MaxKeyAge = TimeSpan.FromDays(90));

        protector.Protect(Plaintext, TenantAKey);

        var warning = logs.WithEvent(5).First();
        Assert.That(warning.Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(warning.Message, Is.EqualTo("The current encryption key 'k1' is 200 days old, over the maximum key age of 90 days; rotate it"));
    }

    [Test]
    public void Logs_AfterFailures_ContainNoTenantOrPlaintext()
    {
        var protector = NewProtector(new StaticKeyProvider("k1", StaticKeyProvider.NewKey("k1")));
        var envelope = protector.Protect(Plaintext, TenantAKey);
        Assert.Throws<CacheDecryptionException>(() => Unprotect(protector, envelope, TenantBKey));

        var text = string.Join("\n", logs.Entries.Select(entry => entry.Message));

        Assert.That(text, Does.Not.Contain("tenant-a").And.Not.Contain("tenant-b").And.Not.Contain("s3cr3t"));
    }

    private CacheValueProtector NewProtector(IEncryptionKeyProvider provider, Action<SecureCacheOptions>? configure = null)
    {
        var options = new SecureCacheOptions { KeyRefreshInterval = TimeSpan.Zero };
        configure?.Invoke(options);
        return new CacheValueProtector(new KeyRing(provider, options, logger), logger);
    }

    private static byte[] Unprotect(CacheValueProtector protector, byte[] envelope, CacheKey key)
    {
        var buffer = protector.Unprotect(envelope, key, out var length);
        try
        {
            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
