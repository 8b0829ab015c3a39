using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.Tests.Infrastructure;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.Tests.Corpus;

/// <summary>
/// Measures the precision and recall of every analyzer on the realistic services in <c>Corpus/Sources</c>.
/// Each line that must be flagged ends with <c>// expect: CSGnnn</c>. A line the analyzers get wrong today carries
/// <c>// known-false-positive: CSGnnn reason</c> or <c>// known-miss: CSGnnn reason</c>, and those count as
/// FP and FN in the table printed to the test output.
/// The test fails on any difference that no annotation accounts for, and also when a known false positive or
/// miss is no longer there: an analyzer fix makes it fail until its annotation is removed (or turned into
/// <c>expect:</c>), so the recorded figures in <c>docs/precision.md</c> stay true.
/// </summary>
[TestFixture]
public sealed class CorpusTests
{
    [Test]
    public async Task Corpus_AllAnalyzers_MatchAnnotations()
    {
        var corpus = CorpusCompilation.Load();
        var annotations = corpus.Sources.SelectMany(pair => CorpusAnnotation.Parse(pair.Key, pair.Value)).ToArray();
        var diagnostics = await corpus.RunAsync(AllAnalyzers.Create()).ConfigureAwait(false);
        var comparison = new CorpusComparison(diagnostics.Select(CorpusCompilation.ToFinding), annotations);
        var messages = diagnostics.ToLookup(CorpusCompilation.ToFinding, diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture));

        var scores = comparison.Score(RuleCatalog.All.Select(rule => rule.Id));
        await TestContext.Out.WriteLineAsync($"Corpus: {corpus.Sources.Count} files, {diagnostics.Length} diagnostics.").ConfigureAwait(false);
        await TestContext.Out.WriteLineAsync(CorpusComparison.FormatTable(scores)).ConfigureAwait(false);

