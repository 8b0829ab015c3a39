using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.CodeFixes.Tests.Infrastructure;

namespace SecurityGate.CodeFixes.Tests;

public sealed class SensitiveKeyValueCodeFixProviderTests
{
    private static CodeFixHarness Harness() => new(new SensitiveKeyValueCodeFixProvider(), new SensitiveKeyValueAnalyzer());

    [Test]
    public async Task Fix_TokenHole_HashesWithSha256()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            using System;
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class SessionCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, string refreshToken) => cache.GetString($"v1:client:{tenantId}:sessions:{refreshToken}");
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class SessionCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, string refreshToken) => cache.GetString($"v1:client:{tenantId}:sessions:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)))}");
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task FixAll_TwoSensitiveHoles_HashesBoth()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixAllAsync(
            """
            using System;
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class LoginCache(IDistributedCache cache)
            {
                public void Remove(string tenantId, string email, string password) => cache.Remove("v1:client:" + tenantId + ":logins:" + email + ":" + password);
            }
            """,
            SensitiveKeyValueCodeFixProvider.EquivalenceKey);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Does.Contain(
            "\":logins:\" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email))) + \":\" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)))"));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task Fix_NonStringSensitiveHole_NotOffered()
    {
        var harness = Harness();

        var titles = await harness.OfferedTitlesAsync("""
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class PinCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, int password) => cache.GetString($"v1:client:{tenantId}:pins:{password}");
            }
            """);

        Assert.That(titles, Is.Empty);
    }
}
