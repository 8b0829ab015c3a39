using System.Diagnostics.Metrics;

namespace SecurityGate.Runtime;

/// <summary>
/// Counters of the meter <c>SecurityGate.Runtime</c>. They carry no tags, so no tenant or key reaches a
/// metrics backend.
/// </summary>
internal static class RuntimeMetrics
{
    public const string MeterName = "SecurityGate.Runtime";

    private static readonly Meter Meter = new(MeterName);

    public static Counter<long> Encryptions { get; } = Meter.CreateCounter<long>("securitygate.cache.encryptions", "{entry}", "Cache values encrypted.");

    public static Counter<long> Decryptions { get; } = Meter.CreateCounter<long>("securitygate.cache.decryptions", "{entry}", "Cache values decrypted.");

    public static Counter<long> DecryptionFailures { get; } = Meter.CreateCounter<long>("securitygate.cache.decryption_failures", "{entry}", "Cache values that failed authentication or named an unknown key.");

    public static Counter<long> RejectedWrites { get; } = Meter.CreateCounter<long>("securitygate.member.rejected_writes", "{write}", "Plaintext writes to sensitive members rejected by SecureMember.");
}
