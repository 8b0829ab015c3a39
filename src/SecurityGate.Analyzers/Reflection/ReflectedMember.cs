using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.Reflection;

/// <summary>
/// The member a reflection object stands for, as far as the source shows it: the type from <c>typeof(T)</c> or
/// <c>x.GetType()</c> (the static type of <c>x</c>), and the name when it is a constant (<c>"Password"</c>,
/// <c>nameof(Settings.Password)</c>). Either may be unknown.
/// </summary>
internal readonly struct ReflectedMember
{
    /// <summary>How many locals are followed back to the <c>GetProperty</c> call.</summary>
    private const int MaxLocalDepth = 4;

    public ReflectedMember(ITypeSymbol? type, string? name)
    {
        Type = type;
        Name = name;
    }

    public ITypeSymbol? Type { get; }

    public string? Name { get; }

    /// <summary>
    /// Resolves a <c>PropertyInfo</c>, <c>FieldInfo</c> or <c>MemberInfo</c> expression made by
    /// <c>GetProperty</c>, <c>GetField</c> or <c>GetMember</c>, directly or through a local assigned once.
    /// </summary>
    public static ReflectedMember FromMemberInfo(IOperation? operation, LocalAssignmentsCache locals)
    {
        if (FollowLocals(operation, locals) is IInvocationOperation { TargetMethod.Name: "GetProperty" or "GetField" or "GetMember" } lookup
            && lookup.TargetMethod.ContainingType.ToDisplayString() == "System.Type"
            && lookup.Arguments.Length > 0)
        {
            return new ReflectedMember(TypeOf(lookup.Instance), ConstantName(lookup.Arguments[0].Value));
        }

        return default;
    }

    /// <summary>Returns the value under conversions, following locals assigned once back to their initializer.</summary>
    public static IOperation? FollowLocals(IOperation? operation, LocalAssignmentsCache locals)
    {
        var current = operation?.WithoutConversions();
        for (var depth = 0; depth < MaxLocalDepth && current is ILocalReferenceOperation local; depth++)
        {
            current = locals.For(local).SingleAssignedValue(local.Local)?.WithoutConversions();
        }

        return current;
    }

    /// <summary>Returns the type a <c>Type</c> expression denotes: <c>typeof(T)</c>, or <c>x.GetType()</c> as the static type of <c>x</c>.</summary>
    public static ITypeSymbol? TypeOf(IOperation? typeExpression) => typeExpression?.WithoutConversions() switch
    {
        ITypeOfOperation typeOf => typeOf.TypeOperand,
        IInvocationOperation { TargetMethod.Name: "GetType", Arguments.Length: 0, Instance: { } instance } => instance.WithoutConversions().Type,
        _ => null,
    };

    /// <summary>Returns the value of a constant string expression (a literal, a <c>const</c> or <c>nameof</c>), or null.</summary>
    public static string? ConstantName(IOperation value)
        => value.ConstantValue is { HasValue: true, Value: string name } ? name : null;
}
