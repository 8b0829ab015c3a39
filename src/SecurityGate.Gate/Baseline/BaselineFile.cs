using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Baseline;

/// <summary>
/// Reads and formats <c>cache-security-baseline.json</c>. The file is valid JSON, one finding object per line, sorted,
/// with LF line ends and no timestamps, line numbers or totals, so that git's union merge keeps it readable.
/// It is read line by line: a finding line parses on its own and its trailing comma is optional, so a union merge that
/// drops or doubles a comma or repeats a line still reads.
/// </summary>
public static class BaselineFile
{
    /// <summary>The schema version this gate reads and writes.</summary>
    public const int SchemaVersion = 1;

    private const string SchemaVersionName = "schemaVersion";
    private const string FindingsName = "findings";

    // The frame lines start with these quoted names. Testing the prefix first spares each finding line two regular
    // expression matches, whose timeout set-up alone took several percent of a gate run on 100,000 findings.
    private const string SchemaVersionPrefix = "\"" + SchemaVersionName + "\"";
    private const string FindingsPrefix = "\"" + FindingsName + "\"";

    // The properties of a finding line that become a BaselineEntry.
    private static readonly string[] EntryPropertyNames = { "fingerprint", "rule", "member", "path", "reason" };

    private static readonly Regex SchemaVersionLine = new(
        "^\"" + SchemaVersionName + "\"\\s*:\\s*(?<version>[^\\s,]+)$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex FindingsLine = new(
        "^\"" + FindingsName + "\"\\s*:\\s*\\[\\s*(\\])?$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex FingerprintPattern = new(
        "^[0-9]+/[0-9a-f]{32}$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Reads the baseline at <paramref name="path"/>; a missing file reads as an empty, valid baseline.</summary>
    public static BaselineDocument Read(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            return new BaselineDocument(fullPath, exists: false, Array.Empty<BaselineEntry>(), Array.Empty<GateMessage>());
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var error = new GateMessage(GateCodes.BaselineInvalid, GateText.BaselineUnreadable(fullPath, exception.Message), fullPath);
            return new BaselineDocument(fullPath, exists: true, Array.Empty<BaselineEntry>(), new[] { error });
        }

        var entries = new List<BaselineEntry>();
        var seen = new HashSet<BaselineEntry>();
        var errors = new List<GateMessage>();
        var hasSchemaVersion = false;
        var properties = new FlatObjectProperties(EntryPropertyNames);
        var buffers = new SingleCharBufferPool();
        var propertyNames = CreatePropertyNameTable();
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var text = lines[index].Trim();
            if (text.EndsWith(",", StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - 1).TrimEnd();
            }

            if (text.Length == 0 || text == "{" || text == "}" || text == "]" || IsFindingsLine(text))
            {
                continue;
            }

            var schemaMatch = text.StartsWith(SchemaVersionPrefix, StringComparison.Ordinal) ? SchemaVersionLine.Match(text) : Match.Empty;
            if (schemaMatch.Success)
            {
                hasSchemaVersion = true;
                var version = schemaMatch.Groups["version"].Value;
                if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
                {
                    errors.Add(new GateMessage(GateCodes.BaselineInvalid, GateText.BaselineUnsupportedSchema(version, SchemaVersion), fullPath, lineNumber, 1));
                }

                continue;
            }

            var entry = ParseEntry(text, properties, buffers, propertyNames, out var detail)?.WithLine(lineNumber);
            if (entry is null)
            {
                errors.Add(new GateMessage(GateCodes.BaselineInvalid, GateText.BaselineInvalidLine(detail!), fullPath, lineNumber, 1));
                continue;
            }

            // A union merge repeats a line that both branches added; the copy is the same entry.
            if (seen.Add(entry))
            {
                entries.Add(entry);
            }
        }

        if (!hasSchemaVersion)
        {
            errors.Insert(0, new GateMessage(GateCodes.BaselineInvalid, GateText.BaselineMissingSchema(SchemaVersion), fullPath, 1, 1));
        }

