using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using SecurityGate.Gate.Configuration;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests.Configuration;

public sealed class RuleSilencingTests
{
    private const string Project = "/repo/src/Orders/Orders.csproj";

    private string _folder = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _folder = Path.Combine(Path.GetTempPath(), "securitygate-silencing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Check_RuleInNoWarn_FailsAtProject()
    {
        var log = new RecordingGateLog();

        var passed = RuleSilencing.Check("$(NoWarn);CS1591; CSG001,SYSLIB0011", Array.Empty<string>(), Project, log);

        Assert.That(passed, Is.False);
        var error = log.Errors.Single();
        Assert.That(error.Code, Is.EqualTo("CSG1015"));
        Assert.That(error.File, Is.EqualTo(Project));
        Assert.That(error.Text, Is.EqualTo("NoWarn lists CSG001, which hides its findings from the gate, so new ones would pass and baselined ones would look fixed. Remove CSG001 from NoWarn; to leave out paths, add them to .cache-security-exclude with a reason, or set CacheSecurityEnabled=false to turn the gate off explicitly."));
    }

    [Test]
    public void Check_SeverityNoneInEditorConfig_FailsAtLine()
    {
        var path = Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CA1000.severity = none\ndotnet_diagnostic.CSG002.severity = none # too noisy\n");
        var log = new RecordingGateLog();

        var passed = RuleSilencing.Check(null, new[] { path }, Project, log);

        Assert.That(passed, Is.False);
        var error = log.Errors.Single();
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Line, Is.EqualTo(5));
        Assert.That(error.Text, Does.StartWith("The setting 'dotnet_diagnostic.CSG002.severity = none # too noisy' hides SecurityGate findings from the gate"));
    }

    [Test]
    public void Check_SilentCategoryAndAllAnalyzers_AreBothReported()
    {
        var path = Write("project.globalconfig", "is_global = true\ndotnet_analyzer_diagnostic.category-CacheSecurity.Keys.severity = silent\ndotnet_analyzer_diagnostic.severity = none\ndotnet_analyzer_diagnostic.category-Performance.severity = none\n");
        var log = new RecordingGateLog();

        var passed = RuleSilencing.Check(null, new[] { path }, Project, log);

        Assert.That(passed, Is.False);
        Assert.That(log.Errors.Select(error => error.Line), Is.EqualTo(new[] { 2, 3 }));
    }

    [Test]
    public void Check_VisibleSeverities_Pass()
    {
        var path = Write(".editorconfig", "[*.cs]\ndotnet_diagnostic.CSG001.severity = suggestion\ndotnet_diagnostic.CSG002.severity = error\n# dotnet_diagnostic.CSG020.severity = none\n");
        var log = new RecordingGateLog();

        var passed = RuleSilencing.Check("CS1591;CA2007", new[] { path, Path.Combine(_folder, "missing.editorconfig") }, Project, log);

        Assert.That(passed, Is.True);
        Assert.That(log.Errors, Is.Empty);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
