using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>
/// Two service providers over the same real Redis server, instance prefix and key material, standing for two
/// processes of one application. The fixture fails when Redis is not reachable.
/// </summary>
public abstract class TwoProcessRedisFixture
{
    private readonly string keyMaterial = TestKeys.NewMaterial();

    protected ServiceProvider First { get; private set; } = null!;

    protected ServiceProvider Second { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartProcesses()
    {
        var instance = $"sg-runtime-tests-{Guid.NewGuid():N}:";
        First = RedisServer.Build(instance, keyMaterial);
        Second = RedisServer.Build(instance, keyMaterial);
        await RedisServer.RequireReachableAsync(First.GetRequiredService<IDistributedCache>());
    }

    [OneTimeTearDown]
    public async Task StopProcesses()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}
