using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Exclusions;

/// <summary>
/// Parses <c>.cache-security-exclude</c> files. A line is blank, a <c>#</c> comment, or an entry
/// <c>&lt;glob&gt; | &lt;rule ids comma-separated, or *&gt; | &lt;reason&gt; [| expires yyyy-MM-dd]</c>.
/// </summary>
internal static class ExclusionFileParser
{
    private const string AllRules = "*";

    private static readonly Regex ExpiryPattern = new(
        @"^expires\s+(?<date>\S+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// Parses one file. Valid entries go to <paramref name="entries"/>; each malformed line adds a CSG1005 error
    /// at its line to <paramref name="errors"/> and is skipped.
    /// </summary>
    public static void Parse(string filePath, List<ExclusionEntry> entries, List<GateMessage> errors)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(filePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(new GateMessage(GateCodes.ExclusionInvalid, GateText.ExclusionFileUnreadable(filePath, exception.Message), filePath));
            return;
        }

        var folderPath = Path.GetDirectoryName(filePath) ?? string.Empty;
        var firstLineByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var text = lines[index].Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var entry = ParseEntry(filePath, folderPath, lineNumber, text, out var error);
            if (entry is null)
            {
                errors.Add(new GateMessage(GateCodes.ExclusionInvalid, error!, filePath, lineNumber, 1));
                continue;
            }

            var key = entry.Glob + "|" + (entry.RuleIds is null ? AllRules : string.Join(",", entry.RuleIds));
            if (firstLineByKey.TryGetValue(key, out var firstLine))
            {
                errors.Add(new GateMessage(GateCodes.ExclusionInvalid, GateText.ExclusionDuplicate(entry.Glob, firstLine), filePath, lineNumber, 1));
                continue;
            }

            firstLineByKey.Add(key, lineNumber);
            entries.Add(entry);
        }
    }

    private static ExclusionEntry? ParseEntry(string filePath, string folderPath, int lineNumber, string text, out string? error)
    {
        error = null;
        var fields = text.Split('|').Select(field => field.Trim()).ToArray();
        if (fields.Length is < 3 or > 4)
        {
            error = GateText.ExclusionFieldCount(fields.Length);
            return null;
        }

        // Globs are relative to the file's folder, so a leading "/" or "./" only restates that.
        var glob = PathUtility.ToPosix(fields[0]).TrimStart('/');
        while (glob.StartsWith("./", StringComparison.Ordinal))
        {
            glob = glob.Substring(2);
        }

        if (glob.Length == 0)
        {
            error = GateText.ExclusionEmptyGlob();
            return null;
        }

        var ruleIds = ParseRuleIds(glob, fields[1], out error);
        if (error is not null)
        {
            return null;
        }

        var reason = fields[2];
        if (reason.Length == 0)
        {
            error = GateText.ExclusionMissingReason(glob);
            return null;
        }

        DateTime? expires = null;
        if (fields.Length == 4)
        {
            var match = ExpiryPattern.Match(fields[3]);
            if (!match.Success || !DateTime.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error = GateText.ExclusionInvalidExpiry(glob, fields[3]);
                return null;
            }

            expires = date;
        }

        return new ExclusionEntry(filePath, folderPath, lineNumber, glob, ruleIds, reason, expires);
    }

    private static string[]? ParseRuleIds(string glob, string field, out string? error)
    {
        error = null;
        if (field == AllRules)
        {
            return null;
        }

        var ids = field.Split(',').Select(id => id.Trim().ToUpperInvariant()).Where(id => id.Length > 0).ToArray();
        if (ids.Length == 0)
        {
            error = GateText.ExclusionEmptyRules(glob);
            return null;
        }

        var unknown = ids.FirstOrDefault(id => !RuleCatalog.IsRuleId(id));
        if (unknown is not null)
        {
            error = GateText.ExclusionUnknownRule(glob, unknown);
            return null;
        }

        return ids.Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray();
    }
}
