namespace SecurityGate.Conventions;

/// <summary>
/// The analyzer option that matches cache API calls by type and method name when the cache libraries are not
/// referenced, as in <c>securitygate check</c> on a folder without a project file.
/// </summary>
public static class NameMatching
{
    /// <summary>
    /// The global or <c>.editorconfig</c> key; <c>true</c> turns name matching on. It is off by default, because a
    /// build with real references resolves every call to its symbol, which is exact.
    /// </summary>
    public const string EditorConfigKey = "cache_security.match_by_name";
}
