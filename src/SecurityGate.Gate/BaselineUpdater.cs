using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SecurityGate.Conventions;
using SecurityGate.Gate.Baseline;

namespace SecurityGate.Gate;

/// <summary>
/// Updates a project's baseline once, after the gate ran for every target framework: the explicit, serial step that is
/// the only writer of the baseline. It unions the findings of all the project's gate reports.
/// Accept makes the baseline every new or baselined finding (existing entries keep their reason, new ones get
/// <see cref="BaselineUpdateOptions.Reason"/>). Prune removes entries that no report matched and never adds.
/// Bad input loses nothing: with a malformed baseline or a missing or incomplete report the file is left unchanged.
/// </summary>
public static class BaselineUpdater
{
    /// <summary>Runs the update under the baseline lock and writes the file atomically. Returns false when an error was logged.</summary>
    public static bool Run(BaselineUpdateOptions options, IGateLog log)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var counting = new CountingGateLog(log ?? throw new ArgumentNullException(nameof(log)));
        if (options.Mode == BaselineMode.Check)
        {
            counting.Message(GateText.BaselineCheckModeNoUpdate(options.ProjectName), important: false);
            return true;
        }

        if (!CheckAcceptAllowed(options, counting))
        {
            return false;
        }

        var reports = GateReportSet.Load(options.ReportPaths, requireComplete: true, counting);
        if (reports is null)
        {
            return false;
        }

        var baselinePath = Path.GetFullPath(options.BaselinePath);
        try
        {
            using (BaselineLock.Acquire(baselinePath, options.LockTimeout))
            {
                return UpdateLocked(options, baselinePath, reports, counting);
            }
        }
        catch (GateInputException exception)
        {
            counting.Error(exception.GateMessage);
            return false;
        }
    }

    // Shared with the securitygate tool, which checks the request before it reads any report.
    internal static bool CheckAcceptAllowed(BaselineUpdateOptions options, CountingGateLog log)
    {
        if (options.Mode != BaselineMode.Accept)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(options.Reason))
        {
            log.Error(new GateMessage(GateCodes.AcceptWithoutReason, GateText.AcceptWithoutReason(options.SettingNames.ReasonFix)));
        }

        if (options.IsContinuousIntegration && !options.AllowAcceptInContinuousIntegration)
        {
            log.Error(new GateMessage(GateCodes.AcceptRefusedInCi, GateText.AcceptRejectedInCi(options.SettingNames.AllowInContinuousIntegrationFix)));
        }

        return !log.HasErrors;
    }

    private static bool UpdateLocked(BaselineUpdateOptions options, string baselinePath, IReadOnlyList<GateReport> reports, CountingGateLog log)
    {
        var baseline = BaselineFile.Read(baselinePath);
        if (!baseline.IsValid)
        {
            foreach (var error in baseline.Errors)
            {
                log.Error(error);
            }

            log.Error(new GateMessage(GateCodes.BaselineWriteFailed, GateText.BaselineNotUpdatedBecauseInvalid(baselinePath), baselinePath));
            return false;
        }

        var updated = options.Mode == BaselineMode.Accept
            ? Accept(baseline.Entries, reports, options.Reason!.Trim())
            : Prune(baseline.Entries, reports);

        var existing = new HashSet<BaselineEntry>(baseline.Entries);
        var kept = updated.Count(existing.Contains);
        var added = updated.Count - kept;
        var removed = baseline.Entries.Count - kept;

        var bytes = BaselineFile.Format(updated);
        var fileName = Path.GetFileName(baselinePath);
        if (baseline.Exists && File.ReadAllBytes(baselinePath).SequenceEqual(bytes))
        {
            log.Message(GateText.BaselineUnchanged(options.ProjectName, fileName, updated.Count), important: true);
            return true;
        }

        if (!baseline.Exists && updated.Count == 0)
        {
            log.Message(GateText.BaselineUnchanged(options.ProjectName, fileName, 0), important: true);
            return true;
        }

        if (!WriteAtomically(baselinePath, bytes, log))
        {
            return false;
        }

        log.Message(GateText.BaselineUpdated(options.ProjectName, fileName, added, removed, updated.Count), important: true);
        return true;
    }

    // Accept: one entry per new or baselined finding. Existing entries of a fingerprint are used first, so they keep their reason.
    private static List<BaselineEntry> Accept(IReadOnlyList<BaselineEntry> existing, IReadOnlyList<GateReport> reports, string reason)
    {
        var needed = GateReportSet.MaxCountByFingerprint(reports, state => state is FindingState.New or FindingState.Baselined);
        var existingByFingerprint = existing.GroupBy(entry => entry.Fingerprint, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new Queue<BaselineEntry>(group), StringComparer.Ordinal);
        var findings = reports.SelectMany(report => report.Findings)
            .Where(finding => finding.State is FindingState.New or FindingState.Baselined)
            .GroupBy(finding => finding.Fingerprint, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

        var result = new List<BaselineEntry>();
        foreach (var pair in needed)
        {
            var finding = findings[pair.Key];
            existingByFingerprint.TryGetValue(pair.Key, out var queue);
            for (var count = 0; count < pair.Value; count++)
            {
                result.Add(queue is { Count: > 0 }
                    ? queue.Dequeue()
                    : new BaselineEntry(finding.Fingerprint, finding.Rule, finding.Member, finding.Path, reason));
            }
        }

        // Entries of findings that are now suppressed or excluded are kept, never added, so the findings are baselined
        // again, not new, when the suppression or exclusion goes away.
        var heldElsewhere = GateReportSet.MaxCountByFingerprint(reports, state => state is FindingState.Excluded or FindingState.SuppressedInSource);
        foreach (var pair in heldElsewhere)
        {
            if (!existingByFingerprint.TryGetValue(pair.Key, out var queue))
            {
                continue;
            }

            for (var count = 0; count < pair.Value && queue.Count > 0; count++)
            {
                result.Add(queue.Dequeue());
            }
        }

        return result;
    }

    // Prune: keep as many entries of a fingerprint as the report with the most findings of it that hold an entry matched.
    private static List<BaselineEntry> Prune(IReadOnlyList<BaselineEntry> existing, IReadOnlyList<GateReport> reports)
    {
        var matched = GateReportSet.MaxCountByFingerprint(reports, FindingStates.HoldsBaselineEntry);
        var result = new List<BaselineEntry>();
        var keptByFingerprint = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in existing)
        {
            matched.TryGetValue(entry.Fingerprint, out var limit);
            keptByFingerprint.TryGetValue(entry.Fingerprint, out var kept);
            if (kept < limit)
            {
                result.Add(entry);
                keptByFingerprint[entry.Fingerprint] = kept + 1;
            }
        }

        return result;
    }

    // The temporary file is in the baseline's folder, so the rename stays on one volume and readers see the old or the new file.
    internal static bool WriteAtomically(string baselinePath, byte[] bytes, IGateLog log)
    {
        var folder = Path.GetDirectoryName(baselinePath) ?? string.Empty;
        var temporaryPath = Path.Combine(folder, "." + Path.GetFileName(baselinePath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temporaryPath, bytes);
            if (File.Exists(baselinePath))
            {
                File.Replace(temporaryPath, baselinePath, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporaryPath, baselinePath);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporaryPath);
            log.Error(new GateMessage(GateCodes.BaselineWriteFailed, GateText.BaselineNotWritten(baselinePath, exception.Message), baselinePath));
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The write already failed and is reported; a leftover temporary file is harmless.
        }
    }
}
