using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Operations;

/// <summary>
/// The scan checks a whole member when its first candidate runs. These tests ask for parts of a member, as the IDE does
/// for a changed line or a light bulb, and check that each part still gets its findings with the member's ordinals.
/// </summary>
public sealed class OperationTreeScanTests
{
    private const string Source = """
        using System;
        using Microsoft.Extensions.Caching.Distributed;

        public sealed class Reader
        {
            public string? Read(IDistributedCache cache)
            {
                var first = cache.GetString("v1:settings");
                Func<string?> later = () => cache.GetString("v1:settings");
                return first ?? later() ?? cache.GetString("v1:settings");
            }
        }
        """;

    [Test]
    public async Task SpanRequests_LastCallFirst_MemberOrdinals()
    {
        var (withAnalyzers, model, calls) = Prepare();
        var expected = new[] { (10, (string?)"2"), (9, (string?)"1"), (8, (string?)"0") };

        for (var index = 0; index < calls.Length; index++)
        {
            var call = calls[calls.Length - 1 - index];
            var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, call.Span, CancellationToken.None);

            // The result may hold findings of earlier requests too; the requested call's must be there, once.
            var found = DiagnosticRecord.From(diagnostics).Select(record => (record.Line, record.Ordinal)).ToList();
            Assert.That(found, Has.Exactly(1).EqualTo(expected[index]), $"request for line {expected[index].Item1}");
            Assert.That(found, Is.Unique);
        }
    }

    [Test]
    public async Task WholeTree_AfterSpanRequest_EachFindingOnce()
    {
        var (withAnalyzers, model, calls) = Prepare();
        await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, calls[1].Span, CancellationToken.None);

        var whole = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);

        Assert.That(
            DiagnosticRecord.From(whole).Select(record => (record.Line, record.Ordinal)).OrderBy(pair => pair.Line),
            Is.EqualTo(new[] { (8, (string?)"0"), (9, (string?)"1"), (10, (string?)"2") }));
    }

    private static (CompilationWithAnalyzers WithAnalyzers, SemanticModel Model, InvocationExpressionSyntax[] Calls) Prepare()
    {
        var compilation = TestCompilations.Library("Spans", Source);
        var tree = compilation.SyntaxTrees.Single();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider(new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CacheKeyTenantAnalyzer()), options);
        var calls = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call.ToString().StartsWith("cache.GetString", System.StringComparison.Ordinal))
            .ToArray();
        Assert.That(calls, Has.Length.EqualTo(3));
        return (withAnalyzers, compilation.GetSemanticModel(tree), calls);
    }
}
