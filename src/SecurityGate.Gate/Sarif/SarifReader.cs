using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Sarif;

/// <summary>
/// Reads the SARIF 2.1.0 error log that csc writes for the <c>ErrorLog</c> property
/// (checked against the C# compiler 5.9 of the .NET 10.0.401 SDK).
/// </summary>
public static class SarifReader
{
    /// <summary>The rule id the compiler uses for an exception thrown by an analyzer.</summary>
    public const string AnalyzerExceptionRuleId = "AD0001";

    /// <summary>The only <c>version</c> value the reader accepts.</summary>
    public const string SupportedVersion = "2.1.0";

    // The compiler's AD0001 text starts "Analyzer 'X' threw an exception of type 'T' with message 'M'." and ends with
    // "Suppress the following diagnostics to disable this analyzer: ID, ID"; the message may itself contain quotes.
    private static readonly Regex AnalyzerExceptionPattern = new(
        @"^Analyzer '(?<analyzer>[^']+)' threw an exception of type '(?<type>[^']+)' with message '(?<message>.*?)'\.?(\r?\n|$)",
        RegexOptions.Singleline | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    // The property names of the results that csc 5.9 writes, and of the log's frame.
    private static readonly string[] CommonPropertyNames =
    {
        "$schema", "version", "runs", "results", "tool", "driver", "name", "rules", "id", "columnKind",
        "ruleId", "ruleIndex", "rule", "level", "message", "text", "locations", "physicalLocation", "artifactLocation", "uri",
        "region", "startLine", "startColumn", "endLine", "endColumn", "properties", "warningLevel", "customProperties",
        "suppressions", "kind", "status", "justification",
        Fingerprint.FingerprintProperty, Fingerprint.MemberProperty, Fingerprint.EvidenceProperty, Fingerprint.OrdinalProperty,
    };

    private const string SuppressedRuleListPrefix = "Suppress the following diagnostics to disable this analyzer:";

    /// <summary>Returns true when the version part of the ErrorLog property selects SARIF 2.1.0.</summary>
    public static bool IsSupportedRequestedVersion(string? requestedVersion) =>
        requestedVersion is not null && (requestedVersion.Trim() == "2.1" || requestedVersion.Trim() == "2");

    /// <summary>Reads the log at <paramref name="path"/>.</summary>
    /// <exception cref="GateInputException">The file is missing (CSG1001), or it is not JSON or not SARIF 2.1.0 (CSG1007).</exception>
    internal static SarifLog Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogMissing, GateText.ErrorLogMissing(path)));
        }

        try
        {
            using var reader = new JsonTextReader(File.OpenText(path))
            {
                DateParseHandling = DateParseHandling.None,
                PropertyNameTable = CreatePropertyNameTable(),
            };
            return ReadLog(path, reader);
        }
        catch (JsonReaderException exception)
        {
            var problem = exception.InnerException is OverflowException ? SarifResultReader.NumberOutOfRange : "it is not valid JSON";
            var detail = $"{problem} at line {exception.LineNumber}, position {exception.LinePosition}";
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogDamaged(path, detail), path, exception.LineNumber, exception.LinePosition), exception);
        }
        catch (IOException exception)
        {
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogNotSarif21(path, "it could not be read: " + exception.Message)), exception);
        }
    }

    // The log is streamed, and each result is read forward-only by SarifResultReader, because a log with 100,000
    // findings is about 50 MB and a document of all of it costs seconds and gigabytes.
    private static SarifLog ReadLog(string path, JsonTextReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
        {
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogNotSarif21(path, "it is not a JSON object")));
        }

        string? version = null;
        var findings = new List<SarifFinding>();
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<AnalyzerFailure>();
        var localPaths = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            if (name == "version")
            {
                version = reader.Value as string;
                ThrowUnlessSupported(path, version);
            }
            else if (name == "runs")
            {
                foreach (var _ in Elements(path, reader, "runs", "a run"))
                {
                    ReadRun(path, reader, findings, ruleIds, failures, localPaths);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        // NOTE: text after the log's object is ignored. Two compilations of one project that run at once (the same
        // project built under two sets of global properties) can leave such a tail, while the object before it still
        // parses as a whole log.
        ThrowUnlessSupported(path, version);
        return new SarifLog(findings, ruleIds, failures);
    }

    // Steps through an array whose elements must all be objects, positioned at each element's start. A frame of
    // another shape would silently lose findings, so it fails the log (CSG1007) at its position.
    private static IEnumerable<int> Elements(string path, JsonTextReader reader, string property, string element)
    {
        if (reader.TokenType != JsonToken.StartArray)
        {
            throw Damaged(path, reader, $"its '{property}' property is not an array");
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonToken.EndArray)
        {
            if (reader.TokenType != JsonToken.StartObject)
            {
                throw Damaged(path, reader, $"{element} in '{property}' is not an object");
            }

            yield return index++;
        }
    }

    private static GateInputException Damaged(string path, JsonTextReader reader, string problem)
    {
        var detail = $"{problem} at line {reader.LineNumber}, position {reader.LinePosition}";
        return new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogDamaged(path, detail), path, reader.LineNumber, reader.LinePosition));
    }

    private static void ThrowUnlessSupported(string path, string? version)
    {
        if (version != SupportedVersion)
        {
            var detail = version is null ? "it has no 'version' property" : $"its version is '{version}', expected '{SupportedVersion}'";
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogNotSarif21(path, detail)));
        }
    }

    // The reader returns these property names as shared strings instead of a new string for each of the about
    // 20 properties of every result.
    private static DefaultJsonNameTable CreatePropertyNameTable()
    {
        var names = new DefaultJsonNameTable();
        foreach (var name in CommonPropertyNames)
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>Returns the named child of a JSON object, or null when <paramref name="token"/> is not an object.</summary>
    private static JToken? Child(JToken? token, string name) => token is JObject value ? value[name] : null;

    private static string? StringValue(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value.Value : null;

    private static void ReadRun(
        string path,
        JsonTextReader reader,
        List<SarifFinding> findings,
        HashSet<string> ruleIds,
        List<AnalyzerFailure> failures,
        Dictionary<string, string?> localPaths)
    {
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            if (name == "results")
            {
                foreach (var _ in Elements(path, reader, "results", "a result"))
                {
                    var line = reader.LineNumber;
                    var position = reader.LinePosition;
                    var result = SarifResultReader.Read(reader);
                    if (result.RuleId is null && result.RuleReferenceId is null)
                    {
                        var detail = $"a result has no rule id at line {line}, position {position}";
                        throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogDamaged(path, detail), path, line, position));
                    }

                    ReadResult(path, result, findings, failures, localPaths);
                }
            }
            else if (name == "tool" && reader.TokenType == JsonToken.StartObject)
            {
                var rules = Child(JObject.Load(reader)["driver"], "rules") as JArray;
                foreach (var rule in rules ?? new JArray())
                {
                    var id = StringValue(Child(rule, "id"));
                    if (id is not null)
                    {
                        ruleIds.Add(id);
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadResult(string path, SarifResultValues result, List<SarifFinding> findings, List<AnalyzerFailure> failures, Dictionary<string, string?> localPaths)
    {
        var ruleId = result.RuleId ?? result.RuleReferenceId ?? string.Empty;
        var message = result.Message ?? string.Empty;
        if (ruleId == AnalyzerExceptionRuleId)
        {
            var failure = ReadAnalyzerFailure(message);
            if (failure is not null)
            {
                failures.Add(failure);
            }

            return;
        }

        if (!RuleCatalog.IsRuleId(ruleId))
        {
            return;
        }

        var finding = new SarifFinding
        {
            RuleId = ruleId,
            Level = result.Level ?? "warning",
            Message = message,
            FilePath = result.Uri is null ? null : ToLocalPathCached(result.Uri, localPaths),
            Line = result.StartLine,
            Column = result.StartColumn,
            Fingerprint = result.Fingerprint ?? string.Empty,
            Member = result.Member ?? string.Empty,
            IsSuppressedInSource = result.IsSuppressedInSource,
            Justification = result.Justification,
        };

        if (finding.Fingerprint.Length == 0)
        {
            var text = GateText.FindingWithoutFingerprint(path, ruleId, finding.FilePath, finding.Line);
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, text, finding.FilePath, finding.Line, finding.Column));
        }

        findings.Add(finding);
    }

    private static AnalyzerFailure? ReadAnalyzerFailure(string message)
    {
        var match = AnalyzerExceptionPattern.Match(message);
        var analyzer = match.Success ? match.Groups["analyzer"].Value : string.Empty;
        var listStart = message.LastIndexOf(SuppressedRuleListPrefix, StringComparison.Ordinal);
        var ruleIds = listStart < 0
            ? Array.Empty<string>()
            : message.Substring(listStart + SuppressedRuleListPrefix.Length).Split(',').Select(id => id.Trim()).ToArray();

        var isSecurityGate = analyzer.StartsWith("SecurityGate.", StringComparison.Ordinal) || ruleIds.Any(RuleCatalog.IsRuleId);
        if (!isSecurityGate)
        {
            return null;
        }

        if (!match.Success)
        {
            var firstLine = message.Split('\n')[0].Trim();
            return new AnalyzerFailure(string.Join(", ", ruleIds.Where(RuleCatalog.IsRuleId)), "unknown", firstLine);
        }

        return new AnalyzerFailure(analyzer, match.Groups["type"].Value, match.Groups["message"].Value);
    }

    // Many findings share a file, and turning a URI into a full path costs more than the lookup.
    private static string? ToLocalPathCached(string uri, Dictionary<string, string?> localPaths)
    {
        if (!localPaths.TryGetValue(uri, out var localPath))
        {
            localPath = ToLocalPath(uri);
            localPaths[uri] = localPath;
        }

        return localPath;
    }

    private static string? ToLocalPath(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return null;
        }

        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile)
        {
            return Path.GetFullPath(absolute.LocalPath);
        }

        // NOTE: csc writes absolute file URIs even under /pathmap; a relative URI (uriBaseId) is kept as written.
        return Uri.UnescapeDataString(uri).Replace('/', Path.DirectorySeparatorChar);
    }
}
