using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace SecurityGate.EndToEnd.Tests;

/// <summary>Runs the real <c>dotnet</c> CLI and captures its exit code and output.</summary>
internal static class DotnetCommand
{
    /// <summary>Variables that make a build look like CI; removed unless a test sets them on purpose.</summary>
    private static readonly string[] ContinuousIntegrationVariables = { "CI", "GITHUB_ACTIONS", "TF_BUILD", "ContinuousIntegrationBuild" };

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in ContinuousIntegrationVariables)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = Process.Start(startInfo)!;
        var output = new StringBuilder();
        var standardError = process.StandardError.ReadToEndAsync();
        output.Append(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        output.Append(standardError.GetAwaiter().GetResult());
        return new CommandResult(process.ExitCode, output.ToString().Replace("\r\n", "\n"));
    }
}

/// <summary>The exit code and combined output of one command.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    public IReadOnlyList<string> Lines => Output.Split('\n');

    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}
