using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.SharedState;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.SharedState;

public sealed class SharedStateAnalyzerTests
{
    [Test]
    public async Task Fixture_SharedContainers_ReportedOnDeclaration()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("SharedState/SharedTenantState.cs", null, new SharedStateAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG040", 19, 67, "Static \"ByNumber\" (ConcurrentDictionary<string, Invoice>) is written at run time and shared by every tenant the process serves, nothing in its key type separates tenants, and its values carry \"Invoice.TenantId\"; keep per-tenant state in ITenantRegistry<T>, or key the entries by a tuple or record that includes the tenant id"),
            new ExpectedDiagnostic("CSG040", 21, 64, Shared("Credentials", "Dictionary<string, ApiCredentials>", "ApiCredentials.ClientSecret")),
            new ExpectedDiagnostic("CSG040", 23, 39, Shared("LegacyInvoices", "Hashtable", "Invoice.TenantId")),
            new ExpectedDiagnostic("CSG040", 25, 32, Shared("Cache", "IMemoryCache", "ApiCredentials.ClientSecret")),
            new ExpectedDiagnostic("CSG040", 27, 50, Shared("Pages", "List<Dictionary<int, Invoice>>", "Invoice.TenantId")),
        }));
    }

    [Test]
    public async Task Fixture_PartitionedOrUnwrittenState_NotReported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("SharedState/PartitionedState.cs", null, new SharedStateAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task TenantIdentifiers_ConfiguredShopId_TreatedAsTenant()
    {
        var options = new TestConfigOptionsProvider(new Dictionary<string, string> { ["cache_security.tenant_identifiers"] = "ShopId" });
        const string Source = """
            using System.Collections.Concurrent;

            namespace Shop;

            public sealed record Basket(string ShopId, decimal Total);

            public sealed record BasketKey(string ShopId, string BasketId);

            public static class Baskets
            {
                private static readonly ConcurrentDictionary<string, Basket> ById = new();

                private static readonly ConcurrentDictionary<BasketKey, Basket> ByKey = new();

                public static void Keep(string id, Basket basket)
                {
                    ById[id] = basket;
                    ByKey[new BasketKey(basket.ShopId, id)] = basket;
                }
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(Source, "Baskets.cs", options, new SharedStateAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG040", 11, 66, Shared("ById", "ConcurrentDictionary<string, Basket>", "Basket.ShopId")),
        }));
    }

    private static string Shared(string member, string type, string evidence)
        => $"Static \"{member}\" ({type}) is written at run time and shared by every tenant the process serves, nothing in its key type separates tenants, and its values carry \"{evidence}\"; keep per-tenant state in ITenantRegistry<T>, or key the entries by a tuple or record that includes the tenant id";
}
