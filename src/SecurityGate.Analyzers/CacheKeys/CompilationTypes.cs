using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Looks up types by metadata name once per compilation for all analyzers. <see cref="Compilation.GetTypeByMetadataName"/>
/// searches the referenced assemblies again on each call (Roslyn 5.9, as profiled), and the cache API tables name the
/// same 19 types in over 200 entries that seven analyzers resolve at compilation start.
/// </summary>
internal sealed class CompilationTypes
{
    private static readonly ConditionalWeakTable<Compilation, CompilationTypes> ByCompilation = new();

    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> types = new(System.StringComparer.Ordinal);

    private CompilationTypes(Compilation compilation)
    {
        this.compilation = compilation;
    }

    /// <summary>Returns the lookup of <paramref name="compilation"/>; it lives as long as the compilation.</summary>
    public static CompilationTypes For(Compilation compilation) => ByCompilation.GetValue(compilation, created => new CompilationTypes(created));

    /// <summary>Returns the type, or null when the compilation references no type or several types of that name.</summary>
    public INamedTypeSymbol? Get(string metadataName)
    {
        if (types.TryGetValue(metadataName, out var type))
        {
            return type;
        }

        return types.GetOrAdd(metadataName, compilation.GetTypeByMetadataName(metadataName));
    }
}
