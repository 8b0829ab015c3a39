using System;
using System.Globalization;
using Newtonsoft.Json;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Sarif;

/// <summary>
/// Reads the values the gate uses from one SARIF result, forward-only, without loading the result into a JSON object:
/// at 100,000 results, a <c>JObject</c> per result took about 40% of the gate's run time.
/// </summary>
/// <remarks>
/// The values equal those of property look-ups in a <c>JObject</c> loaded with Json.NET's default settings: a property
/// given twice counts with its last value, a value of another JSON type than expected counts as absent, comments are
/// skipped, and an object cut off by the end of the file raises <see cref="JsonReaderException"/> at the reader's position.
/// </remarks>
internal static class SarifResultReader
{
    /// <summary>The message of the reader exception for a line or column number beyond the int range.</summary>
    internal const string NumberOutOfRange = "a line or column number is out of range";

    /// <summary>Reads the result whose <see cref="JsonToken.StartObject"/> is the reader's current token, up to its end.</summary>
    /// <exception cref="JsonReaderException">The result is not valid JSON or ends with the file.</exception>
    public static SarifResultValues Read(JsonTextReader reader)
    {
        var values = new SarifResultValues();
        while (NextProperty(reader, out var name))
        {
            switch (name)
            {
                case "ruleId":
                    values.RuleId = ReadString(reader);
                    break;
                case "rule":
                    values.RuleReferenceId = ReadStringProperty(reader, "id");
                    break;
                case "level":
                    values.Level = ReadString(reader);
                    break;
                case "message":
                    values.Message = ReadStringProperty(reader, "text");
                    break;
                case "locations":
                    ReadFirstLocation(reader, values);
                    break;
                case "properties":
                    ReadProperties(reader, values);
                    break;
                case "suppressions":
                    ReadSuppressions(reader, values);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return values;
    }

    // Only the first location counts, as in the compiler's results, which have at most one.
    private static void ReadFirstLocation(JsonTextReader reader, SarifResultValues values)
    {
        ClearLocation(values);
        if (!EntersArray(reader))
        {
            return;
        }

        var first = true;
        while (NextElement(reader))
        {
            if (first && reader.TokenType == JsonToken.StartObject)
            {
                ReadLocation(reader, values);
            }
            else
            {
                reader.Skip();
            }

            first = false;
        }
    }

    private static void ReadLocation(JsonTextReader reader, SarifResultValues values)
    {
        while (NextProperty(reader, out var name))
        {
            if (name == "physicalLocation")
            {
                ReadPhysicalLocation(reader, values);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadPhysicalLocation(JsonTextReader reader, SarifResultValues values)
    {
        ClearLocation(values);
        if (!EntersObject(reader))
        {
            return;
        }

        while (NextProperty(reader, out var name))
        {
            switch (name)
            {
                case "artifactLocation":
                    values.Uri = ReadStringProperty(reader, "uri");
                    break;
                case "region":
                    ReadRegion(reader, values);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private static void ReadRegion(JsonTextReader reader, SarifResultValues values)
    {
        values.StartLine = 0;
        values.StartColumn = 0;
        if (!EntersObject(reader))
        {
            return;
        }

        while (NextProperty(reader, out var name))
        {
            switch (name)
            {
                case "startLine":
                    values.StartLine = ReadInt32(reader);
                    break;
                case "startColumn":
                    values.StartColumn = ReadInt32(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private static void ClearLocation(SarifResultValues values)
    {
        values.Uri = null;
        values.StartLine = 0;
        values.StartColumn = 0;
    }

    private static void ReadProperties(JsonTextReader reader, SarifResultValues values)
    {
        values.Fingerprint = null;
        values.Member = null;
        if (!EntersObject(reader))
        {
            return;
        }

        while (NextProperty(reader, out var name))
        {
            if (name == "customProperties")
            {
                ReadCustomProperties(reader, values);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadCustomProperties(JsonTextReader reader, SarifResultValues values)
    {
        values.Fingerprint = null;
        values.Member = null;
        if (!EntersObject(reader))
        {
            return;
        }

        while (NextProperty(reader, out var name))
        {
            if (name == Fingerprint.FingerprintProperty)
            {
                values.Fingerprint = ReadString(reader);
            }
            else if (name == Fingerprint.MemberProperty)
            {
                values.Member = ReadString(reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    // SARIF allows a suppression with status "underReview" or "rejected"; csc writes none, which means accepted.
    private static void ReadSuppressions(JsonTextReader reader, SarifResultValues values)
    {
        values.IsSuppressedInSource = false;
        values.Justification = null;
        if (!EntersArray(reader))
        {
            return;
        }

        while (NextElement(reader))
        {
            if (!EntersObject(reader))
            {
                continue;
            }

            string? kind = null;
            string? status = null;
            string? justification = null;
            while (NextProperty(reader, out var name))
            {
                switch (name)
                {
                    case "kind":
                        kind = ReadString(reader);
                        break;
                    case "status":
                        status = ReadString(reader);
                        break;
                    case "justification":
                        justification = ReadString(reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (kind == "inSource" && (status is null || status == "accepted"))
            {
                values.IsSuppressedInSource = true;
                values.Justification ??= justification;
            }
        }
    }

    // Reads one string property of an object value. Any other value, or an object without the property, gives null.
    private static string? ReadStringProperty(JsonTextReader reader, string propertyName)
    {
        if (!EntersObject(reader))
        {
            return null;
        }

        string? value = null;
        while (NextProperty(reader, out var name))
        {
            if (name == propertyName)
            {
                value = ReadString(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }

    private static string? ReadString(JsonTextReader reader)
    {
        if (reader.TokenType == JsonToken.String)
        {
            return (string?)reader.Value;
        }

        reader.Skip();
        return null;
    }

    // A line or column beyond the int range fails the log like invalid JSON, at its position, so the gate fails closed
    // with CSG1007 instead of an unexplained crash.
    private static int ReadInt32(JsonTextReader reader)
    {
        if (reader.TokenType == JsonToken.Integer)
        {
            try
            {
                return Convert.ToInt32(reader.Value, CultureInfo.InvariantCulture);
            }
            catch (OverflowException exception)
            {
                throw new JsonReaderException(NumberOutOfRange, reader.Path, reader.LineNumber, reader.LinePosition, exception);
            }
        }

        reader.Skip();
        return 0;
    }

    // Returns true when the current value is an object; skips any other value and returns false.
    private static bool EntersObject(JsonTextReader reader) => reader.TokenType == JsonToken.StartObject || SkipValue(reader);

    // Returns true when the current value is an array; skips any other value and returns false.
    private static bool EntersArray(JsonTextReader reader) => reader.TokenType == JsonToken.StartArray || SkipValue(reader);

    private static bool SkipValue(JsonTextReader reader)
    {
        reader.Skip();
        return false;
    }

    // Moves to the next property's value and returns true, or returns false at the end of the object.
    private static bool NextProperty(JsonTextReader reader, out string name)
    {
        NextToken(reader);
        if (reader.TokenType == JsonToken.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = (string)reader.Value!;
        NextToken(reader);
        return true;
    }

    // Moves to the next element of an array and returns true, or returns false at the end of the array.
    private static bool NextElement(JsonTextReader reader)
    {
        NextToken(reader);
        return reader.TokenType != JsonToken.EndArray;
    }

    private static void NextToken(JsonTextReader reader)
    {
        do
        {
            if (!reader.Read())
            {
                throw new JsonReaderException("Unexpected end of content in a SARIF result.", reader.Path, reader.LineNumber, reader.LinePosition, null);
            }
        }
        while (reader.TokenType == JsonToken.Comment);
    }
}
