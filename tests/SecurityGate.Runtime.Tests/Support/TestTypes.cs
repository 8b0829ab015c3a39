using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>A value with no sensitive member.</summary>
public sealed record OrderSummary(string OrderId, string Tenant, int Lines);

/// <summary>Sensitive by member name.</summary>
public sealed class ApiCredentials
{
    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;
}

/// <summary>Sensitive by the runtime's attribute on a member with a neutral name.</summary>
public sealed class Customer
{
    public string Name { get; set; } = string.Empty;

    [Sensitive]
    public string Iban { get; set; } = string.Empty;
}

/// <summary>Sensitive by the attribute on the type.</summary>
[Sensitive]
public sealed class MedicalNote
{
    public string Text { get; set; } = string.Empty;
}

/// <summary>Sensitive through a nested collection element.</summary>
public sealed class Integration
{
    public string Name { get; set; } = string.Empty;

    public List<ApiCredentials> Accounts { get; set; } = new();
}

/// <summary>Not sensitive: names from the exception list.</summary>
public sealed class TokenStatistics
{
    public int TokenCount { get; set; }

    public string TokenType { get; set; } = string.Empty;

    [Range(0, 10)]
    public int Level { get; set; }
}

/// <summary>A settings type whose secret is held as <see cref="Protected{T}"/>.</summary>
public sealed class MailSettings
{
    public string Host { get; set; } = string.Empty;

    public Protected<string>? Password { get; set; }

    public string? ApiKey { get; set; }

    public int Port { get; set; }

    private string? sessionToken;

    public string? SessionTokenPreview => sessionToken is null ? null : "set";

    public void ClearSessionToken() => sessionToken = null;
}

/// <summary>A recursive type, to check that inspection ends.</summary>
public sealed class TreeNode
{
    public string Label { get; set; } = string.Empty;

    public List<TreeNode> Children { get; set; } = new();
}

/// <summary>Workflow state for checkpoint tests.</summary>
public sealed record WorkflowState(string Step, int Counter, List<string> History);
