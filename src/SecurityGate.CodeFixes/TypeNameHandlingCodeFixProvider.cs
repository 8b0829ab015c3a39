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
using SecurityGate.Conventions;

namespace SecurityGate.CodeFixes;

/// <summary>
/// CSG021: sets Json.NET's <c>TypeNameHandling</c> or <c>ItemTypeNameHandling</c> to <c>TypeNameHandling.None</c>
/// in an assignment, an object initializer or an attribute's named argument. The new value is qualified as the old
/// one was (<c>Newtonsoft.Json.TypeNameHandling.None</c> after <c>Newtonsoft.Json.TypeNameHandling.All</c>).
/// The fix is offered for a value that is not a constant too, because None is the safe value whatever the
/// expression computed. A compound assignment (<c>|= TypeNameHandling.Objects</c>) becomes a plain assignment of None.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypeNameHandlingCodeFixProvider))]
[Shared]
public sealed class TypeNameHandlingCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, so fix-all applies it to every setting of the scope.</summary>
    public const string EquivalenceKey = "SecurityGate.SetTypeNameHandlingNone";

    private const string TypeNameHandlingMetadataName = "Newtonsoft.Json.TypeNameHandling";

    private const string NoneMemberName = "None";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.JsonTypeNameHandling);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || model.Compilation.GetTypeByMetadataName(TypeNameHandlingMetadataName) is not { } enumType)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var setting = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .FirstOrDefault(node => node is AssignmentExpressionSyntax or AttributeArgumentSyntax { NameEquals: not null });
            if (setting is null)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Set TypeNameHandling.None",
                    cancellationToken => SetNoneAsync(document, setting, enumType, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> SetNoneAsync(Document document, SyntaxNode setting, INamedTypeSymbol enumType, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        switch (setting)
        {
            case AttributeArgumentSyntax argument:
                editor.ReplaceNode(argument.Expression, NoneLike(argument.Expression, enumType, editor, cancellationToken));
                break;
            case AssignmentExpressionSyntax assignment:
                var none = NoneLike(assignment.Right, enumType, editor, cancellationToken);
                editor.ReplaceNode(assignment, SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, assignment.Left, none).WithTriviaFrom(assignment));
                break;
        }

        return editor.GetChangedDocument();
    }

    /// <summary>
    /// Returns <c>None</c> qualified as the first enum member named in <paramref name="value"/>, or by the type's
    /// shortest name in scope when the value names no member (a variable, a cast).
    /// </summary>
    private static MemberAccessExpressionSyntax NoneLike(ExpressionSyntax value, INamedTypeSymbol enumType, DocumentEditor editor, CancellationToken cancellationToken)
    {
        var none = SyntaxFactory.IdentifierName(NoneMemberName);
        foreach (var member in value.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>())
        {
            if (SymbolEqualityComparer.Default.Equals(editor.SemanticModel.GetSymbolInfo(member.Expression, cancellationToken).Symbol, enumType))
            {
                return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, member.Expression.WithoutTrivia(), none)
                    .WithTriviaFrom(value);
            }
        }

        return KeyExpressions.MemberOf(editor.Generator, enumType, NoneMemberName).WithTriviaFrom(value);
    }
}
