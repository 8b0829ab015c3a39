using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.Serialization;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Serialization;

public sealed class CacheSerializerRegistrationAnalyzerTests
{
    [Test]
    public async Task Registrations_InsecureSerializers_ReportedOnCall()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/InsecureCacheSerializers.cs", null, new CacheSerializerRegistrationAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG023", 21, 39, Message("WithSerializer", "TypeNameHandling = TypeNameHandling.Auto")),
            new ExpectedDiagnostic("CSG023", 25, 42, Message("WithSerializer", "TypeNameHandling = TypeNameHandling.All")),
            new ExpectedDiagnostic("CSG023", 30, 21, Message("WithJson", "TypeNameHandling = TypeNameHandling.Objects")),
            new ExpectedDiagnostic("CSG023", 31, 21, Message("WithBinary", "BinaryFormatter")),
            new ExpectedDiagnostic("CSG023", 37, 39, Message("AddSerializer", "LegacyOrderSerializer (BinaryFormatter)")),
            new ExpectedDiagnostic("CSG023", 38, 39, Message("AddSerializer", "LegacyOrderSerializer (BinaryFormatter)")),
            new ExpectedDiagnostic("CSG023", 43, 25, Message("AddTenantCache", "TypeNameHandling = TypeNameHandling.Arrays")),
        }));
    }

    [Test]
    public async Task Registrations_Evidence_IsMethodAndReason()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/InsecureCacheSerializers.cs", null, new CacheSerializerRegistrationAnalyzer());

        var records = DiagnosticRecord.From(diagnostics);
        Assert.That(records[0].Evidence, Is.EqualTo(Conventions.Fingerprint.HashEvidence("WithSerializer|TypeNameHandling = TypeNameHandling.Auto")));
        Assert.That(records[0].Member, Is.EqualTo("M:Shop.Startup.CacheRegistration.AddFusion(Microsoft.Extensions.DependencyInjection.IServiceCollection)"));
        Assert.That(records[4].Ordinal, Is.EqualTo("0"));
        Assert.That(records[5].Ordinal, Is.EqualTo("1"));
    }

    [Test]
    public async Task SafeRegistrations_NoFinding()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/SafeCacheSerializers.cs", null, new CacheSerializerRegistrationAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task SettingsOutsideRegistration_NoFinding()
    {
        const string source = """
            using Newtonsoft.Json;

            public static class Factory
            {
                public static JsonSerializerSettings AddSettings() => new() { TypeNameHandling = TypeNameHandling.All };
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Factory.cs", null, new CacheSerializerRegistrationAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    private static string Message(string registration, string reason)
        => $"Cache registration \"{registration}\" configures a serializer with \"{reason}\", which creates whatever .NET type a cached payload names, so one poisoned cache entry runs code in every process that reads it; register a serializer without type names (System.Text.Json, or Json.NET with TypeNameHandling.None)";
}
