using System.Linq;
using NUnit.Framework;

namespace SecurityGate.EndToEnd.Tests;

/// <summary>Multi-targeting, solutions built in parallel, incremental builds and central package management.</summary>
[TestFixture]
public sealed class ProjectShapeTests
{
    [Test]
    public void Build_MultiTargeted_SharesOneBaselineAcrossFrameworks()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject("Orders/Orders.csproj", targetFrameworks: "net8.0;net10.0");
        workspace.Write("Orders/OrderCache.cs", ConsumerSources.OrderCache);
        workspace.Write("Orders/FrameworkSpecificCache.cs", ConsumerSources.FrameworkSpecificCache);

        var first = workspace.Build("Orders/Orders.csproj");
        var accept = workspace.Build("Orders/Orders.csproj", "-p:CacheSecurityBaseline=accept", "-p:CacheSecurityReason=initial adoption");
        var check = workspace.Build("Orders/Orders.csproj");

        Assert.That(first.ExitCode, Is.EqualTo(1), first.ToString());
        Assert.That(first.Output, Does.Contain("SecurityGate: Orders (net8.0): 2 new"), first.ToString());
        Assert.That(first.Output, Does.Contain("SecurityGate: Orders (net10.0): 4 new"), first.ToString());
        Assert.That(accept.ExitCode, Is.Zero, accept.ToString());
        var entries = workspace.Read("Orders/cache-security-baseline.json").Split('\n').Count(line => line.Contains("\"fingerprint\"", System.StringComparison.Ordinal));
        Assert.That(entries, Is.EqualTo(4), "Identical findings of both frameworks must be one entry each.");
        Assert.That(check.ExitCode, Is.Zero, check.ToString());
        Assert.That(check.Output, Does.Not.Contain("CSG1010"), "A finding that only net10.0 compiles is not stale for net8.0.");
    }

    [Test]
    public void Build_SolutionInParallel_GatesEveryProject()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject("Orders/Orders.csproj");
        workspace.Write("Orders/OrderCache.cs", ConsumerSources.OrderCache);
        // Billing depends on the clean Catalog project, so the failing Orders gate does not stop its build.
        workspace.WriteProject("Billing/Billing.csproj", extraItems: "<ProjectReference Include=\"../Catalog/Catalog.csproj\" />");
        workspace.Write("Billing/InvoiceCache.cs", ConsumerSources.OrderCacheWithInvoices.Replace("namespace Orders;", "namespace Billing;", System.StringComparison.Ordinal).Replace("OrderCache", "InvoiceCache", System.StringComparison.Ordinal));
        workspace.WriteProject("Catalog/Catalog.csproj");
        workspace.Write("Catalog/CatalogCache.cs", ConsumerSources.OrderCacheFixed.Replace("namespace Orders;", "namespace Catalog;", System.StringComparison.Ordinal));
        CreateSolution(workspace, "Shop", "Orders/Orders.csproj", "Billing/Billing.csproj", "Catalog/Catalog.csproj");

        var first = workspace.Build("Shop.sln", "-m:2", "--no-incremental");
        var accept = workspace.Build("Shop.sln", "-m:2", "-p:CacheSecurityBaseline=accept", "-p:CacheSecurityReason=initial adoption");
        var check = workspace.Build("Shop.sln", "-m:2");

        Assert.That(first.ExitCode, Is.EqualTo(1), first.ToString());
        Assert.That(first.Output, Does.Contain("SecurityGate: Orders (net10.0): 2 new"), first.ToString());
        Assert.That(first.Output, Does.Contain("SecurityGate: Billing (net10.0): 4 new"), first.ToString());
        Assert.That(first.Output, Does.Contain("SecurityGate: Catalog (net10.0): 0 new"), first.ToString());
        Assert.That(accept.ExitCode, Is.Zero, accept.ToString());
        Assert.That(workspace.Exists("Orders/cache-security-baseline.json"), Is.True);
        Assert.That(workspace.Exists("Billing/cache-security-baseline.json"), Is.True);
        Assert.That(check.ExitCode, Is.Zero, check.ToString());
    }

    [Test]
    public void Question_AfterNoOpBuild_IsUpToDate()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject("Catalog/Catalog.csproj");
        workspace.Write("Catalog/CatalogCache.cs", ConsumerSources.OrderCacheFixed);

        var first = workspace.Build("Catalog/Catalog.csproj");
        var second = workspace.Build("Catalog/Catalog.csproj");
        var question = workspace.Build("Catalog/Catalog.csproj", "--no-restore", "-question");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(question.ExitCode, Is.Zero, question.ToString());
    }

    [Test]
    public void Build_FailedGate_RunsAgainOnNextBuild()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject("Orders/Orders.csproj");
        workspace.Write("Orders/OrderCache.cs", ConsumerSources.OrderCache);

        var first = workspace.Build("Orders/Orders.csproj");
        var second = workspace.Build("Orders/Orders.csproj");

        Assert.That(first.ExitCode, Is.EqualTo(1), first.ToString());
        Assert.That(second.ExitCode, Is.EqualTo(1), "A failed gate must not be skipped as up to date.\n" + second);
        Assert.That(ConsumerWorkspace.DiagnosticLines(second), Has.Count.EqualTo(2), second.ToString());
    }

    [Test]
    public void Build_GlobalPackageReference_RunsTheGate()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.Write("Directory.Packages.props", $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <GlobalPackageReference Include="SecurityGate" Version="{PackageFeed.Version}" />
                <PackageVersion Include="Microsoft.Extensions.Caching.Abstractions" Version="8.0.0" />
              </ItemGroup>
            </Project>
            """);
        workspace.Write("Orders/Orders.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.Caching.Abstractions" />
              </ItemGroup>
            </Project>
            """);
        workspace.Write("Orders/OrderCache.cs", ConsumerSources.OrderCache);

        var build = workspace.Build("Orders/Orders.csproj");

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(ConsumerWorkspace.DiagnosticLines(build), Has.Count.EqualTo(2), build.ToString());
    }

    private static void CreateSolution(ConsumerWorkspace workspace, string name, params string[] projects)
    {
        var create = DotnetCommand.Run(workspace.Root, null, "new", "sln", "-n", name, "--format", "sln");
        Assert.That(create.ExitCode, Is.Zero, create.ToString());
        foreach (var project in projects)
        {
            var add = DotnetCommand.Run(workspace.Root, null, "sln", name + ".sln", "add", project);
            Assert.That(add.ExitCode, Is.Zero, add.ToString());
        }
    }
}
