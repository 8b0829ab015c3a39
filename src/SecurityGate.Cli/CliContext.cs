using System;
using System.IO;

namespace SecurityGate.Cli;

/// <summary>The process surroundings of one invocation, so tests run the commands in-process with their own writers.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, string workingDirectory, Func<string, string?> environment)
    {
        Output = output;
        Error = error;
        WorkingDirectory = workingDirectory;
        Environment = environment;
    }

    /// <summary>Standard output: results and progress lines.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: errors and warnings, each naming the file, line and fix.</summary>
    public TextWriter Error { get; }

    /// <summary>The folder that relative paths and patterns are resolved against.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Reads an environment variable; null when it is not set.</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>
    /// True when CI, ContinuousIntegrationBuild, TF_BUILD or GITHUB_ACTIONS is true: the same variables the build gate's
    /// targets check.
    /// </summary>
    public bool IsContinuousIntegration =>
        IsTrue("CI") || IsTrue("ContinuousIntegrationBuild") || IsTrue("TF_BUILD") || IsTrue("GITHUB_ACTIONS");

    /// <summary>True when standard error is a terminal, so progress lines may be shown; false for tests and redirected output.</summary>
    public bool IsErrorTerminal { get; init; }

    public static CliContext FromProcess(TextWriter output, TextWriter error) =>
        new(output, error, Directory.GetCurrentDirectory(), System.Environment.GetEnvironmentVariable)
        {
            IsErrorTerminal = !Console.IsErrorRedirected,
        };

    /// <summary>Resolves <paramref name="path"/> against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    private bool IsTrue(string name) => string.Equals(Environment(name), "true", StringComparison.OrdinalIgnoreCase);
}
