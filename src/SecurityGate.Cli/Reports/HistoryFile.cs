using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Reports;

/// <summary>
/// A JSON lines file of earlier counts, one <see cref="HistoryCounts"/> object per line, oldest first.
/// It has no timestamps, so it stays byte-identical for the same runs.
/// </summary>
internal static class HistoryFile
{
    /// <summary>Reads the file. A missing file reads as empty.</summary>
    /// <exception cref="GateInputException">The file is unreadable, or a line is not a counts object (CSG2005 at that line).</exception>
    public static List<HistoryCounts> Read(string path)
    {
        var result = new List<HistoryCounts>();
        if (!File.Exists(path))
        {
            return result;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new GateInputException(new GateMessage(CliCodes.FileAccessFailed, CliText.HistoryUnreadable(path, exception.Message), path), exception);
        }

        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index].Trim().Length == 0)
            {
                continue;
            }

            result.Add(ParseLine(path, index + 1, lines[index]));
        }

        return result;
    }

    /// <summary>Appends one line with <paramref name="counts"/>, creating the file.</summary>
    public static void Append(string path, HistoryCounts counts) =>
        File.AppendAllText(path, JsonSerializer.Serialize(counts) + "\n");

    private static HistoryCounts ParseLine(string path, int lineNumber, string text)
    {
        string detail;
        try
        {
            var counts = JsonSerializer.Deserialize<HistoryCounts>(text);
            if (counts is not null && counts.New >= 0 && counts.Baselined >= 0 && counts.Excluded >= 0 && counts.SuppressedInSource >= 0)
            {
                return counts;
            }

            detail = "it is not an object of non-negative counts";
        }
        catch (JsonException exception)
        {
            detail = exception.Message;
        }

        throw new GateInputException(new GateMessage(CliCodes.FileAccessFailed, CliText.HistoryInvalidLine(detail), path, lineNumber, 1));
    }
}
