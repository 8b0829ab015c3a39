using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Checkpoints;

/// <summary>The checkpoint store over IDistributedCache, backed by a real Redis server.</summary>
[NonParallelizable]
public sealed class DistributedCheckpointStoreRedisTests : TwoProcessRedisFixture
{
    [Test]
    public async Task ParallelWriters_ManyTenants_LoseNoUpdateAndStayIsolated()
    {
        var store = First.GetRequiredService<ICheckpointStore>();
        var tenants = new[] { "tenant-a", "tenant-b", "tenant-c" };
        foreach (var tenant in tenants)
        {
            using (AmbientTenantContext.Enter(tenant))
            {
                await store.SaveAsync("nightly", new WorkflowState(tenant, 0, new List<string>()), 0);
            }
        }

        var workers = tenants.SelectMany(tenant => Enumerable.Range(0, 3).Select(writer => Task.Run(async () =>
        {
            using (AmbientTenantContext.Enter(tenant))
            {
                return await CheckpointWorkers.IncrementAsync(store, "nightly", $"{tenant}-w{writer}", 8);
            }
        })));
        await Task.WhenAll(workers);

        foreach (var tenant in tenants)
        {
            using (AmbientTenantContext.Enter(tenant))
            {
                var final = await Second.GetRequiredService<ICheckpointStore>().LoadAsync<WorkflowState>("nightly");
                Assert.That(final!.State.Step, Is.EqualTo(tenant), "state belongs to its tenant");
                Assert.That(final.State.Counter, Is.EqualTo(24), $"no lost update for {tenant}");
                Assert.That(final.State.History.Distinct().Count(), Is.EqualTo(24));
                Assert.That(final.State.History, Has.All.StartWith(tenant));
            }
        }
    }

    [Test]
    public async Task Save_StaleWriterInOtherProcess_IsRejected()
    {
        var storeA = First.GetRequiredService<ICheckpointStore>();
        var storeB = Second.GetRequiredService<ICheckpointStore>();
        using var tenant = AmbientTenantContext.Enter("acme");
        await storeA.SaveAsync("approval", new WorkflowState("submitted", 1, new List<string>()), 0);

        var seenByA = await storeA.LoadAsync<WorkflowState>("approval");
        await storeB.SaveAsync("approval", new WorkflowState("approved", 2, new List<string>()), 1);

        Assert.ThrowsAsync<CheckpointConflictException>(async () =>
            await storeA.SaveAsync("approval", new WorkflowState("rejected", 2, new List<string>()), seenByA!.Version));
        Assert.That((await storeB.LoadAsync<WorkflowState>("approval"))!.State.Step, Is.EqualTo("approved"));
    }
}
