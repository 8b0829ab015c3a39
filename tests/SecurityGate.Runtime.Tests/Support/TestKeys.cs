using System;
using System.Security.Cryptography;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>Random key material for tests; nothing here is a real secret.</summary>
internal static class TestKeys
{
    public static string NewMaterial() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static void AddKey(SecureCacheOptions options, string id, bool current = true)
    {
        options.Keys.Add(new EncryptionKeyOptions { Id = id, Material = NewMaterial() });
        if (current)
        {
            options.CurrentKeyId = id;
        }
    }
}
