using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Sensitivity;

public sealed class ProtectedTests
{
    [Test]
    public void Reveal_ProtectedString_ReturnsValue()
    {
        var protectedValue = new Protected<string>("p@ss");

        Assert.That(protectedValue.Reveal(), Is.EqualTo("p@ss"));
        Assert.That(protectedValue.ToString(), Does.Not.Contain("p@ss"));
    }

    [Test]
    public void Serialize_Protected_WritesPlainValueAndReadsBack()
    {
        var settings = new MailSettings { Host = "smtp", Password = new Protected<string>("p@ss") };

        var json = JsonSerializer.Serialize(settings);
        var read = JsonSerializer.Deserialize<MailSettings>(json);

        Assert.That(json, Does.Contain("\"Password\":\"p@ss\""));
        Assert.That(read!.Password!.Reveal(), Is.EqualTo("p@ss"));
    }

    [Test]
    public async Task SecureCache_TypeWithProtectedMember_IsEncryptedAndRoundTrips()
    {
        using var services = RuntimeServices.Build();
        var cache = services.GetRequiredService<ISecureCache>();
        var key = cache.CreateKeyForTenant("acme", "mail", "settings");

        await cache.SetAsync(key, new MailSettings { Host = "smtp", Password = new Protected<string>("p@ss-in-cache") });
        var stored = await services.GetRequiredService<IDistributedCache>().GetAsync(key.ToString());
        var read = await cache.GetAsync<MailSettings>(key);

        Assert.That(stored![0], Is.EqualTo(1));
        Assert.That(Encoding.UTF8.GetString(stored), Does.Not.Contain("p@ss-in-cache"));
        Assert.That(read!.Password!.Reveal(), Is.EqualTo("p@ss-in-cache"));
    }
}
