using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.Serialization;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Serialization;

public sealed class JsonTypeNameHandlingAnalyzerTests
{
    private const string Risk = "lets the JSON payload name the .NET type to create, so a crafted payload can run code on deserialization; use TypeNameHandling.None (the default) or suppress with the reason when a SerializationBinder allows only known types";

    private const string NotConstant = "which is not a constant, so it cannot be proven to be TypeNameHandling.None; assign TypeNameHandling.None or suppress with the reason when a SerializationBinder allows only known types";

    [Test]
    public async Task Settings_AssignmentsAndAttributes_ReportedWhereSet()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/JsonTypeNameHandling.cs", null, new JsonTypeNameHandlingAnalyzer());

        // None, reads and comparisons (Safe, IsUnsafe, the first line of Harden) are not reported.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG021", 5, 13, "Json.NET setting \"ItemTypeNameHandling = TypeNameHandling.Objects\" " + Risk),
            new ExpectedDiagnostic("CSG021", 8, 19, "Json.NET setting \"TypeNameHandling = TypeNameHandling.Auto\" " + Risk),
            new ExpectedDiagnostic("CSG021", 17, 62, "Json.NET setting \"TypeNameHandling = TypeNameHandling.All\" " + Risk),
            new ExpectedDiagnostic("CSG021", 24, 9, "Json.NET setting \"TypeNameHandling\" is assigned \"mode\", " + NotConstant),
            new ExpectedDiagnostic("CSG021", 34, 9, "Json.NET setting \"TypeNameHandling = TypeNameHandling.All\" " + Risk),
            new ExpectedDiagnostic("CSG021", 35, 9, "Json.NET setting \"TypeNameHandling\" is assigned \"settings.TypeNameHandling |= TypeNameHandling.Objects\", " + NotConstant),
        }));
    }

    [Test]
    public async Task Settings_Evidence_IsSettingAndValue()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/JsonTypeNameHandling.cs", null, new JsonTypeNameHandlingAnalyzer());

        var records = DiagnosticRecord.From(diagnostics);
        Assert.That(records[2].Evidence, Is.EqualTo(Conventions.Fingerprint.HashEvidence("TypeNameHandling=TypeNameHandling.All")));
        Assert.That(records[3].Evidence, Is.EqualTo(Conventions.Fingerprint.HashEvidence("TypeNameHandling=<not constant>")));
        Assert.That(records.Select(record => record.Member), Is.EqualTo(new[]
        {
            "T:Shop.Messages.Envelope",
            "P:Shop.Messages.Envelope.Payload",
            "M:Shop.Messages.SerializerFactory.Unsafe",
            "M:Shop.Messages.SerializerFactory.Configured(Newtonsoft.Json.TypeNameHandling)",
            "M:Shop.Messages.SerializerFactory.Harden(Newtonsoft.Json.JsonSerializerSettings)",
            "M:Shop.Messages.SerializerFactory.Harden(Newtonsoft.Json.JsonSerializerSettings)",
        }));
    }

    [Test]
    public async Task UnnamedEnumValue_WrittenAsCast()
    {
        const string source = """
            using Newtonsoft.Json;

            public static class Factory
            {
                public static JsonSerializerSettings Create() => new() { TypeNameHandling = (TypeNameHandling)5 };
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Factory.cs", null, new JsonTypeNameHandlingAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG021", 5, 62, "Json.NET setting \"TypeNameHandling = (TypeNameHandling)5\" " + Risk),
        }));
    }

    [Test]
    public async Task ProjectWithoutJsonNet_NoFinding()
    {
        const string source = """
            public enum TypeNameHandling { None, All }

            public sealed class JsonSerializerSettings
            {
                public TypeNameHandling TypeNameHandling { get; set; }
            }

            public static class Factory
            {
                public static JsonSerializerSettings Create() => new() { TypeNameHandling = TypeNameHandling.All };
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Factory.cs", null, new JsonTypeNameHandlingAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }
}
