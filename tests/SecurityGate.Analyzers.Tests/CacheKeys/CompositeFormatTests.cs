using System.Linq;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class CompositeFormatTests
{
    [Test]
    public void TryParse_EscapesItemsAndSpecifiers_Split()
    {
        var parsed = CompositeFormat.TryParse("v1:{{x}}:{0}:{1,5}:{12:D4}", out var pieces);

        Assert.That(parsed, Is.True);
        Assert.That(pieces.Select(piece => (piece.Text, piece.ArgumentIndex, piece.HasAlignmentOrFormat)), Is.EqualTo(new (string?, int, bool)[]
        {
            ("v1:{x}:", -1, false),
            (null, 0, false),
            (":", -1, false),
            (null, 1, true),
            (":", -1, false),
            (null, 12, true),
        }));
    }

    [TestCase("{x}")]
    [TestCase("{0")]
    [TestCase("a}b")]
    [TestCase("{}")]
    [TestCase("{0;x}")]
    public void TryParse_InvalidFormat_ReturnsFalse(string format)
    {
        Assert.That(CompositeFormat.TryParse(format, out _), Is.False);
    }
}
