using System;
using System.Threading;

namespace SecurityGate.Runtime;

/// <summary>
/// An <see cref="ITenantContext"/> that flows with the async call: <see cref="Enter"/> sets the tenant
/// for the code inside its <c>using</c> block and for every task started from it.
/// </summary>
public sealed class AmbientTenantContext : ITenantContext
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <inheritdoc />
    public string? TenantId => Current.Value;

    /// <summary>Sets the tenant until the returned scope is disposed, then restores the previous one.</summary>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is empty or whitespace.</exception>
    public static IDisposable Enter(string tenantId)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            throw new ArgumentException("The tenant id must not be empty or whitespace.", nameof(tenantId));
        }

        var scope = new Scope(Current.Value);
        Current.Value = tenantId;
        return scope;
    }

    private sealed class Scope : IDisposable
    {
        private readonly string? previous;
        private bool disposed;

        public Scope(string? previous) => this.previous = previous;

        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            Current.Value = previous;
        }
    }
}
