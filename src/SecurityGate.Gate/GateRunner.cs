using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SecurityGate.Conventions;
using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Exclusions;
using SecurityGate.Gate.Matching;
using SecurityGate.Gate.Sarif;

namespace SecurityGate.Gate;

/// <summary>
/// Runs the gate for one project and target framework: reads the SARIF log, drops findings suppressed in source, applies
/// the exclusion files, matches the baseline, logs the result and writes the gate report. It never writes the baseline;
/// <see cref="BaselineUpdater"/> does that in a separate, serial step.
/// </summary>
public static partial class GateRunner
{
    /// <summary>Runs the gate on the SARIF error log of a build. Every input problem is logged as an error, so the gate fails closed.</summary>
    public static GateOutcome Run(GateOptions options, IGateLog log) => Run(options, log, findingSource: null);

    /// <summary>
    /// Runs the gate on findings that the caller produced by running the analyzers itself (<c>securitygate check</c>),
    /// instead of reading <see cref="GateOptions.ErrorLogPath"/>. <see cref="GateOptions.ErrorLogPath"/> is ignored and
    /// <see cref="GateOptions.ReportPath"/> is optional: without it no report is written.
    /// </summary>
    public static GateOutcome Run(GateOptions options, IReadOnlyList<SarifFinding> findings, IReadOnlyList<AnalyzerFailure> analyzerFailures, IGateLog log)
    {
        if (findings is null)
        {
            throw new ArgumentNullException(nameof(findings));
        }

        if (analyzerFailures is null)
        {
            throw new ArgumentNullException(nameof(analyzerFailures));
        }

        // Every SecurityGate rule id, so the check that the analyzers ran passes: the caller ran them.
        var ruleIds = RuleCatalog.All.Select(rule => rule.Id).ToList();
        return Run(options, log, new SarifLog(findings, ruleIds, analyzerFailures));
    }

    // A null findingSource reads the SARIF error log of the options.
    private static GateOutcome Run(GateOptions options, IGateLog log, SarifLog? findingSource)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (log is null)
        {
            throw new ArgumentNullException(nameof(log));
        }

        var counting = new CountingGateLog(log);
        var report = new GateReport
        {
            Project = options.ProjectName,
            TargetFramework = options.TargetFramework,
            Mode = options.Mode.ToString().ToLowerInvariant(),
        };

        var classification = Evaluate(options, findingSource, counting, report);

        var passed = !counting.HasErrors;
        report.Verdict = GateReport.FormatVerdict(passed);
        if (!string.IsNullOrWhiteSpace(options.ReportPath))
        {
            passed &= TryWriteReport(options.ReportPath, report, counting);
        }

        report.Verdict = GateReport.FormatVerdict(passed);

