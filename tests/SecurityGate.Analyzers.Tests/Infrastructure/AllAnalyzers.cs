using Microsoft.CodeAnalysis.Diagnostics;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.OutputCaching;
using SecurityGate.Analyzers.Reflection;
using SecurityGate.Analyzers.SensitiveData;
using SecurityGate.Analyzers.Serialization;
using SecurityGate.Analyzers.SharedState;

namespace SecurityGate.Analyzers.Tests.Infrastructure;

/// <summary>A fresh instance of every analyzer of the package, as the compiler loads them.</summary>
internal static class AllAnalyzers
{
    public static DiagnosticAnalyzer[] Create() => new DiagnosticAnalyzer[]
    {
        new CacheKeyVersionAnalyzer(),
        new CacheKeyTenantAnalyzer(),
        new AmbiguousKeyAnalyzer(),
        new UnscopedInvalidationAnalyzer(),
        new SensitiveKeyValueAnalyzer(),
        new SensitiveCacheValueAnalyzer(),
        new SensitiveStateValueAnalyzer(),
        new InsecureFormatterAnalyzer(),
        new JsonTypeNameHandlingAnalyzer(),
        new MessagePackSecurityAnalyzer(),
        new CacheSerializerRegistrationAnalyzer(),
        new ReflectionWriteAnalyzer(),
        new DynamicMemberWriteAnalyzer(),
        new SharedStateAnalyzer(),
        new AuthenticatedOutputCacheAnalyzer(),
        new DeclaredCacheApisAnalyzer(),
    };
}
