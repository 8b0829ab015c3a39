using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Decides whether a key template has a tenant segment. A hole is the tenant when the literal text right
/// before it ends in a tenant marker segment (<c>client:</c> or <c>tenant:</c>, any case), or when its value
/// is named as a tenant identifier (<see cref="TenantIdentifiers"/> plus the configured names). A constant
/// segment after a marker (<c>v1:client:demo:catalog</c>) is a tenant segment too: the key is scoped to that tenant.
/// </summary>
internal static class TenantSegments
{
    /// <summary>Member names that identify their receiver, so <c>tenant.Id</c> is as good as <c>tenantId</c>.</summary>
    private static readonly string[] IdentifyingMemberNames = { "Id", "Key", "Code", "Name", "Value" };

    /// <summary>The characters of a Redis glob pattern that match more than themselves.</summary>
    private static readonly char[] GlobWildcards = { '*', '?', '[' };

    public static bool HasTenantHole(KeyTemplate template, IReadOnlyList<string> extraNames)
    {
        var parts = template.Parts;
        if (HasConstantTenant(parts))
        {
            return true;
        }

        for (var index = 0; index < parts.Length; index++)
        {
            var part = parts[index];
            if (!part.IsHole)
            {
                continue;
            }

            // The alias is a helper parameter, property or method name, so a Get prefix is ignored as for calls.
            if (FollowsTenantMarker(parts, index) || IsTenantMethodName(part.AliasName, extraNames) || IsTenantExpression(part.Origin, extraNames))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowsTenantMarker(System.Collections.Immutable.ImmutableArray<KeyPart> parts, int holeIndex)
    {
        if (holeIndex == 0 || parts[holeIndex - 1].IsHole)
        {
            return false;
        }

        var literal = parts[holeIndex - 1].Literal!;
        if (literal.Length < 2 || literal[literal.Length - 1] != CacheKeyGrammar.Separator)
        {
            return false;
        }

        // The segment before the hole runs from the previous separator (or the start of the key) to the last one.
        var segmentEnd = literal.Length - 1;
        var segmentStart = literal.LastIndexOf(CacheKeyGrammar.Separator, segmentEnd - 1) + 1;
        if (segmentStart == 0 && holeIndex - 1 != 0)
        {
            // The literal follows another hole, so its first segment is only the tail of a segment.
            return false;
        }

        return IsMarker(literal, segmentStart, segmentEnd - segmentStart);
    }

    /// <summary>
    /// True when a literal holds a whole marker segment followed by a non-empty segment. A glob wildcard
    /// (<c>client:*:orders</c>) is no tenant: as a key pattern it matches every tenant.
    /// </summary>
    private static bool HasConstantTenant(System.Collections.Immutable.ImmutableArray<KeyPart> parts)
    {
        for (var index = 0; index < parts.Length; index++)
        {
            var literal = parts[index].Literal;
            if (literal is null)
            {
                continue;
            }

            // After a hole, the literal's first segment is only the tail of a segment, so it is no marker. The
            // segments are walked in place, without splitting, because every key check of CSG002 comes here.
            var segmentStart = 0;
            for (var segment = 0; ; segment++)
            {
                var separator = literal.IndexOf(CacheKeyGrammar.Separator, segmentStart);
                if (separator < 0)
                {
                    break;
                }

                var tenantStart = separator + 1;
                var tenantEnd = literal.IndexOf(CacheKeyGrammar.Separator, tenantStart);
                var tenantLength = (tenantEnd < 0 ? literal.Length : tenantEnd) - tenantStart;
                if (segment >= (index == 0 ? 0 : 1)
                    && IsMarker(literal, segmentStart, separator - segmentStart)
                    && tenantLength > 0
                    && literal.IndexOfAny(GlobWildcards, tenantStart, tenantLength) < 0)
                {
                    return true;
                }

                segmentStart = tenantStart;
            }
        }

        return false;
    }

    private static bool IsMarker(string text, int start, int length)
    {
        var markers = CacheKeyGrammar.TenantMarkers;
        for (var index = 0; index < markers.Count; index++)
        {
            var marker = markers[index];
            if (marker.Length == length && string.Compare(text, start, marker, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTenantExpression(IOperation? operation, IReadOnlyList<string> extraNames)
    {
        var value = HoleValues.Unwrap(operation);
        switch (value)
        {
            case ILocalReferenceOperation local:
                return IsTenantName(local.Local.Name, extraNames);
            case IParameterReferenceOperation parameter:
                return IsTenantName(parameter.Parameter.Name, extraNames);
            case IMemberReferenceOperation member:
                return IsTenantName(member.Member.Name, extraNames)
                    || (IsIdentifyingMember(member.Member.Name) && IsNamedTenant(HoleValues.Unwrap(member.Instance), extraNames));
            case IInvocationOperation invocation:
                return IsTenantMethodName(invocation.TargetMethod.Name, extraNames);
            default:
                return false;
        }
    }

    // Id, Key, Code, Name, Value, or any name ending in Id (tenant.ShopId): such a member identifies its receiver.
    private static bool IsIdentifyingMember(string name) =>
        Array.IndexOf(IdentifyingMemberNames, name) >= 0 || (name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal));

    private static bool IsNamedTenant(IOperation? receiver, IReadOnlyList<string> extraNames) => receiver switch
    {
        ILocalReferenceOperation local => IsTenantName(local.Local.Name, extraNames),
        IParameterReferenceOperation parameter => IsTenantName(parameter.Parameter.Name, extraNames),
        IMemberReferenceOperation member => IsTenantName(member.Member.Name, extraNames),
        _ => false,
    };

    /// <summary>True for <c>TenantId</c> and for <c>GetTenantId</c>.</summary>
    private static bool IsTenantMethodName(string? name, IReadOnlyList<string> extraNames)
    {
        if (name is null)
        {
            return false;
        }

        var hasGetPrefix = name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]);
        return IsTenantName(name, extraNames) || (hasGetPrefix && IsTenantName(name.Substring(3), extraNames));
    }

    private static bool IsTenantName(string? name, IReadOnlyList<string> extraNames)
        => name is not null && TenantIdentifiers.IsTenantIdentifier(name, extraNames);
}
