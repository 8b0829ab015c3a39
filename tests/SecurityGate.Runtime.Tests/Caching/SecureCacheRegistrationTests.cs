using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Caching;

public sealed class SecureCacheRegistrationTests
{
    [Test]
    public void AddSecureCache_NoKeys_ListsEveryErrorAtStartup()
    {
        var collection = new ServiceCollection();
        collection.AddDistributedMemoryCache();
        collection.AddSecureCache(options =>
        {
            options.KeyVersion = 0;
            options.MaxKeyLength = 64;
            options.DefaultExpiration = TimeSpan.Zero;
        });
        using var services = collection.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(exception!.Failures, Is.EqualTo(new[]
        {
            "SecureCacheOptions.KeyVersion is 0; it must be at least 1, at most 999999.",
            "SecureCacheOptions.MaxKeyLength is 64; it must be at least 128, at most 65536.",
            "SecureCacheOptions.DefaultExpiration is 00:00:00; it must be at least 00:00:00.0000001, no upper limit.",
            "SecureCacheOptions.Keys is empty; add at least one 32-byte key (base64) or register an IEncryptionKeyProvider with AddSecureCache<TKeyProvider>.",
            "SecureCacheOptions.CurrentKeyId is not set; set it to the id of the key that encrypts new entries.",
        }));
    }

    [Test]
    public void AddSecureCache_BadKeys_ListsEachKeyError()
    {
        var collection = new ServiceCollection();
        collection.AddDistributedMemoryCache();
        collection.AddSecureCache(options =>
        {
            options.Keys.Add(new EncryptionKeyOptions { Id = "bad id", Material = TestKeys.NewMaterial() });
            options.Keys.Add(new EncryptionKeyOptions { Id = "short", Material = Convert.ToBase64String(new byte[16]) });
            options.Keys.Add(new EncryptionKeyOptions { Id = "short", Material = TestKeys.NewMaterial() });
            options.CurrentKeyId = "missing";
        });
        using var services = collection.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<SecureCacheOptions>>().Value);

        Assert.That(exception!.Failures, Is.EqualTo(new[]
        {
            "The encryption key id 'bad id' contains ' '; use only A-Z, a-z, 0-9, '.', '_' and '-'.",
            "The material of encryption key 'short' is not 32 bytes in base64; generate one with Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).",
            "The encryption key id 'short' occurs 2 times in SecureCacheOptions.Keys; each key needs its own id.",
            "SecureCacheOptions.CurrentKeyId 'missing' is not the id of any key in SecureCacheOptions.Keys.",
        }));
    }

    [Test]
    public void AddSecureCache_ValidOptions_ResolvesEveryService()
    {
        using var services = RuntimeServices.Build();

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.That(services.GetRequiredService<ISecureCache>(), Is.Not.Null);
        Assert.That(services.GetRequiredService<ICheckpointStore>(), Is.Not.Null);
        Assert.That(services.GetRequiredService<ITenantRegistry<MailSettings>>(), Is.Not.Null);
        Assert.That(services.GetRequiredService<ITenantContext>(), Is.InstanceOf<AmbientTenantContext>());
    }

    [Test]
    public void AddSecureCacheWithKeyProvider_NoKeysInOptions_IsValid()
    {
        var collection = new ServiceCollection();
        collection.AddDistributedMemoryCache();
        collection.AddSingleton(new StaticKeyProvider("vault-1", StaticKeyProvider.NewKey("vault-1")));
        collection.AddSecureCache<VaultKeyProvider>(_ => { });
        using var services = collection.BuildServiceProvider();

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.That(services.GetRequiredService<IEncryptionKeyProvider>(), Is.InstanceOf<VaultKeyProvider>());
    }

    private sealed class VaultKeyProvider(StaticKeyProvider inner) : IEncryptionKeyProvider
    {
        public EncryptionKeySet GetKeySet() => inner.GetKeySet();
    }
}
