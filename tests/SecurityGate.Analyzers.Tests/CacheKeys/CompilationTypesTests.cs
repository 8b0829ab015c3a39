using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class CompilationTypesTests
{
    [Test]
    public void Get_TwoCompilations_EachResolvesItsOwnTypes()
    {
        var declaring = TestCompilations.Library("First", "namespace Shop { public interface IOrderCache { } }");
        var other = TestCompilations.Library("Second", "namespace Shop { public sealed class Orders { } }");

        var found = CompilationTypes.For(declaring).Get("Shop.IOrderCache");
        var missing = CompilationTypes.For(other).Get("Shop.IOrderCache");

        Assert.That(found?.ContainingAssembly.Name, Is.EqualTo("First"));
        Assert.That(missing, Is.Null);
        Assert.That(CompilationTypes.For(other).Get("Shop.Orders")?.ContainingAssembly.Name, Is.EqualTo("Second"));
        Assert.That(CompilationTypes.For(declaring).Get("Shop.Orders"), Is.Null);
    }

    [Test]
    public void Get_SameNameTwice_ReturnsSameSymbol()
    {
        var compilation = TestCompilations.Library("Third", "namespace Shop { public interface IOrderCache { } }");

        var first = CompilationTypes.For(compilation).Get("Shop.IOrderCache");
        var second = CompilationTypes.For(compilation).Get("Shop.IOrderCache");

        Assert.That(first, Is.Not.Null);
        Assert.That(second, Is.SameAs(first));
    }
}
