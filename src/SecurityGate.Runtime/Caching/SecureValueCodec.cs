using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace SecurityGate.Runtime;

/// <summary>
/// Turns values into stored bytes and back: System.Text.Json, then the AES-GCM envelope when the value must be
/// encrypted. Plaintext entries are the JSON text itself; encrypted entries start with the envelope's format byte,
/// which JSON text never starts with.
/// </summary>
internal sealed class SecureValueCodec
{
    /// <summary>A per-thread serialization buffer larger than this is dropped after use rather than kept.</summary>
    private const int MaxRetainedBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? threadBuffer;

    [ThreadStatic]
    private static (JsonSerializerOptions Options, Utf8JsonWriter Writer)? threadWriter;

    private readonly SecureCacheOptions options;
    private readonly SensitiveTypeDetector detector;
    private readonly CacheValueProtector protector;
    private readonly ILogger logger;

    public SecureValueCodec(SecureCacheOptions options, SensitiveTypeDetector detector, CacheValueProtector protector, ILogger logger)
    {
        this.options = options;

        // Locks the options. When the application set no resolver, this adds the reflection-based one, so
        // GetTypeInfo works for any type. A source-generated resolver stays as the application set it.
        options.SerializerOptions.MakeReadOnly(populateMissingResolver: true);
        this.detector = detector;
        this.protector = protector;
        this.logger = logger;
    }

    public CacheValueProtector Protector => protector;

    public bool MustEncrypt<T>(T value) =>
        detector.IsSensitive(typeof(T)) || (value is not null && value.GetType() != typeof(T) && detector.IsSensitive(value.GetType()));

    /// <summary>Serializes and, when required, encrypts a value for <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The serialized value exceeds <see cref="SecureCacheOptions.MaxValueBytes"/>.</exception>
    public byte[] Encode<T>(CacheKey key, T value, bool forceEncryption, JsonTypeInfo<T>? typeInfo = null)
    {
        typeInfo ??= (JsonTypeInfo<T>)options.SerializerOptions.GetTypeInfo(typeof(T));
        var encrypt = forceEncryption || MustEncrypt(value);
        if (!encrypt && !options.DetectSensitiveValues)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
            CheckSize(json.Length, typeof(T));
            return json;
        }

        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(4096);
        try
        {
            var writer = RentWriter(buffer);
            JsonSerializer.Serialize(writer, value, typeInfo);
            writer.Flush();
            var plaintext = buffer.WrittenSpan;
            CheckSize(plaintext.Length, typeof(T));
            if (!encrypt)
            {
                var pattern = SensitiveValueDetector.FindPattern(plaintext);
                if (pattern is null)
                {
                    return plaintext.ToArray();
                }

                var keyHash = key.ToLogHash();
                Log.SensitiveValueDetected(logger, typeof(T).Name, keyHash, pattern);
            }

            return protector.Protect(plaintext, key);
        }
        finally
        {
            // Clear zeroes the written bytes, so no plaintext stays in the per-thread buffer.
            buffer.Clear();
            if (buffer.Capacity > MaxRetainedBufferBytes)
            {
                threadBuffer = null;
                threadWriter = null;
            }
        }
    }

    /// <summary>Decrypts when needed and deserializes a stored value read under <paramref name="key"/>.</summary>
    /// <exception cref="CacheDecryptionException">Decryption failed, or the entry is plaintext for a sensitive type.</exception>
    public T? Decode<T>(CacheKey key, ReadOnlySpan<byte> stored, JsonTypeInfo<T>? typeInfo = null)
    {
        typeInfo ??= (JsonTypeInfo<T>)options.SerializerOptions.GetTypeInfo(typeof(T));
        if (!CacheValueProtector.IsEnvelope(stored))
        {
            if (detector.IsSensitive(typeof(T)))
            {
                var keyHash = key.ToLogHash();
                Log.PlaintextSensitiveEntry(logger, keyHash, typeof(T).Name);
                throw new CacheDecryptionException(
                    DecryptionFailure.PlaintextNotAllowed,
                    $"The cache entry with key hash {keyHash} holds plaintext, but type {typeof(T).Name} is sensitive and must be stored encrypted. " +
                    "The entry is not returned; remove it, and raise SecureCacheOptions.KeyVersion whenever a cached type becomes sensitive.");
            }

            return JsonSerializer.Deserialize(stored, typeInfo);
        }

        var plaintext = protector.Unprotect(stored, key, out var length);
        try
        {
            return JsonSerializer.Deserialize(plaintext.AsSpan(0, length), typeInfo);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(plaintext, clearArray: true);
        }
    }

    private Utf8JsonWriter RentWriter(ArrayBufferWriter<byte> buffer)
    {
        if (threadWriter is { } cached && ReferenceEquals(cached.Options, options.SerializerOptions))
        {
            cached.Writer.Reset(buffer);
            return cached.Writer;
        }

        var writerOptions = new JsonWriterOptions
        {
            Encoder = options.SerializerOptions.Encoder,
            Indented = options.SerializerOptions.WriteIndented,
            MaxDepth = options.SerializerOptions.MaxDepth,
        };
        var writer = new Utf8JsonWriter(buffer, writerOptions);
        threadWriter = (options.SerializerOptions, writer);
        return writer;
    }

    private void CheckSize(int length, Type type)
    {
        if (length > options.MaxValueBytes)
        {
            throw new ArgumentException(
                $"The serialized value of type {type.Name} is {length} bytes, over SecureCacheOptions.MaxValueBytes ({options.MaxValueBytes}). " +
                "Cache a smaller value or raise the limit.");
        }
    }
}
