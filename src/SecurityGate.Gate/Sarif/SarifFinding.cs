namespace SecurityGate.Gate.Sarif;

/// <summary>One SecurityGate result of a SARIF error log.</summary>
public sealed class SarifFinding
{
    /// <summary>The rule id, for example <c>CSG001</c>.</summary>
    public string RuleId { get; set; } = string.Empty;

    /// <summary>The SARIF level (<c>note</c>, <c>warning</c>, <c>error</c>, <c>none</c>).</summary>
    public string Level { get; set; } = string.Empty;

    /// <summary>The message text. It may quote a key literal, so it is logged but never written to a report or baseline.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>The absolute local path of the file, or null when the result has no file location.</summary>
    public string? FilePath { get; set; }

    /// <summary>The 1-based start line, or 0 when unknown.</summary>
    public int Line { get; set; }

    /// <summary>The 1-based start column in UTF-16 code units, or 0 when unknown.</summary>
    public int Column { get; set; }

    /// <summary>The stable identity of the finding (<c>CacheSecurity.Fingerprint</c>).</summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>The documentation-comment id of the enclosing member (<c>CacheSecurity.Member</c>), or empty.</summary>
    public string Member { get; set; } = string.Empty;

    /// <summary>True when a <c>#pragma warning disable</c> or <c>[SuppressMessage]</c> suppresses the result.</summary>
    public bool IsSuppressedInSource { get; set; }

    /// <summary>The justification of the in-source suppression, or null when it has none.</summary>
    public string? Justification { get; set; }
}
