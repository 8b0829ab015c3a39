using System.Globalization;
using System.IO;
using System.Text;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Benchmarks;

/// <summary>
/// Writes a SARIF 2.1 log in the shape csc writes it, with a given number of SecurityGate findings spread
/// over 100 files, and a baseline that accepts every one of them, so a run matches all findings.
/// </summary>
internal static class SyntheticGateInput
{
    public const int Files = 100;

    public static void Write(string folder, int findingCount, out string sarifPath, out string baselinePath)
    {
        Directory.CreateDirectory(folder);
        sarifPath = Path.Combine(folder, "cache-security.sarif");
        baselinePath = Path.Combine(folder, "cache-security-baseline.json");

        var results = new StringBuilder();
        var baseline = new StringBuilder("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n");
        for (var index = 0; index < findingCount; index++)
        {
            var file = "Service" + (index % Files).ToString("D3", CultureInfo.InvariantCulture) + ".cs";
            var member = "M:Synthetic.Service" + (index % Files).ToString(CultureInfo.InvariantCulture) + ".Method" + (index / Files).ToString(CultureInfo.InvariantCulture);
            var evidence = Fingerprint.HashEvidence("IDistributedCache.GetString|orders:{0}");
            var fingerprint = Fingerprint.Compute(RuleIds.KeyWithoutVersion, member, evidence, 0);
            var separator = index + 1 < findingCount ? "," : string.Empty;

            results.Append("{\"ruleId\":\"CSG001\",\"ruleIndex\":0,\"level\":\"note\",\"message\":{\"text\":\"Cache key \\\"orders:{0}\\\" has no version prefix\"},")
                .Append("\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"file://").Append(folder).Append('/').Append(file).Append("\"},")
                .Append("\"region\":{\"startLine\":").Append(10 + (index / Files)).Append(",\"startColumn\":20}}}],")
                .Append("\"properties\":{\"warningLevel\":1,\"customProperties\":{")
                .Append("\"CacheSecurity.Evidence\":\"").Append(evidence).Append("\",")
                .Append("\"CacheSecurity.Fingerprint\":\"").Append(fingerprint).Append("\",")
                .Append("\"CacheSecurity.Member\":\"").Append(member).Append("\",")
                .Append("\"CacheSecurity.Ordinal\":\"0\"}}}").Append(separator).Append('\n');
            baseline.Append("    {\"fingerprint\":\"").Append(fingerprint).Append("\",\"rule\":\"CSG001\",\"member\":\"").Append(member)
                .Append("\",\"path\":\"").Append(file).Append("\",\"reason\":\"benchmark\"}").Append(separator).Append('\n');
        }

        baseline.Append("  ]\n}\n");
        File.WriteAllText(baselinePath, baseline.ToString());
        File.WriteAllText(sarifPath,
            "{\"$schema\":\"http://json.schemastore.org/sarif-2.1.0\",\"version\":\"2.1.0\",\"runs\":[{\"results\":[\n" + results
            + "],\"tool\":{\"driver\":{\"name\":\"Microsoft (R) Visual C# Compiler\",\"rules\":[{\"id\":\"CSG001\"}]}},\"columnKind\":\"utf16CodeUnits\"}]}\n");
    }
}
