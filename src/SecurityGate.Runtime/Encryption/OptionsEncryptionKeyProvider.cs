using System;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Options;

namespace SecurityGate.Runtime;

/// <summary>
/// The default <see cref="IEncryptionKeyProvider"/>: reads <see cref="SecureCacheOptions.Keys"/> and
/// <see cref="SecureCacheOptions.CurrentKeyId"/> through <see cref="IOptionsMonitor{TOptions}"/>, so a
/// configuration reload rotates keys without a restart.
/// </summary>
internal sealed class OptionsEncryptionKeyProvider : IEncryptionKeyProvider
{
    private readonly IOptionsMonitor<SecureCacheOptions> options;
    private ParsedKeys? parsed;

    public OptionsEncryptionKeyProvider(IOptionsMonitor<SecureCacheOptions> options) => this.options = options;

    public EncryptionKeySet GetKeySet()
    {
        var current = options.CurrentValue;
        var cached = Volatile.Read(ref parsed);
        if (cached is not null && ReferenceEquals(cached.Source, current))
        {
            return cached.Keys;
        }

        var keySet = Parse(current);
        Volatile.Write(ref parsed, new ParsedKeys(current, keySet));
        return keySet;
    }

    internal static EncryptionKeySet Parse(SecureCacheOptions options)
    {
        if (options.Keys.Count == 0 || string.IsNullOrEmpty(options.CurrentKeyId))
        {
            throw new InvalidOperationException(
                "No encryption keys are configured: set SecureCacheOptions.Keys and SecureCacheOptions.CurrentKeyId, " +
                "or register an IEncryptionKeyProvider with AddSecureCache<TKeyProvider>.");
        }

        var keys = options.Keys.Select(key => new EncryptionKey(key.Id, DecodeMaterial(key), key.CreatedAt));
        return new EncryptionKeySet(options.CurrentKeyId, keys);
    }

    /// <summary>The key set parsed from one options instance; a reference, so threads never see half of an update.</summary>
    private sealed record ParsedKeys(SecureCacheOptions Source, EncryptionKeySet Keys);

    internal static byte[] DecodeMaterial(EncryptionKeyOptions key)
    {
        var buffer = new byte[EncryptionKey.MaterialLength + 3];
        if (!Convert.TryFromBase64String(key.Material ?? string.Empty, buffer, out var length) || length != EncryptionKey.MaterialLength)
        {
            throw new FormatException($"The material of encryption key '{key.Id}' is not {EncryptionKey.MaterialLength} bytes in base64; generate one with Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).");
        }

        return buffer.AsSpan(0, length).ToArray();
    }
}
