using System.Linq;
using Microsoft.CodeAnalysis;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// Recognises calls that encrypt a value before it is stored: <c>IDataProtector.Protect</c> (the interface, its
/// implementations and the <c>Microsoft.AspNetCore.DataProtection</c> extension methods) and the methods listed
/// by full name under <c>cache_security.encryptor_methods</c>.
/// </summary>
internal sealed class ValueProtection
{
    private const string DataProtectionNamespace = "Microsoft.AspNetCore.DataProtection";

    private const string DataProtectorMetadataName = "Microsoft.AspNetCore.DataProtection.IDataProtector";

    private readonly INamedTypeSymbol? dataProtectorType;
    private readonly ConfiguredNames encryptorMethods;

    public ValueProtection(Compilation compilation, ConfiguredNames encryptorMethods)
    {
        dataProtectorType = compilation.GetTypeByMetadataName(DataProtectorMetadataName);
        this.encryptorMethods = encryptorMethods;
    }

    /// <summary>True when <paramref name="method"/>, called in <paramref name="tree"/>, returns an encrypted form of its input.</summary>
    public bool IsProtectionMethod(IMethodSymbol method, SyntaxTree tree)
    {
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (definition.Name == "Protect" && IsDataProtectionMethod(definition))
        {
            return true;
        }

        var configured = encryptorMethods.For(tree);
        if (configured.Count == 0)
        {
            return false;
        }

        // ConfiguredNames normalizes entries (lower case, no dots), so the full name is compared in that form.
        var fullName = SensitiveDataMarkers.NormalizeName(SymbolNames.FullName(definition.ContainingType) + "." + definition.Name);
        return configured.Contains(fullName);
    }

    private bool IsDataProtectionMethod(IMethodSymbol method)
    {
        if (method.ContainingNamespace?.ToDisplayString() == DataProtectionNamespace)
        {
            return true;
        }

        return dataProtectorType is not null
            && method.ContainingType.AllInterfaces.Any(implemented => SymbolEqualityComparer.Default.Equals(implemented, dataProtectorType));
    }
}
