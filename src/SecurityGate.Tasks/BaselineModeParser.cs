using System;
using SecurityGate.Gate;

namespace SecurityGate.Tasks;

/// <summary>Parses the <c>CacheSecurityBaseline</c> property: <c>check</c> (or empty), <c>accept</c> or <c>prune</c>.</summary>
internal static class BaselineModeParser
{
    public static bool TryParse(string? value, out BaselineMode mode)
    {
        switch ((value ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "":
            case "check":
                mode = BaselineMode.Check;
                return true;
            case "accept":
                mode = BaselineMode.Accept;
                return true;
            case "prune":
                mode = BaselineMode.Prune;
                return true;
            default:
                mode = BaselineMode.Check;
                return false;
        }
    }

    public static string InvalidMessage(string? value) =>
        $"CacheSecurityBaseline has the invalid value \"{value}\"; use check (the default), accept or prune, for example -p:CacheSecurityBaseline=prune.";

    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
