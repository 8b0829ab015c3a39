using System.Collections.Immutable;
using System.Text;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>Accumulates <see cref="KeyPart"/>s, merging adjacent literal text.</summary>
internal sealed class KeyTemplateBuilder
{
    private readonly ImmutableArray<KeyPart>.Builder parts = ImmutableArray.CreateBuilder<KeyPart>();
    private readonly StringBuilder pendingText = new();

    public void AppendText(string text) => pendingText.Append(text);

    public void AppendHole(KeyPart hole)
    {
        FlushText();
        parts.Add(hole);
    }

    public void AppendTemplate(KeyTemplate template)
    {
        foreach (var part in template.Parts)
        {
            if (part.IsHole)
            {
                AppendHole(part);
            }
            else
            {
                AppendText(part.Literal!);
            }
        }
    }

    public KeyTemplate ToTemplate()
    {
        FlushText();
        return new KeyTemplate(parts.ToImmutable());
    }

    private void FlushText()
    {
        if (pendingText.Length > 0)
        {
            parts.Add(KeyPart.Text(pendingText.ToString()));
            pendingText.Clear();
        }
    }
}
