using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.Serialization;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Serialization;

public sealed class InsecureFormatterAnalyzerTests
{
    private const string Risk = "it can run code chosen by whoever wrote the data it reads back, so use System.Text.Json or another serializer limited to the types you declare";

    [Test]
    public async Task Formatters_CreationsAndForeignUses_EachReportedOnce()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/InsecureFormatters.cs", null, new InsecureFormatterAnalyzer());

        // LoadLocal creates its formatter, so only the creation is reported, not the Deserialize call after it.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG020", 8, 54, "\"new BinaryFormatter()\" creates an insecure formatter; " + Risk),
            new ExpectedDiagnostic("CSG020", 10, 56, "\"BinaryFormatter.Deserialize\" is called on an insecure formatter created outside this member; " + Risk),
            new ExpectedDiagnostic("CSG020", 14, 25, "\"new BinaryFormatter()\" creates an insecure formatter; " + Risk),
            new ExpectedDiagnostic("CSG020", 18, 79, "\"BinaryFormatter.Deserialize\" is called on an insecure formatter created outside this member; " + Risk),
            new ExpectedDiagnostic("CSG020", 20, 50, "\"new SoapFormatter()\" creates an insecure formatter; " + Risk),
            new ExpectedDiagnostic("CSG020", 23, 27, "\"NetDataContractSerializer.ReadObject\" is called on an insecure formatter created outside this member; " + Risk),
            new ExpectedDiagnostic("CSG020", 25, 53, "\"new LosFormatter()\" creates an insecure formatter; " + Risk),
            new ExpectedDiagnostic("CSG020", 27, 104, "\"ObjectStateFormatter.Deserialize\" is called on an insecure formatter created outside this member; " + Risk),
        }));
    }

    [Test]
    public async Task Formatters_Evidence_IsFormatterTypeName()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/InsecureFormatters.cs", null, new InsecureFormatterAnalyzer());

        var binary = Conventions.Fingerprint.HashEvidence("System.Runtime.Serialization.Formatters.Binary.BinaryFormatter");
        var evidence = DiagnosticRecord.From(diagnostics).Select(record => record.Evidence).ToArray();
        Assert.That(evidence.Take(4), Is.All.EqualTo(binary));
        Assert.That(evidence[4], Is.EqualTo(Conventions.Fingerprint.HashEvidence("System.Runtime.Serialization.Formatters.Soap.SoapFormatter")));
    }

    [Test]
    public async Task SystemTextJson_NoFinding()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/SafeSerializers.cs", null, new InsecureFormatterAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task LocalReassignedFromField_UseReported()
    {
        const string source = """
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            public sealed class Reader
            {
                private readonly BinaryFormatter shared = new();

                public object Read(Stream stream)
                {
                    var formatter = shared;
                    return formatter.Deserialize(stream);
                }
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Reader.cs", null, new InsecureFormatterAnalyzer());

        Assert.That(DiagnosticRecord.From(diagnostics).Select(record => (record.Line, record.Column, record.Member)), Is.EqualTo(new[]
        {
            (6, 47, (string?)"F:Reader.shared"),
            (11, 26, (string?)"M:Reader.Read(System.IO.Stream)"),
        }));
    }
}
