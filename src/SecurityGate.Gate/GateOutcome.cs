namespace SecurityGate.Gate;

/// <summary>The result of one gate run.</summary>
public sealed class GateOutcome
{
    /// <summary>Creates an outcome.</summary>
    public GateOutcome(bool passed, GateReport report)
    {
        Passed = passed;
        Report = report;
    }

    /// <summary>True when the run logged no error.</summary>
    public bool Passed { get; }

    /// <summary>The report that the run wrote to <see cref="GateOptions.ReportPath"/>.</summary>
    public GateReport Report { get; }
}
