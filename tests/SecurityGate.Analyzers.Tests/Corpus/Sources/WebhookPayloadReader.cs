using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Contoso.Webhooks;

public sealed class WebhookEnvelope
{
    public string EventType { get; set; } = "";

    public string TenantId { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    public JObject? Data { get; set; }
}

public sealed class ShipmentUpdated
{
    public string ShipmentNumber { get; set; } = "";

    public string Status { get; set; } = "";
}

public abstract class IntegrationCommand
{
    public string CommandId { get; set; } = "";
}

public sealed class CommandBatch
{
    // Wrong: the type of each command comes from the payload, so the sender picks the type Json.NET creates.
    [JsonProperty(ItemTypeNameHandling = TypeNameHandling.Auto)] // expect: CSG021
    public List<IntegrationCommand> Commands { get; set; } = new();
}

/// <summary>
/// Reads webhook payloads from carriers and partners. Payloads come from outside the trust boundary, so the
/// readers do not let the payload choose a .NET type, except the legacy reader kept for v1 partners.
/// </summary>
public sealed class WebhookPayloadReader
{
    private static readonly JsonSerializerSettings SafeSettings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 32,
    };

    // Wrong: "Auto" reads $type wherever the declared type is not the concrete type, which includes object and interfaces.
    private static readonly JsonSerializerSettings LegacySettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto, // expect: CSG021
        MaxDepth = 32,
    };

    private readonly JsonSerializer serializer = JsonSerializer.Create(SafeSettings);

    public WebhookEnvelope? ReadEnvelope(string body) => JsonConvert.DeserializeObject<WebhookEnvelope>(body, SafeSettings);

    public WebhookEnvelope? ReadEnvelope(Stream body)
    {
        using var reader = new StreamReader(body);
        using var json = new JsonTextReader(reader) { MaxDepth = 32 };
        return serializer.Deserialize<WebhookEnvelope>(json);
    }

    public ShipmentUpdated? ReadShipment(WebhookEnvelope envelope)
        => envelope.Data?.ToObject<ShipmentUpdated>(serializer);

    // Kept for partners that still post the v1 format with $type fields.
    public object? ReadLegacy(string body) => JsonConvert.DeserializeObject(body, LegacySettings);

    public CommandBatch? ReadCommands(string body) => JsonConvert.DeserializeObject<CommandBatch>(body, SafeSettings);

    public static JsonSerializerSettings ForPartner(bool legacyPartner)
    {
        var settings = new JsonSerializerSettings { MaxDepth = 32 };

        // Wrong: a flag from partner configuration switches type names on for all payloads of the partner.
        settings.TypeNameHandling = legacyPartner ? TypeNameHandling.Objects : TypeNameHandling.None; // expect: CSG021
        return settings;
    }

    public static string Write(WebhookEnvelope envelope)
        => JsonConvert.SerializeObject(envelope, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None, Formatting = Formatting.None });
}
