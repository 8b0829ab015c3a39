using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// One part of a <see cref="KeyTemplate"/>: literal text, or a hole whose value is only known at run time.
/// </summary>
internal readonly struct KeyPart
{
    private KeyPart(string? literal, IOperation? origin, IParameterSymbol? helperParameter, string? aliasName)
    {
        Literal = literal;
        Origin = origin;
        HelperParameter = helperParameter;
        AliasName = aliasName;
    }

    /// <summary>The text of a literal part; null for a hole.</summary>
    public string? Literal { get; }

    public bool IsHole => Literal is null;

    /// <summary>The expression that produces a hole's value, used to tell whether the hole is the tenant.</summary>
    public IOperation? Origin { get; }

    /// <summary>
    /// For a hole in a helper method's memoized template: the helper parameter whose argument fills the hole
    /// at each call site. Null once the template is bound to a call.
    /// </summary>
    public IParameterSymbol? HelperParameter { get; }

    /// <summary>The name of the helper parameter the hole's value was passed through, if any (<c>tenantId</c> in <c>Key(string tenantId)</c>).</summary>
    public string? AliasName { get; }

    public static KeyPart Text(string literal) => new(literal, null, null, null);

    public static KeyPart Hole(IOperation origin) => new(null, origin, null, null);

    public static KeyPart ParameterHole(IParameterSymbol parameter, IOperation origin) => new(null, origin, parameter, null);

    /// <summary>Returns this hole with <paramref name="aliasName"/> unless it already carries an alias.</summary>
    public KeyPart WithAlias(string aliasName) => new(null, Origin, null, AliasName ?? aliasName);
}
