using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SecurityGate.Conventions;

namespace SecurityGate.CodeFixes;

/// <summary>Reads the name lists that teams add in <c>.editorconfig</c>, as the analyzers do, for one document.</summary>
internal static class ConfiguredNames
{
    /// <summary>Returns the names listed under <paramref name="editorConfigKey"/> for the document's tree, or none.</summary>
    public static IReadOnlyList<string> Read(Document document, SyntaxTree tree, string editorConfigKey)
    {
        var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return options.TryGetValue(editorConfigKey, out var value) ? TenantIdentifiers.ParseList(value) : new List<string>();
    }
}
