using System;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Reports;

/// <summary>
/// An output-cache policy that caches authenticated requests too; the built-in default policy skips any request
/// with an Authorization header or a cookie.
/// </summary>
public sealed class CacheAuthenticatedPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = HttpMethods.IsGet(context.HttpContext.Request.Method);
        context.AllowCacheStorage = context.AllowCacheLookup;
        context.AllowLocking = true;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.AllowCacheStorage &= context.HttpContext.Response.StatusCode == StatusCodes.Status200OK;
        return ValueTask.CompletedTask;
    }
}

public interface IReportService
{
    Task<string> SalesAsync(string tenantId, DateOnly day, CancellationToken cancellationToken);

    Task<string> InventoryAsync(string tenantId, CancellationToken cancellationToken);
}

/// <summary>The reporting API: heavy queries behind output caching, every endpoint behind sign-in.</summary>
public static class ReportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Clean: the route carries the tenant and the cache varies by it.
        app.MapGet("/tenants/{tenantId}/reports/sales", (string tenantId, DateOnly day, IReportService reports, CancellationToken cancel) => reports.SalesAsync(tenantId, day, cancel))
            .RequireAuthorization("reports")
            .CacheOutput(policy => policy.AddPolicy<CacheAuthenticatedPolicy>().SetVaryByRouteValue("tenantId").Expire(TimeSpan.FromMinutes(10)));

        // Clean: varied by the signed-in user's tenant claim.
        app.MapGet("/reports/inventory", (ClaimsPrincipal user, IReportService reports, CancellationToken cancel) => reports.InventoryAsync(user.FindFirstValue("tenant_id")!, cancel))
            .RequireAuthorization()
            .CacheOutput(policy => policy.AddPolicy<CacheAuthenticatedPolicy>().VaryByValue(context => new("tenant", context.User.FindFirstValue("tenant_id") ?? "")));

        // Clean: the default policy does not cache authenticated requests.
        app.MapGet("/reports/catalogue-size", () => 42)
            .RequireAuthorization()
            .CacheOutput();

        // Clean: public data, no authorization.
        app.MapGet("/reports/status", () => "ok")
            .CacheOutput(policy => policy.Expire(TimeSpan.FromSeconds(30)), excludeDefaultPolicy: true);

        // Wrong: the tenant comes from the token, but the cached page is shared by every tenant.
        app.MapGet("/reports/sales", (ClaimsPrincipal user, DateOnly day, IReportService reports, CancellationToken cancel) => reports.SalesAsync(user.FindFirstValue("tenant_id")!, day, cancel))
            .RequireAuthorization("reports")
            .CacheOutput(policy => policy.AddPolicy<CacheAuthenticatedPolicy>().SetVaryByQuery("day")); // expect: CSG041

        // Wrong: excluding the default policy caches the first tenant's dashboard for everyone.
        app.MapGet("/reports/dashboard", (ClaimsPrincipal user, IReportService reports, CancellationToken cancel) => reports.InventoryAsync(user.FindFirstValue("tenant_id")!, cancel))
            .CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(1)), excludeDefaultPolicy: true) // expect: CSG041
            .RequireAuthorization();

        // Wrong: "User-Agent" names the browser, not the user, so every tenant on the same browser shares the entry.
        app.MapGet("/reports/export", (ClaimsPrincipal user, IReportService reports, CancellationToken cancel) => reports.InventoryAsync(user.FindFirstValue("tenant_id")!, cancel))
            .RequireAuthorization()
            .CacheOutput(policy => policy.AddPolicy<CacheAuthenticatedPolicy>().SetVaryByHeader("User-Agent")); // expect: CSG041

        // Wrong: authorization is required by the group, caching is set on the endpoint.
        var admin = app.MapGroup("/admin/reports").RequireAuthorization("admin");
        admin.MapGet("/usage", (ClaimsPrincipal user, IReportService reports, CancellationToken cancel) => reports.InventoryAsync(user.FindFirstValue("tenant_id")!, cancel))
            .CacheOutput(policy => policy.AddPolicy<CacheAuthenticatedPolicy>().Expire(TimeSpan.FromMinutes(5))); // known-miss: CSG041 RequireAuthorization on a route group is not linked to CacheOutput on an endpoint of the group

        // Wrong: a tag groups entries for eviction but does not vary them.
        app.MapGet("/reports/weekly", (ClaimsPrincipal user, IReportService reports, CancellationToken cancel) => reports.InventoryAsync(user.FindFirstValue("tenant_id")!, cancel))
            .RequireAuthorization()
            .CacheOutput(policy => policy.AddPolicy<CacheAuthenticatedPolicy>().Tag("weekly-reports")); // expect: CSG041

        // Wrong: the named policy, registered below, caches authenticated requests without a vary.
        app.MapGet("/reports/monthly", (ClaimsPrincipal user, IReportService reports, CancellationToken cancel) => reports.InventoryAsync(user.FindFirstValue("tenant_id")!, cancel))
            .RequireAuthorization()
            .CacheOutput("Authenticated"); // known-miss: CSG041 a policy passed by name is not resolved to its registration in AddOutputCache
    }

    public static IServiceCollection AddReportCaching(this IServiceCollection services)
        => services.AddOutputCache(options =>
        {
            options.AddBasePolicy(policy => policy.Expire(TimeSpan.FromMinutes(1)));
            options.AddPolicy("Authenticated", policy => policy.AddPolicy<CacheAuthenticatedPolicy>());
        });
}
