namespace SecurityGate.Cli;

/// <summary>The tool's exit codes, the same as the build gate's outcome.</summary>
internal static class ExitCodes
{
    /// <summary>The check passed, or the command did its work.</summary>
    public const int Success = 0;

    /// <summary>The check found regressions: new findings, or a baseline that is not in canonical form.</summary>
    public const int Regressions = 1;

    /// <summary>A configuration or tool error: bad arguments, a malformed input file, a file that could not be written.</summary>
    public const int ConfigurationError = 2;
}
