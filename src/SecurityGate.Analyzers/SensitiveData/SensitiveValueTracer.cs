using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Operations;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// Decides whether a value about to be stored is sensitive and unprotected, for one compilation. The value is
/// followed through conversions and <c>ToString()</c>, a local's single assignment, serialization and encoding
/// calls (the serialized object decides) and one-expression helpers in the same file (for protection only). It is
/// protected when it comes from <see cref="ValueProtection"/>, or is a <c>Protected&lt;T&gt;</c> kept as an object in
/// process memory; it is sensitive when its name is, or when its type has a member that
/// <see cref="SensitiveTypeGraph"/> finds.
/// </summary>
internal sealed class SensitiveValueTracer
{
    /// <summary>How many locals, serializer calls and helpers one value is followed through.</summary>
    public const int MaxDepth = 8;

    private static readonly (string Type, string Method)[] PassThroughMethods =
    {
        ("System.Text.Json.JsonSerializer", "Serialize"),
        ("System.Text.Json.JsonSerializer", "SerializeToUtf8Bytes"),
        ("System.Text.Json.JsonSerializer", "SerializeToDocument"),
        ("System.Text.Json.JsonSerializer", "SerializeToElement"),
        ("System.Text.Json.JsonSerializer", "SerializeToNode"),
        ("Newtonsoft.Json.JsonConvert", "SerializeObject"),
        ("MessagePack.MessagePackSerializer", "Serialize"),
        ("System.Text.Encoding", "GetBytes"),
        ("System.Convert", "ToBase64String"),
    };

    private readonly SensitiveTypeGraph graph;
    private readonly ValueProtection protection;
    private readonly ConfiguredNames sensitiveNames;

    // Whether a value name marks a secret, for files without configured names (the usual case). Each judgement
    // normalizes the name and scans every fragment, and a few names such as json, dto and value recur at most writes.
    private readonly ConcurrentDictionary<string, bool> secretNamesWithoutExtras = new(StringComparer.Ordinal);

    public SensitiveValueTracer(SensitiveTypeGraph graph, ValueProtection protection, ConfiguredNames sensitiveNames)
    {
        this.graph = graph;
        this.protection = protection;
        this.sensitiveNames = sensitiveNames;
    }

