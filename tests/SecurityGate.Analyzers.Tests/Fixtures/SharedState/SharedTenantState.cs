using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.Extensions.Caching.Memory;

namespace Shop.Billing;

public sealed record Invoice(string TenantId, string Number, decimal Total);

public sealed class ApiCredentials
{
    public string Provider { get; set; } = "";

    public string ClientSecret { get; set; } = "";
}

public static class InvoiceLookup
{
    private static readonly ConcurrentDictionary<string, Invoice> ByNumber = new();

    private static readonly Dictionary<string, ApiCredentials> Credentials = new();

    private static readonly Hashtable LegacyInvoices = new();

    public static IMemoryCache Cache { get; } = new MemoryCache(new MemoryCacheOptions());

    public static List<Dictionary<int, Invoice>> Pages { get; } = new();

    public static Invoice Remember(Invoice invoice) => ByNumber.GetOrAdd(invoice.Number, invoice);

    public static void Register(string provider, ApiCredentials credentials) => Credentials[provider] = credentials;

    public static void RememberLegacy(Invoice invoice) => LegacyInvoices.Add(invoice.Number, invoice);

    public static void CacheCredentials(string key, ApiCredentials credentials) => Cache.Set(key, credentials);

    public static void AddPage(Dictionary<int, Invoice> page) => Pages.Add(page);
}
