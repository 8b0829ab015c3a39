using System.Resources;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers;

/// <summary>The localizable message texts of the rules, read from <c>Resources.resx</c>.</summary>
internal static class RuleMessages
{
    private static readonly ResourceManager Manager = new("SecurityGate.Analyzers.Resources", typeof(RuleMessages).Assembly);

    /// <summary>Returns the resource string with the given name, resolved for the UI culture when it is shown.</summary>
    public static LocalizableString Get(string name) => new LocalizableResourceString(name, Manager, typeof(RuleMessages));
}
