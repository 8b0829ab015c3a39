using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;
using SecurityGate.Analyzers.SensitiveData;

namespace SecurityGate.Analyzers.Reflection;

/// <summary>
/// CSG030: a reflection write to a sensitive member: <c>PropertyInfo.SetValue</c>, <c>FieldInfo.SetValue</c>,
/// <c>Type.InvokeMember</c> with <c>BindingFlags.SetProperty</c> or <c>SetField</c>, and <c>Expression.Assign</c> to
/// <c>Expression.Property</c>/<c>Field</c>/<c>PropertyOrField</c>. When the member's name is a constant, the member is
/// judged; otherwise the target type is, and any sensitive member of it is reported. A <c>Protected&lt;T&gt;</c> value
/// is not reported, and <c>SecureMember.Set</c> is not a reflection write of this rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionWriteAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The bits of <c>BindingFlags.SetField</c> (0x800) and <c>BindingFlags.SetProperty</c> (0x2000).</summary>
    private const int SetFieldOrPropertyFlags = 0x800 | 0x2000;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ReflectionWrite, Descriptors.ReflectionWriteType);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var tracer = SensitiveValueTracer.Create(start.Compilation, start.Options);
            new OperationTreeScan()
                .On(
                    OperationKind.Invocation,
                    operation => IsWriteName(((IInvocationOperation)operation).TargetMethod.Name),
                    (operation, scope) => AnalyzeInvocation((IInvocationOperation)operation, tracer, scope.Locals, scope.Batch))
                .Register(start);
        });
    }

    // The scan's candidate test: formatting the containing type's name on every call of a compilation would cost
    // more than the rest of the rule.
    private static bool IsWriteName(string methodName) => methodName is "SetValue" or "InvokeMember" or "Assign";

    private static void AnalyzeInvocation(IInvocationOperation invocation, SensitiveValueTracer tracer, LocalAssignmentsCache locals, FindingBatch batch)
    {
        var method = invocation.TargetMethod;

        var typeName = method.ContainingType.ToDisplayString();
        switch (method.Name)
        {
            case "SetValue" when typeName is "System.Reflection.PropertyInfo" or "System.Reflection.FieldInfo" && invocation.Arguments.Length >= 2:
                var member = ReflectedMember.FromMemberInfo(invocation.Instance, locals);
                var targetType = member.Type ?? invocation.Arguments[0].Value.WithoutConversions().Type;
                Check(invocation, method.ContainingType.Name + ".SetValue", targetType, member.Name, invocation.Arguments[1].Value, tracer, batch);
                break;

            case "InvokeMember" when typeName == "System.Type" && invocation.Arguments.Length >= 4 && SetsFieldOrProperty(invocation.Arguments[1].Value):
                var invokedType = ReflectedMember.TypeOf(invocation.Instance) ?? invocation.Arguments[3].Value.WithoutConversions().Type;
                Check(invocation, "Type.InvokeMember", invokedType, ReflectedMember.ConstantName(invocation.Arguments[0].Value), null, tracer, batch);
                break;

            case "Assign" when typeName == "System.Linq.Expressions.Expression" && invocation.Arguments.Length == 2:
                var assigned = AssignedMember(invocation.Arguments[0].Value, locals);
                if (assigned is { } target)
                {
                    Check(invocation, "Expression.Assign", target.Type, target.Name, null, tracer, batch);
                }

                break;
        }
    }

    private static void Check(
        IInvocationOperation invocation, string api, ITypeSymbol? targetType, string? memberName, IOperation? value, SensitiveValueTracer tracer, FindingBatch batch)
    {
        if (value is not null && tracer.IsProtectedValue(value))
        {
            return;
        }

        var tree = invocation.Syntax.SyntaxTree;
        if (memberName is not null)
        {
            var path = tracer.SensitiveMemberNamed(targetType, memberName, tree);
            if (path is not null)
            {
                batch.Add(Descriptors.ReflectionWrite, invocation.Syntax.GetLocation(), api + "|name:" + path, api, path);
            }

            return;
        }

        var memberPath = targetType is null ? null : tracer.FindSensitiveMember(targetType, tree);
        if (memberPath is not null)
        {
            batch.Add(Descriptors.ReflectionWriteType, invocation.Syntax.GetLocation(), api + "|type:" + memberPath, api, memberPath);
        }
    }

    /// <summary>True when the binding flags are a constant with <c>SetField</c> or <c>SetProperty</c>.</summary>
    private static bool SetsFieldOrProperty(IOperation flags)
        => flags.ConstantValue is { HasValue: true, Value: int value } && (value & SetFieldOrPropertyFlags) != 0;

    /// <summary>
    /// Resolves the left side of <c>Expression.Assign</c>: <c>Expression.Property(instance, "Name")</c>, <c>Field</c> or
    /// <c>PropertyOrField</c> with a constant name, or <c>Expression.Property(instance, propertyInfo)</c>. The type
    /// comes from <c>Expression.Parameter(typeof(T))</c> or a <c>PropertyInfo</c> made from <c>typeof(T)</c>.
    /// </summary>
    private static ReflectedMember? AssignedMember(IOperation left, LocalAssignmentsCache locals)
    {
        if (ReflectedMember.FollowLocals(left, locals) is not IInvocationOperation { TargetMethod.Name: "Property" or "Field" or "PropertyOrField" } access
            || access.TargetMethod.ContainingType.ToDisplayString() != "System.Linq.Expressions.Expression"
            || access.Arguments.Length < 2)
        {
            return null;
        }

        var name = ReflectedMember.ConstantName(access.Arguments[1].Value);
        if (name is null)
        {
            return ReflectedMember.FromMemberInfo(access.Arguments[1].Value, locals);
        }

        var instance = ReflectedMember.FollowLocals(access.Arguments[0].Value, locals);
        var type = instance is IInvocationOperation { TargetMethod.Name: "Parameter", Arguments.Length: > 0 } parameter
            ? ReflectedMember.TypeOf(parameter.Arguments[0].Value)
            : null;
        return new ReflectedMember(type, name);
    }
}
