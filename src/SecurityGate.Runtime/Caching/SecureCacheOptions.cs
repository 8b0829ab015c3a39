using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SecurityGate.Runtime;

/// <summary>Options of <see cref="ISecureCache"/>, validated at start-up by <c>AddSecureCache</c>.</summary>
public sealed class SecureCacheOptions
{
    /// <summary>
    /// The version segment of keys built by <see cref="ISecureCache.CreateKey"/>, 1 to 999999. Default 1.
    /// Raise it when the shape or the sensitivity of cached types changes, so old entries are never read.
    /// </summary>
    public int KeyVersion { get; set; } = 1;

    /// <summary>
    /// The maximum wire-key length in characters, 128 to 65536. Default 256. Longer keys are hashed as described
    /// on <see cref="CacheKey"/>.
    /// </summary>
    public int MaxKeyLength { get; set; } = CacheKey.DefaultMaxLength;

    /// <summary>The absolute expiration of an entry when the call gives none; greater than zero. Default 5 minutes.</summary>
    public TimeSpan DefaultExpiration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The maximum size of a serialized value in bytes, 1 to 1 GiB. Default 16 MiB.</summary>
    public int MaxValueBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The id of the key that encrypts new entries; must name one of <see cref="Keys"/>.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>The key ring: the current key and decrypt-only older keys. Ignored when an <see cref="IEncryptionKeyProvider"/> is registered with <c>AddSecureCache&lt;TKeyProvider&gt;</c>.</summary>
    public IList<EncryptionKeyOptions> Keys { get; } = new List<EncryptionKeyOptions>();

    /// <summary>How often the key provider is asked for the keys, 0 to 1 day. Default 1 minute.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many values one process encrypts with one derived subkey before it derives a fresh one, 1 to 2^32.
    /// Default 2^24. See the nonce strategy on the key ring in docs/runtime.md.
    /// </summary>
    public long MaxEncryptionsPerSubkey { get; set; } = 1L << 24;

    /// <summary>How long one process uses a derived subkey before it derives a fresh one, 1 minute to 30 days. Default 1 day.</summary>
    public TimeSpan SubkeyLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The age of the current master key after which a warning is logged at each key refresh, greater than zero. Default 90 days.</summary>
    public TimeSpan MaxKeyAge { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Whether serialized values of types that are not sensitive are also scanned for secrets by value
    /// (JSON Web Tokens, PEM private keys, connection strings with a password) and encrypted when one matches.
    /// Default false: the scan costs a regular-expression pass over each written value.
    /// </summary>
    public bool DetectSensitiveValues { get; set; }

    /// <summary>Name fragments that mark members as sensitive in addition to the default ones, for example <c>iban</c>.</summary>
    public IList<string> SensitiveNameFragments { get; } = new List<string>();

    /// <summary>
    /// The System.Text.Json options for cached values. Set <see cref="JsonSerializerOptions.TypeInfoResolver"/> to a
    /// source-generated <c>JsonSerializerContext</c> to serialize without reflection. Type names are never written.
    /// </summary>
    public JsonSerializerOptions SerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);

    /// <summary>How long checkpoints are kept after their last save, greater than zero. Default 7 days.</summary>
    public TimeSpan CheckpointExpiration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many versions of a workflow's checkpoint are kept, 1 to 1000. Default 10; older versions are deleted on save.</summary>
    public int MaxCheckpointVersions { get; set; } = 10;

    /// <summary>Set by <c>AddSecureCache&lt;TKeyProvider&gt;</c>: the keys come from a registered provider, not from <see cref="Keys"/>.</summary>
    internal bool UsesKeyProvider { get; set; }
}
