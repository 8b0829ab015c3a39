using System;
using System.Collections.Generic;
using System.Linq;

namespace SecurityGate.Conventions;

/// <summary>
/// What marks data as sensitive: member and local names, attributes, and value patterns.
/// Names are compared after <see cref="NormalizeName"/>, so <c>ApiKey</c>, <c>api_key</c> and <c>API-KEY</c> match alike.
/// </summary>
public static class SensitiveDataMarkers
{
    /// <summary>Normalized name fragments that mark a member or local as sensitive when the name contains one.</summary>
    public static IReadOnlyList<string> NameFragments { get; } = new[]
    {
        "password", "passwd", "passphrase", "pwd",
        "secret", "clientsecret",
        "token", "accesstoken", "refreshtoken", "bearer", "idtoken",
        "apikey", "subscriptionkey", "accesskey",
        "privatekey", "signingkey", "encryptionkey",
        "connectionstring", "connstr",
        "credential", "credentials",
    };

    /// <summary>
    /// Normalized names that contain a fragment but are not sensitive themselves
    /// (counts, expiry times and type names of tokens, for example).
    /// </summary>
    public static IReadOnlyList<string> NameExceptions { get; } = new[]
    {
        "tokentype", "tokencount", "tokenexpiry", "tokenexpiresat", "tokenexpiration", "tokenlifetime",
        "passwordpolicy", "passwordlength", "passwordexpiry", "passwordchangedat", "passwordresetrequired",
        "secretname", "secretversion", "credentialtype", "cancellationtoken", "continuationtoken", "pagetoken",
    };

    /// <summary>
    /// Normalized names of personal identifiers: values that name one person and so must not appear in
    /// readable text such as cache keys. A name matches when it equals one of these or ends with one
    /// (<c>customerEmail</c>), so a derived name such as <c>emailHash</c> does not match. This list is separate
    /// from <see cref="NameFragments"/> because <c>ssn</c> inside a word (<c>classname</c>) is no identifier.
    /// </summary>
    public static IReadOnlyList<string> PersonalIdentifierNames { get; } = new[]
    {
        "email", "emailaddress", "phone", "phonenumber", "mobilenumber", "ssn", "socialsecuritynumber",
        "taxid", "passportnumber", "iban",
    };

    /// <summary>
    /// The <c>.editorconfig</c> key that adds sensitive name fragments to <see cref="NameFragments"/>:
    /// a comma-separated list, for example <c>cache_security.sensitive_names = pin, otp</c>.
    /// </summary>
    public const string EditorConfigKey = "cache_security.sensitive_names";

    /// <summary>
    /// The <c>.editorconfig</c> key that lists the project's own encryption methods by full name, for example
    /// <c>cache_security.encryptor_methods = Shop.Crypto.Encrypt</c>. A value returned by one counts as protected.
    /// </summary>
    public const string EncryptorMethodsEditorConfigKey = "cache_security.encryptor_methods";

    /// <summary>Normalized name endings of a value that is already a hash (<c>emailHash</c>, <c>tokenHashed</c>).</summary>
    public static IReadOnlyList<string> HashedNameSuffixes { get; } = new[] { "hash", "hashed" };

    /// <summary>Full names of attributes that mark a member as sensitive or personal data.</summary>
    public static IReadOnlyList<string> AttributeNames { get; } = new[]
    {
        "SecurityGate.Runtime.SensitiveAttribute",
        "Microsoft.AspNetCore.Identity.PersonalDataAttribute",
        "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute",
    };

    /// <summary>
    /// Full names of attribute base types whose subclasses mark sensitive data
    /// (Microsoft.Extensions.Compliance data classification attributes).
    /// </summary>
    public static IReadOnlyList<string> AttributeBaseTypeNames { get; } = new[]
    {
        "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute",
    };

    /// <summary>
    /// Lower-cases a name and removes <c>_</c>, <c>-</c> and <c>.</c>, and a leading <c>@</c> or <c>m_</c> prefix.
    /// </summary>
    public static string NormalizeName(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var trimmed = name.StartsWith("m_", StringComparison.Ordinal) ? name.Substring(2) : name.TrimStart('@');
        var characters = trimmed.Where(character => character != '_' && character != '-' && character != '.')
            .Select(char.ToLowerInvariant)
            .ToArray();
        return new string(characters);
    }

    /// <summary>
    /// Returns true when the name marks sensitive data: it contains one of <see cref="NameFragments"/>
    /// or <paramref name="extraFragments"/> and is not one of <see cref="NameExceptions"/>.
    /// </summary>
    public static bool IsSensitiveName(string name, IEnumerable<string>? extraFragments = null)
    {
        var normalized = NormalizeName(name);
        if (normalized.Length == 0 || NameExceptions.Contains(normalized, StringComparer.Ordinal) || IsIdentifierName(normalized))
        {
            return false;
        }

        var fragments = extraFragments is null ? NameFragments : NameFragments.Concat(extraFragments.Select(NormalizeName));
        return fragments.Any(fragment => fragment.Length > 0 && normalized.Contains(fragment));
    }

    // A normalized name ending in "id" or "ids" names the identifier of a secret (tokenId, passwordResetRequestId),
    // not the secret itself.
    private static bool IsIdentifierName(string normalized) =>
        normalized.EndsWith("id", StringComparison.Ordinal) || normalized.EndsWith("ids", StringComparison.Ordinal);

    /// <summary>
    /// Returns true when the name is a personal identifier: after <see cref="NormalizeName"/> it equals or
    /// ends with one of <see cref="PersonalIdentifierNames"/>.
    /// </summary>
    public static bool IsPersonalIdentifierName(string name)
    {
        var normalized = NormalizeName(name);
        return normalized.Length > 0
            && PersonalIdentifierNames.Any(identifier => normalized.EndsWith(identifier, StringComparison.Ordinal));
    }

    /// <summary>
    /// Returns true when the name marks a value that is already hashed: after <see cref="NormalizeName"/> it ends
    /// with one of <see cref="HashedNameSuffixes"/> (<c>refreshTokenHash</c>).
    /// </summary>
    public static bool IsHashedName(string name)
    {
        var normalized = NormalizeName(name);
        return HashedNameSuffixes.Any(suffix => normalized.EndsWith(suffix, StringComparison.Ordinal));
    }
}
