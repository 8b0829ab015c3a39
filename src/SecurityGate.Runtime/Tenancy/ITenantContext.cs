namespace SecurityGate.Runtime;

/// <summary>
/// The tenant of the current operation. Web applications implement it over the request
/// (a claim, a route value or a header that the authentication layer has verified);
/// <see cref="AmbientTenantContext"/> is the default for workers and tests.
/// </summary>
public interface ITenantContext
{
    /// <summary>The current tenant id, or null when the operation has no tenant.</summary>
    string? TenantId { get; }
}
