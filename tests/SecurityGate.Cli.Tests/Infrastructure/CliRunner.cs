using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace SecurityGate.Cli.Tests.Infrastructure;

/// <summary>Runs the tool in-process through its entry point, or as a process the way a user does: <c>dotnet securitygate.dll</c>.</summary>
internal static class CliRunner
{
    /// <summary>The built tool, copied next to the tests by the project reference.</summary>
    public static string ToolPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "securitygate.dll");

    /// <summary>Runs in-process with no environment variables set, so CI detection and link defaults are off.</summary>
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, workingDirectory, name => environment.TryGetValue(name, out var value) ? value : null);
        var exitCode = SecurityGateCommand.Invoke(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Starts the tool as a process; CI variables are removed so a CI run of the tests behaves as a developer's.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(ToolPath);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "CI", "GITHUB_ACTIONS", "TF_BUILD", "ContinuousIntegrationBuild" })
        {
            startInfo.Environment.Remove(name);
        }

        return Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    public static CliResult Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output.Result, error);
    }
}
