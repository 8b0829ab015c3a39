using System;
using System.Globalization;
using System.IO;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>
/// Times <c>securitygate check --sources-only</c> on the generated folder against two floors run as separate
/// processes the same way: parsing the files alone, and parsing plus binding them.
/// </summary>
internal static class FolderModeBenchmark
{
    public static void Run(string repositoryRoot, string folder, int runs)
    {
        var cli = Path.Combine(repositoryRoot, "src", "SecurityGate.Cli", "bin", "Release", "net10.0", "securitygate.dll");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The CLI '{cli}' is missing: build it with 'dotnet build src/SecurityGate.Cli -c Release', or pass --no-folder-mode.");
        }

        var self = typeof(FolderModeBenchmark).Assembly.Location;
        var medians = new Medians();
        for (var run = 0; run <= runs; run++)
        {
            // The first round is a warm-up of the disk cache and is not counted.
            var check = Time("check", ["exec", cli, "check", "--sources-only", folder], run > 0 ? medians : null, acceptFindings: true);
            var parse = Time("parse", ["exec", self, "parse", folder], run > 0 ? medians : null, acceptFindings: false);
            var bind = Time("bind", ["exec", self, "bind", folder], run > 0 ? medians : null, acceptFindings: false);
            Console.Error.WriteLine($"folder mode round {run} of {runs}: check {check:F2} s, parse {parse:F2} s, bind {bind:F2} s");
        }

        var checkMedian = medians.Of("check");
        var parseMedian = medians.Of("parse");
        var bindMedian = medians.Of("bind");
        Console.WriteLine($"folder mode, {runs} runs, medians of whole-process wall times:");
        Console.WriteLine($"securitygate check --sources-only: {Format(checkMedian)} s");
        Console.WriteLine($"parse floor (CSharpSyntaxTree.ParseText of every file): {Format(parseMedian)} s, check / parse {Format(checkMedian / parseMedian)}");
        Console.WriteLine($"parse and bind floor (GetDiagnostics): {Format(bindMedian)} s, check / parse and bind {Format(checkMedian / bindMedian)}");
    }

    private static double Time(string name, string[] arguments, Medians? medians, bool acceptFindings)
    {
        var (exitCode, elapsed, output) = ProcessRunner.Run("dotnet", arguments);

        // check exits with 1 when it reports new findings, which the generated code has on purpose.
        if (exitCode != 0 && !(acceptFindings && exitCode == 1))
        {
            throw new InvalidOperationException($"'dotnet {string.Join(' ', arguments)}' failed with exit code {exitCode}:\n{output}");
        }

        medians?.Add(name, elapsed.TotalSeconds);
        return elapsed.TotalSeconds;
    }

    private static string Format(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
