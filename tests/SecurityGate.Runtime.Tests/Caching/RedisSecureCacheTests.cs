using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Caching;

/// <summary>The secure cache over a real Redis server, with two service providers standing for two processes.</summary>
[NonParallelizable]
public sealed class RedisSecureCacheTests : TwoProcessRedisFixture
{
    [Test]
    public async Task SetThenGet_SensitiveValueAcrossProcesses_RoundTripsEncrypted()
    {
        var writer = First.GetRequiredService<ISecureCache>();
        var reader = Second.GetRequiredService<ISecureCache>();
        var key = writer.CreateKeyForTenant("acme", "credentials", "crm");

        await writer.SetAsync(key, new ApiCredentials { ClientId = "crm", ClientSecret = "redis-secret" });
        var stored = await First.GetRequiredService<IDistributedCache>().GetAsync(key.ToString());
        var read = await reader.GetAsync<ApiCredentials>(key);

        Assert.That(stored![0], Is.EqualTo(1));
        Assert.That(System.Text.Encoding.UTF8.GetString(stored), Does.Not.Contain("redis-secret"));
        Assert.That(read!.ClientSecret, Is.EqualTo("redis-secret"));
    }

    [Test]
    public async Task Get_EnvelopeCopiedToOtherTenantInRedis_FailsAuthentication()
    {
        var cache = First.GetRequiredService<ISecureCache>();
        var raw = First.GetRequiredService<IDistributedCache>();
        var victim = cache.CreateKeyForTenant("tenant-a", "credentials", "crm");
        var attacker = cache.CreateKeyForTenant("tenant-b", "credentials", "crm");
        await cache.SetAsync(victim, new ApiCredentials { ClientSecret = "tenant-a-secret" });

        await raw.SetAsync(attacker.ToString(), (await raw.GetAsync(victim.ToString()))!);
        var exception = Assert.ThrowsAsync<CacheDecryptionException>(async () => await Second.GetRequiredService<ISecureCache>().GetAsync<ApiCredentials>(attacker));

        Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.AuthenticationFailed));
    }

    [Test]
    public async Task ParallelWritersAndReaders_ManyTenants_NeverReturnAnotherTenantsValue()
    {
        const int Tenants = 6;
        const int OperationsPerWorker = 40;
        var caches = new[] { First.GetRequiredService<ISecureCache>(), Second.GetRequiredService<ISecureCache>() };
        var wrongTenant = new ConcurrentBag<string>();
        var reads = 0;

        async Task Work(int worker)
        {
            var tenant = "tenant-" + (worker % Tenants);
            var cache = caches[worker % caches.Length];
            for (var operation = 0; operation < OperationsPerWorker; operation++)
            {
                using (AmbientTenantContext.Enter(tenant))
                {
                    // Every tenant uses the same component and id, so only the tenant segment separates the entries.
                    var secretKey = cache.CreateKey("credentials", "shared-id");
                    var plainKey = cache.CreateKey("orders", "shared-id");
                    if (operation % 3 == 0)
                    {
                        await cache.SetAsync(secretKey, new ApiCredentials { ClientId = tenant, ClientSecret = tenant + "-secret" });
                        await cache.SetAsync(plainKey, new OrderSummary("shared-id", tenant, operation));
                        continue;
                    }

                    var credentials = await cache.GetAsync<ApiCredentials>(secretKey);
                    var order = await cache.GetAsync<OrderSummary>(plainKey);
                    System.Threading.Interlocked.Increment(ref reads);
                    if (credentials is not null && (credentials.ClientId != tenant || credentials.ClientSecret != tenant + "-secret"))
                    {
                        wrongTenant.Add($"{tenant} read credentials of {credentials.ClientId}");
                    }

                    if (order is not null && order.Tenant != tenant)
                    {
                        wrongTenant.Add($"{tenant} read the order of {order.Tenant}");
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Tenants * 3).Select(worker => Task.Run(() => Work(worker))));

        Assert.That(wrongTenant, Is.Empty);
        Assert.That(reads, Is.EqualTo(Tenants * 3 * (OperationsPerWorker - 14)));
    }
}
