using NUnit.Framework;

namespace SecurityGate.EndToEnd.Tests;

/// <summary>When the gate cannot judge the findings, the build fails with a code, the file and the fix.</summary>
[TestFixture]
public sealed class FailClosedTests
{
    private const string Project = "Orders/Orders.csproj";

    [Test]
    public void Build_AnalyzersNotRun_FailsWithCsg1002()
    {
        var workspace = CreateOrders();

        var build = workspace.Build(Project, "-p:RunAnalyzers=false");

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("error CSG1002: The SARIF error log '"), build.ToString());
        Assert.That(build.Output, Does.Contain("lists no SecurityGate rule"), build.ToString());
        Assert.That(build.Output, Does.Contain("Remove RunAnalyzers=false or RunAnalyzersDuringBuild=false"), build.ToString());
    }

    [Test]
    public void Build_SarifOneErrorLog_Fails()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject(Project, extraProperties: "<ErrorLog>build.sarif</ErrorLog>");
        workspace.Write("Orders/OrderCache.cs", ConsumerSources.OrderCache);

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("error CSG1007: The error log '"), build.ToString());
        Assert.That(build.Output, Does.Contain("the ErrorLog property has no version, so the compiler writes SARIF 1.0"), build.ToString());
    }

    [Test]
    public void Build_SarifTwoErrorLog_IsRead()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject(Project, extraProperties: "<ErrorLog>build.sarif,version=2.1</ErrorLog>");
        workspace.Write("Orders/OrderCache.cs", ConsumerSources.OrderCache);

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("error CSG001: "), build.ToString());
        Assert.That(workspace.Exists("Orders/build.sarif"), Is.True, "The gate must read the project's own SARIF 2.1 log.");
    }

    [Test]
    public void Build_MalformedExclusion_FailsAtLine()
    {
        var workspace = CreateOrders();
        workspace.Write(".cache-security-exclude", "# exclusions\nOrders/** | CSG001\n");

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("{root}/.cache-security-exclude(2,1): error CSG1005: The exclusion entry has 2 fields separated by '|', expected 3 or 4"), build.ToString());
    }

    [Test]
    public void Build_ExpiredExclusion_FailsWithCsg1006()
    {
        var workspace = CreateOrders();
        workspace.Write(".cache-security-exclude", "Orders/** | * | generated client, regenerated next sprint | expires 2020-01-31\n");

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("{root}/.cache-security-exclude(1,1): error CSG1006: The exclusion entry for 'Orders/**' expired on 2020-01-31"), build.ToString());
    }

    [Test]
    public void Build_ValidExclusion_PassesAndCountsExcluded()
    {
        var workspace = CreateOrders();
        workspace.Write(".cache-security-exclude", "Orders/** | CSG001, CSG002 | orders module is single-tenant by contract\n");

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(build.Output, Does.Contain("SecurityGate: Orders (net10.0): 0 new, 0 baselined, 2 excluded"), build.ToString());
    }

    [Test]
    public void Build_MalformedBaseline_FailsAndKeepsFile()
    {
        var workspace = CreateOrders();
        const string broken = "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    this is not json\n  ]\n}\n";
        workspace.Write("Orders/cache-security-baseline.json", broken);

        var build = workspace.Build(Project, "-p:CacheSecurityBaseline=accept", "-p:CacheSecurityReason=initial adoption");

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("{root}/Orders/cache-security-baseline.json(4,1): error CSG1004: "), build.ToString());
        Assert.That(workspace.Read("Orders/cache-security-baseline.json"), Is.EqualTo(broken), "A malformed baseline must never be overwritten.");
    }

    [Test]
    public void Build_UnknownBaselineMode_Fails()
    {
        var workspace = CreateOrders();

        var build = workspace.Build(Project, "-p:CacheSecurityBaseline=approve");

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("error CSG1012: CacheSecurityBaseline has the invalid value \"approve\"; use check (the default), accept or prune, for example -p:CacheSecurityBaseline=prune."), build.ToString());
    }

    [Test]
    public void Build_RuleInNoWarn_Fails()
    {
        var workspace = CreateOrders();

        var build = workspace.Build(Project, "-p:NoWarn=CSG001");

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("{root}/Orders/Orders.csproj : error CSG1015: NoWarn lists CSG001, which hides its findings from the gate"), build.ToString());
    }

    [Test]
    public void Build_SeverityNoneInEditorConfig_FailsAtLine()
    {
        var workspace = CreateOrders();
        workspace.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CSG002.severity = none\n");

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("{root}/.editorconfig(4,1): error CSG1015: The setting 'dotnet_diagnostic.CSG002.severity = none' hides SecurityGate findings from the gate"), build.ToString());
    }

    [Test]
    public void Build_MistypedEnabled_FailsInsteadOfSkipping()
    {
        var workspace = CreateOrders();

        var build = workspace.Build(Project, "-p:CacheSecurityEnabled=ture");

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(build.Output, Does.Contain("error CSG1012: CacheSecurityEnabled has the invalid value \"ture\"; use true or false, for example -p:CacheSecurityEnabled=true."), build.ToString());
    }

    private static ConsumerWorkspace CreateOrders()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject(Project);
        workspace.Write("Orders/OrderCache.cs", ConsumerSources.OrderCache);
        return workspace;
    }
}
