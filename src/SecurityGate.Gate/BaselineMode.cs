namespace SecurityGate.Gate;

/// <summary>What a build does with the baseline.</summary>
public enum BaselineMode
{
    /// <summary>Compares findings with the baseline and fails on new ones; writes nothing. The default.</summary>
    Check,

    /// <summary>Adds every new finding to the baseline with a reason; requires <see cref="GateOptions.Reason"/>.</summary>
    Accept,

    /// <summary>Removes baseline entries whose findings no longer occur; never adds, and new findings still fail.</summary>
    Prune,
}
