using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Checkpoints;

public sealed class DistributedCheckpointStoreTests
{
    private CapturingLoggerProvider logs = null!;
    private ServiceProvider services = null!;
    private ICheckpointStore store = null!;

    [SetUp]
    public void SetUp()
    {
        logs = new CapturingLoggerProvider();
        services = RuntimeServices.Build(options => options.MaxCheckpointVersions = 3, logs);
        store = services.GetRequiredService<ICheckpointStore>();
    }

    [TearDown]
    public void TearDown()
    {
        services.Dispose();
        logs.Dispose();
    }

    [Test]
    public async Task SaveThenLoad_FirstCheckpoint_ReturnsVersionOne()
    {
        using var tenant = AmbientTenantContext.Enter("acme");

        var version = await store.SaveAsync("import-7", new WorkflowState("parse", 1, new List<string> { "start" }), expectedVersion: 0);
        var loaded = await store.LoadAsync<WorkflowState>("import-7");

        Assert.That(version, Is.EqualTo(1));
        Assert.That(loaded!.Version, Is.EqualTo(1));
        Assert.That(loaded.State.Step, Is.EqualTo("parse"));
        Assert.That(loaded.State.History, Is.EqualTo(new[] { "start" }));
    }

    [Test]
    public async Task Save_StateAtRest_IsEncrypted()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        await store.SaveAsync("import-7", new WorkflowState("parse-secret-step", 1, new List<string>()), 0);

        var stored = await services.GetRequiredService<IDistributedCache>().GetAsync("v1:client:acme:checkpoints:import-7:v1");

        Assert.That(stored![0], Is.EqualTo(1));
        Assert.That(Encoding.UTF8.GetString(stored), Does.Not.Contain("parse-secret-step"));
    }

    [Test]
    public async Task Save_StaleExpectedVersion_IsRejectedAndLatestKept()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        await store.SaveAsync("import-7", new WorkflowState("a", 1, new List<string>()), 0);
        await store.SaveAsync("import-7", new WorkflowState("b", 2, new List<string>()), 1);

        var exception = Assert.ThrowsAsync<CheckpointConflictException>(async () =>
            await store.SaveAsync("import-7", new WorkflowState("stale", 99, new List<string>()), 1));
        var latest = await store.LoadAsync<WorkflowState>("import-7");

        Assert.That(exception!.Message, Is.EqualTo(
            "The checkpoint was not saved: the save expected version 1, but the latest version is 2. " +
            "Another writer saved first; load the latest checkpoint, reapply the change and save with its version."));
        Assert.That(exception.ExpectedVersion, Is.EqualTo(1));
        Assert.That(exception.CurrentVersion, Is.EqualTo(2));
        Assert.That(latest!.State.Step, Is.EqualTo("b"));
        Assert.That(logs.WithEvent(10).Single().Message, Does.Contain("expected version 1, current version 2"));
        Assert.That(logs.WithEvent(10).Single().Message, Does.Not.Contain("import-7").And.Not.Contain("acme"));
    }

    [Test]
    public async Task ListAndLoad_MoreVersionsThanKept_PrunesOldest()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        for (var version = 0; version < 5; version++)
        {
            await store.SaveAsync("import-7", new WorkflowState("step-" + (version + 1), version + 1, new List<string>()), version);
        }

        var list = await store.ListAsync("import-7");
        var third = await store.LoadAsync<WorkflowState>("import-7", version: 3);
        var first = await store.LoadAsync<WorkflowState>("import-7", version: 1);

        Assert.That(list.Select(info => info.Version), Is.EqualTo(new long[] { 3, 4, 5 }));
        Assert.That(third!.State.Step, Is.EqualTo("step-3"));
        Assert.That(first, Is.Null);
        Assert.That(await services.GetRequiredService<IDistributedCache>().GetAsync("v1:client:acme:checkpoints:import-7:v1"), Is.Null);
    }

    [Test]
    public async Task Delete_Workflow_RemovesEveryVersion()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        await store.SaveAsync("import-7", new WorkflowState("a", 1, new List<string>()), 0);
        await store.SaveAsync("import-7", new WorkflowState("b", 2, new List<string>()), 1);

        await store.DeleteAsync("import-7");

        Assert.That(await store.ListAsync("import-7"), Is.Empty);
        Assert.That(await store.LoadAsync<WorkflowState>("import-7"), Is.Null);
        Assert.That(await store.SaveAsync("import-7", new WorkflowState("again", 1, new List<string>()), 0), Is.EqualTo(1));
    }

    [Test]
    public async Task Load_SameWorkflowIdOtherTenant_SeesNothing()
    {
        using (AmbientTenantContext.Enter("tenant-a"))
        {
            await store.SaveAsync("import-7", new WorkflowState("a-only", 1, new List<string>()), 0);
        }

        using (AmbientTenantContext.Enter("tenant-b"))
        {
            Assert.That(await store.LoadAsync<WorkflowState>("import-7"), Is.Null);
            Assert.That(await store.SaveAsync("import-7", new WorkflowState("b", 1, new List<string>()), 0), Is.EqualTo(1));
        }
    }

    [Test]
    public void Save_NoTenant_ThrowsTenantMissing()
    {
        Assert.ThrowsAsync<TenantMissingException>(async () => await store.SaveAsync("import-7", new WorkflowState("a", 1, new List<string>()), 0));
    }

    [Test]
    public async Task ParallelWriters_SameWorkflow_LoseNoUpdate()
    {
        using var tenant = AmbientTenantContext.Enter("acme");
        await store.SaveAsync("counter", new WorkflowState("count", 0, new List<string>()), 0);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(() => CheckpointWorkers.IncrementAsync(store, "counter", "w" + writer, 10))));
        var final = await store.LoadAsync<WorkflowState>("counter");

        Assert.That(final!.State.Counter, Is.EqualTo(40));
        Assert.That(final.State.History, Has.Count.EqualTo(40));
        Assert.That(final.Version, Is.EqualTo(41));
    }
}

/// <summary>A writer that increments a checkpointed counter, retrying on conflict as a workflow engine would.</summary>
internal static class CheckpointWorkers
{
    public static async Task<int> IncrementAsync(ICheckpointStore store, string workflowId, string writer, int increments)
    {
        var conflicts = 0;
        for (var done = 0; done < increments;)
        {
            var current = await store.LoadAsync<WorkflowState>(workflowId).ConfigureAwait(false);
            var state = current!.State;
            var next = new WorkflowState(state.Step, state.Counter + 1, state.History.Append($"{writer}-{done}").ToList());
            try
            {
                await store.SaveAsync(workflowId, next, current.Version).ConfigureAwait(false);
                done++;
            }
            catch (CheckpointConflictException)
            {
                conflicts++;
            }
        }

        return conflicts;
    }
}
