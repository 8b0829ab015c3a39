using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace SecurityGate.Analyzers.Tests.Corpus;

/// <summary>The kind of a corpus annotation comment.</summary>
internal enum AnnotationKind
{
    /// <summary><c>// expect: CSG010</c>: the analyzers must report the rule on this line.</summary>
    Expect,

    /// <summary><c>// known-false-positive: CSG002 reason</c>: the analyzers report the rule here, wrongly.</summary>
    KnownFalsePositive,

    /// <summary><c>// known-miss: CSG010 reason</c>: the rule should be reported here, but the analyzers do not.</summary>
    KnownMiss,
}

/// <summary>
/// One rule of one annotation comment at the end of a corpus line. A line may carry several annotations,
/// each starting with <c>//</c>: <c>// expect: CSG001 // known-false-positive: CSG002 reason</c>.
/// </summary>
internal sealed record CorpusAnnotation(string File, int Line, AnnotationKind Kind, string RuleId, string Reason)
{
    private static readonly Regex AnnotationPattern = new(
        @"//\s*(?<kind>expect|known-false-positive|known-miss):(?<body>.*?)(?=//\s*(?:expect|known-false-positive|known-miss):|$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex RuleListPattern = new(@"^\s*(?<ids>CSG\d{3}(?:\s*,\s*CSG\d{3})*)(?<reason>.*)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Parses every annotation of <paramref name="source"/>. Throws <see cref="FormatException"/> naming the file
    /// and line when an annotation lists no rule id, or when a known false positive or miss gives no reason.
    /// </summary>
    public static ImmutableArray<CorpusAnnotation> Parse(string file, string source)
    {
        var annotations = new List<CorpusAnnotation>();
        var lines = source.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            foreach (Match match in AnnotationPattern.Matches(lines[index]))
            {
                annotations.AddRange(ParseOne(file, index + 1, match));
            }
        }

        return annotations.ToImmutableArray();
    }

    private static IEnumerable<CorpusAnnotation> ParseOne(string file, int line, Match match)
    {
        var kindText = match.Groups["kind"].Value;
        var kind = kindText switch
        {
            "expect" => AnnotationKind.Expect,
            "known-false-positive" => AnnotationKind.KnownFalsePositive,
            _ => AnnotationKind.KnownMiss,
        };

        var body = RuleListPattern.Match(match.Groups["body"].Value);
        if (!body.Success)
        {
            throw new FormatException(
                $"{file}({line}): the annotation '{match.Value.Trim()}' lists no rule id. Write '// {kindText}: CSGnnn' with comma-separated ids.");
        }

        var reason = body.Groups["reason"].Value.Trim();
        if (kind != AnnotationKind.Expect && reason.Length == 0)
        {
            throw new FormatException(
                $"{file}({line}): the annotation '{match.Value.Trim()}' gives no reason. Write '// {kindText}: CSGnnn <one-line reason>'.");
        }

        return body.Groups["ids"].Value
            .Split(',')
            .Select(id => new CorpusAnnotation(file, line, kind, id.Trim(), reason));
    }
}
