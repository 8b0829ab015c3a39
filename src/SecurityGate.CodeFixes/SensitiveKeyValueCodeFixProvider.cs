using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Conventions;

namespace SecurityGate.CodeFixes;

/// <summary>
/// CSG012: replaces each sensitive string hole <c>x</c> of the reported key with
/// <c>Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(x)))</c>: 64 upper-case hexadecimal digits of
/// SHA-256 over the UTF-8 bytes, the same on every platform and .NET version from .NET 5 on, and adds the
/// <c>using</c> directives it needs. The runtime has no public hash for key segments, so the fix uses the
/// framework's. Offered only for a key of the shapes <see cref="KeySyntax"/> reads, with at least one string
/// hole named as sensitive, in a compilation that has <c>SHA256.HashData</c> and <c>Convert.ToHexString</c>.
/// </summary>
/// <remarks>
/// One action hashes every sensitive hole of the key, so the several findings of one key share one fix.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SensitiveKeyValueCodeFixProvider))]
[Shared]
public sealed class SensitiveKeyValueCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, so fix-all applies it to every key of the scope.</summary>
    public const string EquivalenceKey = "SecurityGate.HashSensitiveKeyValues";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SensitiveValueInKey);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || HashTypes.TryResolve(model.Compilation) is not { } hashTypes)
        {
            return;
        }

        var extraSensitiveNames = new ConfiguredNames(context.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider, SensitiveDataMarkers.EditorConfigKey)
            .For(root.SyntaxTree);
        foreach (var diagnostic in context.Diagnostics)
        {
            var key = KeyExpressions.AtSpan(root, diagnostic.Location.SourceSpan);
            if (key is null)
            {
                continue;
            }

            var holes = SensitiveHoles(key, model, extraSensitiveNames, context.CancellationToken);
            if (holes.Count == 0)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Hash the sensitive values of the key with SHA-256",
                    cancellationToken => HashAsync(document, holes, hashTypes, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static List<ExpressionSyntax> SensitiveHoles(ExpressionSyntax key, SemanticModel model, IReadOnlyList<string> extraSensitiveNames, CancellationToken cancellationToken)
        => KeySyntax.Read(key, model, cancellationToken)
            .Select(part => part.Hole)
            .OfType<ExpressionSyntax>()
            .Where(hole => HoleNames.IsSensitive(hole, extraSensitiveNames)
                && model.GetTypeInfo(hole, cancellationToken).Type?.SpecialType == SpecialType.System_String)
            .ToList();

    private static async Task<Document> HashAsync(Document document, List<ExpressionSyntax> holes, HashTypes hashTypes, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        foreach (var hole in holes)
        {
            var utf8 = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, KeyExpressions.TypeName(generator, hashTypes.Encoding), SyntaxFactory.IdentifierName("UTF8"));
            var bytes = KeyExpressions.Call(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, utf8, SyntaxFactory.IdentifierName("GetBytes")),
                SyntaxFactory.Argument(hole.WithoutTrivia()));
            var hash = KeyExpressions.Call(KeyExpressions.MemberOf(generator, hashTypes.Sha256, "HashData"), SyntaxFactory.Argument(bytes));
            var hex = KeyExpressions.Call(KeyExpressions.MemberOf(generator, hashTypes.Convert, "ToHexString"), SyntaxFactory.Argument(hash));
            editor.ReplaceNode(hole, hex.WithTriviaFrom(hole));
        }

        return editor.GetChangedDocument();
    }

    /// <summary>The framework types of the hash expression, resolved only when the compilation has the .NET 5 APIs.</summary>
    private sealed class HashTypes
    {
        private HashTypes(INamedTypeSymbol convert, INamedTypeSymbol sha256, INamedTypeSymbol encoding)
        {
            Convert = convert;
            Sha256 = sha256;
            Encoding = encoding;
        }

        public INamedTypeSymbol Convert { get; }

        public INamedTypeSymbol Sha256 { get; }

        public INamedTypeSymbol Encoding { get; }

        public static HashTypes? TryResolve(Compilation compilation)
        {
            var convert = compilation.GetTypeByMetadataName("System.Convert");
            var sha256 = compilation.GetTypeByMetadataName("System.Security.Cryptography.SHA256");
            var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            if (convert is null || sha256 is null || encoding is null
                || convert.GetMembers("ToHexString").IsEmpty || sha256.GetMembers("HashData").IsEmpty)
            {
                return null;
            }

            return new HashTypes(convert, sha256, encoding);
        }
    }
}