    /// <summary>Creates the tracer of a compilation, with the sensitive names and encryptor methods the project configures.</summary>
    public static SensitiveValueTracer Create(Compilation compilation, AnalyzerOptions options)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var protection = new ValueProtection(compilation, new ConfiguredNames(provider, SensitiveDataMarkers.EncryptorMethodsEditorConfigKey));
        var sensitiveNames = new ConfiguredNames(provider, SensitiveDataMarkers.EditorConfigKey);
        return new SensitiveValueTracer(SensitiveTypeGraph.For(compilation), protection, sensitiveNames);
    }

    /// <summary>
    /// Returns what makes <paramref name="value"/> sensitive, or null when it is not sensitive or is protected.
    /// <paramref name="storesObjects"/> is true for a store that keeps the object itself, such as <c>IMemoryCache</c>.
    /// </summary>
    public SensitiveValue? Find(IOperation value, bool storesObjects, LocalAssignmentsCache locals)
    {
        var trace = new TraceContext(value.Syntax.SyntaxTree, ExtraNames(value.Syntax.SyntaxTree), locals);
        return Trace(value, storesObjects, trace, 0).Sensitive;
    }

    /// <summary>Returns the sensitive member path of <paramref name="type"/> with the names configured for <paramref name="tree"/>.</summary>
    public string? FindSensitiveMember(ITypeSymbol type, SyntaxTree tree) => graph.FindSensitiveMember(type, ExtraNames(tree));

    /// <summary>
    /// Returns the path of the member <paramref name="name"/> (<c>MailSettings.Password</c>, or just the name when
    /// <paramref name="type"/> is unknown) when its name marks a secret or the member of that name on the type is
    /// sensitive by its markers; otherwise null.
    /// </summary>
    public string? SensitiveMemberNamed(ITypeSymbol? type, string name, SyntaxTree tree)
    {
        var extraNames = ExtraNames(tree);
        var path = type is null ? name : type.Name + "." + name;
        if (SensitiveTypeGraph.IsSecretName(name, extraNames))
        {
            return path;
        }

        foreach (var member in type?.GetMembers(name) ?? ImmutableArray<ISymbol>.Empty)
        {
            var memberType = member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            if (memberType is not null && graph.IsSensitiveMember(member, memberType, extraNames))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>True when the value, after conversions, is a runtime <c>Protected&lt;T&gt;</c>, which keeps its secret encrypted.</summary>
    public bool IsProtectedValue(IOperation value) => graph.IsProtectedType(HoleValues.Unwrap(value)?.Type);

    private IReadOnlyList<string> ExtraNames(SyntaxTree tree) => sensitiveNames.For(tree);

    private bool IsSecretName(string name, IReadOnlyList<string> extraNames)
        => extraNames.Count == 0
            ? secretNamesWithoutExtras.GetOrAdd(name, static key => SensitiveTypeGraph.IsSecretName(key, Array.Empty<string>()))
            : SensitiveTypeGraph.IsSecretName(name, extraNames);

    private Outcome Trace(IOperation? operation, bool storesObjects, TraceContext trace, int depth)
    {
        var current = HoleValues.Unwrap(operation);
        if (current is null || depth > MaxDepth)
        {
            return Outcome.Clean;
        }

        if (storesObjects && graph.IsProtectedType(current.Type))
        {
            return Outcome.Protected;
        }

        switch (current)
        {
            case IInvocationOperation call when protection.IsProtectionMethod(call.TargetMethod, trace.Tree):
                return Outcome.Protected;

            case IInvocationOperation call when IsPassThrough(call.TargetMethod) && call.Arguments.Length > 0:
                // Serialization writes the object's members as plain text, so its input decides.
                return Trace(call.Arguments[0].Value, storesObjects: false, trace, depth + 1);

            case IInvocationOperation call when HelperProtects(call.TargetMethod, call, storesObjects, trace, depth):
                return Outcome.Protected;

            case IPropertyReferenceOperation { Property.GetMethod: { } getter } property when HelperProtects(getter, property, storesObjects, trace, depth):
                return Outcome.Protected;

            case ILocalReferenceOperation local:
                var assigned = trace.Locals.For(local).SingleAssignedValue(local.Local);
                var fromAssignment = assigned is null ? Outcome.Clean : Trace(assigned, storesObjects, trace, depth + 1);
                if (fromAssignment.IsProtected || fromAssignment.Sensitive is not null)
                {
                    return fromAssignment;
                }

                break;
        }

        var name = HoleValues.NameOf(current);
        if (name is not null && IsSecretName(name, trace.ExtraNames))
        {
            return Outcome.Of(SensitiveValue.Named(name));
        }

        var memberPath = current.Type is null ? null : graph.FindSensitiveMember(current.Type, trace.ExtraNames);
        return memberPath is null ? Outcome.Clean : Outcome.Of(SensitiveValue.Typed(memberPath));
    }

    /// <summary>True when a one-expression helper declared in the same file returns a protected value.</summary>
    private bool HelperProtects(IMethodSymbol method, IOperation call, bool storesObjects, TraceContext trace, int depth)
    {
        var body = SingleExpressionBody.Of(method.OriginalDefinition);

        // NOTE: helpers in other files are not followed, because the operation's semantic model covers its own file only.
        if (body is null || body.SyntaxTree != call.Syntax.SyntaxTree || call.SemanticModel is null)
        {
            return false;
        }

        var returned = call.SemanticModel.GetOperation(body);
        return Trace(returned, storesObjects, trace, depth + 1).IsProtected;
    }

    private static bool IsPassThrough(IMethodSymbol method)
    {
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        string? typeName = null;
        foreach (var entry in PassThroughMethods)
        {
            if (entry.Method != definition.Name)
            {
                continue;
            }

            // The full name is a display string, so it is built only for a listed method name.
            typeName ??= SymbolNames.FullName(definition.ContainingType);
            if (entry.Type == typeName)
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct TraceContext
    {
        public TraceContext(SyntaxTree tree, IReadOnlyList<string> extraNames, LocalAssignmentsCache locals)
        {
            Tree = tree;
            ExtraNames = extraNames;
            Locals = locals;
        }

        public SyntaxTree Tree { get; }

        public IReadOnlyList<string> ExtraNames { get; }

        public LocalAssignmentsCache Locals { get; }
    }

    private readonly struct Outcome
    {
        private Outcome(bool isProtected, SensitiveValue? sensitive)
        {
            IsProtected = isProtected;
            Sensitive = sensitive;
        }

        public static Outcome Clean => default;

        public static Outcome Protected => new(true, null);

        public bool IsProtected { get; }

        public SensitiveValue? Sensitive { get; }

        public static Outcome Of(SensitiveValue sensitive) => new(false, sensitive);
    }
}
