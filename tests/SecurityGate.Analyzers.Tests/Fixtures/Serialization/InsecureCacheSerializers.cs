using System;
using System.Buffers;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using EasyCaching.Core.Configurations;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Serialization.NewtonsoftJson;

namespace Shop.Startup
{
    public sealed record Order(int Id, decimal Total);

    public static class CacheRegistration
    {
        public static void AddFusion(IServiceCollection services)
        {
            var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto };
            services.AddFusionCache().WithSerializer(new FusionCacheNewtonsoftJsonSerializer(settings));
        }

        public static void AddFusionInline(IServiceCollection services)
            => services.AddFusionCache().WithSerializer(
                new FusionCacheNewtonsoftJsonSerializer(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }));

        public static void AddEasyCaching(EasyCachingOptions options)
        {
            options.WithJson(json => json.TypeNameHandling = TypeNameHandling.Objects, "json");
            options.WithBinary("binary");
            options.WithJson(json => json.TypeNameHandling = TypeNameHandling.None, "plain");
        }

        public static void AddHybrid(IServiceCollection services)
        {
            services.AddHybridCache().AddSerializer<Order, LegacyOrderSerializer>();
            services.AddHybridCache().AddSerializer(new LegacyOrderSerializer());
        }

        // An in-house registration that takes Json.NET settings for its distributed cache.
        public static void AddTenantCache(IServiceCollection services)
            => services.AddTenantCache(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Arrays });

        public static IServiceCollection AddTenantCache(this IServiceCollection services, JsonSerializerSettings settings) => services;
    }

    public sealed class LegacyOrderSerializer : IHybridCacheSerializer<Order>
    {
        public Order Deserialize(ReadOnlySequence<byte> source)
        {
#pragma warning disable SYSLIB0011 // The fixture reproduces a legacy serializer on purpose.
            return (Order)new BinaryFormatter().Deserialize(new MemoryStream(source.ToArray()));
#pragma warning restore SYSLIB0011
        }

        public void Serialize(Order value, IBufferWriter<byte> target) => throw new NotSupportedException();
    }
}

// Stand-ins for FusionCache's Json.NET serializer package and EasyCaching's options, because the NuGet feed of the
// tests does not serve them. Names and signatures follow the libraries' public APIs.
namespace ZiggyCreatures.Caching.Fusion.Serialization.NewtonsoftJson
{
    public sealed class FusionCacheNewtonsoftJsonSerializer : IFusionCacheSerializer
    {
        public FusionCacheNewtonsoftJsonSerializer(Newtonsoft.Json.JsonSerializerSettings? settings = null)
        {
        }

        public byte[] Serialize<T>(T? obj) => throw new System.NotSupportedException();

        public T? Deserialize<T>(byte[] data) => throw new System.NotSupportedException();

        public System.Threading.Tasks.ValueTask<byte[]> SerializeAsync<T>(T? obj, System.Threading.CancellationToken token = default) => throw new System.NotSupportedException();

        public System.Threading.Tasks.ValueTask<T?> DeserializeAsync<T>(byte[] data, System.Threading.CancellationToken token = default) => throw new System.NotSupportedException();
    }
}

namespace EasyCaching.Core.Configurations
{
    public sealed class EasyCachingOptions
    {
    }

    public sealed class EasyCachingJsonSerializerOptions
    {
        public Newtonsoft.Json.TypeNameHandling TypeNameHandling { get; set; }
    }

    public static class EasyCachingOptionsExtensions
    {
        public static EasyCachingOptions WithJson(this EasyCachingOptions options, System.Action<EasyCachingJsonSerializerOptions> configure, string name) => options;

        public static EasyCachingOptions WithBinary(this EasyCachingOptions options, string name) => options;
    }
}
