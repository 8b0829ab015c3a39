using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Resolves called methods to entries of <see cref="CacheApiTable"/> for one compilation. A method matches
/// through its original definition (generic and extension methods included), the members it overrides and
/// the interface members it implements, so a user class that implements IDistributedCache is checked too.
/// Results are memoized per method.
/// </summary>
internal sealed class CacheApiResolver
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, List<CacheApiEntry>>> entriesByType;
    private readonly HashSet<string> methodNames;
    private readonly ConcurrentDictionary<IMethodSymbol, CacheApiMatch?> matches = new(SymbolEqualityComparer.Default);

    private CacheApiResolver(Dictionary<INamedTypeSymbol, Dictionary<string, List<CacheApiEntry>>> entriesByType, HashSet<string> methodNames)
    {
        this.entriesByType = entriesByType;
        this.methodNames = methodNames;
    }

    /// <summary>Returns a resolver, or null when the compilation references none of the table's types.</summary>
    public static CacheApiResolver? TryCreate(Compilation compilation, ImmutableArray<CacheApiEntry> entries)
    {
        var entriesByType = new Dictionary<INamedTypeSymbol, Dictionary<string, List<CacheApiEntry>>>(SymbolEqualityComparer.Default);
        var methodNames = new HashSet<string>(System.StringComparer.Ordinal);
        var types = CompilationTypes.For(compilation);
        foreach (var entry in entries)
        {
            var type = types.Get(entry.TypeMetadataName);
            if (type is null)
            {
                continue;
            }

            if (!entriesByType.TryGetValue(type, out var byMethod))
            {
                byMethod = new Dictionary<string, List<CacheApiEntry>>(System.StringComparer.Ordinal);
                entriesByType.Add(type, byMethod);
            }

            if (!byMethod.TryGetValue(entry.MethodName, out var overloads))
            {
                overloads = new List<CacheApiEntry>(1);
                byMethod.Add(entry.MethodName, overloads);
            }

            overloads.Add(entry);
            methodNames.Add(entry.MethodName);
        }

        return entriesByType.Count == 0 ? null : new CacheApiResolver(entriesByType, methodNames);
    }

    /// <summary>Returns the match for a called method, or null when it is not a cache API.</summary>
    public CacheApiMatch? Resolve(IMethodSymbol calledMethod)
    {
        var method = (calledMethod.ReducedFrom ?? calledMethod).OriginalDefinition;

        // Cheap filter first: almost every call in a compilation has a name the table does not list.
        if (method.MethodKind != MethodKind.ExplicitInterfaceImplementation && !methodNames.Contains(method.Name))
        {
            return null;
        }

        return matches.GetOrAdd(method, ResolveUncached);
    }

    private CacheApiMatch? ResolveUncached(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod?.OriginalDefinition)
        {
            var direct = MatchDeclared(current);
            if (direct is not null)
            {
                return direct;
            }
        }

        foreach (var implemented in method.ExplicitInterfaceImplementations)
        {
            var match = MatchDeclared(implemented.OriginalDefinition);
            if (match is not null)
            {
                return match;
            }
        }

        return method.ContainingType.TypeKind == TypeKind.Interface ? null : MatchImplicitImplementation(method);
    }

    private CacheApiMatch? MatchImplicitImplementation(IMethodSymbol method)
    {
        foreach (var implementedInterface in method.ContainingType.AllInterfaces)
        {
            if (!entriesByType.ContainsKey(implementedInterface.OriginalDefinition))
            {
                continue;
            }

            foreach (var member in implementedInterface.GetMembers(method.Name))
            {
                var implementation = method.ContainingType.FindImplementationForInterfaceMember(member);
                if (SymbolEqualityComparer.Default.Equals(implementation?.OriginalDefinition, method)
                    && member is IMethodSymbol interfaceMethod)
                {
                    var match = MatchDeclared(interfaceMethod.OriginalDefinition);
                    if (match is not null)
                    {
                        return match;
                    }
                }
            }
        }

        return null;
    }

    private CacheApiMatch? MatchDeclared(IMethodSymbol method)
    {
        if (!entriesByType.TryGetValue(method.ContainingType.OriginalDefinition, out var byMethod)
            || !byMethod.TryGetValue(method.Name, out var entries))
        {
            return null;
        }

        // One method may have several entries, one per parameter name (RemoveByTagAsync's tag and tags overloads).
        foreach (var entry in entries)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == entry.KeyParameterName)
                {
                    return new CacheApiMatch(entry, parameter.Ordinal);
                }
            }
        }

        return null;
    }
}
