using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using Microsoft.Extensions.Caching.Distributed;

namespace Contoso.Pricing;

public sealed record PriceQuote(string Sku, string Currency, decimal Amount, DateTimeOffset ValidUntil);

public sealed record PriceList(string Name, string Currency, PriceQuote[] Quotes);

public interface IPriceSource
{
    Task<PriceQuote> QuoteAsync(string tenantId, string sku, string currency, CancellationToken cancellationToken);

    Task<PriceList> LoadListAsync(string tenantId, string listName, CancellationToken cancellationToken);
}

/// <summary>Caches quotes and price lists per tenant; prices are contract prices and differ by tenant.</summary>
public sealed class PricingCache
{
    private static readonly DistributedCacheEntryOptions QuoteLifetime = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) };

    private readonly IDistributedCache cache;
    private readonly IPriceSource source;
    private readonly ScopedKeyBuilder keys;

    public PricingCache(IDistributedCache cache, IPriceSource source, ScopedKeyBuilder keys)
    {
        this.cache = cache;
        this.source = source;
        this.keys = keys;
    }

    public async Task<PriceQuote> GetQuoteAsync(string tenantId, string sku, string currency, CancellationToken cancellationToken)
    {
        var key = TenantCacheKeys.For(tenantId, "quotes", sku, currency);
        var cached = await cache.GetStringAsync(key, cancellationToken);
        if (cached is not null)
        {
            return JsonSerializer.Deserialize<PriceQuote>(cached)!;
        }

        var quote = await source.QuoteAsync(tenantId, sku, currency, cancellationToken);
        await cache.SetStringAsync(key, JsonSerializer.Serialize(quote), QuoteLifetime, cancellationToken);
        return quote;
    }

    public async Task<PriceList> GetListAsync(TenantContext tenant, string listName, CancellationToken cancellationToken)
    {
        var key = keys.Build("price-lists", listName);
        var cached = await cache.GetStringAsync(key, cancellationToken);
        if (cached is not null)
        {
            return JsonSerializer.Deserialize<PriceList>(cached)!;
        }

        var list = await source.LoadListAsync(tenant.TenantId, listName, cancellationToken);
        await cache.SetStringAsync(key, JsonSerializer.Serialize(list), cancellationToken);
        return list;
    }

    public Task InvalidateQuoteAsync(string tenantId, string sku, string currency, CancellationToken cancellationToken)
        => cache.RemoveAsync(TenantCacheKeys.For(tenantId, "quotes", sku, currency), cancellationToken);

    // The list price is the same for every tenant, but the key still has no version: a format change of
    // PriceQuote would read old entries after a deployment.
    public async Task<decimal?> GetListPriceAsync(string sku, CancellationToken cancellationToken)
    {
        var text = await cache.GetStringAsync("list-price:" + sku, cancellationToken); // expect: CSG001, CSG002
        return text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
    }

    public Task SetListPriceAsync(string sku, decimal price, CancellationToken cancellationToken)
        => cache.SetStringAsync($"v1:list-price:{sku}", price.ToString(CultureInfo.InvariantCulture), cancellationToken); // expect: CSG002

    // Wrong: tenant-specific discounts under a key without the tenant, so tenants read each other's discounts.
    public async Task<decimal> GetDiscountAsync(TenantContext tenant, string sku, CancellationToken cancellationToken)
    {
        var text = await cache.GetStringAsync($"v2:discounts:{sku}", cancellationToken); // expect: CSG002
        if (text is not null)
        {
            return decimal.Parse(text, CultureInfo.InvariantCulture);
        }

        var quote = await source.QuoteAsync(tenant.TenantId, sku, "EUR", cancellationToken);
        return quote.Amount;
    }

    // Wrong: sku and currency run together, so "AB1" + "2EUR" and "AB12" + "EUR" share an entry.
    public Task<string?> GetRawQuoteAsync(string tenantId, string sku, string currency, CancellationToken cancellationToken)
        => cache.GetStringAsync($"v1:client:{tenantId}:raw-quotes:{sku}{currency}", cancellationToken); // expect: CSG003
}
