using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.Serialization;

/// <summary>
/// CSG023: a cache registration that configures a serializer which creates the types a cached payload names. A
/// registration is a call whose name starts with <c>Add</c>, <c>With</c> or <c>Use</c> on a cache builder of
/// <see cref="RegistrationReceiverNames"/>, or on <c>IServiceCollection</c> when its name contains <c>Cach</c>
/// (<c>AddHybridCache</c>, <c>AddEasyCaching</c>). It is reported when an argument, or the value a
/// local argument was assigned in the same member, sets Json.NET <c>TypeNameHandling</c> to a constant other than
/// None (in an object initializer, in a configure lambda, or in the settings passed to a serializer's constructor),
/// creates an insecure formatter, or creates a serializer class of <see cref="InsecureSerializerTypes"/>; when a
/// type argument is such a class (<c>AddSerializer&lt;Order, LegacySerializer&gt;()</c>); and for EasyCaching's
/// <c>WithBinary</c>, its BinaryFormatter serializer. One finding per registration call, on the call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CacheSerializerRegistrationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The types whose Add, With and Use calls register caches and their serializers.</summary>
    internal static readonly ImmutableArray<string> RegistrationReceiverNames = ImmutableArray.Create(
        "Microsoft.Extensions.DependencyInjection.IServiceCollection",
        "Microsoft.Extensions.Caching.Hybrid.IHybridCacheBuilder",
        "ZiggyCreatures.Caching.Fusion.IFusionCacheBuilder",
        "EasyCaching.Core.Configurations.EasyCachingOptions");

    private const string EasyCachingBinaryRegistration = "WithBinary";

    private static readonly ImmutableHashSet<string> SettingNames = ImmutableHashSet.Create("TypeNameHandling", "ItemTypeNameHandling");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InsecureCacheSerializer);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var receivers = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in RegistrationReceiverNames)
        {
            if (start.Compilation.GetTypeByMetadataName(name) is { } type)
            {
                receivers.Add(type);
            }
        }

        if (receivers.Count == 0)
        {
            return;
        }

        var formatters = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in InsecureFormatterAnalyzer.FormatterTypeNames)
        {
            if (start.Compilation.GetTypeByMetadataName(name) is { } type)
            {
                formatters.Add(type);
            }
        }

        var check = new SerializerCheck(
            receivers, formatters, start.Compilation.GetTypeByMetadataName("Newtonsoft.Json.TypeNameHandling"), new InsecureSerializerTypes());
        new OperationTreeScan()
            .On(
                OperationKind.Invocation,
                operation => SerializerCheck.IsRegistrationName(((IInvocationOperation)operation).TargetMethod.Name),
                (operation, scope) => check.Analyze((IInvocationOperation)operation, scope.Locals, scope.Batch))
            .Register(start);
    }

    private sealed class SerializerCheck
    {
        private readonly HashSet<INamedTypeSymbol> receivers;
        private readonly HashSet<INamedTypeSymbol> formatters;
        private readonly INamedTypeSymbol? typeNameHandling;
        private readonly InsecureSerializerTypes serializerTypes;

        public SerializerCheck(HashSet<INamedTypeSymbol> receivers, HashSet<INamedTypeSymbol> formatters, INamedTypeSymbol? typeNameHandling, InsecureSerializerTypes serializerTypes)
        {
            this.receivers = receivers;
            this.formatters = formatters;
            this.typeNameHandling = typeNameHandling;
            this.serializerTypes = serializerTypes;
        }

        public void Analyze(IInvocationOperation invocation, LocalAssignmentsCache locals, FindingBatch batch)
        {
            var method = invocation.TargetMethod;

            // Cheap filters first: almost no call in a compilation is named like a registration.
            if (!IsRegistrationName(method.Name) || FindRegistrationReceiver(invocation) is not { } receiver)
            {
                return;
            }

            // IServiceCollection registers everything, so only its cache registrations count (AddHybridCache,
            // AddStackExchangeRedisCache, an in-house AddTenantCache, AddEasyCaching), not AddSingleton(settings).
            if (receiver.Name == "IServiceCollection" && method.Name.IndexOf("Cach", StringComparison.Ordinal) < 0)
            {
                return;
            }

            var reason = method.Name == EasyCachingBinaryRegistration ? "BinaryFormatter" : FindInTypeArguments(method) ?? FindInArguments(invocation, locals);
            if (reason is null)
            {
                return;
            }

            var location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                ? access.Name.GetLocation()
                : invocation.Syntax.GetLocation();
            batch.Add(Descriptors.InsecureCacheSerializer, location, method.Name + "|" + reason, method.Name, reason);
        }

        public static bool IsRegistrationName(string name)
            => name.StartsWith("Add", StringComparison.Ordinal) || name.StartsWith("With", StringComparison.Ordinal) || name.StartsWith("Use", StringComparison.Ordinal);

        /// <summary>Returns the registration receiver type that the call's receiver is or implements, or null.</summary>
        /// <remarks>An extension method call has no instance in IOperation, because its receiver is the first argument.</remarks>
        private INamedTypeSymbol? FindRegistrationReceiver(IInvocationOperation invocation)
        {
            var receiverType = invocation.Instance?.Type
                ?? (invocation.TargetMethod.IsExtensionMethod && invocation.TargetMethod.Parameters.Length > 0 ? invocation.TargetMethod.Parameters[0].Type : null);
            if (receiverType is not INamedTypeSymbol named)
            {
                return null;
            }

            if (receivers.Contains(named.OriginalDefinition))
            {
                return named.OriginalDefinition;
            }

            foreach (var implemented in named.AllInterfaces)
            {
                if (receivers.Contains(implemented.OriginalDefinition))
                {
                    return implemented.OriginalDefinition;
                }
            }

            return null;
        }

        private string? FindInTypeArguments(IMethodSymbol method)
        {
            foreach (var typeArgument in method.TypeArguments)
            {
                if (serializerTypes.Find(typeArgument) is { } reason)
                {
                    return typeArgument.Name + " (" + reason + ")";
                }
            }

            return null;
        }

        private string? FindInArguments(IInvocationOperation invocation, LocalAssignmentsCache locals)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { Ordinal: 0 } && invocation.TargetMethod.IsExtensionMethod)
                {
                    continue;
                }

                if (Find(argument.Value, locals, followLocals: true) is { } reason)
                {
                    return reason;
                }
            }

            return null;
        }

        /// <summary>
        /// Returns what in <paramref name="value"/> makes the serializer insecure, looking into object creations,
        /// initializers and lambdas, and into the values assigned to a local that it reads (one level deep).
        /// </summary>
        private string? Find(IOperation value, LocalAssignmentsCache locals, bool followLocals)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                var reason = operation switch
                {
                    ISimpleAssignmentOperation assignment => TypeNameSetting(assignment),
                    IObjectCreationOperation creation => CreatedSerializer(creation),
                    ILocalReferenceOperation local when followLocals => AssignedToLocal(local, locals),
                    _ => null,
                };
                if (reason is not null)
                {
                    return reason;
                }
            }

            return null;
        }

        private string? AssignedToLocal(ILocalReferenceOperation local, LocalAssignmentsCache locals)
        {
            foreach (var written in locals.For(local).WrittenValues(local.Local))
            {
                if (written is not null && Find(written, locals, followLocals: false) is { } reason)
                {
                    return reason;
                }
            }

            return null;
        }

        private string? TypeNameSetting(ISimpleAssignmentOperation assignment)
        {
            if (typeNameHandling is null
                || assignment.Target is not IPropertyReferenceOperation { Property: var property }
                || !SettingNames.Contains(property.Name)
                || !SymbolEqualityComparer.Default.Equals(property.Type, typeNameHandling)
                || assignment.Value.ConstantValue is not { HasValue: true, Value: { } constant })
            {
                return null;
            }

            return Convert.ToInt64(constant, CultureInfo.InvariantCulture) == 0
                ? null
                : property.Name + " = " + EnumValueText.Format(typeNameHandling, constant);
        }

        private string? CreatedSerializer(IObjectCreationOperation creation)
        {
            if (creation.Type is not INamedTypeSymbol type)
            {
                return null;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (formatters.Contains(current.OriginalDefinition))
                {
                    return current.Name;
                }
            }

            return serializerTypes.Find(type) is { } reason ? type.Name + " (" + reason + ")" : null;
        }
    }
}
