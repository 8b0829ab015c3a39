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
/// CSG031: an assignment to a member of a <c>dynamic</c> value (<c>d.Password = x</c>) whose name marks a secret,
/// or, when the value was converted to <c>dynamic</c> from a known type in the same expression, whose member on that
/// type is sensitive by its markers. A <c>Protected&lt;T&gt;</c> value is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DynamicMemberWriteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DynamicMemberWrite);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var tracer = SensitiveValueTracer.Create(start.Compilation, start.Options);
            Func<IOperation, bool> isDynamicWrite = operation => ((IAssignmentOperation)operation).Target is IDynamicMemberReferenceOperation;
            Action<IOperation, OperationTreeScope> check = (operation, scope) => AnalyzeAssignment((IAssignmentOperation)operation, tracer, scope.Batch);
            new OperationTreeScan()
                .On(OperationKind.SimpleAssignment, isDynamicWrite, check)
                .On(OperationKind.CompoundAssignment, isDynamicWrite, check)
                .Register(start);
        });
    }

    private static void AnalyzeAssignment(IAssignmentOperation assignment, SensitiveValueTracer tracer, FindingBatch batch)
    {
        if (assignment.Target is not IDynamicMemberReferenceOperation target || tracer.IsProtectedValue(assignment.Value))
        {
            return;
        }

        // A true or false (`model.HasSecret = ...`) carries no secret, however the member is named.
        if (assignment.Value.Type?.SpecialType == SpecialType.System_Boolean)
        {
            return;
        }

        // `((dynamic)settings).Password = x`: the conversion shows the real type.
        var knownType = (target.Instance as IConversionOperation)?.Operand.Type;
        var path = tracer.SensitiveMemberNamed(knownType, target.MemberName, assignment.Syntax.SyntaxTree);
        if (path is not null)
        {
            batch.Add(Descriptors.DynamicMemberWrite, target.Syntax.GetLocation(), "dynamic|" + path, path);
        }
    }
}
