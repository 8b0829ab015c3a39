using System;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityGate.Runtime;

/// <summary>
/// A sensitive value kept encrypted in process memory with AES-256-GCM under a random key of this process,
/// and revealed only by <see cref="Reveal"/>. Members of this type are what <see cref="SecureMember"/> writes
/// into sensitive members, and a type with such a member is always encrypted by <see cref="ISecureCache"/>.
/// </summary>
/// <remarks>
/// The value is serialized to JSON with the default reflection-based System.Text.Json options before it is
/// encrypted. In JSON, a <see cref="Protected{T}"/> is written as its plain value, so only write it into a store
/// that encrypts, such as <see cref="ISecureCache"/>. <see cref="ToString"/> never shows the value.
/// </remarks>
/// <typeparam name="T">The type of the protected value.</typeparam>
[JsonConverter(typeof(ProtectedJsonConverterFactory))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Protected<T> is the runtime's public name for an encrypted member; Visual Basic callers can still write [Protected](Of T).")]
public sealed class Protected<T>
{
    private readonly byte[] nonce = new byte[12];
    private readonly byte[] ciphertext;
    private readonly byte[] tag = new byte[16];

    /// <summary>Encrypts <paramref name="value"/> in memory.</summary>
    public Protected(T value)
    {
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(value);
        try
        {
            ciphertext = new byte[plaintext.Length];
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(ProcessKey.Material, tag.Length);
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Decrypts and returns the value.</summary>
    public T Reveal()
    {
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(ProcessKey.Material, tag.Length);
            aes.Decrypt(nonce, ciphertext, tag, plaintext);
            return JsonSerializer.Deserialize<T>(plaintext)!;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Returns a placeholder, never the value.</summary>
    public override string ToString() => "Protected<" + typeof(T).Name + ">(***)";
}

/// <summary>The random key of this process that encrypts <see cref="Protected{T}"/> values in memory.</summary>
internal static class ProcessKey
{
    public static byte[] Material { get; } = RandomNumberGenerator.GetBytes(32);
}

/// <summary>Writes a <see cref="Protected{T}"/> as its plain value and reads it back into a new protected value.</summary>
internal sealed class ProtectedJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => SensitiveTypeDetector.IsProtectedType(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ProtectedJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ProtectedJsonConverter<T> : JsonConverter<Protected<T>>
    {
        public override Protected<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<T>(ref reader, options)!);

        public override void Write(Utf8JsonWriter writer, Protected<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Reveal(), options);
    }
}
