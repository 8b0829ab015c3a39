using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.Tests.Infrastructure;

/// <summary>The id, position and exact message a test expects, comparable with what the analyzers report.</summary>
internal sealed record ExpectedDiagnostic(string Id, int Line, int Column, string Message)
{
    public static IReadOnlyList<ExpectedDiagnostic> From(IEnumerable<Diagnostic> diagnostics)
        => DiagnosticRecord.From(diagnostics).Select(record => new ExpectedDiagnostic(record.Id, record.Line, record.Column, record.Message)).ToList();

    public override string ToString() => $"{Id} ({Line},{Column}): {Message}";
}
