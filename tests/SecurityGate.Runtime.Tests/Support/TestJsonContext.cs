using System.Text.Json.Serialization;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>A source-generated context, as an application would pass in <see cref="SecureCacheOptions.SerializerOptions"/>.</summary>
[JsonSerializable(typeof(OrderSummary))]
[JsonSerializable(typeof(ApiCredentials))]
[JsonSerializable(typeof(WorkflowState))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
}
