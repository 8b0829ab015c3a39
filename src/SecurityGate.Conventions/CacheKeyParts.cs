namespace SecurityGate.Conventions;

/// <summary>The unescaped segments of a key in the <see cref="CacheKeyGrammar"/> form.</summary>
public readonly struct CacheKeyParts
{
    /// <summary>Creates the parts of a key.</summary>
    public CacheKeyParts(int version, string tenant, string component, string id, string? subKey)
    {
        Version = version;
        Tenant = tenant;
        Component = component;
        Id = id;
        SubKey = subKey;
    }

    /// <summary>The schema version, 1 or greater.</summary>
    public int Version { get; }

    /// <summary>The tenant segment, unescaped.</summary>
    public string Tenant { get; }

    /// <summary>The component segment, unescaped.</summary>
    public string Component { get; }

    /// <summary>The entry id, unescaped.</summary>
    public string Id { get; }

    /// <summary>The optional sub-key, unescaped; null when the key has five segments.</summary>
    public string? SubKey { get; }
}
