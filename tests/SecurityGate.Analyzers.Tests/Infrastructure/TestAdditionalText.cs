using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecurityGate.Analyzers.Tests.Infrastructure;

/// <summary>An AdditionalFiles item held in memory, as the compiler passes it to analyzers.</summary>
internal sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public TestAdditionalText(string path, string content)
    {
        Path = path;
        text = SourceText.From(content);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
