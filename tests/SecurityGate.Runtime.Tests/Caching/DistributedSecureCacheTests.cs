using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Caching;

public sealed class DistributedSecureCacheTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQ";

    private ServiceProvider services = null!;
    private ISecureCache cache = null!;
    private IDistributedCache raw = null!;

    [SetUp]
    public void SetUp() => Build();

    [TearDown]
    public void TearDown() => services.Dispose();

    [Test]
    public async Task SetThenGet_PlainType_StoresJsonWithoutTypeNames()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "42");

        await cache.SetAsync(key, new OrderSummary("42", "acme", 3));
        var stored = await raw.GetAsync(key.ToString());

        Assert.That(Encoding.UTF8.GetString(stored!), Is.EqualTo("{\"orderId\":\"42\",\"tenant\":\"acme\",\"lines\":3}"));
        Assert.That(await cache.GetAsync<OrderSummary>(key), Is.EqualTo(new OrderSummary("42", "acme", 3)));
    }

    [Test]
    public async Task SetThenGet_SensitiveType_StoresEnvelopeWithoutSecret()
    {
        var key = cache.CreateKeyForTenant("acme", "credentials", "crm");

        await cache.SetAsync(key, new ApiCredentials { ClientId = "crm-client", ClientSecret = "s3cr3t-value" });
        var stored = await raw.GetAsync(key.ToString());
        var read = await cache.GetAsync<ApiCredentials>(key);

        Assert.That(stored![0], Is.EqualTo(1), "envelope format byte");
        Assert.That(Encoding.UTF8.GetString(stored), Does.Not.Contain("s3cr3t-value").And.Not.Contain("crm-client"));
        Assert.That(read!.ClientSecret, Is.EqualTo("s3cr3t-value"));
    }

    [TestCase(typeof(Customer))]
    [TestCase(typeof(MedicalNote))]
    [TestCase(typeof(Integration))]
    [TestCase(typeof(MailSettings))]
    public async Task Set_MarkedType_IsEncrypted(Type type)
    {
        var key = cache.CreateKeyForTenant("acme", "marked", type.Name);

        await cache.SetAsync<object>(key, Activator.CreateInstance(type)!);
        var stored = await raw.GetAsync(key.ToString());

        Assert.That(stored![0], Is.EqualTo(1));
    }

    [Test]
    public async Task Set_EncryptRequested_EncryptsPlainType()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "42");

        await cache.SetAsync(key, new OrderSummary("42", "acme", 3), new SecureCacheEntryOptions { Encrypt = true });
        var stored = await raw.GetAsync(key.ToString());

        Assert.That(stored![0], Is.EqualTo(1));
        Assert.That(await cache.GetAsync<OrderSummary>(key), Is.EqualTo(new OrderSummary("42", "acme", 3)));
    }

    [Test]
    public async Task Get_PlaintextEntryForSensitiveType_ThrowsPlaintextNotAllowed()
    {
        var key = cache.CreateKeyForTenant("acme", "credentials", "crm");
        await raw.SetAsync(key.ToString(), JsonSerializer.SerializeToUtf8Bytes(new ApiCredentials { ClientSecret = "planted" }));

        var exception = Assert.ThrowsAsync<CacheDecryptionException>(async () => await cache.GetAsync<ApiCredentials>(key));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.PlaintextNotAllowed));
        Assert.That(exception.Message, Is.EqualTo(
            $"The cache entry with key hash {key.ToLogHash()} holds plaintext, but type ApiCredentials is sensitive and must be stored encrypted. " +
            "The entry is not returned; remove it, and raise SecureCacheOptions.KeyVersion whenever a cached type becomes sensitive."));
    }

    [Test]
    public async Task Get_EntryCopiedFromOtherTenant_FailsAuthentication()
    {
        var victim = cache.CreateKeyForTenant("tenant-a", "credentials", "crm");
        var attacker = cache.CreateKeyForTenant("tenant-b", "credentials", "crm");
        await cache.SetAsync(victim, new ApiCredentials { ClientSecret = "tenant-a-secret" });

        await raw.SetAsync(attacker.ToString(), (await raw.GetAsync(victim.ToString()))!);
        var exception = Assert.ThrowsAsync<CacheDecryptionException>(async () => await cache.GetAsync<ApiCredentials>(attacker));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.AuthenticationFailed));
    }

    [Test]
    public void CreateKey_NoTenant_ThrowsTenantMissing()
    {
        var exception = Assert.Throws<TenantMissingException>(() => cache.CreateKey("orders", "42"));

        Assert.That(exception!.Message, Is.EqualTo(
            "No tenant is present: ITenantContext.TenantId is null or empty, and a cache key without a tenant would be shared by all tenants. " +
            "Register an ITenantContext that reads the tenant from the request, wrap the work in AmbientTenantContext.Enter(tenantId), " +
            "or pass the tenant explicitly with ISecureCache.CreateKeyForTenant."));
    }

    [Test]
    public void CreateKey_WhitespaceTenantFromContext_ThrowsTenantMissing()
    {
        Build(services: collection => collection.AddSingleton<ITenantContext>(new FixedTenantContext("  ")));

        Assert.Throws<TenantMissingException>(() => cache.CreateKey("orders", "42"));
    }

    [Test]
    public async Task SetThenGet_LongIdHashedKey_RoundTripsUnderHashedKey()
    {
        var key = cache.CreateKeyForTenant("acme", "credentials", new string('x', 500));

        await cache.SetAsync(key, new ApiCredentials { ClientSecret = "long-key-secret" });

        Assert.That(key.IsHashed, Is.True);
        Assert.That(await raw.GetAsync(key.ToString()), Is.Not.Null);
        Assert.That((await cache.GetAsync<ApiCredentials>(key))!.ClientSecret, Is.EqualTo("long-key-secret"));
    }

    [Test]
    public void CreateKey_AmbientTenantAndVersion_BuildsVersionedTenantKey()
    {
        Build(options => options.KeyVersion = 4);

        using (AmbientTenantContext.Enter("acme"))
        {
            Assert.That(cache.CreateKey("orders", "42", "lines").ToString(), Is.EqualTo("v4:client:acme:orders:42:lines"));
        }
    }

    [Test]
    public async Task CreateKey_CustomTenantContext_UsesIt()
    {
        Build(services: collection => collection.AddSingleton<ITenantContext>(new FixedTenantContext("from-request")));

        var key = cache.CreateKey("orders", "1");
        await cache.SetAsync(key, new OrderSummary("1", "from-request", 1));

        Assert.That(key.Tenant, Is.EqualTo("from-request"));
        Assert.That(await raw.GetAsync("v1:client:from-request:orders:1"), Is.Not.Null);
    }

    [Test]
    public async Task GetOrCreate_MissThenHit_RunsFactoryOnce()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "42");
        var calls = 0;

        ValueTask<OrderSummary> Factory(System.Threading.CancellationToken token)
        {
            calls++;
            return ValueTask.FromResult(new OrderSummary("42", "acme", calls));
        }

        var first = await cache.GetOrCreateAsync(key, Factory);
        var second = await cache.GetOrCreateAsync(key, Factory);

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task Remove_Entry_GetReturnsDefault()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "42");
        await cache.SetAsync(key, new OrderSummary("42", "acme", 3));

        await cache.RemoveAsync(key);

        Assert.That(await cache.GetAsync<OrderSummary>(key), Is.Null);
    }

    [Test]
    public async Task Set_Expiration_EntryExpires()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "42");

        await cache.SetAsync(key, new OrderSummary("42", "acme", 3), new SecureCacheEntryOptions { Expiration = TimeSpan.FromMilliseconds(50) });
        await Task.Delay(300);

        Assert.That(await cache.GetAsync<OrderSummary>(key), Is.Null);
    }

    [Test]
    public async Task Set_JwtInPlainTypeWithDetection_IsEncrypted()
    {
        var logs = new CapturingLoggerProvider();
        Build(options => options.DetectSensitiveValues = true, logs);
        var key = cache.CreateKeyForTenant("acme", "orders", "42");

        await cache.SetAsync(key, new OrderSummary(Jwt, "acme", 1));
        var stored = await raw.GetAsync(key.ToString());

        Assert.That(stored![0], Is.EqualTo(1));
        Assert.That(logs.WithEvent(8).Single().Message, Is.EqualTo($"A value of type OrderSummary for key hash {key.ToLogHash()} matched the pattern 'JSON Web Token' and is encrypted"));
    }

    [Test]
    public async Task Set_JwtInPlainTypeWithoutDetection_StaysPlaintext()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "42");

        await cache.SetAsync(key, new OrderSummary(Jwt, "acme", 1));

        Assert.That((await raw.GetAsync(key.ToString()))![0], Is.EqualTo((byte)'{'));
    }

    [Test]
    public async Task SetThenGet_SourceGeneratedContext_RoundTrips()
    {
        Build(options => options.SerializerOptions = new JsonSerializerOptions { TypeInfoResolver = TestJsonContext.Default });
        var key = cache.CreateKeyForTenant("acme", "credentials", "crm");

        await cache.SetAsync(key, new ApiCredentials { ClientId = "id", ClientSecret = "secret" });
        var read = await cache.GetAsync<ApiCredentials>(key);

        Assert.That(read!.ClientSecret, Is.EqualTo("secret"));
    }

    [Test]
    public void Set_ValueOverMaxBytes_ThrowsNamingLimit()
    {
        Build(options => options.MaxValueBytes = 16);
        var key = cache.CreateKeyForTenant("acme", "orders", "42");

        var exception = Assert.ThrowsAsync<ArgumentException>(async () => await cache.SetAsync(key, new OrderSummary("42", "acme", 3)));

        Assert.That(exception!.Message, Is.EqualTo(
            "The serialized value of type OrderSummary is 42 bytes, over SecureCacheOptions.MaxValueBytes (16). Cache a smaller value or raise the limit."));
    }

    [Test]
    public void Get_DefaultKey_Throws()
    {
        var exception = Assert.ThrowsAsync<ArgumentException>(async () => await cache.GetAsync<OrderSummary>(default));

        Assert.That(exception!.Message, Does.StartWith("The cache key is the default value; create keys with CacheKey.Create or ISecureCache.CreateKey."));
    }

    private void Build(Action<SecureCacheOptions>? configure = null, CapturingLoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        this.services?.Dispose();
        this.services = RuntimeServices.Build(configure, logs, services);
        cache = this.services.GetRequiredService<ISecureCache>();
        raw = this.services.GetRequiredService<IDistributedCache>();
    }

    private sealed class FixedTenantContext(string tenant) : ITenantContext
    {
        public string? TenantId => tenant;
    }
}
