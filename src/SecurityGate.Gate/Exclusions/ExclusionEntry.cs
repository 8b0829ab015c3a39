using System;
using System.Collections.Generic;
using Microsoft.Extensions.FileSystemGlobbing;

namespace SecurityGate.Gate.Exclusions;

/// <summary>One valid line of a <c>.cache-security-exclude</c> file.</summary>
public sealed class ExclusionEntry
{
    private readonly Matcher _matcher;

    /// <summary>Creates an entry; <paramref name="ruleIds"/> null means every rule.</summary>
    public ExclusionEntry(string filePath, string folderPath, int line, string glob, IReadOnlyCollection<string>? ruleIds, string reason, DateTime? expires)
    {
        FilePath = filePath;
        FolderPath = folderPath;
        Line = line;
        Glob = glob;
        RuleIds = ruleIds;
        Reason = reason;
        Expires = expires;

        // The default Matcher compares ignoring case, so one exclusion file behaves alike on every file system.
        _matcher = new Matcher();
        _matcher.AddInclude(glob);
    }

    /// <summary>The full path of the exclusion file.</summary>
    public string FilePath { get; }

    /// <summary>The folder of the exclusion file; the glob is relative to it.</summary>
    public string FolderPath { get; }

    /// <summary>The 1-based line of the entry in its file.</summary>
    public int Line { get; }

    /// <summary>The path pattern, with <c>/</c> separators.</summary>
    public string Glob { get; }

    /// <summary>The rule ids the entry applies to, or null for every rule (<c>*</c>).</summary>
    public IReadOnlyCollection<string>? RuleIds { get; }

    /// <summary>Why the findings are excluded.</summary>
    public string Reason { get; }

    /// <summary>The last day the entry applies, or null when it does not expire.</summary>
    public DateTime? Expires { get; }

    /// <summary>Returns true when the entry is past its expiry date on <paramref name="today"/>.</summary>
    public bool IsExpired(DateTime today) => Expires is { } expires && today.Date > expires.Date;

    /// <summary>Returns true when the glob matches the file, whatever the rule.</summary>
    public bool MatchesFile(string fullPath)
    {
        var relative = PathUtility.GetRelativePosixPath(FolderPath, fullPath);
        return relative is not null && _matcher.Match(relative).HasMatches;
    }

    /// <summary>Returns true when the entry applies to a finding of <paramref name="ruleId"/> in the file.</summary>
    public bool Matches(string ruleId, string? fullPath)
    {
        if (fullPath is null || (RuleIds is not null && !Contains(RuleIds, ruleId)))
        {
            return false;
        }

        return MatchesFile(fullPath);
    }

    private static bool Contains(IReadOnlyCollection<string> ruleIds, string ruleId)
    {
        foreach (var id in ruleIds)
        {
            if (string.Equals(id, ruleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
