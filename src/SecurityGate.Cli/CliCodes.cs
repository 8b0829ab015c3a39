namespace SecurityGate.Cli;

/// <summary>Diagnostic codes of the securitygate tool (CSG2xxx). They are stable: scripts and docs refer to them.</summary>
internal static class CliCodes
{
    /// <summary>A path argument names no file or folder, or a folder holds no baseline.</summary>
    public const string InputNotFound = "CSG2001";

    /// <summary>A <c>--reports</c> pattern matches no gate report.</summary>
    public const string NoReports = "CSG2002";

    /// <summary><c>explain</c> was given an id that is not a SecurityGate rule.</summary>
    public const string UnknownRule = "CSG2003";

    /// <summary><c>init</c> found the file it would write.</summary>
    public const string FileExists = "CSG2004";

    /// <summary>An output or history file could not be read or written.</summary>
    public const string FileAccessFailed = "CSG2005";

    /// <summary>A command-line argument is invalid.</summary>
    public const string InvalidArgument = "CSG2006";

    /// <summary><c>check</c> could not load a solution or project with MSBuild.</summary>
    public const string ProjectLoadFailed = "CSG2007";

    /// <summary><c>check</c> found compiler errors in a project, usually because its packages are not restored.</summary>
    public const string ProjectNotCompiled = "CSG2008";
}
