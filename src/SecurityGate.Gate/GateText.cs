using System;
using System.Globalization;
using System.Linq;
using SecurityGate.Conventions;

namespace SecurityGate.Gate;

/// <summary>
/// The texts of the gate's errors and warnings. Each quotes the offending value, states the rule and names the fix;
/// tests assert them exactly.
/// </summary>
internal static class GateText
{
    /// <summary>The MSBuild property that turns the gate off.</summary>
    public const string EnabledProperty = "CacheSecurityEnabled";

    /// <summary>The MSBuild property that selects the baseline mode (check, accept, prune).</summary>
    public const string BaselineModeProperty = "CacheSecurityBaseline";

    /// <summary>The MSBuild property that gives the reason for accepted findings.</summary>
    public const string ReasonProperty = "CacheSecurityReason";

    /// <summary>The MSBuild property that allows accepting findings in CI.</summary>
    public const string AllowAcceptInCiProperty = "CacheSecurityAllowAcceptInCI";

    private static string RuleList => string.Join(", ", RuleCatalog.All.Select(rule => rule.Id));

    public static string ErrorLogMissing(string path) =>
        $"The SARIF error log '{path}' does not exist: the compiler did not write it. Rebuild the project so that CoreCompile runs with the ErrorLog property set, or set {EnabledProperty}=false to turn the gate off explicitly.";

    public static string ErrorLogNotSarif21(string path, string detail) =>
        $"The error log '{path}' is not SARIF 2.1: {detail}. Set ErrorLog to '{path},version=2.1' or remove it.";

    public static string ErrorLogDamaged(string path, string detail) =>
        $"The error log '{path}' is damaged: {detail}. Rebuild the project with 'dotnet build --no-incremental' so the compiler writes it again.";

    public static string ErrorLogVersionNotSupported(string? requestedVersion) => requestedVersion is null
        ? "the ErrorLog property has no version, so the compiler writes SARIF 1.0"
        : $"the ErrorLog property requests version '{requestedVersion}'";

    public static string FindingWithoutFingerprint(string path, string ruleId, string? file, int line) =>
        $"The {ruleId} result at '{file}({line})' in the error log '{path}' has no {Fingerprint.FingerprintProperty} property, so it cannot be matched with the baseline. Use the same SecurityGate package version for the analyzers and the gate.";

    public static string AnalyzersDidNotRun(string path) =>
        $"The SARIF error log '{path}' lists no SecurityGate rule ({RuleList}): the SecurityGate analyzers did not run. Remove RunAnalyzers=false or RunAnalyzersDuringBuild=false from the build, or set {EnabledProperty}=false to turn the gate off explicitly.";

    public static string AnalyzerFailed(string analyzer, string exceptionType, string exceptionMessage, string path) =>
        $"SecurityGate analyzer '{analyzer}' threw {exceptionType} with message '{exceptionMessage}', so its findings are incomplete (AD0001 in '{path}'). Update the SecurityGate package or report the failure with the AD0001 text of the build log; the gate fails until the analyzer runs without an exception.";

    public static string RuleInNoWarn(string ruleId) =>
        $"NoWarn lists {ruleId}, which hides its findings from the gate, so new ones would pass and baselined ones would look fixed. Remove {ruleId} from NoWarn; to leave out paths, add them to .cache-security-exclude with a reason, or set {EnabledProperty}=false to turn the gate off explicitly.";

    public static string RuleSilencedInConfig(string setting) =>
        $"The setting '{setting}' hides SecurityGate findings from the gate, so new ones would pass and baselined ones would look fixed. Remove it or use severity suggestion; to leave out paths, add them to .cache-security-exclude with a reason, or set {EnabledProperty}=false to turn the gate off explicitly.";

    public static string NewFinding(string message) => message;

    public static string BaselinedFinding(string ruleId, string location, string message) =>
        $"SecurityGate: baselined {ruleId} at {location}: {message}";

