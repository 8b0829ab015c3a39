namespace SecurityGate.Analyzers.Tests.CacheKeys;

/// <summary>The exact message texts of CSG001 and CSG002, written out once so each test compares the full text.</summary>
internal static class KeyMessages
{
    public static string NoVersion(string template)
        => $"Cache key \"{template}\" has no version prefix; start it with \"v{{n}}:\" (for example \"v1:client:{{tenantId}}:orders:{{id}}\") so entries written by an older schema are not read back";

    public static string NoTenant(string template)
        => $"Cache key \"{template}\" has no tenant segment; add \"client:{{tenantId}}:\" so tenants cannot read each other's entries";
}
