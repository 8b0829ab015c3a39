using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Serialization;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Operations;

/// <summary>
/// Places where an operation tree is not a plain method body: initializers, constructor initializers, primary
/// constructors, accessors, attributes and top-level statements. Each test checks which member a finding belongs to
/// and its ordinal, because baselines store both in the fingerprint.
/// </summary>
public sealed class OperationTreeScanEdgeTests
{
    private const string ReaderConstructor = "M:Reader.#ctor(Microsoft.Extensions.Caching.Distributed.IDistributedCache)";

    private const string ChainedConstructor = """
        using Microsoft.Extensions.Caching.Distributed;

        public class Reader
        {
            public Reader(string? settings) { }

            public Reader(IDistributedCache cache) : this(cache.GetString("v1:settings"))
            {
                _ = cache.GetString("v1:settings");
            }
        }
        """;

    [Test]
    public async Task ChainedConstructor_InitializerAndBody_NumberedTogether()
    {
        var records = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(ChainedConstructor, "Reader.cs", null, new CacheKeyTenantAnalyzer()));

        Assert.That(records.Select(record => (record.Id, record.Line, record.Member, record.Ordinal)), Is.EqualTo(new[]
        {
            ("CSG002", 7, (string?)ReaderConstructor, (string?)"0"),
            ("CSG002", 9, (string?)ReaderConstructor, (string?)"1"),
        }));
    }

    [Test]
    public async Task LambdaInFieldInitializer_FieldMember_DistinctOrdinals()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class Reader
            {
                private static readonly Func<IDistributedCache, string?> Read =
                    cache => cache.GetString("v1:settings") + cache.GetString("v1:settings");
            }
            """;

        var records = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Reader.cs", null, new CacheKeyTenantAnalyzer()));

        Assert.That(records.Select(record => (record.Line, record.Column, record.Member, record.Ordinal)), Is.EqualTo(new[]
        {
            (7, 34, (string?)"F:Reader.Read", (string?)"0"),
            (7, 67, (string?)"F:Reader.Read", (string?)"1"),
        }));
    }

    [Test]
    public async Task PrimaryConstructorType_EachMemberOwnsItsFinding()
    {
        const string source = """
            using Microsoft.Extensions.Caching.Distributed;

            public class Base(string? settings)
            {
                public string? Settings { get; } = settings;
            }

            public sealed class Reader(IDistributedCache cache) : Base(cache.GetString("v1:settings"))
            {
                private readonly string? first = cache.GetString("v1:settings"), second = cache.GetString("v1:settings");

                public string? Third { get; } = cache.GetString("v1:settings");

                public string? Fourth => cache.GetString("v1:settings");

                public string? Both
                {
                    get => cache.GetString("v1:settings");
                    set => cache.SetString("v1:settings", value!);
                }
            }
            """;

        var records = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Reader.cs", null, new CacheKeyTenantAnalyzer()));

        // Every operation tree here belongs to another member, so each finding is the first of its member.
        Assert.That(records.Select(record => (record.Line, record.Member)), Is.EqualTo(new[]
        {
            (8, (string?)ReaderConstructor),
            (10, (string?)"F:Reader.first"),
            (10, (string?)"F:Reader.second"),
            (12, (string?)"P:Reader.Third"),
            (14, (string?)"M:Reader.get_Fourth"),
            (18, (string?)"M:Reader.get_Both"),
            (19, (string?)"M:Reader.set_Both(System.String)"),
        }));
        Assert.That(records.Select(record => record.Ordinal), Is.All.EqualTo("0"));
        Assert.That(records.Select(record => record.Fingerprint), Is.Unique);
    }

    [Test]
    public async Task AttributeArgument_TypeNameHandling_ReportedForProperty()
    {
        const string source = """
            using Newtonsoft.Json;

            public sealed class Envelope
            {
                [JsonProperty(TypeNameHandling = TypeNameHandling.All)]
                public object? Body { get; set; }
            }
            """;

        var records = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Envelope.cs", null, new JsonTypeNameHandlingAnalyzer()));

        Assert.That(records.Select(record => (record.Id, record.Line, record.Column, record.Member, record.Ordinal)), Is.EqualTo(new[]
        {
            ("CSG021", 5, 19, (string?)"P:Envelope.Body", (string?)"0"),
        }));
    }

    [Test]
    public async Task AttributeAndInitializer_OneField_NumberedTogether()
    {
        const string source = """
            using Newtonsoft.Json;

            public sealed class Envelope
            {
                [JsonProperty(TypeNameHandling = TypeNameHandling.All)]
                public JsonSerializerSettings Settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
            }
            """;

        var records = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Envelope.cs", null, new JsonTypeNameHandlingAnalyzer()));

        Assert.That(records.Select(record => (record.Line, record.Member, record.Ordinal)), Is.EqualTo(new[]
        {
            (5, (string?)"F:Envelope.Settings", (string?)"0"),
            (6, (string?)"F:Envelope.Settings", (string?)"1"),
        }));
        Assert.That(records[1].Fingerprint, Is.Not.EqualTo(records[0].Fingerprint));
    }

    [Test]
    public async Task ParameterAttributeAndBody_OneMethod_NumberedTogether()
    {
        const string source = """
            using Newtonsoft.Json;

            public sealed class Envelope
            {
                public static JsonSerializerSettings Create([JsonProperty(TypeNameHandling = TypeNameHandling.All)] object body)
                    => new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
            }
            """;

        var records = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Envelope.cs", null, new JsonTypeNameHandlingAnalyzer()));

        Assert.That(records.Select(record => (record.Line, record.Ordinal)), Is.EqualTo(new[]
        {
            (5, (string?)"0"),
            (6, (string?)"1"),
        }));
        Assert.That(records.Select(record => record.Member).Distinct(), Is.EqualTo(new[] { "M:Envelope.Create(System.Object)" }));
    }

    [Test]
    public async Task SameSettingTwiceInBody_DistinctOrdinals()
    {
        const string source = """
            using Newtonsoft.Json;

            public static class SettingsFactory
            {
                public static JsonSerializerSettings[] Create() => new[]
                {
                    new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All },
                    new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All },
                };
            }
            """;

        var records = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "SettingsFactory.cs", null, new JsonTypeNameHandlingAnalyzer()));

        Assert.That(records.Select(record => (record.Line, record.Member, record.Ordinal)), Is.EqualTo(new[]
        {
            (7, (string?)"M:SettingsFactory.Create", (string?)"0"),
            (8, (string?)"M:SettingsFactory.Create", (string?)"1"),
        }));
    }

    [Test]
    public async Task TopLevelStatements_LocalFunction_EntryPointOrdinals()
    {
        const string source = """
            using Microsoft.Extensions.Caching.Distributed;

            IDistributedCache cache = null!;
            _ = cache.GetString("v1:settings");
            _ = Local();

            string? Local() => cache.GetString("v1:settings");
            """;
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), AnalyzerHarness.FixturePathPrefix + "Program.cs");
        var compilation = CSharpCompilation.Create("TopLevel", new[] { tree }, AnalyzerHarness.References, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.That(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error), Is.Empty);

        var diagnostics = await WithTenantAnalyzer(compilation).GetAnalyzerDiagnosticsAsync();

        Assert.That(
            DiagnosticRecord.From(diagnostics).Select(record => (record.Line, record.Member, record.Ordinal)).OrderBy(entry => entry.Line),
            Is.EqualTo(new[]
            {
                (4, (string?)"M:Program.{Main}$(System.String[])", (string?)"0"),
                (7, (string?)"M:Program.{Main}$(System.String[])", (string?)"1"),
            }));
    }

    [Test]
    public async Task SpanRequest_ConstructorBodyOnly_KeepsMemberOrdinal()
    {
        var compilation = TestCompilations.Library("ChainedSpans", ChainedConstructor);
        var tree = compilation.SyntaxTrees.Single();
        var calls = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().ToArray();
        Assert.That(calls, Has.Length.EqualTo(2));

        var diagnostics = await WithTenantAnalyzer(compilation)
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), calls[1].Span, CancellationToken.None);

        // Numbering only the requested part would give the body's call ordinal 0, the fingerprint of the initializer.
        Assert.That(DiagnosticRecord.From(diagnostics).Select(record => (record.Line, record.Ordinal)), Is.EqualTo(new[] { (9, (string?)"1") }));
    }

    [Test]
    public async Task RepeatedRuns_ConcurrentAnalysis_SameFindingsOnce()
    {
        const string member = """
                public string? ReadNUMBER(IDistributedCache cache)
                {
                    Func<string?> later = () => cache.GetString("v1:settings");
                    var first = cache.GetString("v1:settings");
                    return first ?? later() ?? Local();

                    string? Local() => cache.GetString("v1:settings");
                }

            """;
        var members = string.Concat(Enumerable.Range(0, 8).Select(index => member.Replace("NUMBER", index.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal)));
        var source = "using System;\nusing Microsoft.Extensions.Caching.Distributed;\n\npublic sealed class Reader\n{\n" + members + "}\n";

        // The harness creates CompilationWithAnalyzers the same way, with concurrent analysis, so candidates of one
        // tree can race for its scan.
        Assert.That(WithTenantAnalyzer(TestCompilations.Library("Concurrent", source)).AnalysisOptions.ConcurrentAnalysis, Is.True);
        var first = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Reader.cs", null, AllAnalyzers.Create()));
        Assert.That(first.Count(record => record.Id == "CSG002"), Is.EqualTo(24));
        Assert.That(first.Select(record => (record.Id, record.Line, record.Column)), Is.Unique);
        Assert.That(first.Select(record => record.Fingerprint), Is.Unique);

        for (var run = 1; run < 6; run++)
        {
            var again = DiagnosticRecord.From(await AnalyzerHarness.RunAsync(source, "Reader.cs", null, AllAnalyzers.Create()));
            Assert.That(again, Is.EqualTo(first), $"run {run}");
        }
    }

    private static CompilationWithAnalyzers WithTenantAnalyzer(Compilation compilation)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider(new Dictionary<string, string>()));
        return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CacheKeyTenantAnalyzer()), options);
    }
}
