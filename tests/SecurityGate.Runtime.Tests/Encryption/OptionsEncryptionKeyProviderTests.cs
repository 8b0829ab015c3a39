using System;
using System.Linq;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Encryption;

public sealed class OptionsEncryptionKeyProviderTests
{
    [Test]
    public void GetKeySet_OptionsReloaded_ReturnsNewCurrentKey()
    {
        var monitor = new SwappableOptionsMonitor(Options("2025-01"));
        var provider = new OptionsEncryptionKeyProvider(monitor);
        var before = provider.GetKeySet();

        monitor.CurrentValue = Options("2025-06", "2025-01");
        var after = provider.GetKeySet();

        Assert.That(before.Current.Id, Is.EqualTo("2025-01"));
        Assert.That(after.Current.Id, Is.EqualTo("2025-06"));
        Assert.That(after.Keys.Select(key => key.Id), Is.EquivalentTo(new[] { "2025-06", "2025-01" }));
    }

    [Test]
    public void GetKeySet_SameOptions_ReturnsCachedSet()
    {
        var provider = new OptionsEncryptionKeyProvider(new SwappableOptionsMonitor(Options("k1")));
        var first = provider.GetKeySet();

        var second = provider.GetKeySet();

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void GetKeySet_NoKeys_ThrowsNamingOptions()
    {
        var provider = new OptionsEncryptionKeyProvider(new SwappableOptionsMonitor(new SecureCacheOptions()));

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetKeySet());

        Assert.That(exception!.Message, Is.EqualTo(
            "No encryption keys are configured: set SecureCacheOptions.Keys and SecureCacheOptions.CurrentKeyId, " +
            "or register an IEncryptionKeyProvider with AddSecureCache<TKeyProvider>."));
    }

    [Test]
    public void EncryptionKey_ToString_ShowsIdOnly()
    {
        var key = new EncryptionKey("k1", new byte[32]);

        Assert.That(key.ToString(), Is.EqualTo("EncryptionKey k1"));
    }

    [Test]
    public void EncryptionKey_ShortMaterial_ThrowsWithLengths()
    {
        var exception = Assert.Throws<ArgumentException>(() => new EncryptionKey("k1", new byte[16]));

        Assert.That(exception!.Message, Does.StartWith("The material of encryption key 'k1' is 16 bytes long; AES-256 needs exactly 32 bytes."));
    }

    private static SecureCacheOptions Options(string currentKeyId, params string[] olderKeyIds)
    {
        var options = new SecureCacheOptions();
        TestKeys.AddKey(options, currentKeyId);
        foreach (var id in olderKeyIds)
        {
            TestKeys.AddKey(options, id, current: false);
        }

        return options;
    }

    private sealed class SwappableOptionsMonitor(SecureCacheOptions initial) : IOptionsMonitor<SecureCacheOptions>
    {
        public SecureCacheOptions CurrentValue { get; set; } = initial;

        public SecureCacheOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<SecureCacheOptions, string?> listener) => null;
    }
}
