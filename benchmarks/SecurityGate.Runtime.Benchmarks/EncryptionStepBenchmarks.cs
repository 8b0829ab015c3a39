using System;
using System.Buffers;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace SecurityGate.Runtime.Benchmarks;

/// <summary>
/// The encryption step alone, encrypt then decrypt of 1 KiB: the runtime's envelope (subkey lookup, nonce,
/// key-bound associated data), a bare reused <see cref="AesGcm"/>, and Data Protection's default protector.
/// </summary>
[MemoryDiagnoser]
public class EncryptionStepBenchmarks
{
    private readonly byte[] plaintext = RandomNumberGenerator.GetBytes(1024);
    private CacheValueProtector protector = null!;
    private CacheKey key;
    private AesGcm aes = null!;
    private ServiceProvider services = null!;
    private IDataProtector dataProtector = null!;

    [GlobalSetup]
    public void Setup()
    {
        var material = RandomNumberGenerator.GetBytes(32);
        var provider = new FixedKeyProvider(new EncryptionKeySet("bench", new[] { new EncryptionKey("bench", material) }));
        protector = new CacheValueProtector(new KeyRing(provider, new SecureCacheOptions(), NullLogger.Instance), NullLogger.Instance);
        key = CacheKey.Create("tenant-0001", "documents", "doc-0001");
        aes = new AesGcm(material, 16);
        services = new ServiceCollection().AddDataProtection().Services.BuildServiceProvider();
        dataProtector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("SecurityGate.Benchmarks");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        aes.Dispose();
        services.Dispose();
    }

    [Benchmark(Baseline = true, Description = "bare AesGcm round trip")]
    public int BareAesGcm()
    {
        var stored = new byte[12 + plaintext.Length + 16];
        RandomNumberGenerator.Fill(stored.AsSpan(0, 12));
        aes.Encrypt(stored.AsSpan(0, 12), plaintext, stored.AsSpan(12, plaintext.Length), stored.AsSpan(12 + plaintext.Length));
        var decrypted = new byte[plaintext.Length];
        aes.Decrypt(stored.AsSpan(0, 12), stored.AsSpan(12, plaintext.Length), stored.AsSpan(12 + plaintext.Length), decrypted);
        return decrypted.Length;
    }

    [Benchmark(Description = "runtime envelope round trip")]
    public int RuntimeEnvelope()
    {
        var envelope = protector.Protect(plaintext, key);
        var buffer = protector.Unprotect(envelope, key, out var length);
        ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        return length;
    }

    [Benchmark(Description = "Data Protection default round trip")]
    public int DataProtection() => dataProtector.Unprotect(dataProtector.Protect(plaintext)).Length;

    private sealed class FixedKeyProvider(EncryptionKeySet keys) : IEncryptionKeyProvider
    {
        public EncryptionKeySet GetKeySet() => keys;
    }
}
