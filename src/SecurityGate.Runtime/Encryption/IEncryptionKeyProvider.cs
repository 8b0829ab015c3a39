namespace SecurityGate.Runtime;

/// <summary>
/// Supplies the key ring's keys, for example from a secret vault. The runtime calls <see cref="GetKeySet"/>
/// at the first encryption and again every <see cref="SecureCacheOptions.KeyRefreshInterval"/>, and when an
/// entry names a key id that it does not know; a new current key takes effect at the next call.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and should return quickly: cache the keys read from the vault and refresh them in
/// the background. An exception is logged, and the runtime keeps the keys it had.
/// </remarks>
public interface IEncryptionKeyProvider
{
    /// <summary>Returns the current key and every key that may still be needed to decrypt.</summary>
    EncryptionKeySet GetKeySet();
}
