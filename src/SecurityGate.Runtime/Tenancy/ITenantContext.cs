namespace SecurityGate.Runtime;

/// <summary>
/// The tenant of the current operation. Web applications implement it over the request
/// (a claim, a route value or a header that the authentication layer has verified), and
/// <see cref="AmbientTenantContext"/> is the default for workers and tests.
/// </summary>
/// <remarks>
/// The runtime's services are singletons and read <see cref="TenantId"/> on every call, so register the
/// implementation as a singleton that reads the current request through <c>IHttpContextAccessor</c>.
/// </remarks>
public interface ITenantContext
{
    /// <summary>The current tenant id, or null when the operation has no tenant.</summary>
    string? TenantId { get; }
}
