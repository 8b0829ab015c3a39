using System.Collections.Generic;

namespace SecurityGate.Conventions;

/// <summary>
/// Regular expressions that mark a text value as a secret whatever the name of the member holding it:
/// JSON Web Tokens, PEM private keys and connection strings with a password.
/// They are .NET regular expressions without backtracking constructs, so they also run with
/// <c>RegexOptions.NonBacktracking</c>, and they match inside JSON text, where line breaks are escaped.
/// </summary>
public static class SensitiveValuePatterns
{
    /// <summary>A compact JSON Web Token: three base64url parts whose first two start with <c>eyJ</c> (<c>{"</c> encoded).</summary>
    public const string JsonWebToken = @"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*";

    /// <summary>The PEM header of a private key: PKCS#8, encrypted PKCS#8, RSA, EC, DSA or OpenSSH.</summary>
    public const string PemPrivateKey = @"-----BEGIN (ENCRYPTED |RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----";

    /// <summary>A connection-string pair <c>Password=</c> or <c>Pwd=</c> with a non-empty value, in any letter case.</summary>
    public const string ConnectionStringPassword = @"(?i)(^|[;""\s])(password|pwd)\s*=\s*[^;""\s]";

    /// <summary>All patterns, each with a short name for messages.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } = new[]
    {
        new KeyValuePair<string, string>("JSON Web Token", JsonWebToken),
        new KeyValuePair<string, string>("PEM private key", PemPrivateKey),
        new KeyValuePair<string, string>("connection string with a password", ConnectionStringPassword),
    };
}
