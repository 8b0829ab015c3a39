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

        var root = Parse(path);
        var version = root.Value<string>("version");
        if (version != SupportedVersion)
        {
            var detail = version is null ? "it has no 'version' property" : $"its version is '{version}', expected '{SupportedVersion}'";
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogNotSarif21(path, detail)));
        }

        var findings = new List<SarifFinding>();
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<AnalyzerFailure>();
        foreach (var run in root["runs"] as JArray ?? new JArray())
        {
            foreach (var rule in run.SelectToken("tool.driver.rules") as JArray ?? new JArray())
            {
                var id = rule.Value<string>("id");
                if (id is not null)
                {
                    ruleIds.Add(id);
                }
            }

            foreach (var result in run["results"] as JArray ?? new JArray())
            {
                ReadResult(path, result, findings, failures);
            }
        }

        return new SarifLog(findings, ruleIds, failures);
    }

    private static JObject Parse(string path)
    {
        try
        {
            using var reader = new JsonTextReader(File.OpenText(path)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader);
            return token as JObject
                ?? throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogNotSarif21(path, "it is not a JSON object")));
        }
        catch (JsonReaderException exception)
        {
            var detail = $"it is not valid JSON at line {exception.LineNumber}, position {exception.LinePosition}";
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogNotSarif21(path, detail), path, exception.LineNumber, exception.LinePosition), exception);
        }
        catch (IOException exception)
        {
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, GateText.ErrorLogNotSarif21(path, "it could not be read: " + exception.Message)), exception);
        }
    }

    private static void ReadResult(string path, JToken result, List<SarifFinding> findings, List<AnalyzerFailure> failures)
    {
        var ruleId = result.Value<string>("ruleId") ?? result.SelectToken("rule.id")?.Value<string>() ?? string.Empty;
        var message = result.SelectToken("message.text")?.Value<string>() ?? string.Empty;
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
            Level = result.Value<string>("level") ?? "warning",
            Message = message,
        };

        var physicalLocation = result.SelectToken("locations[0].physicalLocation");
        finding.FilePath = ToLocalPath(physicalLocation?.SelectToken("artifactLocation.uri")?.Value<string>());
        finding.Line = physicalLocation?.SelectToken("region.startLine")?.Value<int?>() ?? 0;
        finding.Column = physicalLocation?.SelectToken("region.startColumn")?.Value<int?>() ?? 0;

        var properties = result.SelectToken("properties.customProperties");
        finding.Fingerprint = properties?.Value<string>(Fingerprint.FingerprintProperty) ?? string.Empty;
        finding.Member = properties?.Value<string>(Fingerprint.MemberProperty) ?? string.Empty;
        if (finding.Fingerprint.Length == 0)
        {
            var text = GateText.FindingWithoutFingerprint(path, ruleId, finding.FilePath, finding.Line);
            throw new GateInputException(new GateMessage(GateCodes.ErrorLogUnreadable, text, finding.FilePath, finding.Line, finding.Column));
        }

        // SARIF allows a suppression with status "underReview" or "rejected"; csc writes none, which means accepted.
        foreach (var suppression in result["suppressions"] as JArray ?? new JArray())
        {
            var status = suppression.Value<string>("status");
            if (suppression.Value<string>("kind") == "inSource" && (status is null || status == "accepted"))
            {
                finding.IsSuppressedInSource = true;
                finding.Justification ??= suppression.Value<string>("justification");
            }
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
