using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using SecurityGate.Runtime;

namespace Contoso.Tenancy;

public sealed record TenantBranding(string TenantId, string LogoUrl, string PrimaryColor);

public sealed record RateLimitState(string TenantId, int RequestsThisMinute, DateTimeOffset WindowStart);

public sealed record LastSignIn(string TenantId, string UserName, DateTimeOffset At, string IpAddress);

public sealed record CurrencyInfo(string Code, int Digits, string Symbol);

public sealed class ConnectorSettings
{
    public string ConnectorName { get; set; } = "";

    public string Endpoint { get; set; } = "";

    public string ApiKey { get; set; } = "";
}

/// <summary>
/// Process-wide lookups of the API host. One process serves every tenant, so a static map must be keyed by the
/// tenant or hold data that really is the same for all of them.
/// </summary>
public static class TenantStateRegistry
{
    // Clean: each entry is keyed by the tenant id and a setting name.
    private static readonly ConcurrentDictionary<(string TenantId, string Key), string> Overrides = new();

    // Clean: one inner dictionary per tenant.
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, TenantBranding>> BrandingByTenant = new(); // known-false-positive: CSG040 the outer string key is the tenant id (GetOrAdd(tenantId, ...)), but only the key type is checked

    // Clean: reference data that is the same for every tenant.
    private static readonly ConcurrentDictionary<string, CurrencyInfo> Currencies = new(StringComparer.OrdinalIgnoreCase);

    // Wrong: keyed by host name only, and the values carry the tenant id; a second tenant on the same host reads the first one's state.
    private static readonly ConcurrentDictionary<string, RateLimitState> RateLimits = new(); // expect: CSG040

    // Wrong: connector settings with API keys, shared by every tenant of the process.
    private static readonly Dictionary<string, ConnectorSettings> Connectors = new(); // expect: CSG040

    // Wrong: user names are unique per tenant only, so "admin" of one tenant overwrites "admin" of another.
    private static readonly ConcurrentDictionary<string, LastSignIn> LastSignInByUser = new(StringComparer.OrdinalIgnoreCase); // expect: CSG040

    // Wrong: the last branding any tenant loaded, one list for all.
    public static List<TenantBranding> RecentBrandings { get; } = new(); // known-miss: CSG040 a List<T> counts only when T is a keyed container, so a shared list of tenant records is not considered

    public static void SetOverride(string tenantId, string key, string value) => Overrides[(tenantId, key)] = value;

    public static string? GetOverride(string tenantId, string key) => Overrides.TryGetValue((tenantId, key), out var value) ? value : null;

    public static void SetBranding(string tenantId, string theme, TenantBranding branding)
        => BrandingByTenant.GetOrAdd(tenantId, _ => new ConcurrentDictionary<string, TenantBranding>())[theme] = branding;

    public static void RegisterCurrency(CurrencyInfo currency) => Currencies[currency.Code] = currency;

    public static CurrencyInfo? FindCurrency(string code) => Currencies.TryGetValue(code, out var currency) ? currency : null;

    public static RateLimitState Hit(string host, string tenantId)
        => RateLimits.AddOrUpdate(
            host,
            _ => new RateLimitState(tenantId, 1, DateTimeOffset.UtcNow),
            (_, state) => state with { RequestsThisMinute = state.RequestsThisMinute + 1 });

    public static void RecordSignIn(LastSignIn signIn) => LastSignInByUser[signIn.UserName] = signIn;

    public static LastSignIn? FindLastSignIn(string userName) => LastSignInByUser.TryGetValue(userName, out var signIn) ? signIn : null;

    public static void RegisterConnector(ConnectorSettings settings)
    {
        lock (Connectors)
        {
            Connectors[settings.ConnectorName] = settings;
        }
    }

    public static void RememberBranding(TenantBranding branding)
    {
        lock (RecentBrandings)
        {
            RecentBrandings.Add(branding);
            if (RecentBrandings.Count > 50)
            {
                RecentBrandings.RemoveAt(0);
            }
        }
    }
}

/// <summary>Branding through the runtime's registry, which scopes every entry to the ambient tenant.</summary>
public sealed class BrandingService
{
    private readonly ITenantRegistry<TenantBranding> registry;

    public BrandingService(ITenantRegistry<TenantBranding> registry) => this.registry = registry;

    public void Save(TenantBranding branding) => registry.AddOrUpdate(branding.TenantId, branding);

    public TenantBranding? Current() => registry.GetCurrent();
}
