using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.Serialization;
using SecurityGate.CodeFixes.Tests.Infrastructure;

namespace SecurityGate.CodeFixes.Tests;

public sealed class TypeNameHandlingCodeFixProviderTests
{
    private static CodeFixHarness Harness() => new(new TypeNameHandlingCodeFixProvider(), new JsonTypeNameHandlingAnalyzer());

    [Test]
    public async Task Fix_ObjectInitializer_SetsNone()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            using Newtonsoft.Json;

            public static class Settings
            {
                public static JsonSerializerSettings Create() => new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using Newtonsoft.Json;

            public static class Settings
            {
                public static JsonSerializerSettings Create() => new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task Fix_QualifiedAssignment_KeepsQualifier()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            public static class Settings
            {
                public static void Configure(Newtonsoft.Json.JsonSerializer serializer)
                {
                    serializer.TypeNameHandling = Newtonsoft.Json.TypeNameHandling.Objects;
                }
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            public static class Settings
            {
                public static void Configure(Newtonsoft.Json.JsonSerializer serializer)
                {
                    serializer.TypeNameHandling = Newtonsoft.Json.TypeNameHandling.None;
                }
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task Fix_AttributeNamedArgument_SetsNone()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            using Newtonsoft.Json;

            public sealed class Order
            {
                [JsonProperty(TypeNameHandling = TypeNameHandling.Auto)]
                public object? Payload { get; set; }
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using Newtonsoft.Json;

            public sealed class Order
            {
                [JsonProperty(TypeNameHandling = TypeNameHandling.None)]
                public object? Payload { get; set; }
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task Fix_NonConstantValue_SetsNone()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            using Newtonsoft.Json;

            public static class Settings
            {
                public static void Configure(JsonSerializerSettings settings, TypeNameHandling configured)
                {
                    settings.TypeNameHandling = configured;
                }
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using Newtonsoft.Json;

            public static class Settings
            {
                public static void Configure(JsonSerializerSettings settings, TypeNameHandling configured)
                {
                    settings.TypeNameHandling = TypeNameHandling.None;
                }
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task Fix_CompoundAssignment_BecomesPlainAssignment()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            using Newtonsoft.Json;

            public static class Settings
            {
                public static void Configure(JsonSerializerSettings settings)
                {
                    settings.TypeNameHandling |= TypeNameHandling.Arrays;
                }
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using Newtonsoft.Json;

            public static class Settings
            {
                public static void Configure(JsonSerializerSettings settings)
                {
                    settings.TypeNameHandling = TypeNameHandling.None;
                }
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task FixAll_TwoSettings_SetsBothToNone()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixAllAsync(
            """
            using Newtonsoft.Json;

            public sealed class Order
            {
                [JsonProperty(TypeNameHandling = TypeNameHandling.All, ItemTypeNameHandling = TypeNameHandling.Objects)]
                public object[]? Items { get; set; }
            }
            """,
            TypeNameHandlingCodeFixProvider.EquivalenceKey);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using Newtonsoft.Json;

            public sealed class Order
            {
                [JsonProperty(TypeNameHandling = TypeNameHandling.None, ItemTypeNameHandling = TypeNameHandling.None)]
                public object[]? Items { get; set; }
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }
}
