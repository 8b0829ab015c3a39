using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Analyzers.Serialization;

/// <summary>
/// Decides whether a serializer class declared in the project's source, such as an <c>IHybridCacheSerializer&lt;T&gt;</c>
/// implementation, serializes with a formatter of <see cref="InsecureFormatterAnalyzer.FormatterTypeNames"/> or with
/// Json.NET type names. The decision reads the class's syntax: it names one of those formatters, or it writes
/// <c>TypeNameHandling.Objects</c>, <c>Arrays</c>, <c>All</c> or <c>Auto</c>. Types from referenced assemblies have
/// no source and are never insecure here. Results are memoized per type.
/// </summary>
internal sealed class InsecureSerializerTypes
{
    private static readonly ImmutableHashSet<string> FormatterNames =
        InsecureFormatterAnalyzer.FormatterTypeNames.Select(name => name.Substring(name.LastIndexOf('.') + 1)).ToImmutableHashSet(StringComparer.Ordinal);

    private static readonly ImmutableHashSet<string> TypeNameMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "Objects", "Arrays", "All", "Auto");

    private readonly ConcurrentDictionary<ITypeSymbol, string?> reasons = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Returns what makes <paramref name="type"/> insecure (<c>BinaryFormatter</c> or <c>TypeNameHandling.Auto</c>),
    /// or null when its source names neither or it has no source.
    /// </summary>
    public string? Find(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class, DeclaringSyntaxReferences.Length: > 0 } named
            ? reasons.GetOrAdd(named.OriginalDefinition, FindUncached)
            : null;

    private static string? FindUncached(ITypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                var reason = node switch
                {
                    IdentifierNameSyntax identifier when FormatterNames.Contains(identifier.Identifier.ValueText) => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax access when IsTypeNameValue(access) => "TypeNameHandling." + access.Name.Identifier.ValueText,
                    _ => null,
                };
                if (reason is not null)
                {
                    return reason;
                }
            }
        }

        return null;
    }

    private static bool IsTypeNameValue(MemberAccessExpressionSyntax access)
        => TypeNameMembers.Contains(access.Name.Identifier.ValueText)
            && access.Expression is IdentifierNameSyntax { Identifier.ValueText: "TypeNameHandling" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TypeNameHandling" };
}
