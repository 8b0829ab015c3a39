using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace SecurityGate.CodeFixes.Tests.Infrastructure;

/// <summary>
/// Puts one source file into an <see cref="AdhocWorkspace"/> project that references the real framework, Json.NET,
/// the caching abstractions and SecurityGate.Runtime, runs analyzers on it and applies a code fix the way an IDE
/// does: through the action's operations, so the clean-up (imports, simplification, formatting) runs too.
/// A source with a compile error or an analyzer exception (AD0001) fails the test.
/// </summary>
internal sealed class CodeFixHarness
{
    private static readonly string[] PackageAssemblyPrefixes = { "Microsoft.Extensions.", "Newtonsoft.Json", "SecurityGate.Runtime", "SecurityGate.Conventions" };

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers;
    private readonly CodeFixProvider provider;

    public CodeFixHarness(CodeFixProvider provider, params DiagnosticAnalyzer[] analyzers)
    {
        this.provider = provider;
        this.analyzers = ImmutableArray.Create(analyzers);
    }

    /// <summary>The <c>.editorconfig</c> text of the test project, or null for none.</summary>
    public string? EditorConfig { get; init; }

    /// <summary>A global analyzer config (<c>is_global = true</c>) for the fixture project, or null for none.</summary>
    public string? GlobalConfig { get; init; }

    /// <summary>Whether to leave SecurityGate.Runtime out of the references, as in a project that does not use the runtime.</summary>
    public bool WithoutRuntime { get; init; }

    /// <summary>Returns the analyzers' diagnostics with an id the provider fixes, in source order.</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync().ConfigureAwait(false))!;
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.That(errors, Is.Empty, "The source does not compile:\n" + string.Join("\n", errors.Select(error => error.ToString())));

        var withAnalyzers = compilation.WithAnalyzers(analyzers, document.Project.AnalyzerOptions);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var failures = diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").ToArray();
        Assert.That(failures, Is.Empty, "The analyzer threw:\n" + string.Join("\n", failures.Select(failure => failure.ToString())));

        return diagnostics
            .Where(diagnostic => provider.FixableDiagnosticIds.Contains(diagnostic.Id))
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>Returns the titles of the code actions offered for every fixable diagnostic of the source, which must have one.</summary>
    public async Task<IReadOnlyList<string>> OfferedTitlesAsync(string source)
    {
        var document = CreateDocument(source);
        var diagnostics = await DiagnosticsAsync(document).ConfigureAwait(false);
        Assert.That(diagnostics, Is.Not.Empty, "The analyzers report nothing the provider fixes, so no fix can be offered.");

        var titles = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            titles.AddRange((await ActionsAsync(document, diagnostic).ConfigureAwait(false)).Select(action => action.Title));
        }

        return titles;
    }

    /// <summary>Applies the provider's fix for the first fixable diagnostic and returns the fixed document.</summary>
    public async Task<Document> FixFirstAsync(string source)
    {
        var document = CreateDocument(source);
        var diagnostics = await DiagnosticsAsync(document).ConfigureAwait(false);
        Assert.That(diagnostics, Is.Not.Empty, "The analyzer reports nothing the provider fixes.");

        var actions = await ActionsAsync(document, diagnostics[0]).ConfigureAwait(false);
        Assert.That(actions, Has.Count.EqualTo(1), "Expected exactly one code action for " + diagnostics[0]);
        return await ApplyAsync(document, actions[0]).ConfigureAwait(false);
    }

    /// <summary>Applies the provider's fix-all in document scope with <paramref name="equivalenceKey"/> and returns the fixed document.</summary>
    public async Task<Document> FixAllAsync(string source, string equivalenceKey)
    {
        var document = CreateDocument(source);
        var diagnostics = await DiagnosticsAsync(document).ConfigureAwait(false);
        var fixAll = provider.GetFixAllProvider()!;
        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            equivalenceKey,
            provider.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await fixAll.GetFixAsync(context).ConfigureAwait(false);
        Assert.That(action, Is.Not.Null, "Fix-all produced no action.");
        return await ApplyAsync(document, action!).ConfigureAwait(false);
    }

    /// <summary>Returns the text of a document.</summary>
    public static async Task<string> TextAsync(Document document)
        => (await document.GetTextAsync().ConfigureAwait(false)).ToString();

    private async Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    private static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        var change = operations.OfType<ApplyChangesOperation>().Single();
        return change.ChangedSolution.GetDocument(document.Id)!;
    }

    /// <summary>Creates a project with the source as its one document.</summary>
    public Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var references = WithoutRuntime
            ? LazyReferences.Value.Where(reference => !reference.Display!.EndsWith("SecurityGate.Runtime.dll", StringComparison.Ordinal))
            : LazyReferences.Value;
        var project = ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Fixture",
                "Fixture",
                LanguageNames.CSharp,
                filePath: "/fixtures/Fixture.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                metadataReferences: references);
        var solution = workspace.CurrentSolution.AddProject(project);
        if (EditorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(EditorConfig), filePath: "/fixtures/.editorconfig");
        }

        if (GlobalConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(GlobalConfig), filePath: "/fixtures/.globalconfig");
        }

        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Fixture.cs", SourceText.From(source), filePath: "/fixtures/Fixture.cs");
        return solution.GetDocument(documentId)!;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .ToList();

        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var name = Path.GetFileName(path);
            if (PackageAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                paths.Add(path);
            }
        }

        return paths
            .GroupBy(path => Path.GetFileName(path), StringComparer.OrdinalIgnoreCase)
            .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.First()))
            .ToImmutableArray();
    }

    /// <summary>Hands fix-all the diagnostics already computed, as the IDE's diagnostic service would.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}