    public static string FindingToBeAccepted(string ruleId, string location, string message) =>
        $"SecurityGate: to be accepted {ruleId} at {location}: {message}";

    public static string ExcludedFinding(string ruleId, string location, string exclusionLocation) =>
        $"SecurityGate: excluded {ruleId} at {location} by {exclusionLocation}";

    public static string SuppressedFinding(string ruleId, string location) =>
        $"SecurityGate: suppressed in source {ruleId} at {location}";

    public static string OptionsMissing(System.Collections.Generic.IEnumerable<string> names) =>
        $"The gate options {string.Join(", ", names)} are empty: the SecurityGate targets pass them; check that the CacheSecurityGate target is not overridden.";

    public static string StaleEntries(int count, string baselinePath) => count == 1
        ? $"1 entry of the baseline '{baselinePath}' matches no finding, because the finding was fixed. Remove it with 'dotnet build -p:{BaselineModeProperty}=prune'."
        : $"{count.ToString(CultureInfo.InvariantCulture)} entries of the baseline '{baselinePath}' match no finding, because the findings were fixed. Remove them with 'dotnet build -p:{BaselineModeProperty}=prune'.";

    public static string AcceptWithoutReason() => AcceptWithoutReason(BaselineSettingNames.MSBuild.ReasonFix);

    public static string AcceptWithoutReason(string reasonFix) =>
        $"Accepting findings into the baseline requires a reason: {reasonFix}.";

    public static string AcceptRejectedInCi() => AcceptRejectedInCi(BaselineSettingNames.MSBuild.AllowInContinuousIntegrationFix);

    public static string AcceptRejectedInCi(string allowFix) =>
        $"Accepting findings into the baseline is rejected in CI builds: accept them on a developer machine and commit the baseline, or {allowFix}.";

    public static string ExclusionFileUnreadable(string path, string reason) =>
        $"The exclusion file '{path}' could not be read: {reason}. Make the file readable or remove it.";

    public static string ExclusionFieldCount(int count) =>
        $"The exclusion entry has {count.ToString(CultureInfo.InvariantCulture)} fields separated by '|', expected 3 or 4: write '<glob> | <rule ids or *> | <reason> [| expires yyyy-MM-dd]'.";

    public static string ExclusionEmptyGlob() =>
        "The exclusion entry has an empty glob: write a path pattern relative to this file's folder, for example 'tests/Fixtures/**'.";

    public static string ExclusionEmptyRules(string glob) =>
        $"The exclusion entry for '{glob}' names no rule: write rule ids separated by commas, or * for all rules.";

    public static string ExclusionUnknownRule(string glob, string ruleId) =>
        $"The exclusion entry for '{glob}' names the unknown rule id '{ruleId}': use ids of SecurityGate rules ({RuleList}) or *.";

    public static string ExclusionMissingReason(string glob) =>
        $"The exclusion entry for '{glob}' has no reason: write why the findings are excluded in the third field.";

    public static string ExclusionInvalidExpiry(string glob, string text) =>
        $"The exclusion entry for '{glob}' has the invalid expiry '{text}': write 'expires yyyy-MM-dd', for example 'expires 2027-06-30'.";

    public static string ExclusionDuplicate(string glob, int firstLine) =>
        $"The exclusion entry for '{glob}' duplicates the entry on line {firstLine.ToString(CultureInfo.InvariantCulture)}: remove one of them.";

    public static string ExclusionExpired(string glob, DateTime expires) =>
        $"The exclusion entry for '{glob}' expired on {FormatDate(expires)}, so it no longer excludes findings: fix the findings and remove the entry, or set a later expiry date with a new reason.";

    public static string ExclusionUnused(string glob) =>
        $"The exclusion entry for '{glob}' matches files of this project but no finding: remove the entry.";

    public static string BaselineUnreadable(string path, string reason) =>
        $"The baseline '{path}' could not be read: {reason}. Make the file readable, or restore it from version control.";

