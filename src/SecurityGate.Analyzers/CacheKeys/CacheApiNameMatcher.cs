using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Matches calls that did not bind, because the cache library is not referenced, to entries of
/// <see cref="CacheApiTable"/> by the method name and the receiver's type name. The receiver <c>IMemoryCache cache</c>
/// still has the error type named <c>IMemoryCache</c>, which selects the table's IMemoryCache entries and the extension
/// classes of its namespace (CacheExtensions). A receiver without a type name (<c>redis.GetDatabase()</c>) matches
/// only a method name that a single table type declares. Used only when <see cref="NameMatching.EditorConfigKey"/> is true.
/// </summary>
internal sealed class CacheApiNameMatcher
{
    private readonly ILookup<string, CacheApiEntry> entriesByMethod;
    private readonly ILookup<string, string> namespacesByTypeName;

    public CacheApiNameMatcher(ImmutableArray<CacheApiEntry> entries)
    {
        entriesByMethod = entries.ToLookup(entry => entry.MethodName, StringComparer.Ordinal);
        namespacesByTypeName = entries.ToLookup(entry => ShortName(entry.TypeMetadataName), entry => Namespace(entry.TypeMetadataName), StringComparer.Ordinal);
    }

    /// <summary>Returns true when the global options turn name matching on.</summary>
    public static bool IsEnabled(AnalyzerOptions options)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(NameMatching.EditorConfigKey, out var value)
            && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Returns the table entry and the checked argument's value (the key, or the value for a table of written values)
    /// of an unbound call, or null when the call is not a cache API by name.
    /// </summary>
    public (CacheApiEntry Entry, IOperation KeyValue)? Match(IInvalidOperation operation)
    {
        if (operation.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess } invocation
            || operation.SemanticModel is not { } semanticModel)
        {
            return null;
        }

        var candidates = entriesByMethod[memberAccess.Name.Identifier.ValueText].ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var receiverTypeName = ReceiverTypeName(memberAccess.Expression, semanticModel);
        var entry = SelectEntry(candidates, receiverTypeName);
        if (entry is null)
        {
            return null;
        }

        // A static call of an extension method (CacheExtensions.Set(cache, key, value)) passes the receiver first.
        var isStaticExtensionCall = receiverTypeName == ShortName(entry.TypeMetadataName) && receiverTypeName.EndsWith("Extensions", StringComparison.Ordinal);
        var keyArgument = FindKeyArgument(invocation.ArgumentList, entry.KeyParameterName, entry.UnboundPosition + (isStaticExtensionCall ? 1 : 0));
        var keyValue = keyArgument is null ? null : semanticModel.GetOperation(keyArgument.Expression);
        return keyValue is null ? null : (entry, keyValue);
    }

    // An unresolved type name used as the receiver of a static call (DistributedCacheExtensions.GetString) has no
    // type, so its identifier is the type name when the table lists a type of that name.
    private string ReceiverTypeName(ExpressionSyntax receiver, SemanticModel semanticModel)
    {
        var typeName = semanticModel.GetTypeInfo(receiver).Type?.Name;
        if (!string.IsNullOrEmpty(typeName))
        {
            return typeName!;
        }

        var identifier = receiver switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText,
            _ => string.Empty,
        };
        return namespacesByTypeName.Contains(identifier) ? identifier : string.Empty;
    }

    private CacheApiEntry? SelectEntry(List<CacheApiEntry> candidates, string receiverTypeName)
    {
        if (receiverTypeName.Length == 0)
        {
            var declaringTypes = candidates.Select(entry => entry.TypeMetadataName).Distinct(StringComparer.Ordinal).Count();
            return declaringTypes == 1 ? candidates[0] : null;
        }

        var declared = candidates.FirstOrDefault(entry => ShortName(entry.TypeMetadataName) == receiverTypeName);
        if (declared is not null)
        {
            return declared;
        }

        // An extension class in the namespace of the receiver's type, such as CacheExtensions for IMemoryCache.
        var namespaces = new HashSet<string>(namespacesByTypeName[receiverTypeName], StringComparer.Ordinal);
        var extensions = candidates.Where(entry => namespaces.Contains(Namespace(entry.TypeMetadataName))).ToList();
        return extensions.Count == 1 ? extensions[0] : null;
    }

    // NOTE: without the method's signature the checked argument is the one named like the table's parameter, else the
    // positional argument at the entry's UnboundPosition after the receiver. That holds for the table's usual
    // overloads, but not for IServer.Keys(database, pattern) called positionally.
    private static ArgumentSyntax? FindKeyArgument(ArgumentListSyntax arguments, string parameterName, int position)
    {
        var named = arguments.Arguments.FirstOrDefault(argument => argument.NameColon?.Name.Identifier.ValueText == parameterName);
        if (named is not null)
        {
            return named;
        }

        return arguments.Arguments.Where(argument => argument.NameColon is null).ElementAtOrDefault(position);
    }

    private static string ShortName(string metadataName) => metadataName.Substring(metadataName.LastIndexOf('.') + 1);

    private static string Namespace(string metadataName)
    {
        var dot = metadataName.LastIndexOf('.');
        return dot < 0 ? string.Empty : metadataName.Substring(0, dot);
    }
}
