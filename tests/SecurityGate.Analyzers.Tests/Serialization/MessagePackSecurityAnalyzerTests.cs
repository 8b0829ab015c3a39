using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SecurityGate.Analyzers.Serialization;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Serialization;

public sealed class MessagePackSecurityAnalyzerTests
{
    private const string TypelessMessage =
        "\"{0}\" uses the MessagePack typeless API, which lets the payload name the .NET type to create, so a crafted payload can run code on deserialization; use MessagePackSerializer with a standard resolver and options set with .WithSecurity(MessagePackSecurity.UntrustedData)";

    private const string DefaultOptionsMessage =
        "\"{0}\" is called without options, so it uses the default options, which treat the data as trusted (MessagePackSecurity.TrustedData); pass options set with .WithSecurity(MessagePackSecurity.UntrustedData)";

    private const string NotProvenMessage =
        "\"{0}\" is passed the options \"{1}\", which cannot be proven to use MessagePackSecurity.UntrustedData; pass options set with .WithSecurity(MessagePackSecurity.UntrustedData) in the call, a local or a read-only field initializer";

    [Test]
    public async Task Fixture_TypelessAndUnprovenOptions_Reported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("Serialization/MessagePackDeserialization.cs", null, new MessagePackSecurityAnalyzer());

        // Untrusted, ReadInline, ReadLocal and Serialize are not reported.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG022", 20, 52, Typeless("MessagePackSerializer.Typeless.Deserialize")),
            new ExpectedDiagnostic("CSG022", 23, 62, NotProven("MessagePackSerializer.Deserialize", "TypelessContractlessStandardResolver.Options")),
            new ExpectedDiagnostic("CSG022", 23, 62, Typeless("TypelessContractlessStandardResolver.Options")),
            new ExpectedDiagnostic("CSG022", 25, 71, "\"MessagePackSerializer.Deserialize\" is called without options, so it uses the default options, which treat the data as trusted (MessagePackSecurity.TrustedData); pass options set with .WithSecurity(MessagePackSecurity.UntrustedData)"),
            new ExpectedDiagnostic("CSG022", 27, 99, NotProven("MessagePackSerializer.Deserialize", "Trusted")),
            new ExpectedDiagnostic("CSG022", 29, 99, NotProven("MessagePackSerializer.Deserialize", "mutable")),
            new ExpectedDiagnostic("CSG022", 31, 135, NotProven("MessagePackSerializer.Deserialize", "options")),
            new ExpectedDiagnostic("CSG022", 33, 80, DefaultOptions("MessagePackSerializer.DeserializeAsync")),
        }));
    }

    [TestCase("MessagePackSerializer.Deserialize<int>(payload, MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData))")]
    [TestCase("MessagePackSerializer.Deserialize<int>(payload, MessagePackSerializerOptions.Standard.WithSecurity(security))")]
    [TestCase("MessagePackSerializer.Serialize(1)")]
    public async Task ProvenOrNoDeserialization_NotReported(string expression)
    {
        var diagnostics = await RunOnExpressionAsync(expression);

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("MessagePackSerializer.Deserialize<int>(payload, MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.TrustedData))", "MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.TrustedData)")]
    [TestCase("MessagePackSerializer.Deserialize<int>(payload, MessagePackSerializer.DefaultOptions)", "MessagePackSerializer.DefaultOptions")]
    [TestCase("MessagePackSerializer.Deserialize<int>(payload, MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData.WithHashCollisionResistant(false)))", "MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData.WithHashCollisionResistant(false))")]
    [TestCase("MessagePackSerializer.Deserialize<int>(payload, reassigned)", "reassigned")]
    [TestCase("MessagePackSerializer.Deserialize<int>(payload, Local())", "Local()")]
    public async Task UnprovenOptions_ReportedWithExpression(string expression, string options)
    {
        var diagnostics = await RunOnExpressionAsync(expression);

        Assert.That(DiagnosticRecord.From(diagnostics), Has.Count.EqualTo(1));
        Assert.That(DiagnosticRecord.From(diagnostics)[0].Message, Is.EqualTo(NotProven("MessagePackSerializer.Deserialize", options)));
    }

    [TestCase("MessagePackSerializer.Typeless.Serialize(payload)", "MessagePackSerializer.Typeless.Serialize")]
    [TestCase("MessagePackSerializer.Typeless.DefaultOptions", "MessagePackSerializer.Typeless.DefaultOptions")]
    [TestCase("TypelessObjectResolver.Instance", "TypelessObjectResolver.Instance")]
    public async Task TypelessUse_Reported(string expression, string use)
    {
        var diagnostics = await RunOnExpressionAsync(expression);

        Assert.That(DiagnosticRecord.From(diagnostics), Has.Count.EqualTo(1));
        Assert.That(DiagnosticRecord.From(diagnostics)[0].Message, Is.EqualTo(Typeless(use)));
    }

    [Test]
    public async Task DeserializeWithoutOptionsOverload_DefaultOptionsReported()
    {
        var diagnostics = await RunOnExpressionAsync("MessagePackSerializer.Deserialize<int>(payload, out _)");

        Assert.That(DiagnosticRecord.From(diagnostics), Has.Count.EqualTo(1));
        Assert.That(DiagnosticRecord.From(diagnostics)[0].Message, Is.EqualTo(DefaultOptions("MessagePackSerializer.Deserialize")));
    }

    [Test]
    public async Task NoMessagePackReference_NothingReported()
    {
        var source = """
            namespace Shop;

            public static class MessagePackSerializer
            {
                public static T Deserialize<T>(byte[] payload) => default!;
            }

            public static class Reader
            {
                public static int Read(byte[] payload) => MessagePackSerializer.Deserialize<int>(payload);
            }
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(source, "Reader.cs", null, new MessagePackSecurityAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    private static string Typeless(string use) => TypelessMessage.Replace("{0}", use, System.StringComparison.Ordinal);

    private static string DefaultOptions(string api) => DefaultOptionsMessage.Replace("{0}", api, System.StringComparison.Ordinal);

    private static string NotProven(string api, string options)
        => NotProvenMessage.Replace("{0}", api, System.StringComparison.Ordinal).Replace("{1}", options, System.StringComparison.Ordinal);

    private static Task<ImmutableArray<Diagnostic>> RunOnExpressionAsync(string expression)
    {
        var source = $$"""
            using System;
            using MessagePack;
            using MessagePack.Resolvers;

            namespace Shop;

            public sealed class Reader
            {
                public object? Read(byte[] payload)
                {
                    var security = MessagePackSecurity.UntrustedData;
                    var reassigned = MessagePackSerializerOptions.Standard.WithSecurity(security);
                    reassigned = MessagePackSerializerOptions.Standard;
                    return {{expression}};
                }

                private static MessagePackSerializerOptions Local()
                {
                    throw new NotSupportedException();
                }
            }
            """;
        return AnalyzerHarness.RunAsync(source, "Reader.cs", null, new MessagePackSecurityAnalyzer());
    }
}
