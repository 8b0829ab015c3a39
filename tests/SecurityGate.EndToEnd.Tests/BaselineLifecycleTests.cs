using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace SecurityGate.EndToEnd.Tests;

/// <summary>
/// The adoption path of one project with real builds: a new finding fails, accept writes the baseline,
/// a regression fails again, a fix leaves a stale entry, and prune shrinks the baseline.
/// </summary>
[TestFixture]
public sealed class BaselineLifecycleTests
{
    private const string Project = "Orders/Orders.csproj";
    private const string Source = "Orders/OrderCache.cs";
    private const string Baseline = "Orders/cache-security-baseline.json";

    private static readonly string[] NewOrderFindings =
    {
        $"{{root}}/Orders/OrderCache.cs(7,59): error CSG001: {ConsumerSources.CsgOneMessage} [{{root}}/Orders/Orders.csproj]",
        $"{{root}}/Orders/OrderCache.cs(7,59): error CSG002: {ConsumerSources.CsgTwoMessage} [{{root}}/Orders/Orders.csproj]",
    };

    [Test]
    public void Build_NewFinding_FailsWithCanonicalErrors()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        Assert.That(ConsumerWorkspace.DiagnosticLines(build), Is.EqualTo(NewOrderFindings), build.ToString());
        Assert.That(build.Output, Does.Contain("SecurityGate: Orders (net10.0): 2 new, 0 baselined, 0 excluded, 0 suppressed in source, 0 fixed"), build.ToString());
        Assert.That(build.Output, Does.Contain("Verdict: failed."), build.ToString());
    }

    [Test]
    public void Build_AfterAccept_PassesWithHashedBaseline()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);

        var accept = workspace.Build(Project, "-p:CacheSecurityBaseline=accept", "-p:CacheSecurityReason=initial adoption");
        var check = workspace.Build(Project);

        Assert.That(accept.ExitCode, Is.Zero, accept.ToString());
        Assert.That(check.ExitCode, Is.Zero, check.ToString());
        Assert.That(check.Output, Does.Contain("SecurityGate: Orders (net10.0): 0 new, 2 baselined, 0 excluded, 0 suppressed in source, 0 fixed"), check.ToString());

        var baseline = workspace.Read(Baseline);
        Assert.That(BaselineEntries(baseline), Has.Count.EqualTo(2), baseline);
        Assert.That(baseline, Does.Contain("\"reason\":\"initial adoption\""), baseline);
        Assert.That(baseline, Does.Not.Contain("orders:"), "The baseline must hold hashes, never the key template.");
        Assert.That(baseline, Does.Not.Contain("\r"), "The baseline must use LF line endings.");
    }

    [Test]
    public void Build_RegressionAfterAccept_FailsOnNewOnly()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);
        AcceptAll(workspace);
        workspace.Write(Source, ConsumerSources.OrderCacheWithInvoices);

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
        var lines = ConsumerWorkspace.DiagnosticLines(build);
        Assert.That(lines, Has.Count.EqualTo(2), build.ToString());
        Assert.That(lines, Has.All.StartWith("{root}/Orders/OrderCache.cs(8,61): error CSG00"), build.ToString());
        Assert.That(build.Output, Does.Contain("2 new, 2 baselined"), build.ToString());
    }

    [Test]
    public void Build_ShiftedLines_StillMatchesBaseline()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);
        AcceptAll(workspace);
        workspace.Write(Source, ConsumerSources.OrderCacheShifted);

        var build = workspace.Build(Project);

        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(build.Output, Does.Contain("0 new, 2 baselined"), build.ToString());
    }

    [Test]
    public void Build_FixedFinding_ReportsStaleEntries()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);
        AcceptAll(workspace);
        workspace.Write(Source, ConsumerSources.OrderCacheFixed);

        var local = workspace.Build(Project);
        var strict = workspace.Build(Project, "-p:CacheSecurityStrict=true");

        Assert.That(local.ExitCode, Is.Zero, local.ToString());
        Assert.That(ConsumerWorkspace.DiagnosticLines(local), Is.EqualTo(new[] { StaleLine("warning") }), local.ToString());
        Assert.That(strict.ExitCode, Is.EqualTo(1), strict.ToString());
        Assert.That(ConsumerWorkspace.DiagnosticLines(strict), Is.EqualTo(new[] { StaleLine("error") }), strict.ToString());
    }

    [Test]
    public void Prune_FixedFinding_RemovesOnlyItsEntries()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCacheWithInvoices);
        AcceptAll(workspace);
        var before = BaselineEntries(workspace.Read(Baseline));
        workspace.Write(Source, ConsumerSources.InvoiceCacheOnly);

        var prune = workspace.Build(Project, "-p:CacheSecurityBaseline=prune");
        var after = BaselineEntries(workspace.Read(Baseline));
        var check = workspace.Build(Project);

        Assert.That(prune.ExitCode, Is.Zero, prune.ToString());
        Assert.That(before, Has.Count.EqualTo(4));
        Assert.That(after, Has.Count.EqualTo(2));
        Assert.That(before, Is.SupersetOf(after), "Prune must only remove entries.");
        Assert.That(check.ExitCode, Is.Zero, check.ToString());
        Assert.That(ConsumerWorkspace.DiagnosticLines(check), Is.Empty, check.ToString());
    }

    [Test]
    public void Build_BaselinedThenExcluded_KeepsEntry()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);
        AcceptAll(workspace);
        var before = workspace.Read(Baseline);
        workspace.Write(".cache-security-exclude", "Orders/** | * | orders module moves to the runtime key builder next sprint\n");

        var strict = workspace.Build(Project, "-p:CacheSecurityStrict=true");
        var prune = workspace.Build(Project, "-p:CacheSecurityBaseline=prune");

        Assert.That(strict.ExitCode, Is.Zero, strict.ToString());
        Assert.That(strict.Output, Does.Contain("0 new, 0 baselined, 2 excluded, 0 suppressed in source, 0 fixed"), strict.ToString());
        Assert.That(prune.ExitCode, Is.Zero, prune.ToString());
        Assert.That(workspace.Read(Baseline), Is.EqualTo(before), "An excluded finding still holds its baseline entry.");
    }

    [Test]
    public void Prune_NewFinding_FailsAndNeverAdds()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);
        AcceptAll(workspace);
        var before = workspace.Read(Baseline);
        workspace.Write(Source, ConsumerSources.OrderCacheWithInvoices);

        var prune = workspace.Build(Project, "-p:CacheSecurityBaseline=prune");

        Assert.That(prune.ExitCode, Is.EqualTo(1), prune.ToString());
        Assert.That(workspace.Read(Baseline), Is.EqualTo(before), "Prune must never add an entry.");
    }

    [Test]
    public void Accept_InContinuousIntegration_IsRejected()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);
        var ci = new Dictionary<string, string> { ["CI"] = "true" };

        var accept = workspace.Build(Project, ci, "-p:CacheSecurityBaseline=accept", "-p:CacheSecurityReason=initial adoption");

        Assert.That(accept.ExitCode, Is.EqualTo(1), accept.ToString());
        Assert.That(accept.Output, Does.Contain("error CSG1008: Accepting findings into the baseline is rejected in CI builds"), accept.ToString());
        Assert.That(workspace.Exists(Baseline), Is.False, "A rejected accept must not write the baseline.");
    }

    [Test]
    public void Accept_WithoutReason_IsRejected()
    {
        var workspace = CreateOrders(ConsumerSources.OrderCache);

        var accept = workspace.Build(Project, "-p:CacheSecurityBaseline=accept");

        Assert.That(accept.ExitCode, Is.EqualTo(1), accept.ToString());
        Assert.That(accept.Output, Does.Contain("error CSG1009: Accepting findings into the baseline requires a reason: set CacheSecurityReason"), accept.ToString());
        Assert.That(workspace.Exists(Baseline), Is.False);
    }

    private static ConsumerWorkspace CreateOrders(string source)
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject(Project);
        workspace.Write(Source, source);
        return workspace;
    }

    private static void AcceptAll(ConsumerWorkspace workspace)
    {
        var accept = workspace.Build(Project, "-p:CacheSecurityBaseline=accept", "-p:CacheSecurityReason=initial adoption");
        Assert.That(accept.ExitCode, Is.Zero, accept.ToString());
    }

    private static List<string> BaselineEntries(string baseline) =>
        baseline.Split('\n').Where(line => line.Contains("\"fingerprint\"", System.StringComparison.Ordinal)).Select(line => line.Trim().TrimEnd(',')).ToList();

    private static string StaleLine(string severity) =>
        $"{{root}}/Orders/cache-security-baseline.json(4,1): {severity} CSG1010: 2 entries of the baseline '{{root}}/Orders/cache-security-baseline.json' match no finding, because the findings were fixed. Remove them with 'dotnet build -p:CacheSecurityBaseline=prune'. [{{root}}/Orders/Orders.csproj]";
}
