using System.Diagnostics.CodeAnalysis;

namespace SecurityGate.Runtime;

/// <summary>
/// Per-tenant configuration held in process memory: the replacement for a static dictionary shared by all tenants.
/// Each tenant's value is stored serialized, and encrypted when <typeparamref name="T"/> is sensitive, under a
/// key bound to the tenant; every read returns a fresh copy, so one caller's change never reaches another.
/// </summary>
/// <typeparam name="T">The configuration type; it must be serializable with System.Text.Json.</typeparam>
public interface ITenantRegistry<T>
    where T : class
{
    /// <summary>Stores the value of a tenant, replacing any previous one.</summary>
    void AddOrUpdate(string tenantId, T value);

    /// <summary>Returns a copy of the tenant's value, if it has one.</summary>
    bool TryGet(string tenantId, [MaybeNullWhen(false)] out T value);

    /// <summary>Returns a copy of the value of the current tenant of <see cref="ITenantContext"/>, or null when it has none.</summary>
    /// <exception cref="TenantMissingException">The tenant context has no tenant.</exception>
    T? GetCurrent();

    /// <summary>Removes the tenant's value; returns false when it had none.</summary>
    bool Remove(string tenantId);

    /// <summary>The number of tenants with a value.</summary>
    int Count { get; }
}
