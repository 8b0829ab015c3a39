using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecurityGate.Analyzers.Tests.Infrastructure;

/// <summary>An <c>.editorconfig</c> stand-in: the same key-value pairs for every syntax tree.</summary>
internal sealed class TestConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions treeOptions;

    public TestConfigOptionsProvider(IReadOnlyDictionary<string, string> treeValues, IReadOnlyDictionary<string, string>? globalValues = null)
    {
        treeOptions = new DictionaryOptions(treeValues);
        GlobalOptions = new DictionaryOptions(globalValues ?? new Dictionary<string, string>());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => treeOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => treeOptions;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
