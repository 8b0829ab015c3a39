using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

/// <summary>
/// The limits of key folding: what is followed into a template, and what stays a hole or leaves the key
/// undetermined (and so unreported) instead of being guessed at.
/// </summary>
public sealed class KeyFoldingTests
{
    private const string Members = """
            private static readonly string SharedKey = "global";
            private const string Versioned = "v1:";

            public enum Kind { Orders }

            private static string Recursive(int n) => "x:" + Loop(n);
            private static string Loop(int n) => Recursive(n);

            private static string Level1(int id) => Level2(id);
            private static string Level2(int id) => Level3(id);
            private static string Level3(int id) => Level4(id);
            private static string Level4(int id) => "orders:" + id;

            private static void Make(out string key) => key = "orders";

            public virtual string Overridable(int id) => "orders:" + id;
        """;

    [TestCase("Recursive(id)", "x:{0}")]
    [TestCase("Level2(id)", "orders:{0}")]
    [TestCase("Versioned.Replace(\"v1:\", \"\") + \":\" + id", "{0}:{1}")]
    [TestCase("$\"orders:{id:D4}\"", "orders:{0}")]
    [TestCase("\"orders:\" + Kind.Orders", "orders:{0}")]
    [TestCase("\"orders:\" + 'x' + 42 + true", "orders:x42True")]
    [TestCase("\"orders:\" + (id > 0 ? \"a\" : \"b\")", "orders:{0}")]
    public async Task Key_PartlyFollowed_ReportedWithHoles(string keyExpression, string template)
    {
        var diagnostics = await RunAsync(keyExpression);

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[] { new ExpectedDiagnostic("CSG001", 9, 32, KeyMessages.NoVersion(template)) }));
    }

    [TestCase("Level1(id)")]
    [TestCase("SharedKey")]
    [TestCase("string.Join(\":\", \"orders\", id)")]
    [TestCase("Overridable(id)")]
    [TestCase("OutKey()")]
    [TestCase("id.ToString(System.Globalization.CultureInfo.InvariantCulture)")]
    public async Task Key_NotFollowed_NotGuessedAt(string keyExpression)
    {
        var diagnostics = await RunAsync(keyExpression);

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task HelperDepth_ThreeLevelsFollowed_FourthNot()
    {
        Assert.That(KeyFolder.MaxHelperDepth, Is.EqualTo(3));

        var threeLevels = await RunAsync("Level2(id)");
        var fourLevels = await RunAsync("Level1(id)");

        Assert.That(threeLevels, Has.Length.EqualTo(1));
        Assert.That(fourLevels, Is.Empty);
    }

    [Test]
    public async Task LocalFunctionHelper_Followed()
    {
        const string source = """
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class Reader
            {
                public string? Read(IDistributedCache cache, int id)
                {
                    return cache.GetString(Key(id));

                    static string Key(int id) => "orders:" + id;
                }
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Reader.cs", null, new CacheKeyVersionAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[] { new ExpectedDiagnostic("CSG001", 7, 32, KeyMessages.NoVersion("orders:{0}")) }));
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(string keyExpression)
    {
        var source = $$"""
            using Microsoft.Extensions.Caching.Distributed;

            namespace Shop;

            public class Reader
            {
                public string? Read(IDistributedCache cache, int id)
                {
                    return cache.GetString({{keyExpression}});
                }

                private static string OutKey()
                {
                    Make(out var key);
                    return key;
                }

            {{Members}}
            }
            """;
        return AnalyzerHarness.RunAsync(source, "Reader.cs", null, new CacheKeyVersionAnalyzer());
    }
}
