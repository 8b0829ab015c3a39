using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// CSG001: a cache key must start with a version segment <c>v{n}:</c>. A key that starts with a hole is
/// reported, because a value known only at run time is not a version prefix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CacheKeyVersionAnalyzer : CacheKeyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KeyWithoutVersion);

    private protected override DiagnosticDescriptor Rule => Descriptors.KeyWithoutVersion;

    private protected override IEnumerable<KeyViolation> FindViolations(KeyTemplate template, KeyCheckContext context)
        => KeyViolation.WholeKeyIf(!HasVersionPrefix(template), template);

    /// <summary>True when the template's first segment is literal text accepted by <see cref="CacheKeyGrammar.TryParseVersion"/>.</summary>
    internal static bool HasVersionPrefix(KeyTemplate template)
    {
        if (template.Parts.IsEmpty || template.Parts[0].IsHole)
        {
            return false;
        }

        var literal = template.Parts[0].Literal!;
        var separator = literal.IndexOf(CacheKeyGrammar.Separator);
        return separator > 0 && CacheKeyGrammar.TryParseVersion(literal.Substring(0, separator), out _);
    }
}
