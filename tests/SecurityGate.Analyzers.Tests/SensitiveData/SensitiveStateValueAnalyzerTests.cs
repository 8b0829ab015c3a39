using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.SensitiveData;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.SensitiveData;

public sealed class SensitiveStateValueAnalyzerTests
{
    [Test]
    public async Task Fixture_SessionAndFileWrites_ReportedPerWrite()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("SensitiveData/SensitiveStateValues.cs", null, new SensitiveStateValueAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG011", 31, 37, "\"SessionExtensions.SetString\" persists \"accessToken\", which is named as a secret, in plain text; encrypt it first with IDataProtector.Protect, or keep the secret out of the session and store only a reference to it"),
            new ExpectedDiagnostic("CSG011", 32, 29, SensitiveDataMessages.StateValueType("ISession.Set", "Cart.CardNumber")),
            new ExpectedDiagnostic("CSG011", 37, 36, "\"File.WriteAllText\" persists a value with the sensitive member \"ImportCheckpoint.SourceApiKey\" in plain text; encrypt the serialized value first with IDataProtector.Protect, or save workflow state through ICheckpointStore, which encrypts every checkpoint"),
            new ExpectedDiagnostic("CSG011", 42, 45, SensitiveDataMessages.StateValueType("File.WriteAllTextAsync", "ImportCheckpoint.SourceApiKey")),
            new ExpectedDiagnostic("CSG011", 46, 37, SensitiveDataMessages.StateValueType("File.WriteAllBytes", "ImportCheckpoint.SourceApiKey")),
        }));
    }

    [Test]
    public async Task Fixture_ProtectedOrHarmlessState_NotReported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("SensitiveData/ProtectedStateValues.cs", null, new SensitiveStateValueAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task SensitiveNames_ConfiguredPin_ReportsSessionInt()
    {
        var options = new TestConfigOptionsProvider(new Dictionary<string, string> { ["cache_security.sensitive_names"] = "pin" });

        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("SensitiveData/SensitiveStateValues.cs", options, new SensitiveStateValueAnalyzer());

        var pin = ExpectedDiagnostic.From(diagnostics).Where(diagnostic => diagnostic.Line == 33).ToList();
        Assert.That(pin, Is.EqualTo(new[] { new ExpectedDiagnostic("CSG011", 33, 33, SensitiveDataMessages.StateValueNamed("SessionExtensions.SetInt32", "pinCode")) }));
    }
}
