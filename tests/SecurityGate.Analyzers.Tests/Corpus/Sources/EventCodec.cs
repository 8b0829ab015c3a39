using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MessagePack;
using MessagePack.Resolvers;

namespace Contoso.Messaging;

/// <summary>A stock movement as the warehouse service publishes it; Delta is in units.</summary>
[MessagePackObject]
public sealed class StockChanged
{
    [Key(0)]
    public string TenantId { get; set; } = "";

    [Key(1)]
    public string Sku { get; set; } = "";

    [Key(2)]
    public int Delta { get; set; }
}

[MessagePackObject]
public sealed class PriceChanged
{
    [Key(0)]
    public string TenantId { get; set; } = "";

    [Key(1)]
    public string Sku { get; set; } = "";

    [Key(2)]
    public decimal Price { get; set; }
}

/// <summary>
/// Encodes and decodes the events on the message bus. Other teams publish to the same topics, so the decoder
/// treats each message as untrusted input.
/// </summary>
public sealed class EventCodec
{
    private static readonly MessagePackSerializerOptions BusOptions = MessagePackSerializerOptions.Standard
        .WithSecurity(MessagePackSecurity.UntrustedData)
        .WithCompression(MessagePackCompression.Lz4BlockArray);

    private static readonly MessagePackSerializerOptions FastOptions = ContractlessStandardResolver.Options
        .WithCompression(MessagePackCompression.Lz4BlockArray);

    public byte[] Encode(StockChanged message) => MessagePackSerializer.Serialize(message, BusOptions);

    public byte[] Encode(PriceChanged message) => MessagePackSerializer.Serialize(message, BusOptions);

    public StockChanged DecodeStock(ReadOnlyMemory<byte> body) => MessagePackSerializer.Deserialize<StockChanged>(body, BusOptions);

    public async Task<PriceChanged> DecodePriceAsync(Stream body, CancellationToken cancellationToken)
        => await MessagePackSerializer.DeserializeAsync<PriceChanged>(body, BusOptions, cancellationToken);

    public object DecodeByType(Type type, ReadOnlySequence<byte> body)
    {
        var options = ContractlessStandardResolver.Options.WithSecurity(MessagePackSecurity.UntrustedData);
        return MessagePackSerializer.Deserialize(type, body, options)!;
    }

    // Clean: the resolver changes, the security setting of BusOptions stays.
    public StockChanged DecodeContractless(ReadOnlyMemory<byte> body)
        => MessagePackSerializer.Deserialize<StockChanged>(body, BusOptions.WithResolver(ContractlessStandardResolver.Instance));

    // Wrong: the default options trust the data, so a crafted message can exhaust the stack or hash buckets.
    public StockChanged DecodeStockQuickly(byte[] body) => MessagePackSerializer.Deserialize<StockChanged>(body); // expect: CSG022

    // Wrong: options without UntrustedData, chosen for speed.
    public PriceChanged DecodePriceQuickly(byte[] body) => MessagePackSerializer.Deserialize<PriceChanged>(body, FastOptions); // expect: CSG022

    // Wrong: typeless decoding lets the message name any .NET type to create.
    public object? DecodeDynamic(byte[] body) => MessagePackSerializer.Typeless.Deserialize(body); // expect: CSG022

    public byte[] EncodeDynamic(object message) => MessagePackSerializer.Typeless.Serialize(message); // known-false-positive: CSG022 a use of the typeless API is reported whether it reads or writes, and Serialize reads no input
}
