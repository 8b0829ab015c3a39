namespace SecurityGate.Gate;

/// <summary>
/// How the gate classified a finding. Precedence, first match wins:
/// suppressed in source, then excluded, then baselined, else new.
/// </summary>
public enum FindingState
{
    /// <summary>Not suppressed, excluded or baselined: fails the build.</summary>
    New,

    /// <summary>Matched an entry of the baseline.</summary>
    Baselined,

    /// <summary>Matched an entry of a <c>.cache-security-exclude</c> file.</summary>
    Excluded,

    /// <summary>Suppressed in source with <c>#pragma warning disable</c> or <c>[SuppressMessage]</c>.</summary>
    SuppressedInSource,
}
