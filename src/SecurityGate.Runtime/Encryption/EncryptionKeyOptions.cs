using System;

namespace SecurityGate.Runtime;

/// <summary>One key of <see cref="SecureCacheOptions.Keys"/>, in a form that configuration binding can fill.</summary>
public sealed class EncryptionKeyOptions
{
    /// <summary>The key id, 1 to 64 characters from <c>A-Z a-z 0-9 . _ -</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The 32 bytes of key material in base64. Load it from a secret store, never from a checked-in file.</summary>
    public string Material { get; set; } = string.Empty;

    /// <summary>When the key was created, if known; used for the <see cref="SecureCacheOptions.MaxKeyAge"/> warning.</summary>
    public DateTimeOffset? CreatedAt { get; set; }
}
