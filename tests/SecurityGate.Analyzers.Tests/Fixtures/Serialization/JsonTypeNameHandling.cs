using Newtonsoft.Json;

namespace Shop.Messages;

[JsonObject(ItemTypeNameHandling = TypeNameHandling.Objects)]
public sealed class Envelope
{
    [JsonProperty(TypeNameHandling = TypeNameHandling.Auto)]
    public object? Payload { get; set; }

    [JsonProperty(TypeNameHandling = TypeNameHandling.None)]
    public object? Plain { get; set; }
}

public static class SerializerFactory
{
    public static JsonSerializerSettings Unsafe() => new() { TypeNameHandling = TypeNameHandling.All };

    public static JsonSerializerSettings Safe() => new() { TypeNameHandling = TypeNameHandling.None };

    public static JsonSerializer Configured(TypeNameHandling mode)
    {
        var serializer = new JsonSerializer();
        serializer.TypeNameHandling = mode;
        return serializer;
    }

    public static bool IsUnsafe(JsonSerializerSettings settings)
        => settings.TypeNameHandling == TypeNameHandling.All || settings.TypeNameHandling != TypeNameHandling.None;

    public static void Harden(JsonSerializerSettings settings)
    {
        settings.TypeNameHandling = TypeNameHandling.None;
        settings.TypeNameHandling = (TypeNameHandling)3;
        settings.TypeNameHandling |= TypeNameHandling.Objects;
    }
}
