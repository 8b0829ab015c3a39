using System.Reflection;
using SecurityGate.Runtime;

namespace Shop.Settings;

public sealed class MailSettings
{
    public string Host { get; set; } = "";

    public int Port { get; set; }

    public Protected<string>? Password { get; set; }
}

public sealed class Branding
{
    public string Color { get; set; } = "";
}

public static class SafeBinder
{
    public static void SetPassword(MailSettings settings, string password)
        => SecureMember.Set(settings, nameof(MailSettings.Password), password);

    public static void SetHost(MailSettings settings, string host)
        => typeof(MailSettings).GetProperty(nameof(MailSettings.Host))!.SetValue(settings, host);

    public static void SetProtected(MailSettings settings, Protected<string> password)
        => typeof(MailSettings).GetProperty(nameof(MailSettings.Password))!.SetValue(settings, password);

    public static void SetAny(Branding branding, PropertyInfo property, object value)
        => property.SetValue(branding, value);

    public static void SetDynamic(dynamic settings, int port)
        => settings.Port = port;
}