        counting.Message(FormatSummary(options, report, classification is not null, passed), important: true);
        return new GateOutcome(passed, report);
    }

    // Returns null when the findings could not be evaluated at all; report.Complete records whether they can be trusted.
    private static Classification? Evaluate(GateOptions options, SarifLog? findingSource, CountingGateLog log, GateReport report)
    {
        if (!ValidateOptions(options, readsErrorLog: findingSource is null, log))
        {
            return null;
        }

        if (!Configuration.RuleSilencing.Check(options.NoWarn, options.AnalyzerConfigFiles, Path.GetFullPath(options.ProjectPath), log))
        {
            return null;
        }

        var projectFolder = Path.GetDirectoryName(Path.GetFullPath(options.ProjectPath)) ?? string.Empty;
        var repositoryRoot = string.IsNullOrWhiteSpace(options.RepositoryRoot)
            ? PathUtility.FindRepositoryRoot(projectFolder) ?? projectFolder
            : Path.GetFullPath(options.RepositoryRoot);
        var baselinePath = options.ResolveBaselinePath();
        report.Baseline = PathUtility.ToRepositoryPath(repositoryRoot, baselinePath);

        var accepting = CheckAcceptMode(options, log);

        var sarif = findingSource ?? ReadErrorLog(options, log);
        if (sarif is null)
        {
            return null;
        }

        var complete = true;
        foreach (var failure in sarif.AnalyzerFailures)
        {
            log.Error(new GateMessage(GateCodes.AnalyzerFailed, GateText.AnalyzerFailed(failure.AnalyzerName, failure.ExceptionType, failure.ExceptionMessage, findingSource is null ? options.ErrorLogPath : options.ProjectPath)));
            complete = false;
        }

        var exclusions = ExclusionSet.Load(projectFolder, repositoryRoot);
        foreach (var error in exclusions.Errors)
        {
            log.Error(error);
            complete = false;
        }

        var baseline = BaselineFile.Read(baselinePath);
        foreach (var error in baseline.Errors)
        {
            log.Error(error);
            complete = false;
        }

        var classification = FindingClassifier.Classify(sarif.Findings, exclusions, baseline.Entries, options.Today);
        ReportExclusionProblems(options, exclusions, classification, log);
        LogFindings(classification, accepting, log);

        report.Complete = complete;
        report.Counts = CountStates(classification);
        var repositoryPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        report.Findings = classification.Findings.Select(finding => ToReportFinding(finding, repositoryRoot, repositoryPaths)).ToList();

        // Stale entries are only reported in check mode: accept and prune rewrite the baseline without them anyway.
        if (options.CheckStaleEntries && options.Mode == BaselineMode.Check && complete && classification.StaleEntries.Count > 0)
        {
            var text = GateText.StaleEntries(classification.StaleEntries.Count, baselinePath);
            var firstLine = classification.StaleEntries.Min(entry => entry.Line);
            log.ErrorOrWarning(new GateMessage(GateCodes.StaleBaselineEntries, text, baselinePath, firstLine, firstLine > 0 ? 1 : 0), options.Strict);
        }

        return classification;
    }

    // The error log and the report are required only in a build, where MSBuild passes both.
    private static bool ValidateOptions(GateOptions options, bool readsErrorLog, CountingGateLog log)
    {
        var missing = new List<string>();
        if (readsErrorLog && string.IsNullOrWhiteSpace(options.ErrorLogPath))
        {
            missing.Add(nameof(GateOptions.ErrorLogPath));
        }

        if (string.IsNullOrWhiteSpace(options.ProjectPath))
        {
            missing.Add(nameof(GateOptions.ProjectPath));
        }

        if (readsErrorLog && string.IsNullOrWhiteSpace(options.ReportPath))
        {
            missing.Add(nameof(GateOptions.ReportPath));
        }

        if (missing.Count > 0)
        {
            log.Error(new GateMessage(GateCodes.InvalidOption, GateText.OptionsMissing(missing)));
            return false;
        }

        return true;
    }

    // Returns true when new findings are to be accepted; a rejected accept request checks them as usual.
    private static bool CheckAcceptMode(GateOptions options, CountingGateLog log)
    {
        if (options.Mode != BaselineMode.Accept)
        {
            return false;
        }

        var accepting = true;
        if (string.IsNullOrWhiteSpace(options.Reason))
        {
            log.Error(new GateMessage(GateCodes.AcceptWithoutReason, GateText.AcceptWithoutReason()));
            accepting = false;
        }

        if (options.IsContinuousIntegration && !options.AllowAcceptInContinuousIntegration)
        {
            log.Error(new GateMessage(GateCodes.AcceptRefusedInCi, GateText.AcceptRejectedInCi()));
            accepting = false;
        }

        return accepting;
    }

    private static SarifLog? ReadErrorLog(GateOptions options, CountingGateLog log)
    {
        var path = Path.GetFullPath(options.ErrorLogPath);
        if (!SarifReader.IsSupportedRequestedVersion(options.ErrorLogVersion))
        {
            var detail = GateText.ErrorLogVersionNotSupported(options.ErrorLogVersion);
            log.Error(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogNotSarif21(path, detail)));
            return null;
        }

        SarifLog sarif;
        try
        {
            sarif = SarifReader.Read(path);
        }
        catch (GateInputException exception)
        {
            log.Error(exception.GateMessage);
            return null;
        }

        // Any one SecurityGate rule in the list proves the analyzers ran: a team may turn single rules off in .editorconfig.
        if (!sarif.RuleIds.Any(RuleCatalog.IsRuleId))
        {
            log.Error(new GateMessage(GateCodes.AnalyzersDidNotRun, GateText.AnalyzersDidNotRun(path)));
            return null;
        }

        return sarif;
    }

    private static bool TryWriteReport(string path, GateReport report, CountingGateLog log)
    {
        try
        {
            GateReportFile.Write(path, report);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Error(new GateMessage(GateCodes.GateReportInvalid, GateText.GateReportNotWritten(path, exception.Message)));
            return false;
        }
    }
}
