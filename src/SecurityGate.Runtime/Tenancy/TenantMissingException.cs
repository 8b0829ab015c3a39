using System;

namespace SecurityGate.Runtime;

/// <summary>
/// Thrown when a cache operation needs the current tenant and <see cref="ITenantContext"/> has none.
/// The runtime never falls back to a key shared by all tenants.
/// </summary>
public sealed class TenantMissingException : InvalidOperationException
{
    /// <summary>The message used by the runtime.</summary>
    public const string DefaultMessage =
        "No tenant is present: ITenantContext.TenantId is null or empty, and a cache key without a tenant would be shared by all tenants. " +
        "Register an ITenantContext that reads the tenant from the request, wrap the work in AmbientTenantContext.Enter(tenantId), " +
        "or pass the tenant explicitly with ISecureCache.CreateKeyForTenant.";

    /// <summary>Creates the exception with <see cref="DefaultMessage"/>.</summary>
    public TenantMissingException()
        : base(DefaultMessage)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TenantMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public TenantMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
