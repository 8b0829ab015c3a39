using System;
using System.Globalization;
using System.Text;

namespace Contoso.Platform.Caching;

/// <summary>
/// The platform's key builder: every service builds its cache keys here, so each key carries the schema version
/// and the tenant segment of the grammar <c>v{n}:client:{tenant}:{component}:{id}</c>.
/// </summary>
public static class TenantCacheKeys
{
    public const int SchemaVersion = 1;

    private const char Separator = ':';

    public static string For(string tenantId, string component, string id)
        => $"v1:client:{NormalizeTenant(tenantId)}:{component}:{Escape(id)}";

    public static string For(string tenantId, string component, string id, string subKey)
        => $"v1:client:{NormalizeTenant(tenantId)}:{component}:{Escape(id)}:{Escape(subKey)}";

    public static string For(string tenantId, string component, int id)
        => For(tenantId, component, id.ToString(CultureInfo.InvariantCulture));

    public static string TenantTag(string tenantId, string component)
        => $"client:{NormalizeTenant(tenantId)}:{component}";

    public static string TenantPrefix(string tenantId, string component)
        => $"v1:client:{NormalizeTenant(tenantId)}:{component}:";

    /// <summary>
    /// Lower-cases and trims the tenant id, so "Acme " and "acme" share one key space. Rejects a separator,
    /// because it would let one tenant's id spell another tenant's prefix.
    /// </summary>
    public static string NormalizeTenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);

        var normalized = tenantId.Trim().ToLowerInvariant();
        if (normalized.Contains(Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The tenant id '{normalized}' contains ':'. Tenant ids are single key segments.", nameof(tenantId));
        }

        return normalized;
    }

    private static string Escape(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var character in segment)
        {
            if (character == Separator || character == '%')
            {
                builder.Append('%').Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }
}

/// <summary>The tenant of the current request, resolved from the host name or the token's tenant claim.</summary>
public sealed class TenantContext
{
    public TenantContext(string tenantId, string region)
    {
        TenantId = tenantId;
        Region = region;
    }

    public string TenantId { get; }

    public string Region { get; }
}

/// <summary>An instance key builder bound to one tenant, injected per request.</summary>
public sealed class ScopedKeyBuilder
{
    private readonly TenantContext tenant;

    public ScopedKeyBuilder(TenantContext tenant) => this.tenant = tenant;

    public string Build(string component, string id) => TenantCacheKeys.For(tenant.TenantId, component, id);

    public string Build(string component, int id) => TenantCacheKeys.For(tenant.TenantId, component, id);
}
