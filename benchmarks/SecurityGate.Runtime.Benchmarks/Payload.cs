using System;
using System.Text.Json.Serialization;

namespace SecurityGate.Runtime.Benchmarks;

/// <summary>A cached document whose secret body makes the type sensitive, so the secure cache encrypts it.</summary>
public sealed class SecretDocument
{
    public string Id { get; set; } = string.Empty;

    public string SecretBody { get; set; } = string.Empty;

    /// <summary>Creates a document whose JSON text is about <paramref name="jsonBytes"/> bytes long.</summary>
    public static SecretDocument OfJsonSize(int jsonBytes)
    {
        const int Overhead = 40;
        var random = new Random(jsonBytes);
        var body = new char[Math.Max(1, jsonBytes - Overhead)];
        for (var index = 0; index < body.Length; index++)
        {
            body[index] = (char)('a' + random.Next(26));
        }

        return new SecretDocument { Id = "doc-0001", SecretBody = new string(body) };
    }
}

/// <summary>Source-generated serialization of the payload, used by every variant.</summary>
[JsonSerializable(typeof(SecretDocument))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext
{
}
