using System;
using System.Security.Cryptography;

namespace SecurityGate.Runtime;

/// <summary>
/// Random 96-bit AES-GCM nonces from <see cref="RandomNumberGenerator"/>, drawn 64 at a time into a
/// per-thread buffer: one call to the system generator costs about as much as the encryption of a small value.
/// Each byte of the buffer is handed out once and then cleared.
/// </summary>
internal static class NonceGenerator
{
    public const int NonceLength = 12;

    private const int BufferLength = NonceLength * 64;

    [ThreadStatic]
    private static byte[]? buffer;

    [ThreadStatic]
    private static int offset;

    public static void Fill(Span<byte> nonce)
    {
        var bytes = buffer;
        if (bytes is null || offset + NonceLength > BufferLength)
        {
            bytes ??= buffer = new byte[BufferLength];
            RandomNumberGenerator.Fill(bytes);
            offset = 0;
        }

        var slice = bytes.AsSpan(offset, NonceLength);
        slice.CopyTo(nonce);
        slice.Clear();
        offset += NonceLength;
    }
}
