namespace SecurityGate.Conventions;

/// <summary>
/// Analyzer rule ids. They are stable: baselines key on them. Ranges by concern:
/// 00x cache keys, 01x sensitive data, 02x serializers, 03x reflection and dynamic writes, 04x shared state.
/// </summary>
public static class RuleIds
{
    /// <summary>Cache key without a version prefix.</summary>
    public const string KeyWithoutVersion = "CSG001";

    /// <summary>Cache key without a tenant segment.</summary>
    public const string KeyWithoutTenant = "CSG002";

    /// <summary>Cache key with two holes and nothing between them.</summary>
    public const string AmbiguousKeyComposition = "CSG003";

    /// <summary>Invalidation or key listing by tag, prefix or pattern without a tenant segment.</summary>
    public const string UnscopedInvalidation = "CSG004";

    /// <summary>Sensitive value written to a cache without encryption.</summary>
    public const string SensitiveValueInCache = "CSG010";

    /// <summary>Sensitive value persisted to a session or a file without encryption.</summary>
    public const string SensitiveValueInStateStore = "CSG011";

    /// <summary>Secret or personal identifier written into a cache key in plain text.</summary>
    public const string SensitiveValueInKey = "CSG012";

    /// <summary>Sensitive member written through reflection instead of SecureMember.Set.</summary>
    public const string ReflectionWrite = "CSG030";

    /// <summary>Sensitive member written through a dynamic value instead of SecureMember.Set.</summary>
    public const string DynamicMemberWrite = "CSG031";

    /// <summary>Insecure formatter used for data that can be read back.</summary>
    public const string InsecureFormatter = "CSG020";

    /// <summary>Json.NET type-name handling other than None.</summary>
    public const string JsonTypeNameHandling = "CSG021";

    /// <summary>MessagePack typeless API, or deserialization not proven to use MessagePackSecurity.UntrustedData.</summary>
    public const string MessagePackUntrustedData = "CSG022";

    /// <summary>Cache registration configured with a serializer that creates the types a cached payload names.</summary>
    public const string InsecureCacheSerializer = "CSG023";

    /// <summary>Static mutable dictionary or cache shared by all tenants, holding tenant or sensitive data.</summary>
    public const string SharedTenantState = "CSG040";

    /// <summary>Output caching of authenticated responses without varying by tenant or user.</summary>
    public const string AuthenticatedOutputCache = "CSG041";
}
