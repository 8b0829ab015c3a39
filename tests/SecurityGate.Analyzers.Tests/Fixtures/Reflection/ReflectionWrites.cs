using System;
using System.Linq.Expressions;
using System.Reflection;
using SecurityGate.Runtime;

namespace Shop.Settings;

public sealed class MailSettings
{
    public string Host { get; set; } = "";

    public string Password { get; set; } = "";

    [Sensitive]
    public string? Iban { get; set; }

    public Protected<string>? ApiKey { get; set; }
}

public static class SettingsBinder
{
    public static void SetPassword(MailSettings settings, string value)
        => typeof(MailSettings).GetProperty("Password")!.SetValue(settings, value);

    public static void SetIban(MailSettings settings, string value)
    {
        var property = settings.GetType().GetProperty(nameof(MailSettings.Iban));
        property!.SetValue(settings, value);
    }

    public static void SetAny(MailSettings settings, PropertyInfo property, object value)
        => property.SetValue(settings, value);

    public static void SetByInvoke(MailSettings settings, string value)
        => typeof(MailSettings).InvokeMember("Password", BindingFlags.SetProperty | BindingFlags.Public | BindingFlags.Instance, null, settings, new object[] { value });

    public static Action<MailSettings, string> CompileSetter()
    {
        var target = Expression.Parameter(typeof(MailSettings), "target");
        var value = Expression.Parameter(typeof(string), "value");
        var assign = Expression.Assign(Expression.Property(target, "Password"), value);
        return Expression.Lambda<Action<MailSettings, string>>(assign, target, value).Compile();
    }

    public static void SetDynamic(dynamic settings, string token)
        => settings.AccessToken = token;

    public static void SetKnownDynamic(MailSettings settings, string value)
        => ((dynamic)settings).Iban = value;
}
