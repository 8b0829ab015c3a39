using System.Text;
using NUnit.Framework;

namespace SecurityGate.Runtime.Tests.Sensitivity;

public sealed class SensitiveValueDetectorTests
{
    [TestCase("{\"t\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2ln\"}", "JSON Web Token")]
    [TestCase("{\"k\":\"-----BEGIN PRIVATE KEY-----\\nMIIE\"}", "PEM private key")]
    [TestCase("{\"k\":\"-----BEGIN RSA PRIVATE KEY-----\"}", "PEM private key")]
    [TestCase("{\"c\":\"Server=db;User Id=app;Password=hunter2;\"}", "connection string with a password")]
    [TestCase("{\"c\":\"Host=db;pwd = x\"}", "connection string with a password")]
    public void FindPattern_SecretInJson_ReturnsPatternName(string json, string expected)
    {
        Assert.That(SensitiveValueDetector.FindPattern(Encoding.UTF8.GetBytes(json)), Is.EqualTo(expected));
    }

    [TestCase("{\"c\":\"Server=db;Integrated Security=true\"}")]
    [TestCase("{\"c\":\"Password=;\"}")]
    [TestCase("{\"k\":\"-----BEGIN PUBLIC KEY-----\"}")]
    [TestCase("{\"note\":\"eyJ alone is not a token\"}")]
    public void FindPattern_NoSecret_ReturnsNull(string json)
    {
        Assert.That(SensitiveValueDetector.FindPattern(Encoding.UTF8.GetBytes(json)), Is.Null);
    }
}