    public static string BaselineInvalidLine(string detail) =>
        $"The baseline line is not a finding entry: {detail}. Restore the line from version control, or delete it and accept the finding again with -p:{BaselineModeProperty}=accept.";

    public static string BaselineUnsupportedSchema(string version, int supported) =>
        $"The baseline has schema version '{version}', but this gate reads version {supported.ToString(CultureInfo.InvariantCulture)}: update the SecurityGate package to the version that wrote the baseline.";

    public static string BaselineMissingSchema(int supported) =>
        $"The baseline has no \"schemaVersion\" line: add \"schemaVersion\": {supported.ToString(CultureInfo.InvariantCulture)}, after the opening brace.";

    public static string GateReportMissing(string path) =>
        $"The gate report '{path}' does not exist: the gate did not run for this target framework. Build the project, then run the baseline step again.";

    public static string GateReportUnreadable(string path, string detail) =>
        $"The gate report '{path}' could not be read: {detail}. Rebuild the project to write it again.";

    public static string GateReportIncomplete(string path) =>
        $"The gate report '{path}' comes from a build whose input was invalid, so its findings may be incomplete: fix the errors of that build, then run the baseline step again.";

    public static string GateReportNotWritten(string path, string reason) =>
        $"The gate report '{path}' could not be written: {reason}. Check that the obj folder is writable.";

    public static string BaselineLockTimeout(string baselinePath, string lockPath, TimeSpan timeout) =>
        $"The baseline '{baselinePath}' could not be updated: the lock file '{lockPath}' is held by another build or tool and was not released within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds. Wait for that process to finish, then run the update again.";

    public static string BaselineNotWritten(string baselinePath, string reason) =>
        $"The baseline '{baselinePath}' could not be written: {reason}. Check that the folder is writable; the previous baseline is unchanged.";

    public static string BaselineNotUpdatedBecauseInvalid(string baselinePath) =>
        $"The baseline '{baselinePath}' is left unchanged because it has malformed lines: fix them, then run the update again.";

    public static string BaselineUpdated(string projectName, string baselineFileName, int added, int removed, int total) =>
        $"SecurityGate: {projectName}: baseline {baselineFileName} updated: {added.ToString(CultureInfo.InvariantCulture)} added, {removed.ToString(CultureInfo.InvariantCulture)} removed ({total.ToString(CultureInfo.InvariantCulture)} entries).";

    public static string BaselineUnchanged(string projectName, string baselineFileName, int total) =>
        $"SecurityGate: {projectName}: baseline {baselineFileName} unchanged ({total.ToString(CultureInfo.InvariantCulture)} entries).";

    public static string BaselineCheckModeNoUpdate(string projectName) =>
        $"SecurityGate: {projectName}: baseline mode is check, so the baseline is not updated.";

    public static string StaleCheckSkipped(string projectName) =>
        $"SecurityGate: {projectName}: stale baseline entries not checked, because a gate report is incomplete or not in check mode.";

    public static string BaselineNotCanonical(string path, int line) =>
        $"The baseline '{path}' is not in canonical form from line {line.ToString(CultureInfo.InvariantCulture)} on (it must be sorted, one finding per line, with LF line ends and no other fields): run 'securitygate baseline normalize {path}' and commit the result.";

    public static string BaselineNormalized(string path, int total) =>
        $"SecurityGate: baseline {path} rewritten in canonical form ({total.ToString(CultureInfo.InvariantCulture)} entries).";

    public static string BaselineAlreadyCanonical(string path, int total) =>
        $"SecurityGate: baseline {path} is in canonical form ({total.ToString(CultureInfo.InvariantCulture)} entries).";

    public static string GateSummary(string scope, string counts, bool passed) =>
        $"SecurityGate: {scope}: {counts}. Verdict: {(passed ? "passed" : "failed")}.";

    public static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
