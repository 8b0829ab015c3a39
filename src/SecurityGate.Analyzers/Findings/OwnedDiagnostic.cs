using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.Findings;

/// <summary>A finding's diagnostic and the operation whose action reports it.</summary>
internal readonly struct OwnedDiagnostic
{
    public OwnedDiagnostic(IOperation owner, Diagnostic diagnostic)
    {
        Owner = owner;
        Diagnostic = diagnostic;
    }

    public IOperation Owner { get; }

    public Diagnostic Diagnostic { get; }
}
