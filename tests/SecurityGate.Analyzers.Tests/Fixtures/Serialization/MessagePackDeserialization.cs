using System;
using System.IO;
using System.Threading.Tasks;
using MessagePack;
using MessagePack.Resolvers;

namespace Shop.Serialization;

public sealed record Order(int Id, string Sku);

public sealed class OrderCodec
{
    private static readonly MessagePackSerializerOptions Untrusted =
        MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData);

    private static readonly MessagePackSerializerOptions Trusted = MessagePackSerializerOptions.Standard;

    private static MessagePackSerializerOptions mutable = Untrusted;

    public object? ReadTypeless(byte[] payload) => MessagePackSerializer.Typeless.Deserialize(payload);

    public Order ReadWithTypelessResolver(byte[] payload)
        => MessagePackSerializer.Deserialize<Order>(payload, TypelessContractlessStandardResolver.Options);

    public Order ReadDefault(byte[] payload) => MessagePackSerializer.Deserialize<Order>(payload);

    public Order ReadTrusted(byte[] payload) => MessagePackSerializer.Deserialize<Order>(payload, Trusted);

    public Order ReadMutable(byte[] payload) => MessagePackSerializer.Deserialize<Order>(payload, mutable);

    public Order ReadGiven(byte[] payload, MessagePackSerializerOptions options) => MessagePackSerializer.Deserialize<Order>(payload, options);

    public ValueTask<Order> ReadStream(Stream stream) => MessagePackSerializer.DeserializeAsync<Order>(stream, null);

    // Clean: options proven to use MessagePackSecurity.UntrustedData, and serialization, which reads nothing.
    public Order ReadUntrusted(byte[] payload) => MessagePackSerializer.Deserialize<Order>(payload, Untrusted);

    public Order ReadInline(byte[] payload)
        => MessagePackSerializer.Deserialize<Order>(payload, MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData));

    public object? ReadLocal(Type type, ReadOnlyMemory<byte> payload)
    {
        var options = ContractlessStandardResolver.Options.WithSecurity(MessagePackSecurity.UntrustedData).WithCompression(MessagePackCompression.Lz4BlockArray);
        return MessagePackSerializer.Deserialize(type, payload, options);
    }

    public byte[] Write(Order order) => MessagePackSerializer.Serialize(order);
}
