using System;
using System.Buffers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Serialization;

namespace Shop.Startup
{
    public sealed record Order(int Id, decimal Total);

    public static class CacheRegistration
    {
        private static readonly JsonSerializerSettings PlainSettings = new() { TypeNameHandling = TypeNameHandling.None };

        public static void AddCaches(IServiceCollection services)
        {
            services.AddFusionCache().WithSerializer(new SystemTextJsonFusionSerializer());
            services.AddHybridCache().AddSerializer<Order, OrderSerializer>();
            services.AddTenantCache(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
            services.AddTenantCache(PlainSettings);

            // Not a cache registration: IServiceCollection calls count only when their name names a cache.
            services.AddSingleton(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto });
        }

        public static IServiceCollection AddTenantCache(this IServiceCollection services, JsonSerializerSettings settings) => services;
    }

    public sealed class OrderSerializer : IHybridCacheSerializer<Order>
    {
        public Order Deserialize(ReadOnlySequence<byte> source)
        {
            var reader = new Utf8JsonReader(source);
            return System.Text.Json.JsonSerializer.Deserialize<Order>(ref reader)!;
        }

        public void Serialize(Order value, IBufferWriter<byte> target)
        {
            using var writer = new Utf8JsonWriter(target);
            System.Text.Json.JsonSerializer.Serialize(writer, value);
        }
    }

    public sealed class SystemTextJsonFusionSerializer : IFusionCacheSerializer
    {
        public byte[] Serialize<T>(T? obj) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(obj);

        public T? Deserialize<T>(byte[] data) => System.Text.Json.JsonSerializer.Deserialize<T>(data);

        public ValueTask<byte[]> SerializeAsync<T>(T? obj, CancellationToken token = default) => new(Serialize(obj));

        public ValueTask<T?> DeserializeAsync<T>(byte[] data, CancellationToken token = default) => new(Deserialize<T>(data));
    }
}
