using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.SensitiveData;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class DeclaredCacheApisTests
{
    private const string DeclarationPath = "/fixtures/cache-security-apis.txt";

    private const string Format = "Each line declares one cache API as \"type metadata name | method name | parameter name [| kind]\"; see docs/cache-apis.md";

    private static readonly string WrapperSource = AnalyzerHarness.ReadFixture("CacheApis/DeclaredWrapper.cs");

    [Test]
    public async Task DeclaredWrapper_KeysAndPrefixes_Checked()
    {
        var declarations = AnalyzerHarness.ReadFixture("CacheApis/cache-security-apis.txt");

        var diagnostics = await RunAsync(declarations, new CacheKeyVersionAnalyzer(), new CacheKeyTenantAnalyzer(), new UnscopedInvalidationAnalyzer(), new DeclaredCacheApisAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 26, 63, KeyMessages.NoVersion("orders:{0}")),
            new ExpectedDiagnostic("CSG002", 26, 63, KeyMessages.NoTenant("orders:{0}")),
            new ExpectedDiagnostic("CSG004", 31, 55, KeyMessages.Unscoped("prefix", "v1:orders:", "ITenantCache.EvictByPrefix")),
        }));
    }

    [Test]
    public async Task DeclaredWrapper_Values_Checked()
    {
        var declarations = AnalyzerHarness.ReadFixture("CacheApis/cache-security-apis.txt");

        var diagnostics = await RunAsync(declarations, new SensitiveCacheValueAnalyzer());

        // Save writes an Order, which has no sensitive member.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG010", 29, 66, "\"ITenantCache.Put\" writes \"accessToken\", which is named as a secret, to the cache in plain text; store it through ISecureCache, or encrypt it first with IDataProtector.Protect (a Protected<T> value stays encrypted only in IMemoryCache)"),
        }));
    }

    [Test]
    public async Task NoDeclarationFile_WrapperNotChecked()
    {
        var diagnostics = await AnalyzerHarness.RunWithFilesAsync(
            WrapperSource, "DeclaredWrapper.cs", null, ImmutableArray<AdditionalText>.Empty, AllAnalyzers.Create());

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task OtherAdditionalFile_Ignored()
    {
        var other = new TestAdditionalText("/fixtures/apis.txt", "Shop.Caching.ITenantCache | Fetch\n");

        var diagnostics = await AnalyzerHarness.RunWithFilesAsync(
            WrapperSource, "DeclaredWrapper.cs", null, ImmutableArray.Create<AdditionalText>(other), AllAnalyzers.Create());

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task MalformedLines_ErrorAtFileAndLine()
    {
        const string declarations = """
            # Wrapper APIs.
            Shop.Caching.ITenantCache | Fetch
            Shop.Caching.ITenantCache | Fetch | cacheKey | lookup
            Shop.Caching.ITenantCache |  | cacheKey
            Shop.Caching.ITenantCache | Fetch | cacheKey
            Shop.Caching.ITenantCache | Fetch | cacheKey | key
            """;

        var diagnostics = await RunAsync(declarations, new DeclaredCacheApisAnalyzer(), new CacheKeyVersionAnalyzer());

        Assert.That(diagnostics, Has.All.Matches<Diagnostic>(diagnostic => diagnostic.Location.GetLineSpan().Path == DeclarationPath || diagnostic.Id == "CSG001"));
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG1016", 2, 1, "cache-security-apis.txt(2): invalid entry \"Shop.Caching.ITenantCache | Fetch\"; write \"type metadata name | method name | parameter name [| kind]\". " + Format),
            new ExpectedDiagnostic("CSG1016", 3, 1, "cache-security-apis.txt(3): invalid kind \"lookup\" in \"Shop.Caching.ITenantCache | Fetch | cacheKey | lookup\"; write key, tag, prefix, pattern or value. " + Format),
            new ExpectedDiagnostic("CSG1016", 4, 1, "cache-security-apis.txt(4): invalid entry \"Shop.Caching.ITenantCache |  | cacheKey\"; write \"type metadata name | method name | parameter name [| kind]\". " + Format),
            new ExpectedDiagnostic("CSG1016", 6, 1, "cache-security-apis.txt(6): duplicate entry \"Shop.Caching.ITenantCache | Fetch | cacheKey | key\"; each type, method and parameter may appear once. " + Format),
            new ExpectedDiagnostic("CSG001", 26, 63, KeyMessages.NoVersion("orders:{0}")),
        }));
        Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [Test]
    public async Task UnresolvedType_WarningAtLine()
    {
        const string declarations = "Shop.Caching.ITenantCach | Fetch | cacheKey\nShop.Caching.ITenantCache | Fetch | cacheKey\n";

        var diagnostics = await RunAsync(declarations, new DeclaredCacheApisAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG1017", 1, 1, "cache-security-apis.txt(1): type \"Shop.Caching.ITenantCach\" is not found in the compilation, so this line checks nothing; write the metadata name of the declaring type (namespace and name, with `1 after a generic type of one type parameter) or remove the line"),
        }));
        Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(diagnostics[0].Location.GetLineSpan().Path, Is.EqualTo(DeclarationPath));
    }

    [Test]
    public async Task UnresolvedType_NameMatchingOn_NoWarning()
    {
        var options = new TestConfigOptionsProvider(
            new System.Collections.Generic.Dictionary<string, string>(),
            new System.Collections.Generic.Dictionary<string, string> { [Conventions.NameMatching.EditorConfigKey] = "true" });
        var file = new TestAdditionalText(DeclarationPath, "Shop.Caching.ITenantCach | Fetch | cacheKey\n");

        var diagnostics = await AnalyzerHarness.RunWithFilesAsync(
            WrapperSource, "DeclaredWrapper.cs", options, ImmutableArray.Create<AdditionalText>(file), new DeclaredCacheApisAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(string declarations, params Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] analyzers)
    {
        var file = new TestAdditionalText(DeclarationPath, declarations);
        return AnalyzerHarness.RunWithFilesAsync(WrapperSource, "DeclaredWrapper.cs", null, ImmutableArray.Create<AdditionalText>(file), analyzers);
    }
}
