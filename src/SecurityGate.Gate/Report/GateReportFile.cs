using System;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using SecurityGate.Conventions;

namespace SecurityGate.Gate;

/// <summary>Writes and reads gate report files.</summary>
public static class GateReportFile
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        Formatting = Formatting.Indented,
        DateParseHandling = DateParseHandling.None,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    /// <summary>Formats the report as UTF-8 JSON with LF line ends.</summary>
    public static byte[] Format(GateReport report)
    {
        var serializer = JsonSerializer.Create(Settings);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        serializer.Serialize(writer, report);
        writer.Write('\n');
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(writer.ToString());
    }

    /// <summary>Writes the report, creating its folder.</summary>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file could not be written.</exception>
    public static void Write(string path, GateReport report)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Streamed to the file, because a report of 100,000 findings is about 25 MB. The bytes equal Format(report).
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        GateReportWriter.Write(writer, report);
        writer.Write('\n');
    }

    /// <summary>Reads a report.</summary>
    /// <exception cref="GateInputException">The report is missing or unreadable (CSG1014).</exception>
    internal static GateReport Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new GateInputException(new GateMessage(GateCodes.GateReportInvalid, GateText.GateReportMissing(path)));
        }

        try
        {
            var report = JsonConvert.DeserializeObject<GateReport>(File.ReadAllText(path), Settings);
            if (report is null || report.SchemaVersion != GateReport.CurrentSchemaVersion)
            {
                var detail = report is null ? "it is empty" : $"its schema version is {report.SchemaVersion}, expected {GateReport.CurrentSchemaVersion}";
                throw new GateInputException(new GateMessage(GateCodes.GateReportInvalid, GateText.GateReportUnreadable(path, detail), path));
            }

            return report;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new GateInputException(new GateMessage(GateCodes.GateReportInvalid, GateText.GateReportUnreadable(path, exception.Message), path), exception);
        }
    }
}
