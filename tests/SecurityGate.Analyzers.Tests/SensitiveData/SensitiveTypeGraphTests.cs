using System;
using NUnit.Framework;
using SecurityGate.Analyzers.SensitiveData;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.SensitiveData;

public sealed class SensitiveTypeGraphTests
{
    [Test]
    public void For_TwoCompilations_EachJudgesItsOwnTypes()
    {
        var secret = TestCompilations.Library("First", "namespace Shop { public sealed class Session { public string Password { get; set; } = \"\"; } }");
        var plain = TestCompilations.Library("Second", "namespace Shop { public sealed class Session { public string Name { get; set; } = \"\"; } }");

        var secretPath = SensitiveTypeGraph.For(secret).FindSensitiveMember(secret.GetTypeByMetadataName("Shop.Session")!, Array.Empty<string>());
        var plainPath = SensitiveTypeGraph.For(plain).FindSensitiveMember(plain.GetTypeByMetadataName("Shop.Session")!, Array.Empty<string>());

        Assert.That(secretPath, Is.EqualTo("Session.Password"));
        Assert.That(plainPath, Is.Null);
    }

    [Test]
    public void For_SameCompilation_ReturnsSameGraph()
    {
        var compilation = TestCompilations.Library("Third", "namespace Shop { public sealed class Session { } }");

        var first = SensitiveTypeGraph.For(compilation);
        var second = SensitiveTypeGraph.For(compilation);

        Assert.That(second, Is.SameAs(first));
    }
}
