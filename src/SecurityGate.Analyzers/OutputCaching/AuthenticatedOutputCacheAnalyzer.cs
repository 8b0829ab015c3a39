using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.OutputCaching;

/// <summary>
/// CSG041: ASP.NET Core output caching of a response that requires authorization, without varying the cached output
/// by tenant or user (<see cref="TenantVaryRules"/>). Recognised: an endpoint chain with both <c>CacheOutput(...)</c>
/// and <c>RequireAuthorization(...)</c> whose policy lambda excludes the default policy
/// (<c>excludeDefaultPolicy: true</c>) or adds a policy of its own (<c>AddPolicy</c>), and does not vary. The default
/// policy alone never caches authenticated requests, so it is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AuthenticatedOutputCacheAnalyzer : DiagnosticAnalyzer
{
    private const string PolicyBuilderName = "Microsoft.AspNetCore.OutputCaching.OutputCachePolicyBuilder";

    private const string CacheOutputExtensionsName = "Microsoft.Extensions.DependencyInjection.OutputCacheConventionBuilderExtensions";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AuthenticatedOutputCache);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(PolicyBuilderName) is null)
            {
                return;
            }

            new OperationTreeScan()
                .On(
                    OperationKind.Invocation,
                    operation => ((IInvocationOperation)operation).TargetMethod.Name == "CacheOutput",
                    (operation, scope) => AnalyzeCacheOutput((IInvocationOperation)operation, scope.Batch))
                .Register(start);
        });
    }

    private static void AnalyzeCacheOutput(IInvocationOperation invocation, FindingBatch batch)
    {
        if (invocation.TargetMethod.Name != "CacheOutput" || invocation.TargetMethod.ContainingType.ToDisplayString() != CacheOutputExtensionsName)
        {
            return;
        }

        var chain = FluentChain(invocation).Select(call => call.TargetMethod.Name).ToList();
        if (!chain.Contains("RequireAuthorization") || chain.Contains("AllowAnonymous"))
        {
            return;
        }

        // The endpoint builder is the first argument of the extension method; the rest is the policy.
        var policy = invocation.Arguments.Skip(1).Where(argument => argument.ArgumentKind != ArgumentKind.DefaultValue).ToList();
        var excludesDefaultPolicy = policy.Any(argument => argument.Parameter?.Name == "excludeDefaultPolicy" && argument.Value.ConstantValue is { HasValue: true, Value: true });
        var addsPolicy = policy.Any(argument => argument.Value.DescendantsAndSelf().OfType<IInvocationOperation>().Any(IsAddPolicy));

        // The default policy does not cache a request that is authenticated or carries an Authorization header, so
        // only a policy without it, or with a policy of the application's own, can cache an authenticated response.
        // NOTE: named policies and IOutputCachePolicy objects are defined elsewhere and are not followed.
        if ((!excludesDefaultPolicy && !addsPolicy) || policy.Any(argument => TenantVaryRules.Varies(argument.Value)))
        {
            return;
        }

        // A fluent chain starts at app.MapGet, so the finding points at the CacheOutput name itself.
        var location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }
            ? member.Name.GetLocation()
            : invocation.Syntax.GetLocation();
        batch.Add(Descriptors.AuthenticatedOutputCache, location, "CacheOutput", "CacheOutput(...)");
    }

    private static bool IsAddPolicy(IInvocationOperation call)
        => call.TargetMethod.Name == "AddPolicy" && call.TargetMethod.ContainingType.ToDisplayString() == PolicyBuilderName;

    /// <summary>Returns the calls of a fluent chain through <paramref name="call"/>: its receivers and the calls made on its result.</summary>
    private static IEnumerable<IInvocationOperation> FluentChain(IInvocationOperation call)
    {
        for (var inner = (IOperation?)call; inner is IInvocationOperation current; inner = Receiver(current))
        {
            yield return current;
        }

        for (var outer = call.Parent; outer is not null; outer = outer.Parent)
        {
            if (outer is IInvocationOperation invocation)
            {
                yield return invocation;
            }
            else if (outer is not (IArgumentOperation or IConversionOperation))
            {
                yield break;
            }
        }
    }

    private static IOperation? Receiver(IInvocationOperation call)
    {
        var receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver;
    }
}
