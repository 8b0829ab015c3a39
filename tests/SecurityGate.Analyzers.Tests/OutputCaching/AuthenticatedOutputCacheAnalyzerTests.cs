using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.OutputCaching;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.OutputCaching;

public sealed class AuthenticatedOutputCacheAnalyzerTests
{
    private const string Message = "\"CacheOutput(...)\" caches the output of an endpoint that requires authorization without varying it by tenant or user, so one user's response can be served to another; vary it with VaryByValue on the tenant or user id, SetVaryByHeader(\"Authorization\") or a tenant route value, or remove output caching from the endpoint";

    [Test]
    public async Task Fixture_AuthorizedEndpoints_ReportedWithoutVary()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("OutputCaching/AuthenticatedOutputCache.cs", null, new AuthenticatedOutputCacheAnalyzer());

        // The default policy, a vary by user, tenant or Authorization header, an anonymous endpoint and a named policy are not reported.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG041", 31, 14, Message),
            new ExpectedDiagnostic("CSG041", 34, 14, Message),
        }));
    }
}
