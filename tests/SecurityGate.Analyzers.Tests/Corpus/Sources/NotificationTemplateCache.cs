using System;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using SecurityGate.Runtime;

namespace Contoso.Notifications;

public sealed record EmailTemplate(string Name, string Culture, string Subject, string HtmlBody);

public sealed record DeliveryStats(string Channel, int Sent, int Failed);

public interface ITemplateStore
{
    Task<EmailTemplate> LoadAsync(string tenantId, string name, string culture, CancellationToken cancellationToken);
}

/// <summary>
/// Caches e-mail templates per tenant and culture. Templates are tenant branding, not secrets, even when their
/// name says what the e-mail is about.
/// </summary>
public sealed class NotificationTemplateCache
{
    private const string Component = "templates";

    private readonly IDistributedCache cache;
    private readonly IMemoryCache local;
    private readonly ITemplateStore store;

    public NotificationTemplateCache(IDistributedCache cache, IMemoryCache local, ITemplateStore store)
    {
        this.cache = cache;
        this.local = local;
        this.store = store;
    }

    // Clean: the runtime's CacheKey builds the versioned tenant key.
    public async Task<EmailTemplate> GetAsync(string tenantId, string name, string culture, CancellationToken cancellationToken)
    {
        var key = CacheKey.Create(tenantId, Component, name, culture).ToString();
        var json = await cache.GetStringAsync(key, cancellationToken);
        if (json is not null)
        {
            return System.Text.Json.JsonSerializer.Deserialize<EmailTemplate>(json)!;
        }

        var template = await store.LoadAsync(tenantId, name, culture, cancellationToken);
        await cache.SetStringAsync(key, System.Text.Json.JsonSerializer.Serialize(template), cancellationToken);
        return template;
    }

    // Clean: string.Join with a separator between every part.
    public Task<string?> GetSubjectAsync(string tenantId, string name, string culture, CancellationToken cancellationToken)
        => cache.GetStringAsync(string.Join(':', "v1", "client", tenantId, "subjects", name, culture), cancellationToken);

    // Clean: a composite format with the version and tenant segments.
    public Task RemoveAsync(string tenantId, string name, string culture, CancellationToken cancellationToken)
        => cache.RemoveAsync(string.Format(CultureInfo.InvariantCulture, "v1:client:{0}:{1}:{2}:{3}", tenantId, Component, name, culture), cancellationToken);

    // Wrong: the culture list is per tenant, but the composite format leaves the tenant out.
    public Task<string?> GetCulturesAsync(string tenantId, CancellationToken cancellationToken)
        => cache.GetStringAsync(string.Format(CultureInfo.InvariantCulture, "v1:cultures:{0}", Component), cancellationToken); // expect: CSG002

    // Clean: a template named after the password-reset e-mail is no password.
    public Task StoreResetTemplateAsync(string tenantId, EmailTemplate passwordResetTemplate, CancellationToken cancellationToken)
        => cache.SetStringAsync(CacheKey.Create(tenantId, Component, "password-reset").ToString(), passwordResetTemplate.HtmlBody, cancellationToken);

    // Clean: the body of the "new API key" e-mail, which links to the console and never contains the key.
    public void KeepApiKeyNotice(string tenantId, string apiKeyNoticeHtml)
        => local.Set(CacheKey.Create(tenantId, Component, "api-key-notice").ToString(), apiKeyNoticeHtml, TimeSpan.FromMinutes(30)); // known-false-positive: CSG010 the parameter name contains "apikey", and the rule checks only the name of a string value

    // Clean: the page token of a paged listing is an opaque cursor, not a credential.
    public Task<string?> GetDeliveryPageAsync(string tenantId, string pageToken, CancellationToken cancellationToken)
        => cache.GetStringAsync($"v1:client:{tenantId}:deliveries:{pageToken}", cancellationToken);

    public void RecordStats(string tenantId, DeliveryStats stats)
        => local.Set($"v1:client:{tenantId}:delivery-stats:{stats.Channel}", stats, TimeSpan.FromMinutes(1));

    // Wrong: a key built piece by piece with no version segment.
    public Task<string?> GetFooterAsync(string tenantId, CancellationToken cancellationToken)
    {
        var key = new StringBuilder("footer:client:").Append(tenantId).Append(":html").ToString();
        return cache.GetStringAsync(key, cancellationToken); // known-miss: CSG001 a key built with StringBuilder is not folded, so its missing version is not seen
    }
}
