using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class AmbiguousKeyAnalyzerTests
{
    [Test]
    public async Task Fixture_AdjacentHoles_ReportedAtKey()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/AmbiguousKeys.cs", null, new AmbiguousKeyAnalyzer());

        // A separator, a static prefix field, fixed-length values and a single-hole key are not reported.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG003", 13, 28, "Cache key \"v1:client:{0}:prices:{1}{2}\" joins the holes {1}{2} with nothing between them, so (\"ab\", \"c\") and (\"a\", \"bc\") give the same key; put \":\" between the parts or build the key with CacheKey.Create"),
            new ExpectedDiagnostic("CSG003", 15, 78, KeyMessages.Ambiguous("{0}{1}", "{0}{1}")),
            new ExpectedDiagnostic("CSG003", 18, 30, KeyMessages.Ambiguous("v1:client:{0}:rates:{1}{2}", "{1}{2}")),
            new ExpectedDiagnostic("CSG003", 21, 36, KeyMessages.Ambiguous("v1:client:{0}:labels:{1}{2}", "{1}{2}")),
            new ExpectedDiagnostic("CSG003", 24, 28, KeyMessages.Ambiguous("v1:client:{0}:sizes:{1}{2}{3}", "{1}{2}{3}")),
        }));
    }

    [TestCase("$\"{a}{b}\"", "{0}{1}", "{0}{1}")]
    [TestCase("a + b", "{0}{1}", "{0}{1}")]
    [TestCase("string.Concat(a, b)", "{0}{1}", "{0}{1}")]
    [TestCase("string.Format(\"v1:{0}{1}\", a, n)", "v1:{0}{1}", "{0}{1}")]
    [TestCase("$\"v1:{a}:{b}{n}:{a}{b}\"", "v1:{0}:{1}{2}:{3}{4}", "{1}{2}")]
    [TestCase("$\"v1:{a}{c}{b}\"", "v1:{0}{1}{2}", "{0}{1}{2}")]
    [TestCase("$\"v1:{a}{other.Prefix}\"", "v1:{0}{1}", "{0}{1}")]
    public async Task AdjacentVariableHoles_Reported(string keyExpression, string template, string run)
    {
        var diagnostics = await RunOnKeyAsync(keyExpression);

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[] { new ExpectedDiagnostic("CSG003", 16, 32, KeyMessages.Ambiguous(template, run)) }));
    }

    [TestCase("$\"{a}:{b}\"")]
    [TestCase("a")]
    [TestCase("$\"v1:{a}{c}\"")]
    [TestCase("$\"v1:{a}{Prefix}{b}\"")]
    [TestCase("$\"v1:{a}{this.Prefix}{b}\"")]
    [TestCase("Shared + a")]
    [TestCase("a + scope")]
    [TestCase("$\"v1:{a}{flag}{id}\"")]
    [TestCase("\"v1:\" + a + \"-\" + b")]
    public async Task SeparatedOrFixedHoles_NotReported(string keyExpression)
    {
        var diagnostics = await RunOnKeyAsync(keyExpression);

        Assert.That(diagnostics, Is.Empty);
    }

    private static Task<ImmutableArray<Diagnostic>> RunOnKeyAsync(string keyExpression)
    {
        var source = $$"""
            using Microsoft.Extensions.Caching.Distributed;

            namespace Shop;

            public sealed class Reader(string prefix)
            {
                private static string Shared = "v1:shared:";

                private readonly string Prefix = prefix;

                private string scope = "";

                public string? Read(IDistributedCache cache, Reader other, string a, string b, char c, bool flag, System.Guid id, int n)
                {
                    scope = a;
                    return cache.GetString({{keyExpression}});
                }
            }
            """;
        return AnalyzerHarness.RunAsync(source, "Reader.cs", null, new AmbiguousKeyAnalyzer());
    }
}
