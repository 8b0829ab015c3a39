using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.CodeFixes;

/// <summary>One part of a cache key written in source: constant text, or a hole whose value is only known at run time.</summary>
internal sealed class KeyPart
{
    private KeyPart(string? text, ExpressionSyntax? hole)
    {
        Text = text;
        Hole = hole;
    }

    /// <summary>The constant text, or null for a hole.</summary>
    public string? Text { get; }

    /// <summary>The expression that fills the hole, or null for constant text.</summary>
    public ExpressionSyntax? Hole { get; }

    public bool IsHole => Hole is not null;

    public static KeyPart ForText(string text) => new(text, null);

    public static KeyPart ForHole(ExpressionSyntax hole) => new(null, hole);
}
