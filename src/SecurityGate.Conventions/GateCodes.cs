namespace SecurityGate.Conventions;

/// <summary>
/// Diagnostic codes of the build gate (CSG1xxx). They are stable: scripts and docs refer to them.
/// </summary>
public static class GateCodes
{
    /// <summary>The SARIF error log of the compilation is missing.</summary>
    public const string ErrorLogMissing = "CSG1001";

    /// <summary>The SARIF log does not list the SecurityGate rules: the analyzers did not run.</summary>
    public const string AnalyzersDidNotRun = "CSG1002";

    /// <summary>A SecurityGate analyzer threw an exception (AD0001).</summary>
    public const string AnalyzerFailed = "CSG1003";

    /// <summary>The baseline file is unreadable or malformed.</summary>
    public const string BaselineInvalid = "CSG1004";

    /// <summary>An exclusion file is unreadable or has a malformed line.</summary>
    public const string ExclusionInvalid = "CSG1005";

    /// <summary>An exclusion entry is past its expiry date.</summary>
    public const string ExclusionExpired = "CSG1006";

    /// <summary>The error log is in a format the gate cannot read (not SARIF 2.1).</summary>
    public const string ErrorLogUnreadable = "CSG1007";

    /// <summary>Accepting findings into the baseline was requested in a CI build without permission.</summary>
    public const string AcceptRefusedInCi = "CSG1008";

    /// <summary>Accepting findings into the baseline was requested without a reason.</summary>
    public const string AcceptWithoutReason = "CSG1009";

    /// <summary>Baseline entries whose findings no longer occur.</summary>
    public const string StaleBaselineEntries = "CSG1010";

    /// <summary>An exclusion entry that matched no finding.</summary>
    public const string UnusedExclusion = "CSG1011";

    /// <summary>An option of the gate has an invalid value.</summary>
    public const string InvalidOption = "CSG1012";

    /// <summary>The baseline file could not be written.</summary>
    public const string BaselineWriteFailed = "CSG1013";

    /// <summary>A gate report is missing, unreadable, or was written by a run whose input was invalid.</summary>
    public const string GateReportInvalid = "CSG1014";

    /// <summary>A build setting (NoWarn, or a severity of none or silent in an analyzer config) hides a SecurityGate rule.</summary>
    public const string RuleSilenced = "CSG1015";

    /// <summary>A line of a project's cache-security-apis.txt is invalid; the analyzers report it as a compiler error.</summary>
    public const string CacheApiDeclarationInvalid = "CSG1016";

    /// <summary>A type declared in a project's cache-security-apis.txt is not in the compilation; the analyzers report it as a warning.</summary>
    public const string CacheApiTypeNotFound = "CSG1017";
}
