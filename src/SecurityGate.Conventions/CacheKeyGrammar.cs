using System;
using System.Collections.Generic;
using System.Text;

namespace SecurityGate.Conventions;

/// <summary>
/// The cache-key grammar <c>v{n}:client:{tenant}:{component}:{id}[:{sub}]</c>.
/// Every segment is escaped so that a tenant id, component or id that contains the separator
/// cannot produce another tenant's or another entry's key.
/// </summary>
public static class CacheKeyGrammar
{
    /// <summary>The character between segments.</summary>
    public const char Separator = ':';

    /// <summary>The first character of the version segment, followed by a decimal version number.</summary>
    public const char VersionPrefix = 'v';

    /// <summary>The literal segment that precedes the tenant segment.</summary>
    public const string TenantMarker = "client";

    /// <summary>Segments that, written as a literal before a hole, mark that hole as the tenant.</summary>
    public static IReadOnlyList<string> TenantMarkers { get; } = new[] { "client", "tenant" };

    /// <summary>The escape character: <c>%</c> followed by two upper-case hexadecimal digits.</summary>
    public const char EscapeCharacter = '%';

    /// <summary>
    /// Escapes one segment: <c>%</c> becomes <c>%25</c> and <c>:</c> becomes <c>%3A</c>,
    /// so the escaped text never contains the separator and unescaping is unambiguous.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="segment"/> is null.</exception>
    public static string EscapeSegment(string segment)
    {
        if (segment is null)
        {
            throw new ArgumentNullException(nameof(segment));
        }

        if (segment.IndexOf(Separator) < 0 && segment.IndexOf(EscapeCharacter) < 0)
        {
            return segment;
        }

        var builder = new StringBuilder(segment.Length + 8);
        foreach (var character in segment)
        {
            switch (character)
            {
                case EscapeCharacter:
                    builder.Append("%25");
                    break;
                case Separator:
                    builder.Append("%3A");
                    break;
                default:
                    builder.Append(character);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="EscapeSegment"/>.</summary>
    /// <exception cref="FormatException">The segment contains a separator or an escape other than <c>%25</c> or <c>%3A</c>.</exception>
    public static string UnescapeSegment(string segment)
    {
        if (segment is null)
        {
            throw new ArgumentNullException(nameof(segment));
        }

        if (segment.IndexOf(Separator) >= 0)
        {
            throw new FormatException($"Escaped segment contains the separator '{Separator}' at index {segment.IndexOf(Separator)}.");
        }

        if (segment.IndexOf(EscapeCharacter) < 0)
        {
            return segment;
        }

        var builder = new StringBuilder(segment.Length);
        for (var index = 0; index < segment.Length; index++)
        {
            var character = segment[index];
            if (character != EscapeCharacter)
            {
                builder.Append(character);
                continue;
            }

            var escape = index + 2 < segment.Length ? segment.Substring(index, 3) : segment.Substring(index);
            switch (escape)
            {
                case "%25":
                    builder.Append(EscapeCharacter);
                    break;
                case "%3A":
                    builder.Append(Separator);
                    break;
                default:
                    throw new FormatException($"Invalid escape sequence at index {index}: only %25 and %3A are defined.");
            }

            index += 2;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Formats a key as <c>v{version}:client:{tenant}:{component}:{id}[:{sub}]</c>, escaping each segment.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The tenant, component or id is empty.</exception>
    public static string Format(int version, string tenant, string component, string id, string? subKey = null)
    {
        if (version < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "The key version must be 1 or greater.");
        }

        RequireSegment(tenant, nameof(tenant));
        RequireSegment(component, nameof(component));
        RequireSegment(id, nameof(id));

        var builder = new StringBuilder(32 + tenant.Length + component.Length + id.Length);
        builder.Append(VersionPrefix).Append(version).Append(Separator)
            .Append(TenantMarker).Append(Separator)
            .Append(EscapeSegment(tenant)).Append(Separator)
            .Append(EscapeSegment(component)).Append(Separator)
            .Append(EscapeSegment(id));

        if (subKey is not null)
        {
            RequireSegment(subKey, nameof(subKey));
            builder.Append(Separator).Append(EscapeSegment(subKey));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Parses a key written by <see cref="Format"/>. Returns false for any other shape.
    /// </summary>
    public static bool TryParse(string? key, out CacheKeyParts parts)
    {
        parts = default;
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var segments = key!.Split(Separator);
        if (segments.Length is < 5 or > 6)
        {
            return false;
        }

        if (!TryParseVersion(segments[0], out var version) || segments[1] != TenantMarker)
        {
            return false;
        }

        try
        {
            var sub = segments.Length == 6 ? UnescapeSegment(segments[5]) : null;
            parts = new CacheKeyParts(version, UnescapeSegment(segments[2]), UnescapeSegment(segments[3]), UnescapeSegment(segments[4]), sub);
        }
        catch (FormatException)
        {
            return false;
        }

        return parts.Tenant.Length > 0 && parts.Component.Length > 0 && parts.Id.Length > 0 && parts.SubKey is not { Length: 0 };
    }

    /// <summary>
    /// Returns true when <paramref name="segment"/> is a version segment: <c>v</c> followed by
    /// one or more decimal digits with a value of 1 or greater.
    /// </summary>
    public static bool TryParseVersion(string segment, out int version)
    {
        version = 0;
        if (segment is null || segment.Length < 2 || segment.Length > 10 || segment[0] != VersionPrefix)
        {
            return false;
        }

        for (var index = 1; index < segment.Length; index++)
        {
            if (segment[index] < '0' || segment[index] > '9')
            {
                return false;
            }

            version = (version * 10) + (segment[index] - '0');
        }

        return version >= 1;
    }

    private static void RequireSegment(string value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("A cache-key segment must not be empty.", parameterName);
        }
    }
}
