using System;
using System.Collections.Generic;

namespace SecurityGate.Gate.Exclusions;

/// <summary>The exclusion entries that apply to one project, from every <c>.cache-security-exclude</c> file above it.</summary>
public sealed class ExclusionSet
{
    private ExclusionSet(IReadOnlyList<string> files, IReadOnlyList<ExclusionEntry> entries, IReadOnlyList<GateMessage> errors)
    {
        Files = files;
        Entries = entries;
        Errors = errors;
    }

    /// <summary>The exclusion files found, from the repository root down to the project folder.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The valid entries, in file order and then line order.</summary>
    public IReadOnlyList<ExclusionEntry> Entries { get; }

    /// <summary>A CSG1005 error for each unreadable file and malformed line.</summary>
    public IReadOnlyList<GateMessage> Errors { get; }

    /// <summary>
    /// Loads every exclusion file that <see cref="ExclusionFileLocator.Find"/> returns. Every file applies. They are read from
    /// the root down, so the order of entries is the same on every machine.
    /// </summary>
    public static ExclusionSet Load(string projectFolder, string? repositoryRoot)
    {
        var files = new List<string>(ExclusionFileLocator.Find(projectFolder, repositoryRoot));
        files.Reverse();

        var entries = new List<ExclusionEntry>();
        var errors = new List<GateMessage>();
        foreach (var path in files)
        {
            ExclusionFileParser.Parse(path, entries, errors);
        }

        return new ExclusionSet(files, entries, errors);
    }

    /// <summary>Returns the first entry that applies to a finding of <paramref name="ruleId"/> in the file, or null.</summary>
    public ExclusionEntry? FindMatch(string ruleId, string? fullPath, DateTime today, ICollection<ExclusionEntry> usedEntries)
    {
        ExclusionEntry? first = null;

        // Every matching entry counts as used, so a second entry for the same files is not reported as unused.
        foreach (var entry in Entries)
        {
            if (!entry.Matches(ruleId, fullPath))
            {
                continue;
            }

            usedEntries.Add(entry);
            if (first is null && !entry.IsExpired(today))
            {
                first = entry;
            }
        }

        return first;
    }
}
