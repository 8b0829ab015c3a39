using System;
using Newtonsoft.Json;

namespace SecurityGate.Gate.Baseline;

/// <summary>
/// The token type and string value of each expected property of one flat JSON object, kept in arrays rather than
/// dictionaries and cleared for the next object, because a baseline may have 100,000 finding lines.
/// </summary>
internal sealed class FlatObjectProperties
{
    private readonly string[] _names;
    private readonly JsonToken[] _types;
    private readonly string?[] _values;

    /// <summary>Creates the storage for the properties <paramref name="names"/>. Other properties are not stored.</summary>
    public FlatObjectProperties(string[] names)
    {
        _names = names;
        _types = new JsonToken[names.Length];
        _values = new string?[names.Length];
    }

    /// <summary>Forgets every property, so the storage reads the next object.</summary>
    public void Clear()
    {
        Array.Clear(_types, 0, _types.Length);
        Array.Clear(_values, 0, _values.Length);
    }

    /// <summary>Stores a property's token type and, for a string, its value. A second property of the same name replaces the first.</summary>
    public void Set(string name, JsonToken type, string? stringValue)
    {
        var index = Array.IndexOf(_names, name);
        if (index < 0)
        {
            return;
        }

        _types[index] = type;
        _values[index] = stringValue;
    }

    /// <summary>Returns true and the value when the property is present and its last value is a string.</summary>
    public bool TryGetString(string name, out string value)
    {
        var index = Array.IndexOf(_names, name);
        value = index >= 0 ? _values[index] ?? string.Empty : string.Empty;
        return index >= 0 && _types[index] == JsonToken.String;
    }
}
