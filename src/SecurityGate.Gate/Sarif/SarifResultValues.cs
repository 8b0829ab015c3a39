namespace SecurityGate.Gate.Sarif;

/// <summary>
/// The raw values of one SARIF result that the gate uses, as <see cref="SarifResultReader"/> reads them. A value that is
/// absent or of another JSON type than expected is null for a string and 0 for a number.
/// </summary>
internal sealed class SarifResultValues
{
    /// <summary><c>ruleId</c>.</summary>
    public string? RuleId { get; set; }

    /// <summary><c>rule.id</c>, which SARIF allows in place of <c>ruleId</c>.</summary>
    public string? RuleReferenceId { get; set; }

    /// <summary><c>level</c>.</summary>
    public string? Level { get; set; }

    /// <summary><c>message.text</c>.</summary>
    public string? Message { get; set; }

    /// <summary><c>locations[0].physicalLocation.artifactLocation.uri</c>.</summary>
    public string? Uri { get; set; }

    /// <summary><c>locations[0].physicalLocation.region.startLine</c>.</summary>
    public int StartLine { get; set; }

    /// <summary><c>locations[0].physicalLocation.region.startColumn</c>.</summary>
    public int StartColumn { get; set; }

    /// <summary>The <c>CacheSecurity.Fingerprint</c> entry of <c>properties.customProperties</c>.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>The <c>CacheSecurity.Member</c> entry of <c>properties.customProperties</c>.</summary>
    public string? Member { get; set; }

    /// <summary>True when <c>suppressions</c> has an accepted suppression of kind <c>inSource</c>.</summary>
    public bool IsSuppressedInSource { get; set; }

    /// <summary>The first justification of an accepted in-source suppression.</summary>
    public string? Justification { get; set; }
}
