using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>Runs a child process, returning its exit code and wall time; its output is read and dropped.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, TimeSpan Elapsed, string Output) Run(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"The process '{fileName}' did not start.");

        // Standard error is read on another task while standard output is read here, so a full pipe cannot block the child.
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        return (process.ExitCode, stopwatch.Elapsed, output + error.GetAwaiter().GetResult());
    }

    /// <summary>Runs a process and throws with its output when it exits with a non-zero code.</summary>
    public static void RunChecked(string fileName, IReadOnlyList<string> arguments)
    {
        var (exitCode, _, output) = Run(fileName, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments)}' failed with exit code {exitCode}:\n{output}");
        }
    }
}
