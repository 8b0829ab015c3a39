using System.IO;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Shop.Workflows;

public sealed record ExportProgress(string ExportId, int ExportedRows, string TokenType);

public sealed class ProtectedLoginFlow
{
    private readonly IDataProtector protector;

    public ProtectedLoginFlow(IDataProtectionProvider provider) => protector = provider.CreateProtector("login");

    public void Remember(ISession session, string accessToken, string userId, int attempts)
    {
        session.SetString("access", protector.Protect(accessToken));
        session.SetString("user", userId);
        session.SetInt32("attempts", attempts);
    }

    public void SaveProgress(string path, ExportProgress progress)
        => File.WriteAllText(path, JsonSerializer.Serialize(progress));

    public void SaveProtectedCheckpoint(string path, object checkpoint)
        => File.WriteAllText(path, protector.Protect(JsonSerializer.Serialize(checkpoint)));

    // A key file written on purpose: file contents are judged by the serialized type only.
    public void ExportPublicKey(string path, string signingKeyPem)
        => File.WriteAllText(path, signingKeyPem);
}
