using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SecurityGate.Conventions;

namespace SecurityGate.Runtime;

/// <summary>
/// A tenant-scoped, versioned cache key in the form <c>v{version}:client:{tenant}:{component}:{id}[:{sub}]</c>.
/// Each segment is escaped (<c>%</c> to <c>%25</c>, <c>:</c> to <c>%3A</c>), so no tenant id, component or id
/// can produce another tenant's or another entry's key. <see cref="ToString"/> returns the wire key.
/// </summary>
/// <remarks>
/// A key longer than the maximum length is hashed: the id and sub-key segments are replaced by
/// <c>%H</c> followed by the 64 lower-case hexadecimal digits of SHA-256 over the UTF-8 bytes of the full,
/// unhashed wire key. The tenant and component segments stay readable, so a tenant's keys can still be found.
/// An escaped segment never contains <c>%H</c> (a literal <c>%</c> is always written as <c>%25</c>), so a hashed
/// key cannot equal an unhashed one. The hashed form is stable across versions of this library.
/// </remarks>
public readonly struct CacheKey : IEquatable<CacheKey>
{
    /// <summary>The default maximum length of a wire key in characters.</summary>
    public const int DefaultMaxLength = 256;

    /// <summary>The smallest maximum length accepted: room for the hashed id and a short tenant and component.</summary>
    public const int MinMaxLength = 128;

    /// <summary>The prefix of a hashed id segment.</summary>
    public const string HashedSegmentPrefix = "%H";

    private readonly string? wireKey;

    private CacheKey(string wireKey, int version, string tenant, string component, string id, string? subKey, bool isHashed)
    {
        this.wireKey = wireKey;
        Version = version;
        Tenant = tenant;
        Component = component;
        Id = id;
        SubKey = subKey;
        IsHashed = isHashed;
    }

    /// <summary>The key schema version, 1 or greater. Raise it when the shape or sensitivity of the cached type changes.</summary>
    public int Version { get; }

    /// <summary>The tenant the entry belongs to, unescaped.</summary>
    public string Tenant { get; }

    /// <summary>The component (feature or entity type) that owns the entry, unescaped.</summary>
    public string Component { get; }

    /// <summary>The entry id, unescaped.</summary>
    public string Id { get; }

    /// <summary>The optional sub-key, unescaped; null when the key has none.</summary>
    public string? SubKey { get; }

    /// <summary>Whether the wire key was hashed because it exceeded the maximum length.</summary>
    public bool IsHashed { get; }

    /// <summary>Whether this is the default value, which is not a key.</summary>
    public bool IsDefault => wireKey is null;

    /// <summary>
    /// Creates a key. The wire key is hashed when it is longer than <paramref name="maxLength"/> characters.
    /// </summary>
    /// <param name="tenant">The tenant id; must not be empty or whitespace.</param>
    /// <param name="component">The component that owns the entry, for example <c>orders</c>; must not be empty.</param>
    /// <param name="id">The entry id; must not be empty.</param>
    /// <param name="subKey">An optional sub-key; must not be empty when given.</param>
    /// <param name="version">The key schema version, 1 or greater.</param>
    /// <param name="maxLength">The maximum wire-key length in characters, <see cref="MinMaxLength"/> or greater.</param>
    /// <exception cref="ArgumentException">A segment is empty, or even the hashed key exceeds <paramref name="maxLength"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> or <paramref name="maxLength"/> is out of range.</exception>
    public static CacheKey Create(string tenant, string component, string id, string? subKey = null, int version = 1, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrWhiteSpace(tenant))
        {
            throw new ArgumentException("The tenant id must not be empty or whitespace: every cache key belongs to one tenant.", nameof(tenant));
        }

        if (maxLength < MinMaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, $"The maximum key length must be {MinMaxLength} or greater.");
        }

        // Format validates version and the remaining segments and escapes each one.
        var wire = CacheKeyGrammar.Format(version, tenant, component, id, subKey);
        if (wire.Length <= maxLength)
        {
            return new CacheKey(wire, version, tenant, component, id, subKey, isHashed: false);
        }

        var prefixLength = wire.Length - CacheKeyGrammar.EscapeSegment(id).Length - (subKey is null ? 0 : CacheKeyGrammar.EscapeSegment(subKey).Length + 1);
        var hashed = string.Concat(wire.AsSpan(0, prefixLength), HashedSegmentPrefix, HashHex(wire));
        if (hashed.Length > maxLength)
        {
            throw new ArgumentException(
                $"The cache key is {hashed.Length} characters long even with its id hashed, over the maximum key length {maxLength}: " +
                "the tenant and component segments are too long. Use a shorter component name or raise SecureCacheOptions.MaxKeyLength.",
                nameof(tenant));
        }

        return new CacheKey(hashed, version, tenant, component, id, subKey, isHashed: true);
    }

    /// <summary>Returns the wire key, or an empty string for the default value.</summary>
    public override string ToString() => wireKey ?? string.Empty;

    /// <summary>
    /// Returns 12 hexadecimal digits of SHA-256 over the wire key: an identifier for logs and error messages
    /// that does not reveal the tenant or the id.
    /// </summary>
    public string ToLogHash() => wireKey is null ? "(default)" : HashHex(wireKey).Substring(0, 12);

    /// <inheritdoc />
    public bool Equals(CacheKey other) => string.Equals(wireKey, other.wireKey, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CacheKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => wireKey is null ? 0 : StringComparer.Ordinal.GetHashCode(wireKey);

    /// <summary>Compares two keys by their wire keys.</summary>
    public static bool operator ==(CacheKey left, CacheKey right) => left.Equals(right);

    /// <summary>Compares two keys by their wire keys.</summary>
    public static bool operator !=(CacheKey left, CacheKey right) => !left.Equals(right);

    internal void ThrowIfDefault(string parameterName)
    {
        if (wireKey is null)
        {
            throw new ArgumentException("The cache key is the default value; create keys with CacheKey.Create or ISecureCache.CreateKey.", parameterName);
        }
    }

    private static string HashHex(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexString(hash).ToLower(CultureInfo.InvariantCulture);
    }
}
