using System;
using System.Linq;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Members;

public sealed class SecureMemberTests
{
    [Test]
    public void Set_PlainMember_Writes()
    {
        var settings = new MailSettings();

        SecureMember.Set(settings, nameof(MailSettings.Host), "smtp.example.test");
        SecureMember.Set(settings, nameof(MailSettings.Port), 587);

        Assert.That(settings.Host, Is.EqualTo("smtp.example.test"));
        Assert.That(settings.Port, Is.EqualTo(587));
    }

    [Test]
    public void Set_PlaintextIntoSensitiveStringMember_IsRejected()
    {
        var settings = new MailSettings();

        var exception = Assert.Throws<SensitiveWriteRejectedException>(() => SecureMember.Set(settings, nameof(MailSettings.ApiKey), "plain-key"));

        Assert.That(exception!.Message, Is.EqualTo(
            "SecureMember.Set rejected a plaintext write to the sensitive member MailSettings.ApiKey (String): " +
            "a sensitive member must hold Protected<T>. Change its type to Protected<String>; SecureMember then encrypts the value on the way in."));
        Assert.That(settings.ApiKey, Is.Null);
    }

    [Test]
    public void Set_PrivateSensitiveField_IsRejected()
    {
        Assert.Throws<SensitiveWriteRejectedException>(() => SecureMember.Set(new MailSettings(), "sessionToken", "abc"));
    }

    [Test]
    public void Set_AttributeMarkedMember_IsRejected()
    {
        Assert.Throws<SensitiveWriteRejectedException>(() => SecureMember.Set(new Customer(), nameof(Customer.Iban), "DE00"));
    }

    [Test]
    public void Set_PlainValueIntoProtectedMember_WrapsIt()
    {
        var settings = new MailSettings();

        SecureMember.Set(settings, nameof(MailSettings.Password), "p@ss");

        Assert.That(settings.Password, Is.Not.Null);
        Assert.That(settings.Password!.Reveal(), Is.EqualTo("p@ss"));
        Assert.That(settings.Password.ToString(), Is.EqualTo("Protected<String>(***)"));
    }

    [Test]
    public void Set_ProtectedValueIntoProtectedMember_Writes()
    {
        var settings = new MailSettings();
        var password = new Protected<string>("p@ss");

        SecureMember.Set(settings, nameof(MailSettings.Password), password);

        Assert.That(settings.Password, Is.SameAs(password));
    }

    [Test]
    public void Set_UnknownMember_ThrowsNamingIt()
    {
        var exception = Assert.Throws<ArgumentException>(() => SecureMember.Set(new MailSettings(), "Hots", "x"));

        Assert.That(exception!.Message, Does.StartWith("Type MailSettings has no writable instance property or field named 'Hots'."));
    }

    [Test]
    public void Set_ReadOnlyProperty_Throws()
    {
        Assert.Throws<ArgumentException>(() => SecureMember.Set(new MailSettings(), nameof(MailSettings.SessionTokenPreview), "x"));
    }

    [Test]
    public void Set_WrongValueType_ThrowsNamingTypes()
    {
        var exception = Assert.Throws<ArgumentException>(() => SecureMember.Set(new MailSettings(), nameof(MailSettings.Port), "587"));

        Assert.That(exception!.Message, Does.StartWith("SecureMember cannot write a value of type String to MailSettings.Port, which is of type Int32."));
    }

    [Test]
    public void Set_NullIntoValueTypeMember_Throws()
    {
        Assert.Throws<ArgumentException>(() => SecureMember.Set(new MailSettings(), nameof(MailSettings.Port), null));
    }

    [Test]
    public void Set_ManyWrites_ReusesCompiledSetter()
    {
        var settings = new MailSettings();

        foreach (var port in Enumerable.Range(1, 100))
        {
            SecureMember.Set(settings, nameof(MailSettings.Port), port);
        }

        Assert.That(settings.Port, Is.EqualTo(100));
    }

    [Test]
    public void Set_RejectedWrite_LogsEventWithoutValue()
    {
        using var logs = new CapturingLoggerProvider();
        var previous = SecureMember.Logger;
        SecureMember.Logger = logs.CreateLogger("SecurityGate.Runtime");
        try
        {
            Assert.Throws<SensitiveWriteRejectedException>(() => SecureMember.Set(new ApiCredentials(), nameof(ApiCredentials.ClientSecret), "plain-secret-value"));
        }
        finally
        {
            SecureMember.Logger = previous;
        }

        var entry = logs.WithEvent(9).Single();
        Assert.That(entry.Message, Is.EqualTo("Rejected a plaintext write to the sensitive member ApiCredentials.ClientSecret"));
        Assert.That(entry.Message, Does.Not.Contain("plain-secret-value"));
    }
}
