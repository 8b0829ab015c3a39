using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecurityGate.Analyzers.Serialization;

/// <summary>
/// Recognises a Json.NET type-name setting by its source text when Newtonsoft.Json is not referenced (folder mode of
/// <c>securitygate check</c>): an assignment whose target does not bind and is named <c>TypeNameHandling</c> or
/// <c>ItemTypeNameHandling</c>, and whose value is written as <c>TypeNameHandling.Member</c>, optionally qualified.
/// The member names are Json.NET's; any value written otherwise is not judged, because it cannot be read without
/// the library.
/// </summary>
internal static class TypeNameHandlingByName
{
    private static readonly ImmutableHashSet<string> UnsafeMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "Objects", "Arrays", "All", "Auto");

    /// <summary>
    /// Returns the setting's name and its value as the build reports it (<c>TypeNameHandling.Auto</c>), or null when
    /// the assignment is not an unbound type-name setting to a value other than None.
    /// </summary>
    public static (string Setting, string Value)? Match(IAssignmentOperation assignment, ImmutableHashSet<string> settingNames)
    {
        if (assignment.Target is not IInvalidOperation
            || assignment.Syntax is not AssignmentExpressionSyntax syntax
            || LastName(syntax.Left) is not { } setting
            || !settingNames.Contains(setting)
            || syntax.Right is not MemberAccessExpressionSyntax value
            || LastName(value.Expression) != "TypeNameHandling"
            || !UnsafeMembers.Contains(value.Name.Identifier.ValueText))
        {
            return null;
        }

        return (setting, "TypeNameHandling." + value.Name.Identifier.ValueText);
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
