using System;
using System.Threading.Tasks;
using NUnit.Framework;

namespace SecurityGate.Runtime.Tests.Tenancy;

public sealed class AmbientTenantContextTests
{
    [Test]
    public void Enter_Scope_SetsAndRestoresTenant()
    {
        var context = new AmbientTenantContext();

        using (AmbientTenantContext.Enter("outer"))
        {
            using (AmbientTenantContext.Enter("inner"))
            {
                Assert.That(context.TenantId, Is.EqualTo("inner"));
            }

            Assert.That(context.TenantId, Is.EqualTo("outer"));
        }

        Assert.That(context.TenantId, Is.Null);
    }

    [Test]
    public async Task Enter_ParallelTasks_KeepTheirOwnTenant()
    {
        var context = new AmbientTenantContext();

        async Task<string?> RunAs(string tenant)
        {
            using (AmbientTenantContext.Enter(tenant))
            {
                await Task.Delay(20).ConfigureAwait(false);
                return context.TenantId;
            }
        }

        var results = await Task.WhenAll(RunAs("a"), RunAs("b"), RunAs("c")).ConfigureAwait(false);

        Assert.That(results, Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void Enter_Whitespace_Throws()
    {
        Assert.Throws<ArgumentException>(() => AmbientTenantContext.Enter(" "));
    }
}
