using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecurityGate.Conventions;

namespace SecurityGate.CodeFixes;

/// <summary>
/// Judges a key hole by the name of its value, from the syntax alone and by the same names as the key rules:
/// <c>tenantId</c>, <c>tenant.Id</c> and <c>GetTenantId()</c> are tenants, <c>refreshToken</c> and <c>email</c> are sensitive.
/// </summary>
internal static class HoleNames
{
    /// <summary>Member names that identify their receiver, so <c>tenant.Id</c> is as good as <c>tenantId</c>.</summary>
    private static readonly string[] IdentifyingMemberNames = { "Id", "Key", "Code", "Name", "Value" };

    /// <summary>String methods that keep the text's identity: <c>tenantId.ToLowerInvariant()</c> is still the tenant.</summary>
    private static readonly string[] TextKeepingMethodNames = { "ToString", "ToLower", "ToLowerInvariant", "ToUpper", "ToUpperInvariant", "Trim" };

    /// <summary>True when the hole's value is named as a tenant identifier by default or by <paramref name="extraNames"/>.</summary>
    public static bool IsTenant(ExpressionSyntax hole, IReadOnlyList<string> extraNames)
    {
        var value = Unwrap(hole);
        if (value is MemberAccessExpressionSyntax member
            && IsIdentifyingMember(member.Name.Identifier.ValueText)
            && NameOf(Unwrap(member.Expression)) is { } receiver
            && TenantIdentifiers.IsTenantIdentifier(receiver, extraNames))
        {
            return true;
        }

        var name = NameOf(value);
        if (name is null)
        {
            return false;
        }

        var hasGetPrefix = value is InvocationExpressionSyntax && name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]);
        return TenantIdentifiers.IsTenantIdentifier(name, extraNames) || (hasGetPrefix && TenantIdentifiers.IsTenantIdentifier(name.Substring(3), extraNames));
    }

    /// <summary>
    /// True when the hole's value is named as a secret (with <paramref name="extraFragments"/>) or as a personal
    /// identifier, and not as a value that is already hashed (<c>refreshTokenHash</c>).
    /// </summary>
    public static bool IsSensitive(ExpressionSyntax hole, IReadOnlyList<string> extraFragments)
    {
        var value = Unwrap(hole);
        var name = value is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } member ? NameOf(Unwrap(member.Expression)) : NameOf(value);
        if (name is null || SensitiveDataMarkers.IsHashedName(name))
        {
            return false;
        }

        return SensitiveDataMarkers.IsSensitiveName(name, extraFragments) || SensitiveDataMarkers.IsPersonalIdentifierName(name);
    }

    /// <summary>Looks through parentheses and the text-keeping calls of <see cref="TextKeepingMethodNames"/>.</summary>
    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        var current = expression;
        while (true)
        {
            switch (current)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized.Expression;
                    continue;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments.Count: 0 }
                    when Array.IndexOf(TextKeepingMethodNames, access.Name.Identifier.ValueText) >= 0:
                    current = access.Expression;
                    continue;
                default:
                    return current;
            }
        }
    }

    /// <summary>Returns the name of the variable, member or method that gives the value, or null.</summary>
    private static string? NameOf(ExpressionSyntax value) => value switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax method } => method.Identifier.ValueText,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax method } => method.Name.Identifier.ValueText,
        _ => null,
    };

    // Id, Key, Code, Name, Value, or any name ending in Id (tenant.ShopId): such a member identifies its receiver.
    private static bool IsIdentifyingMember(string name)
        => Array.IndexOf(IdentifyingMemberNames, name) >= 0 || (name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal));
}
