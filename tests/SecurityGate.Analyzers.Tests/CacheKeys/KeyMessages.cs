namespace SecurityGate.Analyzers.Tests.CacheKeys;

/// <summary>The exact message texts of the key rules, written out once so each test compares the full text.</summary>
internal static class KeyMessages
{
    public static string NoVersion(string template)
        => $"Cache key \"{template}\" has no version prefix; start it with \"v{{n}}:\" (for example \"v1:client:{{tenantId}}:orders:{{id}}\") so entries written by an older schema are not read back";

    public static string NoTenant(string template)
        => $"Cache key \"{template}\" has no tenant segment; add \"client:{{tenantId}}:\" so tenants cannot read each other's entries";

    public static string Ambiguous(string template, string run)
        => $"Cache key \"{template}\" joins the holes {run} with nothing between them, so (\"ab\", \"c\") and (\"a\", \"bc\") give the same key; put \":\" between the parts or build the key with CacheKey.Create";

    public static string SensitiveValue(string template, string name, string hole)
        => $"Cache key \"{template}\" writes \"{name}\" into hole {hole} in plain text, and keys are readable in key listings, monitoring and logs; hash the value before it goes into the key, for example with Convert.ToHexString(SHA256.HashData(...))";

    public static string Unscoped(string kind, string template, string api)
        => $"Invalidation by {kind} \"{template}\" in {api} has no tenant segment, so it reaches every tenant's entries; put the tenant into the {kind}, for example \"client:{{tenantId}}:\" before the rest";
}
