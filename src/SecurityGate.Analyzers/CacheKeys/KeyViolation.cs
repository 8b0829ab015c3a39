using System.Collections.Generic;
using System.Linq;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>One breach of a key rule in a folded key: what sets it apart in the fingerprint, and the message arguments.</summary>
internal readonly struct KeyViolation
{
    public KeyViolation(string detail, params object[] messageArguments)
    {
        Detail = detail;
        MessageArguments = messageArguments;
    }

    /// <summary>
    /// Added to the evidence after the API and the template, so two violations of one key stay apart.
    /// Empty when the rule judges the key as a whole. Never a runtime value.
    /// </summary>
    public string Detail { get; }

    public object[] MessageArguments { get; }

    /// <summary>Returns one violation of the whole key, with the template as the only message argument, when <paramref name="isViolation"/> is true.</summary>
    public static IEnumerable<KeyViolation> WholeKeyIf(bool isViolation, KeyTemplate template)
        => isViolation ? new[] { new KeyViolation(string.Empty, template.Text) } : Enumerable.Empty<KeyViolation>();
}
