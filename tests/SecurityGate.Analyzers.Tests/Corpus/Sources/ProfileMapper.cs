using System;
using System.Collections.Generic;
using System.Dynamic;
using System.Reflection;
using SecurityGate.Runtime;

namespace Contoso.Admin;

public sealed class AddressDto
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string Country { get; set; } = "";
}

public sealed class Address
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string Country { get; set; } = "";
}

public sealed class ServiceAccount
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string Password { get; set; } = "";

    private string clientSecret = "";

    public string MaskedSecret => clientSecret.Length == 0 ? "" : "****";
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public Protected<string>? Password { get; set; }
}

/// <summary>
/// Copies admin form values onto domain objects by property name, and applies key-value overrides from the
/// admin console's import files.
/// </summary>
public static class ProfileMapper
{
    // Clean: reflection over a type without sensitive members, and the result is never cached.
    public static Address CopyAddress(AddressDto source)
    {
        var target = new Address();
        foreach (var property in typeof(AddressDto).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var destination = typeof(Address).GetProperty(property.Name);
            destination?.SetValue(target, property.GetValue(source));
        }

        return target;
    }

    public static void ApplyAddressOverrides(Address address, IReadOnlyDictionary<string, string> overrides)
    {
        foreach (var pair in overrides)
        {
            var property = typeof(Address).GetProperty(pair.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
            {
                throw new ArgumentException($"Address has no writable property '{pair.Key}'.", nameof(overrides));
            }

            property.SetValue(address, pair.Value);
        }
    }

    // Wrong: the import writes a plaintext password into the account.
    public static void ImportPassword(ServiceAccount account, string password)
        => typeof(ServiceAccount).GetProperty(nameof(ServiceAccount.Password))!.SetValue(account, password); // expect: CSG030

    // Wrong: the private secret field is written directly, past any validation.
    public static void ImportClientSecret(ServiceAccount account, string clientSecret)
    {
        var field = typeof(ServiceAccount).GetField("clientSecret", BindingFlags.NonPublic | BindingFlags.Instance)!;
        field.SetValue(account, clientSecret); // expect: CSG030
    }

    // Wrong: a generic override loop over a type with a password member writes whatever member the file names.
    public static void ApplyAccountOverrides(ServiceAccount account, IReadOnlyDictionary<string, string> overrides)
    {
        foreach (var pair in overrides)
        {
            var property = typeof(ServiceAccount).GetProperty(pair.Key);
            property?.SetValue(account, pair.Value); // expect: CSG030
        }
    }

    // Clean: SecureMember.Set accepts the secret only as Protected<string>.
    public static void ImportSmtpPassword(SmtpOptions options, string password)
        => SecureMember.Set(options, nameof(SmtpOptions.Password), new Protected<string>(password));

    public static void SetPort(SmtpOptions options, int port)
        => typeof(SmtpOptions).GetProperty(nameof(SmtpOptions.Port))!.SetValue(options, port);

    // Clean: a dynamic view model for the admin page, with no sensitive member.
    public static dynamic ToViewModel(ServiceAccount account)
    {
        dynamic model = new ExpandoObject();
        model.Name = account.Name;
        model.Description = account.Description;
        model.HasSecret = account.MaskedSecret.Length > 0;
        return model;
    }

    // Wrong: a dynamic target hides the password write from the compiler.
    public static void ApplyDynamic(dynamic target, string password)
        => target.Password = password; // expect: CSG031

    public static void ApplyToAccount(ServiceAccount account, string token)
    {
        dynamic view = account;
        view.Description = "rotated";
        view.Password = token; // expect: CSG031
    }

    public static void ApplyApiToken(object integration, string apiToken)
        => ((dynamic)integration).AccessToken = apiToken; // expect: CSG031
}
