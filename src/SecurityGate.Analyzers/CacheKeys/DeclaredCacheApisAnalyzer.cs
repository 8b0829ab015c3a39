using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Checks each <c>cache-security-apis.txt</c> of the project (<see cref="DeclaredCacheApis"/>): an invalid line is
/// an error (CSG1016) so the build fails rather than silently checking less, and a declared type that the compilation
/// does not contain is a warning (CSG1017), most likely a typo. Without the type's library, folder mode matches calls
/// by name, so there the warning is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclaredCacheApisAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.CacheApiDeclarationInvalid, Descriptors.CacheApiTypeNotFound);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        if (!DeclaredCacheApis.IsDeclarationFile(context.AdditionalFile))
        {
            return;
        }

        var file = DeclaredCacheApis.Parse(context.AdditionalFile, context.CancellationToken);
        var fileName = System.IO.Path.GetFileName(file.Path);
        foreach (var (lineNumber, error) in file.Errors)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CacheApiDeclarationInvalid, file.LineLocation(lineNumber), fileName, lineNumber, error));
        }

        if (CacheApiNameMatcher.IsEnabled(context.Options))
        {
            return;
        }

        foreach (var entry in file.Entries)
        {
            if (context.Compilation.GetTypeByMetadataName(entry.TypeMetadataName) is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.CacheApiTypeNotFound, file.LineLocation(entry.LineNumber), fileName, entry.LineNumber, entry.TypeMetadataName));
            }
        }
    }
}
