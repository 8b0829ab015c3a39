using System;

namespace SecurityGate.Runtime;

/// <summary>
/// One AES-256 master key of the key ring: 32 bytes of key material, an id written into each envelope it
/// encrypts, and an optional creation time used to warn when the key is older than
/// <see cref="SecureCacheOptions.MaxKeyAge"/>. <see cref="ToString"/> never shows the material.
/// </summary>
public sealed class EncryptionKey
{
    /// <summary>The length of key material in bytes (AES-256).</summary>
    public const int MaterialLength = 32;

    /// <summary>The maximum length of a key id in characters.</summary>
    public const int MaxIdLength = 64;

    private readonly byte[] material;

    /// <summary>Creates a key; the material is copied.</summary>
    /// <exception cref="ArgumentException">The id is invalid or the material is not 32 bytes long.</exception>
    public EncryptionKey(string id, ReadOnlySpan<byte> material, DateTimeOffset? createdAt = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var idError = ValidateId(id);
        if (idError is not null)
        {
            throw new ArgumentException(idError, nameof(id));
        }

        if (material.Length != MaterialLength)
        {
            throw new ArgumentException($"The material of encryption key '{id}' is {material.Length} bytes long; AES-256 needs exactly {MaterialLength} bytes.", nameof(material));
        }

        Id = id;
        this.material = material.ToArray();
        CreatedAt = createdAt;
    }

    /// <summary>The key id: 1 to 64 characters from <c>A-Z a-z 0-9 . _ -</c>. It is not secret and may be logged.</summary>
    public string Id { get; }

    /// <summary>When the key was created, if known.</summary>
    public DateTimeOffset? CreatedAt { get; }

    internal ReadOnlySpan<byte> Material => material;

    /// <summary>Returns the key id only.</summary>
    public override string ToString() => $"EncryptionKey {Id}";

    /// <summary>Returns an error message when <paramref name="id"/> is not a valid key id, otherwise null.</summary>
    public static string? ValidateId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            return $"The encryption key id '{id}' must be 1 to {MaxIdLength} characters long.";
        }

        foreach (var character in id)
        {
            if (!IsIdCharacter(character))
            {
                return $"The encryption key id '{id}' contains '{character}'; use only A-Z, a-z, 0-9, '.', '_' and '-'.";
            }
        }

        return null;
    }

    internal static bool IsIdCharacter(int character) =>
        character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-';
}
