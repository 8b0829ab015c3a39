using System.IO;
using System.Text.Json;

namespace Shop.Modern;

public sealed record Order(int Id, string Name);

public sealed class OrderSerializer
{
    public Order? Load(Stream stream) => JsonSerializer.Deserialize<Order>(stream);

    public void Save(Stream stream, Order order) => JsonSerializer.Serialize(stream, order);
}
