using System.Collections.Generic;
using System.Collections.Immutable;
using SecurityGate.Analyzers.CacheKeys;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>Builds <see cref="CacheApiEntry"/> lists from code tables of written parameters.</summary>
internal static class TableEntries
{
    /// <summary>
    /// Returns one entry per row, numbered by its 1-based position in <paramref name="rows"/>. A written value follows
    /// the key, so its position in an unbound call is 1 unless <paramref name="unboundPosition"/> maps the method to another.
    /// </summary>
    public static ImmutableArray<CacheApiEntry> Create(IReadOnlyList<(string Type, string Method, string Parameter)> rows, System.Func<string, int?>? unboundPosition = null)
    {
        var entries = ImmutableArray.CreateBuilder<CacheApiEntry>(rows.Count);
        for (var index = 0; index < rows.Count; index++)
        {
            var (type, method, parameter) = rows[index];
            entries.Add(new CacheApiEntry(type, method, parameter, index + 1, unboundPosition: unboundPosition?.Invoke(method) ?? 1));
        }

        return entries.MoveToImmutable();
    }
}
