using System;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace SecurityGate.Runtime.Benchmarks;

/// <summary>
/// One set and one get of a value through an in-memory <see cref="IDistributedCache"/>, four ways:
/// System.Text.Json alone (the baseline), System.Text.Json plus a bare AES-GCM round trip (the floor),
/// <see cref="ISecureCache"/>, and System.Text.Json plus Data Protection's default protector.
/// </summary>
[MemoryDiagnoser]
public class SecureCacheRoundTripBenchmarks
{
    private const string WireKey = "v1:client:tenant-0001:documents:doc-0001";

    private static readonly DistributedCacheEntryOptions EntryOptions = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) };

    private ServiceProvider services = null!;
    private IDistributedCache cache = null!;
    private ISecureCache secureCache = null!;
    private CacheKey key;
    private AesGcm aes = null!;
    private IDataProtector dataProtector = null!;
    private SecretDocument document = null!;

    /// <summary>The approximate size of the value's JSON text in bytes.</summary>
    [Params(256, 1024, 16 * 1024, 256 * 1024)]
    public int PayloadBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var collection = new ServiceCollection();
        collection.AddDistributedMemoryCache();
        collection.AddDataProtection();
        collection.AddSecureCache(options =>
        {
            options.Keys.Add(new EncryptionKeyOptions { Id = "bench", Material = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            options.CurrentKeyId = "bench";
            options.MaxValueBytes = 1024 * 1024;
            options.SerializerOptions = new JsonSerializerOptions { TypeInfoResolver = BenchmarkJsonContext.Default };
        });
        services = collection.BuildServiceProvider();
        cache = services.GetRequiredService<IDistributedCache>();
        secureCache = services.GetRequiredService<ISecureCache>();
        key = secureCache.CreateKeyForTenant("tenant-0001", "documents", "doc-0001");
        aes = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);
        dataProtector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("SecurityGate.Benchmarks");
        document = SecretDocument.OfJsonSize(PayloadBytes);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        aes.Dispose();
        services.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw cache + System.Text.Json")]
    public SecretDocument? RawJson()
    {
        cache.Set(WireKey, JsonSerializer.SerializeToUtf8Bytes(document, BenchmarkJsonContext.Default.SecretDocument), EntryOptions);
        return JsonSerializer.Deserialize(cache.Get(WireKey), BenchmarkJsonContext.Default.SecretDocument);
    }

    [Benchmark(Description = "floor: System.Text.Json + bare AesGcm")]
    public SecretDocument? JsonWithBareAesGcm()
    {
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(document, BenchmarkJsonContext.Default.SecretDocument);
        var stored = new byte[12 + plaintext.Length + 16];
        RandomNumberGenerator.Fill(stored.AsSpan(0, 12));
        aes.Encrypt(stored.AsSpan(0, 12), plaintext, stored.AsSpan(12, plaintext.Length), stored.AsSpan(12 + plaintext.Length));
        cache.Set(WireKey, stored, EntryOptions);

        var read = cache.Get(WireKey)!;
        var decrypted = new byte[read.Length - 28];
        aes.Decrypt(read.AsSpan(0, 12), read.AsSpan(12, decrypted.Length), read.AsSpan(12 + decrypted.Length), decrypted);
        return JsonSerializer.Deserialize(decrypted, BenchmarkJsonContext.Default.SecretDocument);
    }

    [Benchmark(Description = "ISecureCache (encrypted)")]
    public async ValueTask<SecretDocument?> SecureCache()
    {
        // The in-memory cache completes synchronously, so the awaits add only the async state machine.
        await secureCache.SetAsync(key, document).ConfigureAwait(false);
        return await secureCache.GetAsync<SecretDocument>(key).ConfigureAwait(false);
    }

    [Benchmark(Description = "System.Text.Json + Data Protection default")]
    public SecretDocument? JsonWithDataProtection()
    {
        cache.Set(WireKey, dataProtector.Protect(JsonSerializer.SerializeToUtf8Bytes(document, BenchmarkJsonContext.Default.SecretDocument)), EntryOptions);
        return JsonSerializer.Deserialize(dataProtector.Unprotect(cache.Get(WireKey)!), BenchmarkJsonContext.Default.SecretDocument);
    }
}
