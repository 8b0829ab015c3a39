namespace Storefront.Tenancy;

/// <summary>The tenant of the current request.</summary>
public sealed record TenantContext(string TenantId, string DisplayName);
