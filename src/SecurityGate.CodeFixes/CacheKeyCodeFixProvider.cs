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
/// CSG001 and CSG002: rewrites a key written as text, such as <c>$"orders:{tenantId}:{orderId}"</c>, into
/// <c>CacheKey.Create(tenantId, "orders", orderId).ToString()</c>, whose wire key carries the version and the
/// tenant segment (<c>v1:client:{tenant}:orders:{id}</c>) with each segment escaped. Offered only when
/// <c>SecurityGate.Runtime.CacheKey</c> resolves in the compilation and <see cref="RuntimeKeyShape"/> maps the key.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CacheKeyCodeFixProvider))]
[Shared]
public sealed class CacheKeyCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, so fix-all applies it to every key of the scope.</summary>
    public const string EquivalenceKey = "SecurityGate.UseRuntimeCacheKey";

    private const string RuntimeCacheKeyMetadataName = "SecurityGate.Runtime.CacheKey";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KeyWithoutVersion, RuleIds.KeyWithoutTenant);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || model.Compilation.GetTypeByMetadataName(RuntimeCacheKeyMetadataName) is not { } cacheKeyType)
        {
            return;
        }

        var extraTenantNames = new ConfiguredNames(context.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider, TenantIdentifiers.EditorConfigKey)
            .For(root.SyntaxTree);
        foreach (var diagnostic in context.Diagnostics)
        {
            var key = KeyExpressions.AtSpan(root, diagnostic.Location.SourceSpan);
            if (key is null)
            {
                continue;
            }

            var shape = RuntimeKeyShape.TryMap(KeySyntax.Read(key, model, context.CancellationToken), extraTenantNames);
            if (shape is null)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Build the key with SecurityGate.Runtime.CacheKey",
                    cancellationToken => RewriteAsync(document, key, shape, cacheKeyType, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> RewriteAsync(Document document, ExpressionSyntax key, RuntimeKeyShape shape, INamedTypeSymbol cacheKeyType, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        var model = editor.SemanticModel;

        var arguments = new List<ArgumentSyntax>
        {
            SyntaxFactory.Argument(SegmentArgument.For(shape.Tenant, model, generator, cancellationToken)),
            SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(shape.Component))),
            SyntaxFactory.Argument(SegmentArgument.For(shape.Id, model, generator, cancellationToken)),
        };

        if (shape.SubKey is { } subKey)
        {
            arguments.Add(SyntaxFactory.Argument(SegmentArgument.For(subKey, model, generator, cancellationToken)));
        }

        var create = KeyExpressions.Call(KeyExpressions.MemberOf(generator, cacheKeyType, "Create"), arguments.ToArray());
        var wireKey = KeyExpressions.Call(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, create, SyntaxFactory.IdentifierName("ToString")));
        editor.ReplaceNode(key, wireKey.WithTriviaFrom(key));
        return editor.GetChangedDocument();
    }
}
