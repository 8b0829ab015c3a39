using System;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Registry;

public sealed class TenantRegistryTests
{
    private ServiceProvider services = null!;
    private ITenantRegistry<ApiCredentials> registry = null!;

    [SetUp]
    public void SetUp()
    {
        services = RuntimeServices.Build();
        registry = services.GetRequiredService<ITenantRegistry<ApiCredentials>>();
    }

    [TearDown]
    public void TearDown() => services.Dispose();

    [Test]
    public void AddOrUpdateThenTryGet_Tenant_ReturnsItsOwnValue()
    {
        registry.AddOrUpdate("tenant-a", new ApiCredentials { ClientId = "a", ClientSecret = "secret-a" });
        registry.AddOrUpdate("tenant-b", new ApiCredentials { ClientId = "b", ClientSecret = "secret-b" });

        Assert.That(registry.TryGet("tenant-a", out var a), Is.True);
        Assert.That(a!.ClientSecret, Is.EqualTo("secret-a"));
        Assert.That(registry.TryGet("tenant-b", out var b), Is.True);
        Assert.That(b!.ClientSecret, Is.EqualTo("secret-b"));
        Assert.That(registry.TryGet("tenant-c", out _), Is.False);
        Assert.That(registry.Count, Is.EqualTo(2));
    }

    [Test]
    public void AddOrUpdate_SensitiveType_IsEncryptedAtRest()
    {
        registry.AddOrUpdate("tenant-a", new ApiCredentials { ClientId = "a", ClientSecret = "secret-a" });

        var stored = ((TenantRegistry<ApiCredentials>)registry).GetStoredBytes("tenant-a")!;

        Assert.That(stored[0], Is.EqualTo(1));
        Assert.That(Encoding.UTF8.GetString(stored), Does.Not.Contain("secret-a"));
    }

    [Test]
    public void TryGet_EntryMovedToOtherTenant_FailsAuthentication()
    {
        var concrete = (TenantRegistry<ApiCredentials>)registry;
        registry.AddOrUpdate("tenant-a", new ApiCredentials { ClientSecret = "secret-a" });

        concrete.SetStoredBytes("tenant-b", concrete.GetStoredBytes("tenant-a")!);
        var exception = Assert.Throws<CacheDecryptionException>(() => registry.TryGet("tenant-b", out _));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.AuthenticationFailed));
    }

    [Test]
    public void TryGet_CallerMutatesCopy_StoredValueUnchanged()
    {
        registry.AddOrUpdate("tenant-a", new ApiCredentials { ClientId = "a", ClientSecret = "secret-a" });

        registry.TryGet("tenant-a", out var copy);
        copy!.ClientSecret = "changed";
        registry.TryGet("tenant-a", out var again);

        Assert.That(again!.ClientSecret, Is.EqualTo("secret-a"));
    }

    [Test]
    public void GetCurrent_AmbientTenant_ReturnsItsValue()
    {
        registry.AddOrUpdate("tenant-a", new ApiCredentials { ClientId = "a" });

        using (AmbientTenantContext.Enter("tenant-a"))
        {
            Assert.That(registry.GetCurrent()!.ClientId, Is.EqualTo("a"));
        }

        using (AmbientTenantContext.Enter("tenant-b"))
        {
            Assert.That(registry.GetCurrent(), Is.Null);
        }
    }

    [Test]
    public void GetCurrent_NoTenant_ThrowsTenantMissing()
    {
        Assert.Throws<TenantMissingException>(() => registry.GetCurrent());
    }

    [Test]
    public void Remove_Tenant_RemovesOnlyThatTenant()
    {
        registry.AddOrUpdate("tenant-a", new ApiCredentials());
        registry.AddOrUpdate("tenant-b", new ApiCredentials());

        Assert.That(registry.Remove("tenant-a"), Is.True);
        Assert.That(registry.Remove("tenant-a"), Is.False);
        Assert.That(registry.TryGet("tenant-b", out _), Is.True);
    }

    [Test]
    public void AddOrUpdate_EmptyTenant_Throws()
    {
        Assert.Throws<ArgumentException>(() => registry.AddOrUpdate(" ", new ApiCredentials()));
    }
}
