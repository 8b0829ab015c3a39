using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Serialization;

namespace Contoso.Hosting;

/// <summary>A FusionCache serializer over Json.NET with the settings it is given.</summary>
public sealed class JsonNetFusionSerializer : IFusionCacheSerializer
{
    private readonly JsonSerializerSettings settings;

    public JsonNetFusionSerializer(JsonSerializerSettings settings) => this.settings = settings;

    public byte[] Serialize<T>(T? obj) => Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(obj, settings));

    public T? Deserialize<T>(byte[] data) => JsonConvert.DeserializeObject<T>(Encoding.UTF8.GetString(data), settings);

    public ValueTask<byte[]> SerializeAsync<T>(T? obj, CancellationToken token = default) => new(Serialize(obj));

    public ValueTask<T?> DeserializeAsync<T>(byte[] data, CancellationToken token = default) => new(Deserialize<T>(data));
}

/// <summary>Registers the shared catalogue cache; its second level is the Redis instance all services share.</summary>
public static class CatalogueCacheSetup
{
    public static void AddCatalogueCache(IServiceCollection services)
    {
        // Polymorphic catalogue items round-trip with their concrete type.
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto }; // expect: CSG021
        services.AddFusionCache("catalogue").WithSerializer(new JsonNetFusionSerializer(settings)); // expect: CSG023
    }

    public static void AddSessionCache(IServiceCollection services)
    {
        var settings = new JsonSerializerSettings { DateTimeZoneHandling = DateTimeZoneHandling.Utc };
        services.AddFusionCache("sessions").WithSerializer(new JsonNetFusionSerializer(settings));
    }
}
