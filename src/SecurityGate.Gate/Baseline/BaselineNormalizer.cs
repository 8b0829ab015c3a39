using System;
using System.IO;
using System.Linq;
using System.Text;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Baseline;

/// <summary>
/// Checks that a baseline file is byte for byte what <see cref="BaselineFile.Format"/> writes for its entries, and
/// rewrites it in that form under the same lock and atomic rename as <see cref="BaselineUpdater"/>.
/// A union merge, a hand edit or an older tool can leave a readable file that is not canonical.
/// </summary>
public static class BaselineNormalizer
{
    /// <summary>
    /// Checks the baseline at <paramref name="path"/>. Logs its CSG1004 errors when it is malformed, and a CSG1004 error
    /// at the first line that differs from the canonical form otherwise.
    /// </summary>
    public static BaselineVerification Verify(string path, IGateLog log)
    {
        if (log is null)
        {
            throw new ArgumentNullException(nameof(log));
        }

        var baseline = BaselineFile.Read(path);
        if (!LogErrors(baseline, log))
        {
            return BaselineVerification.Invalid;
        }

        var actual = baseline.Exists ? File.ReadAllBytes(baseline.Path) : BaselineFile.Format(baseline.Entries);
        var canonical = BaselineFile.Format(baseline.Entries);
        if (actual.SequenceEqual(canonical))
        {
            log.Message(GateText.BaselineAlreadyCanonical(baseline.Path, baseline.Entries.Count), important: true);
            return BaselineVerification.Canonical;
        }

        var line = FirstDifferentLine(actual, canonical);
        log.Error(new GateMessage(GateCodes.BaselineInvalid, GateText.BaselineNotCanonical(baseline.Path, line), baseline.Path, line, 1));
        return BaselineVerification.NotCanonical;
    }

    /// <summary>
    /// Rewrites the baseline at <paramref name="path"/> in canonical form. A malformed file is logged and left unchanged.
    /// Returns false when an error was logged.
    /// </summary>
    public static bool Normalize(string path, TimeSpan lockTimeout, IGateLog log)
    {
        if (log is null)
        {
            throw new ArgumentNullException(nameof(log));
        }

        var fullPath = Path.GetFullPath(path);
        try
        {
            using (BaselineLock.Acquire(fullPath, lockTimeout))
            {
                return NormalizeLocked(fullPath, log);
            }
        }
        catch (GateInputException exception)
        {
            log.Error(exception.GateMessage);
            return false;
        }
    }

    private static bool NormalizeLocked(string path, IGateLog log)
    {
        var baseline = BaselineFile.Read(path);
        if (!LogErrors(baseline, log))
        {
            log.Error(new GateMessage(GateCodes.BaselineWriteFailed, GateText.BaselineNotUpdatedBecauseInvalid(path), path));
            return false;
        }

        var canonical = BaselineFile.Format(baseline.Entries);
        if (baseline.Exists && File.ReadAllBytes(path).SequenceEqual(canonical))
        {
            log.Message(GateText.BaselineAlreadyCanonical(path, baseline.Entries.Count), important: true);
            return true;
        }

        if (!BaselineUpdater.WriteAtomically(path, canonical, log))
        {
            return false;
        }

        log.Message(GateText.BaselineNormalized(path, baseline.Entries.Count), important: true);
        return true;
    }

    private static bool LogErrors(BaselineDocument baseline, IGateLog log)
    {
        foreach (var error in baseline.Errors)
        {
            log.Error(error);
        }

        return baseline.IsValid;
    }

    // Lines are compared as the bytes between LF characters, so a CR before the LF makes its line differ.
    private static int FirstDifferentLine(byte[] actual, byte[] canonical)
    {
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        var canonicalLines = Encoding.UTF8.GetString(canonical).Split('\n');
        var count = Math.Min(actualLines.Length, canonicalLines.Length);
        for (var index = 0; index < count; index++)
        {
            if (!string.Equals(actualLines[index], canonicalLines[index], StringComparison.Ordinal))
            {
                return index + 1;
            }
        }

        return count;
    }
}
