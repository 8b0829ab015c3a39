using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// CSG011: a sensitive value persisted without protection to an ASP.NET Core session (<c>ISession.Set</c>,
/// <c>SetString</c>, <c>SetInt32</c>) or to a file (<c>File.WriteAllText</c>, <c>WriteAllBytes</c> and their async
/// forms), as <see cref="SensitiveValueTracer"/> decides. A file is reported only when its content serializes an
/// object with a sensitive member, such as a workflow checkpoint written to disk.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SensitiveStateValueAnalyzer : SensitiveWriteAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SensitiveStateValue, Descriptors.SensitiveStateValueType);

    private protected override ImmutableArray<CacheApiEntry> WriteApis => StateStoreApis.Entries;

    private protected override DiagnosticDescriptor NamedRule => Descriptors.SensitiveStateValue;

    private protected override DiagnosticDescriptor TypedRule => Descriptors.SensitiveStateValueType;

    private protected override SensitiveValue? Judge(IOperation value, IParameterSymbol? parameter, CacheApiEntry api, SensitiveValueTracer tracer, LocalAssignmentsCache locals)
    {
        // Sessions and files hold serialized bytes, so a Protected<T> object is no protection here.
        var sensitive = tracer.Find(value, storesObjects: false, locals);
        return sensitive is not null && StateStoreApis.IsFile(api) && !sensitive.IsByType ? null : sensitive;
    }
}
