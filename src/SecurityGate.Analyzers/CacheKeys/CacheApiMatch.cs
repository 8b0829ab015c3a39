namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>A call resolved to a cache API: the table entry and the ordinal of the key parameter in the called method.</summary>
internal sealed class CacheApiMatch
{
    public CacheApiMatch(CacheApiEntry entry, int keyParameterOrdinal)
    {
        Entry = entry;
        KeyParameterOrdinal = keyParameterOrdinal;
    }

    public CacheApiEntry Entry { get; }

    /// <summary>The ordinal of the key parameter in the non-reduced form of the called method (extension methods count <c>this</c>).</summary>
    public int KeyParameterOrdinal { get; }
}
