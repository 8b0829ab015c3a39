namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>What makes a value sensitive: the name it is read from, or a sensitive member of its type.</summary>
internal sealed class SensitiveValue
{
    private SensitiveValue(string evidence, bool byType)
    {
        Evidence = evidence;
        IsByType = byType;
    }

    /// <summary>
    /// The local, parameter, field, property or method name the value is read from (<c>refreshToken</c>), or the
    /// path to the sensitive member of its type (<c>UserSession.AccessToken</c>). Source text, never a runtime value.
    /// </summary>
    public string Evidence { get; }

    /// <summary>True when a member of the value's type, not the value's own name, marks it.</summary>
    public bool IsByType { get; }

    public static SensitiveValue Named(string name) => new(name, byType: false);

    public static SensitiveValue Typed(string memberPath) => new(memberPath, byType: true);
}
