using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SecurityGate.Conventions;

namespace SecurityGate.CodeFixes;

/// <summary>
/// The arguments of <c>SecurityGate.Runtime.CacheKey.Create</c> that a key written as text maps to. The key's
/// colon-separated segments must each be one literal or one hole: exactly one tenant hole (named as a tenant, or
/// after a <c>client:</c> or <c>tenant:</c> marker) anywhere, and then in order a literal component, an id hole and
/// an optional sub-key (literal or hole). The key gets the runtime's default version, 1. Any other shape has no
/// mapping, because guessing which text is the component or the id would change what the key means.
/// </summary>
internal sealed class RuntimeKeyShape
{
    private RuntimeKeyShape(KeyPart tenant, string component, KeyPart id, KeyPart? subKey)
    {
        Tenant = tenant;
        Component = component;
        Id = id;
        SubKey = subKey;
    }

    /// <summary>The tenant hole.</summary>
    public KeyPart Tenant { get; }

    /// <summary>The component, for example <c>orders</c>.</summary>
    public string Component { get; }

    /// <summary>The id hole.</summary>
    public KeyPart Id { get; }

    /// <summary>The sub-key, or null when the key has none.</summary>
    public KeyPart? SubKey { get; }

    /// <summary>Maps the parts of a key to the runtime key's arguments, or returns null when the shape does not map.</summary>
    public static RuntimeKeyShape? TryMap(ImmutableArray<KeyPart> parts, IReadOnlyList<string> extraTenantNames)
    {
        var segments = SplitSegments(parts);
        if (segments is null || segments.Count == 0)
        {
            return null;
        }

        // A key that already starts with a version and has a tenant hole breaks neither CSG001 nor CSG002, so such a
        // key only reaches here through a name list the analyzers and this fix read differently: leave it alone.
        if (segments[0].Text is { } first && CacheKeyGrammar.TryParseVersion(first, out _))
        {
            return null;
        }

        var tenantIndex = FindTenant(segments, extraTenantNames);
        if (tenantIndex < 0)
        {
            return null;
        }

        var tenant = segments[tenantIndex];
        segments.RemoveAt(tenantIndex);
        if (tenantIndex > 0 && IsMarker(segments[tenantIndex - 1]))
        {
            segments.RemoveAt(tenantIndex - 1);
        }

        if (segments.Count is < 2 or > 3 || segments[0].Text is not { Length: > 0 } component || !segments[1].IsHole || segments.Exists(IsTenantMarkerOrEmpty))
        {
            return null;
        }

        return new RuntimeKeyShape(tenant, component, segments[1], segments.Count == 3 ? segments[2] : null);
    }

    /// <summary>Returns the index of the one tenant hole, or -1 when there is none or more than one.</summary>
    private static int FindTenant(List<KeyPart> segments, IReadOnlyList<string> extraTenantNames)
    {
        var found = -1;
        for (var index = 0; index < segments.Count; index++)
        {
            var hole = segments[index].Hole;
            if (hole is null)
            {
                continue;
            }

            var isTenant = (index > 0 && IsMarker(segments[index - 1])) || HoleNames.IsTenant(hole, extraTenantNames);
            if (isTenant && found >= 0)
            {
                return -1;
            }

            if (isTenant)
            {
                found = index;
            }
        }

        return found;
    }

    /// <summary>
    /// Splits the parts at each colon into segments of one literal or one hole, or returns null when a segment mixes
    /// text and a hole (<c>order-{id}</c>) or contains two holes.
    /// </summary>
    private static List<KeyPart>? SplitSegments(ImmutableArray<KeyPart> parts)
    {
        var segments = new List<KeyPart>();
        var text = string.Empty;
        KeyPart? hole = null;
        foreach (var part in parts)
        {
            if (part.IsHole)
            {
                if (hole is not null || text.Length > 0)
                {
                    return null;
                }

                hole = part;
                continue;
            }

            var pieces = part.Text!.Split(CacheKeyGrammar.Separator);
            for (var piece = 0; piece < pieces.Length; piece++)
            {
                if (piece > 0)
                {
                    segments.Add(hole ?? KeyPart.ForText(text));
                    hole = null;
                    text = string.Empty;
                }

                if (hole is not null && pieces[piece].Length > 0)
                {
                    return null;
                }

                text += pieces[piece];
            }
        }

        segments.Add(hole ?? KeyPart.ForText(text));
        return segments;
    }

    private static bool IsMarker(KeyPart segment)
    {
        foreach (var marker in CacheKeyGrammar.TenantMarkers)
        {
            if (string.Equals(segment.Text, marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTenantMarkerOrEmpty(KeyPart segment) => segment.Text is { Length: 0 } || IsMarker(segment);
}
