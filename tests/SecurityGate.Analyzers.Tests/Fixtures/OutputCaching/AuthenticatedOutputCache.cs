using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Shop.Endpoints;

public sealed class AllowAuthenticatedPolicy : IOutputCachePolicy
{
    public System.Threading.Tasks.ValueTask CacheRequestAsync(OutputCacheContext context, System.Threading.CancellationToken cancellation)
    {
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        return System.Threading.Tasks.ValueTask.CompletedTask;
    }

    public System.Threading.Tasks.ValueTask ServeFromCacheAsync(OutputCacheContext context, System.Threading.CancellationToken cancellation) => System.Threading.Tasks.ValueTask.CompletedTask;

    public System.Threading.Tasks.ValueTask ServeResponseAsync(OutputCacheContext context, System.Threading.CancellationToken cancellation) => System.Threading.Tasks.ValueTask.CompletedTask;
}

public static class OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/orders", () => "orders")
            .RequireAuthorization()
            .CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(1)), excludeDefaultPolicy: true);

        app.MapGet("/invoices", () => "invoices")
            .CacheOutput(policy => policy.AddPolicy<AllowAuthenticatedPolicy>().SetVaryByQuery("page"))
            .RequireAuthorization("billing");

        // Not reported: varied by user or tenant, the default policy, no authorization, or caching turned off.
        app.MapGet("/profile", () => "profile")
            .RequireAuthorization()
            .CacheOutput(policy => policy.AddPolicy<AllowAuthenticatedPolicy>().VaryByValue(context => new("user", context.User.Identity?.Name ?? "")));

        app.MapGet("/tenants/{tenantId}/reports", (string tenantId) => tenantId)
            .RequireAuthorization()
            .CacheOutput(policy => policy.SetVaryByRouteValue("tenantId"), excludeDefaultPolicy: true);

        app.MapGet("/settings", () => "settings")
            .RequireAuthorization()
            .CacheOutput(policy => policy.SetVaryByHeader("Authorization"), excludeDefaultPolicy: true);

        app.MapGet("/catalog", () => "catalog")
            .RequireAuthorization()
            .CacheOutput();

        app.MapGet("/public", () => "public")
            .CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(5)), excludeDefaultPolicy: true);

        app.MapGet("/named", () => "named")
            .RequireAuthorization()
            .CacheOutput("Short");
    }
}
