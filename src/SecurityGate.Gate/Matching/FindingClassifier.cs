using System;
using System.Collections.Generic;
using System.Linq;
using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Exclusions;
using SecurityGate.Gate.Sarif;

namespace SecurityGate.Gate.Matching;

/// <summary>
/// Gives each finding its state. Precedence: suppressed in source, then excluded, then baselined, else new.
/// Baseline matching uses the fingerprint alone and treats the baseline as a multiset: each entry matches one finding,
/// so of two findings with the same fingerprint and one entry, one is new. Paths and lines play no part, so findings keep
/// their state across line shifts, reformatting and file moves. A finding suppressed in source or excluded still holds its
/// baseline entry, so the entry is not reported stale or pruned, and the finding is baselined again when the suppression
/// or exclusion goes away.
/// </summary>
public static class FindingClassifier
{
    /// <summary>Classifies <paramref name="findings"/>; expired exclusion entries exclude nothing.</summary>
    public static Classification Classify(
        IEnumerable<SarifFinding> findings,
        ExclusionSet exclusions,
        IEnumerable<BaselineEntry> baselineEntries,
        DateTime today)
    {
        var available = new Dictionary<string, Queue<BaselineEntry>>(StringComparer.Ordinal);
        foreach (var entry in baselineEntries)
        {
            if (!available.TryGetValue(entry.Fingerprint, out var queue))
            {
                queue = new Queue<BaselineEntry>();
                available.Add(entry.Fingerprint, queue);
            }

            queue.Enqueue(entry);
        }

        // A fixed order decides which of two findings with the same fingerprint takes the entry, on every machine.
        var ordered = findings
            .OrderBy(finding => finding.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(finding => finding.Line)
            .ThenBy(finding => finding.Column)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ThenBy(finding => finding.Fingerprint, StringComparer.Ordinal)
            .ToList();

        var used = new HashSet<ExclusionEntry>();
        var classified = new List<ClassifiedFinding>(ordered.Count);
        foreach (var finding in ordered)
        {
            var entry = available.TryGetValue(finding.Fingerprint, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            if (finding.IsSuppressedInSource)
            {
                classified.Add(new ClassifiedFinding(finding, FindingState.SuppressedInSource, null, entry));
                continue;
            }

            var exclusion = exclusions.FindMatch(finding.RuleId, finding.FilePath, today, used);
            if (exclusion is not null)
            {
                classified.Add(new ClassifiedFinding(finding, FindingState.Excluded, exclusion, entry));
                continue;
            }

            if (entry is not null)
            {
                classified.Add(new ClassifiedFinding(finding, FindingState.Baselined, null, entry));
                continue;
            }

            classified.Add(new ClassifiedFinding(finding, FindingState.New, null, null));
        }

        var stale = available.Values.SelectMany(queue => queue).ToList();
        stale.Sort(BaselineEntry.CompareForFile);
        return new Classification(classified, stale, used);
    }
}
