using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SecurityGate.Analyzers.Tests.Corpus;

/// <summary>
/// The comparison of reported findings with the corpus annotations, per (file, line, rule). Several diagnostics
/// of one rule on one line count once.
/// </summary>
internal sealed class CorpusComparison
{
    private readonly ImmutableHashSet<CorpusFinding> reported;
    private readonly ImmutableHashSet<CorpusFinding> expected;
    private readonly ImmutableHashSet<CorpusFinding> knownFalsePositives;
    private readonly ImmutableHashSet<CorpusFinding> knownMisses;

    public CorpusComparison(IEnumerable<CorpusFinding> reported, IEnumerable<CorpusAnnotation> annotations)
    {
        var all = annotations.ToArray();
        this.reported = reported.ToImmutableHashSet();
        expected = Select(all, AnnotationKind.Expect);
        knownFalsePositives = Select(all, AnnotationKind.KnownFalsePositive);
        knownMisses = Select(all, AnnotationKind.KnownMiss);
    }

    /// <summary>Reported findings that no annotation accounts for (a reported known miss is stale instead).</summary>
    public IReadOnlyList<CorpusFinding> UnexpectedFindings
        => Sorted(reported.Except(expected).Except(knownFalsePositives).Except(knownMisses));

    /// <summary><c>expect:</c> annotations that nothing reported.</summary>
    public IReadOnlyList<CorpusFinding> MissingFindings => Sorted(expected.Except(reported));

    /// <summary><c>known-false-positive:</c> annotations that are no longer reported, because the analyzer was fixed.</summary>
    public IReadOnlyList<CorpusFinding> StaleFalsePositives => Sorted(knownFalsePositives.Except(reported));

    /// <summary><c>known-miss:</c> annotations that are reported now, because the analyzer was fixed.</summary>
    public IReadOnlyList<CorpusFinding> StaleMisses => Sorted(knownMisses.Intersect(reported));

    /// <summary>Findings annotated both as expected and as a known false positive or miss.</summary>
    public IReadOnlyList<CorpusFinding> ContradictoryAnnotations
        => Sorted(expected.Intersect(knownFalsePositives.Union(knownMisses)).Union(knownFalsePositives.Intersect(knownMisses)));

    /// <summary>Returns the counts of each of <paramref name="ruleIds"/>.</summary>
    public IReadOnlyList<RuleScore> Score(IEnumerable<string> ruleIds)
        => ruleIds.Select(ScoreRule).ToArray();

    /// <summary>Formats <paramref name="scores"/> and their sum as a Markdown table.</summary>
    public static string FormatTable(IReadOnlyList<RuleScore> scores)
    {
        var total = new RuleScore(
            "all",
            scores.Sum(score => score.TruePositives),
            scores.Sum(score => score.FalsePositives),
            scores.Sum(score => score.FalseNegatives));

        var table = new StringBuilder()
            .AppendLine("| rule | TP | FP | FN | precision | recall |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var score in scores.Append(total))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {score.RuleId} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {Ratio(score.Precision)} | {Ratio(score.Recall)} |");
        }

        return table.ToString();
    }

    private RuleScore ScoreRule(string ruleId)
    {
        var reportedOfRule = reported.Where(finding => finding.RuleId == ruleId).ToImmutableHashSet();
        var positives = expected.Union(knownMisses).Where(finding => finding.RuleId == ruleId).ToImmutableHashSet();

        var truePositives = reportedOfRule.Intersect(positives).Count;
        return new RuleScore(ruleId, truePositives, reportedOfRule.Count - truePositives, positives.Count - truePositives);
    }

    private static string Ratio(double? value) => value is null ? "n/a" : value.Value.ToString("0.00", CultureInfo.InvariantCulture);

    private static ImmutableHashSet<CorpusFinding> Select(IEnumerable<CorpusAnnotation> annotations, AnnotationKind kind)
        => annotations
            .Where(annotation => annotation.Kind == kind)
            .Select(annotation => new CorpusFinding(annotation.File, annotation.Line, annotation.RuleId))
            .ToImmutableHashSet();

    private static CorpusFinding[] Sorted(IEnumerable<CorpusFinding> findings)
        => findings
            .OrderBy(finding => finding.File, StringComparer.Ordinal)
            .ThenBy(finding => finding.Line)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ToArray();
}
