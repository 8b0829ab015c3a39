using System;
using System.CommandLine;
using System.IO;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Commands;

/// <summary>
/// <c>securitygate init [folder]</c>: writes a starter exclusion file and a starter CI workflow, and prints the package
/// reference to add. It never overwrites a file.
/// </summary>
internal static class InitCommand
{
    /// <summary>The name of the exclusion file the build gate reads.</summary>
    public const string ExclusionFileName = ".cache-security-exclude";

    /// <summary>Where the starter workflow goes, relative to the folder.</summary>
    public static readonly string WorkflowPath = Path.Combine(".github", "workflows", "cache-security.yml");

    // The header documents the format where people edit the file; the gate skips '#' lines.
    private const string ExclusionTemplate =
        "# Exclusions for the SecurityGate cache-security rules.\n" +
        "# Findings in files that match an entry do not fail the build. The gate reads this file for every project\n" +
        "# at or below this folder.\n" +
        "#\n" +
        "# One entry per line:\n" +
        "#   <glob> | <rule ids comma-separated, or *> | <reason> [| expires <yyyy-MM-dd>]\n" +
        "# The glob is relative to this folder. The reason is required. After the expiry date the entry fails the build.\n" +
        "# Example:\n" +
        "#   tests/Fixtures/** | CSG001, CSG002 | fixtures build keys by hand | expires 2027-06-30\n";

    public static Command Create(CliContext context)
    {
        var folderArgument = new Argument<string>("folder")
        {
            Description = "The folder to write .cache-security-exclude into, usually the repository root.",
            DefaultValueFactory = _ => ".",
        };

        var command = new Command("init", "Write a starter .cache-security-exclude with no entries and a starter .github/workflows/cache-security.yml, and print how to reference the gate. Existing files are never overwritten.")
        {
            folderArgument,
        };

        command.SetAction(parseResult => Run(parseResult.GetRequiredValue(folderArgument), context));
        return command;
    }

    private static int Run(string folder, CliContext context)
    {
        var log = new CliLog(context);
        var folderPath = context.ResolvePath(folder);
        if (!Directory.Exists(folderPath))
        {
            log.Error(new GateMessage(CliCodes.InputNotFound, CliText.PathNotFound(folderPath)));
            return ExitCodes.ConfigurationError;
        }

        var path = Path.Combine(folderPath, ExclusionFileName);
        try
        {
            // CreateNew fails when the file exists, so a file created after a check is never overwritten either.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ExclusionTemplate);
            stream.Write(bytes, 0, bytes.Length);
        }
        catch (IOException) when (File.Exists(path))
        {
            log.Error(new GateMessage(CliCodes.FileExists, CliText.ExclusionFileExists(path), path));
            return ExitCodes.ConfigurationError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Error(new GateMessage(CliCodes.FileAccessFailed, CliText.OutputNotWritten(path, exception.Message), path));
            return ExitCodes.ConfigurationError;
        }

        var workflowPath = Path.Combine(folderPath, WorkflowPath);
        var workflowWritten = false;
        if (!File.Exists(workflowPath))
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(workflowPath)!);
                using var stream = new FileStream(workflowPath, FileMode.CreateNew, FileAccess.Write);
                using var template = typeof(InitCommand).Assembly.GetManifestResourceStream("templates/cache-security.yml")!;
                template.CopyTo(stream);
                workflowWritten = true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                log.Error(new GateMessage(CliCodes.FileAccessFailed, CliText.OutputNotWritten(workflowPath, exception.Message), workflowPath));
                return ExitCodes.ConfigurationError;
            }
        }

        context.Output.WriteLine(CliText.InitDone(path, workflowPath, workflowWritten, ToolVersion));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The tool's assembly version as <c>major.minor.patch</c>. Directory.Build.props gives every package of a build the
    /// same version, so this is the SecurityGate package version that matches the tool.
    /// </summary>
    public static string ToolVersion
    {
        get
        {
            var version = typeof(InitCommand).Assembly.GetName().Version ?? new Version(0, 0, 0);
            return version.ToString(3);
        }
    }
}
