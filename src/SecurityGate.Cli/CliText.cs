using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SecurityGate.Conventions;

namespace SecurityGate.Cli;

/// <summary>The texts of the tool's own errors. Each quotes the offending value, states the rule and names the fix.</summary>
internal static class CliText
{
    /// <summary>The fixes that the gate's baseline messages name, in the tool's options.</summary>
    public static Gate.BaselineSettingNames SettingNames { get; } = new(
        "pass --reason, for example --reason \"initial adoption\"",
        "pass --allow-in-ci");

    public static string PathNotFound(string path) =>
        $"The path '{path}' does not exist: pass a baseline file or a folder that contains cache-security-baseline.json files.";

    public static string NoBaselineInFolder(string folder) =>
        $"The folder '{folder}' contains no cache-security-baseline.json: pass the folder of a project that has a baseline, or accept findings first with 'securitygate baseline accept'.";

    public static string NoReportsMatched(string pattern) =>
        $"The pattern '{pattern}' matches no gate report: build the projects first (the gate writes obj/**/cache-security-report.json), or correct the pattern.";

    public static string UnknownRule(string id) =>
        $"The rule id '{id}' is unknown: use one of {string.Join(", ", RuleCatalog.All.Select(rule => rule.Id))}.";

    public static string RulePageMissing(string id) =>
        $"The rule {id} has no page in this version of the tool: read docs/rules/{id}.md in the repository, or update the tool.";

    public static string ExclusionFileExists(string path) =>
        $"The exclusion file '{path}' already exists, and init never overwrites it: edit the file, or delete it and run 'securitygate init' again.";

    public static string OutputNotWritten(string path, string reason) =>
        $"The file '{path}' could not be written: {reason}. Check that its folder exists and is writable.";

    public static string HistoryUnreadable(string path, string reason) =>
        $"The history file '{path}' could not be read: {reason}. Make the file readable, or pass another --history file.";

    public static string HistoryInvalidLine(string detail) =>
        $"The history line is not a counts record: {detail}. Delete the line, or start a new history file.";

    public static string LockTimeoutInvalid(double seconds) =>
        $"The lock timeout {seconds.ToString(CultureInfo.InvariantCulture)} is invalid: pass --lock-timeout with a number of seconds from 0 to 3600.";

    public static string UpdateHistoryWithoutHistory() =>
        "The option --update-history requires --history: pass --history with the JSON lines file to append the counts to.";


    public static string CheckPathNotFound(string path) =>
        $"The path '{path}' does not exist: pass a solution (.sln, .slnx), a project (.csproj) or a folder of C# files.";

    public static string CheckFileNotProject(string path) =>
        $"The file '{path}' is not a solution or C# project: pass a .sln, .slnx or .csproj file, or a folder of C# files.";

    public static string CheckFolderAmbiguous(string folder, IEnumerable<string> candidates) =>
        $"The folder '{folder}' contains several solutions or projects ({string.Join(", ", candidates)}): pass the one to check, or pass --sources-only to analyze the folder's C# files.";

    public static string ProjectLoadFailed(string path, string reason) =>
        $"The project '{path}' could not be loaded: {reason}. Run 'dotnet restore' on it, or check the folder's C# files without the project with --sources-only.";

    public static string NoCSharpProjects(string path) =>
        $"The path '{path}' contains no C# project: pass a solution or project with C# code, or a folder of C# files.";

    public static string FolderModeNote(string name, int compilerErrors) =>
        $"note: {name}: folder mode compiled the C# files without the project's references and matched cache APIs by type and method name; {compilerErrors.ToString(CultureInfo.InvariantCulture)} compiler errors (missing references are expected) did not stop the analysis.";

    public static string ProjectNotCompiled(string name, int compilerErrors, string firstError) =>
        $"The project {name} has {compilerErrors.ToString(CultureInfo.InvariantCulture)} compiler errors, so findings in code that does not compile may be missing (first: {firstError}). Run 'dotnet restore', then 'dotnet build' to fix them, or pass --sources-only to match cache APIs by name without the project's references.";

    public static string InitDone(string exclusionPath, string workflowPath, bool workflowWritten, string version) =>
        string.Join(
            "\n",
            new List<string>
            {
                $"Wrote '{exclusionPath}' with no entries.",
                workflowWritten
                    ? $"Wrote the CI workflow '{workflowPath}': it builds with the gate and publishes the findings to code scanning and the job summary."
                    : $"Left the existing '{workflowPath}' unchanged: compare it with 'securitygate init' in an empty folder.",
                "Reference the gate from every project: add this line to Directory.Packages.props (central package management):",
                $"  <GlobalPackageReference Include=\"SecurityGate\" Version=\"{version}\" />",
            });
}
