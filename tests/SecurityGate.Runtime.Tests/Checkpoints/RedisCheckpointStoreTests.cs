using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;
using StackExchange.Redis;

namespace SecurityGate.Runtime.Tests.Checkpoints;

/// <summary>
/// The atomic checkpoint store on a real Redis server. Each <see cref="RedisCheckpointProcess"/> has its own
/// connection, so concurrent writers race exactly as separate processes do.
/// </summary>
[NonParallelizable]
public sealed class RedisCheckpointStoreTests
{
    private const int Processes = 8;

    private readonly string keyMaterial = TestKeys.NewMaterial();
    private readonly List<RedisCheckpointProcess> processes = new();
    private string prefix = null!;
    private CapturingLoggerProvider logs = null!;

    [SetUp]
    public async Task SetUp()
    {
        prefix = $"sg-checkpoint-tests-{Guid.NewGuid():N}:";
        logs = new CapturingLoggerProvider();
        for (var index = 0; index < Processes; index++)
        {
            processes.Add(await RedisCheckpointProcess.StartAsync(prefix, keyMaterial, options => options.MaxCheckpointVersions = 3, logs));
        }
    }

    [TearDown]
    public async Task TearDown()
    {
        await processes[0].DeleteKeysAsync();
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        processes.Clear();
        logs.Dispose();
    }

    [Test]
    public async Task Save_EightConnectionsSameVersion_OneWins()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        await processes[0].Store.SaveAsync("race", new WorkflowState("start", 0, new List<string>()), 0);

