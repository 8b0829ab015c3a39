using System.Diagnostics.CodeAnalysis;

namespace SecurityGate.Gate;

/// <summary>
/// The sink for everything the gate reports. The MSBuild task maps it to its task logger; tests record it.
/// </summary>
public interface IGateLog
{
    /// <summary>Logs an error: the build fails.</summary>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Mirrors TaskLoggingHelper.LogError; the MSBuild task and tests implement it in C#.")]
    void Error(GateMessage message);

    /// <summary>Logs a warning: shown, but the build does not fail on it.</summary>
    void Warning(GateMessage message);

    /// <summary>Logs an informational line at normal importance when <paramref name="important"/> is true, else at low importance.</summary>
    void Message(string text, bool important);
}
