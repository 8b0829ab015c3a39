using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SecurityGate.Gate.Tests.Infrastructure;

/// <summary>
/// A committed SARIF log as csc wrote it, with its placeholders bound to a test project folder. The findings fixture contains
/// three CSG001 results in OrderCache.cs: line 9 (not suppressed), line 15 (#pragma) and line 22 ([SuppressMessage]).
/// </summary>
internal sealed class SarifFixture
{
    public const string Findings = "findings.sarif";
    public const string AnalyzerException = "analyzer-exception.sarif";
    public const string AnalyzersOff = "analyzers-off.sarif";
    public const string Version1 = "version1.sarif";

    private readonly JObject? _template;

    private SarifFixture(JObject root)
    {
        Root = root;
        _template = Results.Count > 0 ? (JObject)Results[0].DeepClone() : null;
    }

    public JObject Root { get; }

    public JArray Results => (JArray)Root["runs"]![0]!["results"]!;

    public static SarifFixture Load(string name, string projectFolder)
    {
        var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Sarif", name));
        var projectUri = new Uri(projectFolder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/');
        var escapedFolder = JsonConvert.ToString(projectFolder).Trim('"');
        text = text.Replace("__PROJECT_URI__", projectUri, StringComparison.Ordinal)
            .Replace("__PROJECT_DIR__", escapedFolder, StringComparison.Ordinal)
            .Replace("__STUB_DIR__", "/stub", StringComparison.Ordinal);
        return new SarifFixture(JObject.Parse(text));
    }

    /// <summary>Returns the result at <paramref name="index"/> for editing.</summary>
    public JObject Result(int index) => (JObject)Results[index];

    /// <summary>Keeps only the unsuppressed result (line 9), for tests that build their own set of findings.</summary>
    public SarifFixture KeepOnlyUnsuppressed()
    {
        var template = Result(0);
        Results.Clear();
        Results.Add(template);
        return this;
    }

    /// <summary>Removes every result but keeps the rules list, as a log of a clean compilation.</summary>
    public SarifFixture ClearResults()
    {
        Results.Clear();
        return this;
    }

    /// <summary>Appends a copy of the fixture's first result with another fingerprint, member, file and position.</summary>
    public JObject AddFinding(string fingerprint, string filePath, int line, int column = 16, string? member = null, string rule = "CSG001")
    {
        var copy = (JObject)_template!.DeepClone();
        copy.Remove("suppressions");
        copy["ruleId"] = rule;
        var location = copy["locations"]![0]!["physicalLocation"]!;
        location["artifactLocation"]!["uri"] = new Uri(filePath).AbsoluteUri;
        location["region"]!["startLine"] = line;
        location["region"]!["endLine"] = line;
        location["region"]!["startColumn"] = column;
        var properties = copy["properties"]!["customProperties"]!;
        properties["CacheSecurity.Fingerprint"] = fingerprint;
        if (member is not null)
        {
            properties["CacheSecurity.Member"] = member;
        }

        Results.Add(copy);
        return copy;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Root.ToString(Formatting.Indented));
    }
}