        for (long expected = 1; expected <= 10; expected++)
        {
            var outcomes = await RaceAsync(expected);

            var winners = outcomes.Where(outcome => outcome.Version is not null).ToList();
            var losers = outcomes.Where(outcome => outcome.Conflict is not null).ToList();
            Assert.That(winners, Has.Count.EqualTo(1), $"one winner for expected version {expected}");
            Assert.That(winners[0].Version, Is.EqualTo(expected + 1));
            Assert.That(losers, Has.Count.EqualTo(Processes - 1), $"every other writer conflicts at expected version {expected}");
            Assert.That(losers.Select(loser => loser.Conflict!.ExpectedVersion), Has.All.EqualTo(expected));
            Assert.That(losers.Select(loser => loser.Conflict!.CurrentVersion), Has.All.EqualTo(expected + 1));

            var latest = await processes[^1].Store.LoadAsync<WorkflowState>("race");
            Assert.That(latest!.Version, Is.EqualTo(expected + 1));
            Assert.That(latest.State.Step, Is.EqualTo(winners[0].Writer), "the stored state is the winner's");
        }
    }

    [Test]
    public async Task IncrementWithRetry_EightConnections_LoseNoUpdate()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        await processes[0].Store.SaveAsync("counter", new WorkflowState("count", 0, new List<string>()), 0);

        var start = new Barrier(Processes);
        var conflicts = await Task.WhenAll(processes.Select((process, index) => Task.Run(() =>
        {
            start.SignalAndWait();
            return CheckpointWorkers.IncrementAsync(process.Store, "counter", "p" + index, 10);
        })));
        var final = await processes[0].Store.LoadAsync<WorkflowState>("counter");

        TestContext.Out.WriteLine($"conflicts per writer: {string.Join(", ", conflicts)}");
        Assert.That(final!.State.Counter, Is.EqualTo(Processes * 10), "every successful save is counted");
        Assert.That(final.Version, Is.EqualTo(1 + (Processes * 10)), "one version per successful save");
        Assert.That(final.State.History.Distinct().Count(), Is.EqualTo(Processes * 10));
    }

    [Test]
    public async Task Save_StaleWriterAfterNewerSave_IsRejected()
    {
        var storeA = processes[0].Store;
        var storeB = processes[1].Store;
        using var tenant = AmbientTenantContext.Enter("acme");
        await storeA.SaveAsync("approval", new WorkflowState("submitted", 1, new List<string>()), 0);
        var seenByA = await storeA.LoadAsync<WorkflowState>("approval");
        await storeB.SaveAsync("approval", new WorkflowState("approved", 2, new List<string>()), 1);

        var exception = Assert.ThrowsAsync<CheckpointConflictException>(async () =>
            await storeA.SaveAsync("approval", new WorkflowState("rejected", 2, new List<string>()), seenByA!.Version));
        var latest = await storeA.LoadAsync<WorkflowState>("approval");

        Assert.That(exception!.Message, Is.EqualTo(
            "The checkpoint was not saved: the save expected version 1, but the latest version is 2. " +
            "Another writer saved first; load the latest checkpoint, reapply the change and save with its version."));
        Assert.That(latest!.Version, Is.EqualTo(2));
        Assert.That(latest.State.Step, Is.EqualTo("approved"));
        Assert.That(logs.WithEvent(10).Single().Message, Does.Contain("expected version 1, current version 2"));
        Assert.That(logs.WithEvent(10).Single().Message, Does.Not.Contain("approval").And.Not.Contain("acme"));
    }

    [Test]
    public async Task Save_AheadOfLatest_IsRejected()
    {
        using var tenant = AmbientTenantContext.Enter("acme");

        var exception = Assert.ThrowsAsync<CheckpointConflictException>(async () =>
            await processes[0].Store.SaveAsync("fresh", new WorkflowState("a", 1, new List<string>()), 3));

        Assert.That(exception!.ExpectedVersion, Is.EqualTo(3));
        Assert.That(exception.CurrentVersion, Is.EqualTo(0));
        Assert.That(await processes[0].Store.ListAsync("fresh"), Is.Empty);
    }

    [Test]
    public async Task Save_EntriesAtRest_StateEncrypted()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        await processes[0].Store.SaveAsync("import-7", new WorkflowState("parse-secret-step", 1, new List<string>()), 0);

        var state = (byte[]?)await processes[0].Database.StringGetAsync("v1:client:acme:checkpoints:import-7:v1");
        var head = (byte[]?)await processes[0].Database.StringGetAsync("v1:client:acme:checkpoints:import-7:head");
        var pointer = (string?)await processes[0].Database.StringGetAsync("v1:client:acme:checkpoints:import-7:version");
        var expiry = await processes[0].Database.KeyTimeToLiveAsync("v1:client:acme:checkpoints:import-7:version");

        Assert.That(state![0], Is.EqualTo(1), "the state is an envelope");
        Assert.That(Encoding.UTF8.GetString(state), Does.Not.Contain("parse-secret-step"));
        Assert.That(head![0], Is.EqualTo(1), "the head is an envelope");
        Assert.That(pointer, Does.Match("^1:[0-9a-f]{32}$"));
        Assert.That(expiry, Is.GreaterThan(TimeSpan.FromDays(6)).And.LessThanOrEqualTo(TimeSpan.FromDays(7)));
    }

    [Test]
    public async Task Load_OtherTenantSameWorkflow_SeesNothing()
    {
        var store = processes[0].Store;
        using (AmbientTenantContext.Enter("tenant-a"))
        {
            await store.SaveAsync("shared", new WorkflowState("a-1", 1, new List<string>()), 0);
            await store.SaveAsync("shared", new WorkflowState("a-2", 2, new List<string>()), 1);
        }

        using (AmbientTenantContext.Enter("tenant-b"))
        {
            Assert.That(await processes[1].Store.LoadAsync<WorkflowState>("shared"), Is.Null);
            Assert.That(await processes[1].Store.ListAsync("shared"), Is.Empty);
            Assert.That(await processes[1].Store.SaveAsync("shared", new WorkflowState("b-1", 1, new List<string>()), 0), Is.EqualTo(1));
            Assert.ThrowsAsync<CheckpointConflictException>(async () =>
                await processes[1].Store.SaveAsync("shared", new WorkflowState("b-stale", 2, new List<string>()), 2));
        }

        using (AmbientTenantContext.Enter("tenant-a"))
        {
            var latest = await store.LoadAsync<WorkflowState>("shared");
            Assert.That(latest!.Version, Is.EqualTo(2));
            Assert.That(latest.State.Step, Is.EqualTo("a-2"));
        }
    }

    [Test]
    public async Task Load_StateCopiedUnderOtherTenant_FailsAuthentication()
    {
        using (AmbientTenantContext.Enter("tenant-a"))
        {
            await processes[0].Store.SaveAsync("shared", new WorkflowState("a-secret", 1, new List<string>()), 0);
        }

        using (AmbientTenantContext.Enter("tenant-b"))
        {
            await processes[0].Store.SaveAsync("shared", new WorkflowState("b", 1, new List<string>()), 0);
        }

        var copied = await processes[0].Database.StringGetAsync("v1:client:tenant-a:checkpoints:shared:v1");
        await processes[0].Database.StringSetAsync("v1:client:tenant-b:checkpoints:shared:v1", copied);

        using (AmbientTenantContext.Enter("tenant-b"))
        {
            var exception = Assert.ThrowsAsync<CacheDecryptionException>(async () => await processes[1].Store.LoadAsync<WorkflowState>("shared"));
            Assert.That(exception!.Failure, Is.EqualTo(DecryptionFailure.AuthenticationFailed));
        }
    }

    [Test]
    public async Task Save_MoreVersionsThanKept_PrunesOldest()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        for (var version = 0; version < 5; version++)
        {
            await processes[version % 2].Store.SaveAsync("import-7", new WorkflowState("step-" + (version + 1), version + 1, new List<string>()), version);
        }

        var list = await processes[2].Store.ListAsync("import-7");
        var third = await processes[2].Store.LoadAsync<WorkflowState>("import-7", version: 3);

        Assert.That(list.Select(info => info.Version), Is.EqualTo(new long[] { 3, 4, 5 }));
        Assert.That(third!.State.Step, Is.EqualTo("step-3"));
        Assert.That(await processes[2].Store.LoadAsync<WorkflowState>("import-7", version: 2), Is.Null);
        Assert.That(await processes[0].Database.KeyExistsAsync("v1:client:acme:checkpoints:import-7:v1"), Is.False);
        Assert.That(await processes[0].Database.KeyExistsAsync("v1:client:acme:checkpoints:import-7:v2"), Is.False);
    }

    [Test]
    public async Task Delete_Workflow_RemovesEveryKey()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        await processes[0].Store.SaveAsync("import-7", new WorkflowState("a", 1, new List<string>()), 0);
        await processes[0].Store.SaveAsync("import-7", new WorkflowState("b", 2, new List<string>()), 1);

        await processes[1].Store.DeleteAsync("import-7");

        Assert.That(await processes[0].Store.ListAsync("import-7"), Is.Empty);
        Assert.That(await processes[0].Store.LoadAsync<WorkflowState>("import-7"), Is.Null);
        var remaining = await KeysAsync();
        Assert.That(remaining, Is.Empty, "pointer, head and states are deleted");
        var stale = Assert.ThrowsAsync<CheckpointConflictException>(async () =>
            await processes[0].Store.SaveAsync("import-7", new WorkflowState("stale", 3, new List<string>()), 2));
        Assert.That(stale!.CurrentVersion, Is.EqualTo(0));
        Assert.That(await processes[0].Store.SaveAsync("import-7", new WorkflowState("again", 1, new List<string>()), 0), Is.EqualTo(1));
    }

    [Test]
    public async Task Save_MalformedPointer_ThrowsWithFix()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        var pointerKey = CacheKey.Create("acme", "checkpoints", "import-7", "version");
        await processes[0].Database.StringSetAsync(pointerKey.ToString(), "not-a-pointer");

        var exception = Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await processes[0].Store.SaveAsync("import-7", new WorkflowState("a", 1, new List<string>()), 0));

        Assert.That(exception!.Message, Is.EqualTo(
            $"The checkpoint version pointer with key hash {pointerKey.ToLogHash()} is not of the form '{{version}}:{{token}}', so the latest version is unknown. " +
            "Delete the workflow's checkpoints with ICheckpointStore.DeleteAsync and save again from version 0."));
    }

    [Test]
    public void Save_NoTenant_ThrowsTenantMissing()
    {
        Assert.ThrowsAsync<TenantMissingException>(async () =>
            await processes[0].Store.SaveAsync("import-7", new WorkflowState("a", 1, new List<string>()), 0));
    }

    [Test]
    public async Task AddRedisCheckpointStore_AnyOrder_ReplacesDistributedStore()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        foreach (var redisFirst in new[] { true, false })
        {
            var collection = new ServiceCollection();
            collection.AddDistributedMemoryCache();
            collection.AddSingleton<IConnectionMultiplexer>(connection);
            if (redisFirst)
            {
                collection.AddRedisCheckpointStore();
            }

            collection.AddSecureCache(options => TestKeys.AddKey(options, "key-1"));
            if (!redisFirst)
            {
                collection.AddRedisCheckpointStore();
            }

            await using var services = collection.BuildServiceProvider();
            Assert.That(services.GetRequiredService<ICheckpointStore>(), Is.InstanceOf<RedisCheckpointStore>(), $"Redis registered first: {redisFirst}");
            Assert.That(collection.Count(descriptor => descriptor.ServiceType == typeof(ICheckpointStore)), Is.EqualTo(1));
        }
    }

    private async Task<List<string>> KeysAsync()
    {
        var server = processes[0].Database.Multiplexer.GetServers()[0];
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: prefix + "*"))
        {
            keys.Add(key.ToString()!);
        }

        return keys;
    }

    /// <summary>Has every process save on top of <paramref name="expected"/> at the same instant.</summary>
    private async Task<RaceOutcome[]> RaceAsync(long expected)
    {
        var start = new Barrier(Processes);
        var outcomes = new ConcurrentBag<RaceOutcome>();
        await Task.WhenAll(processes.Select((process, index) => Task.Run(async () =>
        {
            using var tenant = AmbientTenantContext.Enter("acme");
            var writer = $"writer-{index}-round-{expected}";
            start.SignalAndWait();
            try
            {
                var version = await process.Store.SaveAsync("race", new WorkflowState(writer, (int)expected, new List<string>()), expected);
                outcomes.Add(new RaceOutcome(writer, version, null));
            }
            catch (CheckpointConflictException conflict)
            {
                outcomes.Add(new RaceOutcome(writer, null, conflict));
            }
        })));
        return outcomes.ToArray();
    }

    private sealed record RaceOutcome(string Writer, long? Version, CheckpointConflictException? Conflict);
}
