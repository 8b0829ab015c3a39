namespace SecurityGate.Gate;

/// <summary>Predicates over <see cref="FindingState"/> shared by the stale-entry check and the baseline updates.</summary>
public static class FindingStates
{
    /// <summary>
    /// True for the states whose finding keeps a matching baseline entry alive: baselined, and also excluded or
    /// suppressed in source, because the finding still exists and comes back when the exclusion or suppression goes.
    /// </summary>
    public static bool HoldsBaselineEntry(FindingState state) =>
        state is FindingState.Baselined or FindingState.Excluded or FindingState.SuppressedInSource;
}