        Assert.Multiple(() =>
        {
            Assert.That(comparison.ContradictoryAnnotations, Is.Empty, "Findings annotated as expected and as known wrong at once");
            Assert.That(comparison.UnexpectedFindings.Select(finding => $"{finding}: {string.Join(" | ", messages[finding])}"), Is.Empty, "Reported but not annotated: add '// expect:' or '// known-false-positive: <reason>'");
            Assert.That(comparison.MissingFindings, Is.Empty, "Expected but not reported: fix the analyzer or annotate '// known-miss: <reason>'");
            Assert.That(comparison.StaleFalsePositives, Is.Empty, "Known false positives no longer reported: remove their annotations and update docs/precision.md");
            Assert.That(comparison.StaleMisses, Is.Empty, "Known misses reported now: turn them into '// expect:' and update docs/precision.md");
        });
    }

    [Test]
    public void Corpus_ExpectAnnotations_CoverEveryRule()
    {
        var corpus = CorpusCompilation.Load();
        var expectedRules = corpus.Sources
            .SelectMany(pair => CorpusAnnotation.Parse(pair.Key, pair.Value))
            .Where(annotation => annotation.Kind == AnnotationKind.Expect)
            .Select(annotation => annotation.RuleId)
            .ToHashSet(StringComparer.Ordinal);

        var uncovered = RuleCatalog.All.Select(rule => rule.Id).Where(id => !expectedRules.Contains(id));

        Assert.That(uncovered, Is.Empty, "Rules without a single '// expect:' line in the corpus");
    }

    [Test]
    public void Corpus_Annotations_NameCatalogRules()
    {
        var corpus = CorpusCompilation.Load();

        var unknown = corpus.Sources
            .SelectMany(pair => CorpusAnnotation.Parse(pair.Key, pair.Value))
            .Where(annotation => !RuleCatalog.IsRuleId(annotation.RuleId))
            .Select(annotation => $"{annotation.File}({annotation.Line}): {annotation.RuleId}");

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void Parse_SeveralAnnotations_ReturnsEach()
    {
        const string Source = "class C\n{\n    void M() { } // expect: CSG001, CSG002 // known-false-positive: CSG003 a colon separates them\n}\n";

        var annotations = CorpusAnnotation.Parse("C.cs", Source);

        Assert.That(annotations, Is.EqualTo(new[]
        {
            new CorpusAnnotation("C.cs", 3, AnnotationKind.Expect, "CSG001", ""),
            new CorpusAnnotation("C.cs", 3, AnnotationKind.Expect, "CSG002", ""),
            new CorpusAnnotation("C.cs", 3, AnnotationKind.KnownFalsePositive, "CSG003", "a colon separates them"),
        }));
    }

    [Test]
    public void Parse_MissWithoutReason_Throws()
    {
        const string Source = "class C\n{\n    void M() { } // known-miss: CSG010\n}\n";

        var error = Assert.Throws<FormatException>(() => CorpusAnnotation.Parse("C.cs", Source));

        Assert.That(error!.Message, Is.EqualTo("C.cs(3): the annotation '// known-miss: CSG010' gives no reason. Write '// known-miss: CSGnnn <one-line reason>'."));
    }

    [Test]
    public void Parse_ExpectWithoutRule_Throws()
    {
        const string Source = "class C\n{\n    void M() { } // expect: the key has no tenant\n}\n";

        var error = Assert.Throws<FormatException>(() => CorpusAnnotation.Parse("C.cs", Source));

        Assert.That(error!.Message, Is.EqualTo("C.cs(3): the annotation '// expect: the key has no tenant' lists no rule id. Write '// expect: CSGnnn' with comma-separated ids."));
    }

    [Test]
    public void Score_KnownErrors_CountAsWrong()
    {
        var annotations = new[]
        {
            new CorpusAnnotation("A.cs", 1, AnnotationKind.Expect, "CSG010", ""),
            new CorpusAnnotation("A.cs", 2, AnnotationKind.KnownFalsePositive, "CSG010", "name looks secret"),
            new CorpusAnnotation("A.cs", 3, AnnotationKind.KnownMiss, "CSG010", "value flows through a field"),
        };
        var reported = new[] { new CorpusFinding("A.cs", 1, "CSG010"), new CorpusFinding("A.cs", 2, "CSG010") };

        var comparison = new CorpusComparison(reported, annotations);
        var score = comparison.Score(new[] { "CSG010" }).Single();

        Assert.Multiple(() =>
        {
            Assert.That(score, Is.EqualTo(new RuleScore("CSG010", 1, 1, 1)));
            Assert.That(score.Precision, Is.EqualTo(0.5));
            Assert.That(score.Recall, Is.EqualTo(0.5));
            Assert.That(comparison.UnexpectedFindings, Is.Empty);
            Assert.That(comparison.MissingFindings, Is.Empty);
        });
    }

    [Test]
    public void Compare_FixedAnalyzer_ReportsStaleAnnotations()
    {
        var annotations = new[]
        {
            new CorpusAnnotation("A.cs", 2, AnnotationKind.KnownFalsePositive, "CSG002", "tenant comes from a field"),
            new CorpusAnnotation("A.cs", 3, AnnotationKind.KnownMiss, "CSG010", "value flows through a field"),
        };
        var reported = new[] { new CorpusFinding("A.cs", 3, "CSG010"), new CorpusFinding("A.cs", 4, "CSG040") };

        var comparison = new CorpusComparison(reported, annotations);

        Assert.Multiple(() =>
        {
            Assert.That(comparison.StaleFalsePositives, Is.EqualTo(new[] { new CorpusFinding("A.cs", 2, "CSG002") }));
            Assert.That(comparison.StaleMisses, Is.EqualTo(new[] { new CorpusFinding("A.cs", 3, "CSG010") }));
            Assert.That(comparison.UnexpectedFindings, Is.EqualTo(new[] { new CorpusFinding("A.cs", 4, "CSG040") }));
        });
    }
}
