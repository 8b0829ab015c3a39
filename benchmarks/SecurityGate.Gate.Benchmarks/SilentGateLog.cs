namespace SecurityGate.Gate.Benchmarks;

/// <summary>A log that drops every message, so the benchmark measures the gate and not a console.</summary>
internal sealed class SilentGateLog : IGateLog
{
    public static readonly SilentGateLog Instance = new();

    public void Error(GateMessage message)
    {
    }

    public void Warning(GateMessage message)
    {
    }

    public void Message(string text, bool important)
    {
    }
}
