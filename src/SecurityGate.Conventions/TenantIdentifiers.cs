using System;
using System.Collections.Generic;
using System.Linq;

namespace SecurityGate.Conventions;

/// <summary>
/// Names of members, parameters and locals that hold a tenant identifier. A hole in a cache key whose
/// expression ends in one of these names counts as the key's tenant segment.
/// </summary>
public static class TenantIdentifiers
{
    /// <summary>
    /// The default names, compared after <see cref="SensitiveDataMarkers.NormalizeName"/>.
    /// Teams add their own with the <c>.editorconfig</c> key <see cref="EditorConfigKey"/>.
    /// </summary>
    public static IReadOnlyList<string> DefaultNames { get; } = new[]
    {
        "tenantid", "tenant", "tenantkey", "tenantname", "tenantcode",
        "clientid", "clientaccountid", "clientkey", "clientcode",
        "organizationid", "orgid", "accountid",
    };

    /// <summary>
    /// The <c>.editorconfig</c> key that adds tenant identifier names: a comma-separated list,
    /// for example <c>cache_security.tenant_identifiers = CustomerId, ShopId</c>.
    /// </summary>
    public const string EditorConfigKey = "cache_security.tenant_identifiers";

    private static readonly char[] ListSeparators = { ',', ';' };

    /// <summary>Returns true when the name is a tenant identifier by default or by <paramref name="extraNames"/>.</summary>
    public static bool IsTenantIdentifier(string name, IEnumerable<string>? extraNames = null)
    {
        var normalized = SensitiveDataMarkers.NormalizeName(name);
        if (normalized.Length == 0)
        {
            return false;
        }

        if (DefaultNames.Contains(normalized, StringComparer.Ordinal))
        {
            return true;
        }

        return extraNames is not null && extraNames.Any(extra => SensitiveDataMarkers.NormalizeName(extra) == normalized);
    }

    /// <summary>Splits a comma- or semicolon-separated list of names, trimming blanks and dropping empty items.</summary>
    public static IReadOnlyList<string> ParseList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Array.Empty<string>();
        }

        return value!.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .ToArray();
    }
}
