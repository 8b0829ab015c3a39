using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecurityGate.Runtime;

namespace Shop.Workflows;

public sealed class ImportCheckpoint
{
    public string ImportId { get; set; } = "";

    public int ImportedRows { get; set; }

    public string SourceApiKey { get; set; } = "";
}

public sealed class Cart
{
    public string CartId { get; set; } = "";

    [Sensitive]
    public string? CardNumber { get; set; }
}

public sealed class LoginFlow
{
    public void Remember(ISession session, string accessToken, Cart cart, int pinCode)
    {
        session.SetString("access", accessToken);
        session.Set("cart", JsonSerializer.SerializeToUtf8Bytes(cart));
        session.SetInt32("pin", pinCode);
    }

    public void SaveCheckpoint(string path, ImportCheckpoint checkpoint)
        => File.WriteAllText(path, JsonSerializer.Serialize(checkpoint));

    public Task SaveCheckpointAsync(string path, ImportCheckpoint checkpoint)
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(checkpoint);
        return File.WriteAllTextAsync(path, json);
    }

    public void SaveCheckpointBytes(string path, ImportCheckpoint checkpoint)
        => File.WriteAllBytes(path, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(checkpoint)));
}