        return new BaselineDocument(fullPath, exists: true, entries, errors);
    }

    /// <summary>Formats entries as the file's bytes: sorted, one finding per line, LF line ends, UTF-8 without a byte order mark.</summary>
    public static byte[] Format(IEnumerable<BaselineEntry> entries)
    {
        var sorted = entries.Distinct().ToList();
        sorted.Sort(BaselineEntry.CompareForFile);

        var builder = new StringBuilder();
        builder.Append("{\n");
        builder.Append("  \"").Append(SchemaVersionName).Append("\": ").Append(SchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        if (sorted.Count == 0)
        {
            builder.Append("  \"").Append(FindingsName).Append("\": []\n");
        }
        else
        {
            builder.Append("  \"").Append(FindingsName).Append("\": [\n");
            for (var index = 0; index < sorted.Count; index++)
            {
                builder.Append("    ").Append(FormatEntry(sorted[index]));
                builder.Append(index < sorted.Count - 1 ? ",\n" : "\n");
            }

            builder.Append("  ]\n");
        }

        builder.Append("}\n");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(builder.ToString());
    }

    private static string FormatEntry(BaselineEntry entry)
    {
        var json = new JObject
        {
            ["fingerprint"] = entry.Fingerprint,
            ["rule"] = entry.Rule,
            ["member"] = entry.Member,
            ["path"] = entry.Path,
            ["reason"] = entry.Reason,
        };
        return json.ToString(Formatting.None);
    }

    private static BaselineEntry? ParseEntry(string text, FlatObjectProperties properties, SingleCharBufferPool buffers, JsonNameTable propertyNames, out string? detail)
    {
        detail = null;
        if (!text.StartsWith("{", StringComparison.Ordinal))
        {
            detail = $"'{Shorten(text)}' is neither a finding object nor part of the file's frame";
            return null;
        }

        try
        {
            if (!CanonicalEntryLine.TryRead(text, EntryPropertyNames, properties))
            {
                ReadFlatObject(text, properties, buffers, propertyNames);
            }
        }
        catch (JsonReaderException exception)
        {
            detail = $"'{Shorten(text)}' is not a JSON object ({DescribeJsonError(exception)})";
            return null;
        }

        var fingerprint = ReadString(properties, "fingerprint", ref detail);
        var rule = ReadString(properties, "rule", ref detail);
        var member = ReadString(properties, "member", ref detail);
        var path = ReadString(properties, "path", ref detail);
        var reason = ReadString(properties, "reason", ref detail);
        if (detail is not null)
        {
            return null;
        }

        if (!FingerprintPattern.IsMatch(fingerprint))
        {
            detail = $"the fingerprint '{Shorten(fingerprint)}' is not '{{version}}/{{32 lower-case hexadecimal digits}}'";
            return null;
        }

        if (rule.Length == 0 || reason.Length == 0)
        {
            detail = rule.Length == 0 ? "the rule is empty" : "the reason is empty";
            return null;
        }

        return new BaselineEntry(fingerprint, rule, member, path, reason);
    }

    private static string ReadString(FlatObjectProperties properties, string name, ref string? detail)
    {
        if (!properties.TryGetString(name, out var value))
        {
            detail ??= $"the property \"{name}\" is missing or not a string";
            return string.Empty;
        }

        return value;
    }

    /// <summary>
    /// Reads one finding line: a JSON object whose properties are read with their token types, without building a
    /// JSON document, because a baseline may have 100,000 lines. Nested values are skipped and later reported as
    /// "not a string" by <see cref="ReadString"/>.
    /// </summary>
    /// <exception cref="JsonReaderException">The line is not one complete JSON object.</exception>
    private static void ReadFlatObject(string text, FlatObjectProperties properties, SingleCharBufferPool buffers, JsonNameTable propertyNames)
    {
        properties.Clear();
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            ArrayPool = buffers,
            PropertyNameTable = propertyNames,
        };
        if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonReaderException("the line does not start with a JSON object");
        }

        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            if (!reader.Read())
            {
                throw new JsonReaderException($"the property \"{name}\" has no value");
            }

            if (reader.TokenType == JsonToken.String)
            {
                properties.Set(name, reader.TokenType, (string)reader.Value!);
            }
            else
            {
                properties.Set(name, reader.TokenType, null);
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonToken.EndObject)
        {
            throw new JsonReaderException("the object is not complete: a closing brace or a comma is missing");
        }

        if (reader.Read())
        {
            throw new JsonReaderException("the line contains more than one JSON object");
        }
    }

    // Json.NET ends its messages with "Path 'x', line 1, position 59.": the line is the baseline line the error
    // already names, so only the character position is kept.
    private static string DescribeJsonError(JsonReaderException exception)
    {
        var message = exception.Message.Split('\n')[0].Trim();
        var pathIndex = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (pathIndex >= 0)
        {
            message = message.Substring(0, pathIndex).TrimEnd('.', ' ');
        }

        return exception.LinePosition > 0
            ? $"{message.TrimEnd('.')} at character {exception.LinePosition.ToString(CultureInfo.InvariantCulture)}"
            : message.TrimEnd('.');
    }

    private static bool IsFindingsLine(string text) => text.StartsWith(FindingsPrefix, StringComparison.Ordinal) && FindingsLine.IsMatch(text);

    // The reader returns the names of a finding line as shared strings instead of five new strings per line.
    private static DefaultJsonNameTable CreatePropertyNameTable()
    {
        var names = new DefaultJsonNameTable();
        foreach (var name in EntryPropertyNames)
        {
            names.Add(name);
        }

        return names;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
