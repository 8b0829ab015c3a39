using System.Collections.Immutable;
using System.Text;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// The shape of a cache key folded from its expression: literal parts and holes. <see cref="Text"/> writes
/// holes as <c>{0}</c>, <c>{1}</c>, … in order of appearance and doubles literal braces, so
/// <c>$"orders:{id}"</c> reads <c>orders:{0}</c>.
/// </summary>
internal sealed class KeyTemplate
{
    /// <summary>A key whose shape could not be determined; the key rules report nothing for it.</summary>
    public static readonly KeyTemplate Undetermined = new(ImmutableArray<KeyPart>.Empty, isDetermined: false);

    private string? text;

    public KeyTemplate(ImmutableArray<KeyPart> parts, bool isDetermined = true)
    {
        Parts = parts;
        IsDetermined = isDetermined;
    }

    /// <summary>The parts in order; adjacent literals are already merged.</summary>
    public ImmutableArray<KeyPart> Parts { get; }

    public bool IsDetermined { get; }

    /// <summary>True when the template has at least one non-empty literal part, so it shows something of the key's shape.</summary>
    public bool HasLiteral
    {
        get
        {
            foreach (var part in Parts)
            {
                if (!part.IsHole && part.Literal!.Length > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public string Text => text ??= Render();

    private string Render()
    {
        var builder = new StringBuilder();
        var holeNumber = 0;
        foreach (var part in Parts)
        {
            if (part.IsHole)
            {
                builder.Append('{').Append(holeNumber++).Append('}');
            }
            else
            {
                builder.Append(part.Literal!.Replace("{", "{{").Replace("}", "}}"));
            }
        }

        return builder.ToString();
    }
}
