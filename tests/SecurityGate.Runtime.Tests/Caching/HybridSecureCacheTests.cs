using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Caching;

public sealed class HybridSecureCacheTests
{
    private ServiceProvider services = null!;
    private ISecureCache cache = null!;

    [SetUp]
    public void SetUp()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IDistributedCache, DictionaryDistributedCache>();
        collection.AddHybridCache();
        collection.AddSecureHybridCache(options => TestKeys.AddKey(options, "hybrid-1"));
        services = collection.BuildServiceProvider();
        cache = services.GetRequiredService<ISecureCache>();
    }

    [TearDown]
    public void TearDown() => services.Dispose();

    [Test]
    public async Task SetThenGet_SensitiveValue_StoresEnvelopeInDistributedLevel()
    {
        var key = cache.CreateKeyForTenant("acme", "credentials", "crm");

        await cache.SetAsync(key, new ApiCredentials { ClientSecret = "hybrid-secret" });
        var stored = await services.GetRequiredService<IDistributedCache>().GetAsync(key.ToString());
        var read = await cache.GetAsync<ApiCredentials>(key);

        Assert.That(stored, Is.Not.Null);
        Assert.That(Encoding.UTF8.GetString(stored!), Does.Not.Contain("hybrid-secret"));
        Assert.That(read!.ClientSecret, Is.EqualTo("hybrid-secret"));
    }

    [Test]
    public async Task Get_Missing_ReturnsDefaultAndWritesNothing()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "missing");

        Assert.That(await cache.GetAsync<OrderSummary>(key), Is.Null);
        Assert.That(await services.GetRequiredService<IDistributedCache>().GetAsync(key.ToString()), Is.Null);
    }

    [Test]
    public async Task GetOrCreate_ConcurrentMisses_RunFactoryOnce()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "42");
        var calls = 0;

        async ValueTask<OrderSummary> Factory(CancellationToken token)
        {
            Interlocked.Increment(ref calls);
            await Task.Delay(100, token);
            return new OrderSummary("42", "acme", 1);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => cache.GetOrCreateAsync(key, Factory).AsTask()));

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(results, Has.All.EqualTo(new OrderSummary("42", "acme", 1)));
    }

    [Test]
    public async Task Remove_Entry_GetReturnsDefault()
    {
        var key = cache.CreateKeyForTenant("acme", "orders", "42");
        await cache.SetAsync(key, new OrderSummary("42", "acme", 1));

        await cache.RemoveAsync(key);

        Assert.That(await cache.GetAsync<OrderSummary>(key), Is.Null);
    }
}
