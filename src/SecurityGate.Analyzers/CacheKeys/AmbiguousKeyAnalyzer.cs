using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// CSG003: two holes of a cache key with nothing between them (<c>$"{a}{b}"</c>, <c>a + b</c>,
/// <c>string.Concat(a, b)</c>), so <c>("ab", "c")</c> and <c>("a", "bc")</c> give the same key.
/// A run of adjacent holes is reported when at least two of them have text of varying length: a value of fixed
/// length (<c>char</c>, <c>bool</c>, <c>Guid</c>) alone cannot shift a boundary, and a field of the calling
/// instance or a static field (a configured prefix) separates the holes around it like literal text. One finding per key, naming its first
/// ambiguous run.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AmbiguousKeyAnalyzer : CacheKeyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AmbiguousKey);

    private protected override DiagnosticDescriptor Rule => Descriptors.AmbiguousKey;

    private protected override bool JudgesKeysWithoutLiteral => true;

    private protected override IEnumerable<KeyViolation> FindViolations(KeyTemplate template, KeyCheckContext context)
    {
        // A run is a stretch of adjacent holes. A field of this instance ends a run like literal text does.
        var run = new StringBuilder();
        var variableHoles = 0;
        var holeNumber = -1;
        foreach (var part in template.Parts)
        {
            var isHole = part.IsHole;
            if (isHole)
            {
                holeNumber++;
            }

            if (!isHole || IsFixedValue(part))
            {
                if (variableHoles >= 2)
                {
                    break;
                }

                run.Clear();
                variableHoles = 0;
                continue;
            }

            run.Append('{').Append(holeNumber.ToString(CultureInfo.InvariantCulture)).Append('}');
            if (!HasFixedLength(part))
            {
                variableHoles++;
            }
        }

        return variableHoles >= 2
            ? new[] { new KeyViolation(string.Empty, template.Text, run.ToString()) }
            : System.Array.Empty<KeyViolation>();
    }

    /// <summary>
    /// True for a static field or a field of the calling instance (<c>prefix</c>, <c>this.prefix</c>): state set once
    /// per instance or type, such as a configured prefix, acts as a separator. A field of another object is a value.
    /// </summary>
    private static bool IsFixedValue(KeyPart hole)
        => HoleValues.Unwrap(hole.Origin) is IFieldReferenceOperation field
            && (field.Field.IsStatic || field.Instance is IInstanceReferenceOperation);

    /// <summary>True for values whose text always has the same length: <c>char</c>, <c>bool</c> and <c>Guid</c>.</summary>
    private static bool HasFixedLength(KeyPart hole)
    {
        var type = HoleValues.Unwrap(hole.Origin)?.Type;
        return type?.SpecialType is SpecialType.System_Char or SpecialType.System_Boolean
            || (type is { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } });
    }
}
