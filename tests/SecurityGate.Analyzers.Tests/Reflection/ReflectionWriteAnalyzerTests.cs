using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.Reflection;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Reflection;

public sealed class ReflectionWriteAnalyzerTests
{
    [Test]
    public async Task Fixture_ReflectionWrites_ReportedPerCall()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Reflection/ReflectionWrites.cs", null, new ReflectionWriteAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG030", 23, 12, "\"PropertyInfo.SetValue\" writes the sensitive member \"MailSettings.Password\" through reflection, so a plaintext secret can land in it; write it with SecureMember.Set, which accepts a secret only as Protected<T>"),
            new ExpectedDiagnostic("CSG030", 28, 9, ReflectionMessages.Write("PropertyInfo.SetValue", "MailSettings.Iban")),
            new ExpectedDiagnostic("CSG030", 32, 12, "\"PropertyInfo.SetValue\" writes a member of a type with the sensitive member \"MailSettings.Password\" through reflection, and the written member is not known; write members with SecureMember.Set, which accepts a secret only as Protected<T>"),
            new ExpectedDiagnostic("CSG030", 35, 12, ReflectionMessages.Write("Type.InvokeMember", "MailSettings.Password")),
            new ExpectedDiagnostic("CSG030", 41, 22, ReflectionMessages.Write("Expression.Assign", "MailSettings.Password")),
        }));
    }

    [Test]
    public async Task Fixture_DynamicWrites_ReportedPerAssignment()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Reflection/ReflectionWrites.cs", null, new DynamicMemberWriteAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG031", 46, 12, "Dynamic assignment writes the sensitive member \"AccessToken\" without a compile-time check, so a plaintext secret can land in it; write it with SecureMember.Set, which accepts a secret only as Protected<T>"),
            new ExpectedDiagnostic("CSG031", 49, 12, ReflectionMessages.Dynamic("MailSettings.Iban")),
        }));
    }

    [Test]
    public async Task Fixture_SecureMemberAndHarmlessWrites_NotReported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Reflection/SecureMemberWrites.cs", null, new ReflectionWriteAnalyzer(), new DynamicMemberWriteAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task SensitiveNames_ConfiguredPort_ReportsDynamicWrite()
    {
        var options = new TestConfigOptionsProvider(new Dictionary<string, string> { ["cache_security.sensitive_names"] = "port" });

        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Reflection/SecureMemberWrites.cs", options, new DynamicMemberWriteAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics).Select(diagnostic => diagnostic.Message), Is.EqualTo(new[] { ReflectionMessages.Dynamic("Port") }));
    }
}
