using System.Collections.Immutable;
using SecurityGate.Analyzers.CacheKeys;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// The state-store writes whose value argument CSG011 checks, as entries of the key table's shape whose parameter
/// is the written value, so <see cref="CacheApiResolver"/> resolves them. Line numbers are positions in this list.
/// </summary>
internal static class StateStoreApis
{
    private static readonly (string Type, string Method, string Parameter)[] Writes =
    {
        ("Microsoft.AspNetCore.Http.ISession", "Set", "value"),
        ("Microsoft.AspNetCore.Http.SessionExtensions", "SetString", "value"),
        ("Microsoft.AspNetCore.Http.SessionExtensions", "SetInt32", "value"),
        ("System.IO.File", "WriteAllText", "contents"),
        ("System.IO.File", "WriteAllTextAsync", "contents"),
        ("System.IO.File", "WriteAllBytes", "bytes"),
        ("System.IO.File", "WriteAllBytesAsync", "bytes"),
    };

    /// <summary>The entries, in list order.</summary>
    public static ImmutableArray<CacheApiEntry> Entries { get; } = TableEntries.Create(Writes);

    /// <summary>
    /// True for the file APIs. A file is reported only when its content serializes an object with a sensitive
    /// member, because file contents named after a secret are mostly key files and certificates written on purpose.
    /// </summary>
    public static bool IsFile(CacheApiEntry entry) => entry.TypeMetadataName == "System.IO.File";
}
