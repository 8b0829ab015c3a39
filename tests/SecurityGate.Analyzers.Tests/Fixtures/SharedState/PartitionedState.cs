using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Shop.Billing;

public sealed record Invoice(string TenantId, string Number, decimal Total);

public readonly record struct TenantId(string Value);

public sealed record InvoiceKey(string TenantId, string Number);

public sealed record Currency(string Code, int Digits);

public static class PartitionedLookup
{
    private static readonly ConcurrentDictionary<(string TenantId, string Number), Invoice> ByTenantAndNumber = new();

    private static readonly ConcurrentDictionary<InvoiceKey, Invoice> ByKey = new();

    private static readonly ConcurrentDictionary<TenantId, Invoice> LatestByTenant = new();

    private static readonly Dictionary<string, ConcurrentDictionary<TenantId, Invoice>> ByRegion = new();

    private static readonly Dictionary<string, Currency> Currencies = new();

    private static readonly Dictionary<string, Invoice> NeverWritten = new() { ["sample"] = new Invoice("t", "n", 0) };

    private const string DefaultCurrency = "EUR";

    public static void Remember(Invoice invoice)
    {
        ByTenantAndNumber[(invoice.TenantId, invoice.Number)] = invoice;
        ByKey.TryAdd(new InvoiceKey(invoice.TenantId, invoice.Number), invoice);
        LatestByTenant[new TenantId(invoice.TenantId)] = invoice;
        ByRegion.Add("eu", new ConcurrentDictionary<TenantId, Invoice>());
        Currencies[DefaultCurrency] = new Currency(DefaultCurrency, 2);
    }

    public static Invoice? Sample() => NeverWritten.TryGetValue("sample", out var invoice) ? invoice : null;
}
