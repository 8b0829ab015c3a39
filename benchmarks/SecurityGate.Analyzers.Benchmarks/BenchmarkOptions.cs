using System;
using System.Globalization;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>The size of the generated solution and the number of measured runs, parsed from the command line.</summary>
internal sealed class BenchmarkOptions
{
    public const string Usage =
        "usage: SecurityGate.Analyzers.Benchmarks [--projects N] [--files N] [--runs N] [--seed N] [--work DIR] [--only NAMES] [--no-folder-mode]\n"
        + "       [--plain-share X] [--json-net-share X]   (passed to the generator: see tests/SecurityGate.SyntheticSolution)\n"
        + "       SecurityGate.Analyzers.Benchmarks parse|bind DIR   (one cold-process floor for folder mode)";

    /// <summary>Generated projects, each measured as its own compilation, 1 to 500. Default 1.</summary>
    public int Projects { get; private set; } = 1;

    /// <summary>Service files per project (about 104 lines each), 1 to 5,000. Default 290, about 30,000 lines.</summary>
    public int FilesPerProject { get; private set; } = 290;

    /// <summary>Measured runs of each variant; the report shows medians. 1 to 100. Default 5.</summary>
    public int Runs { get; private set; } = 5;

    /// <summary>Seed of the generator. Default 42, as in the build benchmark.</summary>
    public int Seed { get; private set; } = 42;

    /// <summary>Folder for the generated solution; it is deleted and rewritten. Default: a folder under the temporary path.</summary>
    public string WorkDirectory { get; private set; } = string.Empty;

    /// <summary>
    /// Type names of the SecurityGate analyzers to measure, comma-separated (<c>AmbiguousKeyAnalyzer,SharedStateAnalyzer</c>);
    /// empty for all of them. Measuring one analyzer alone shows its share of the driver's work, which its execution time leaves out.
    /// </summary>
    public string[] OnlyAnalyzers { get; private set; } = [];

    /// <summary>Generator options that shape the mix of files (<c>--plain-share</c>, <c>--json-net-share</c>), passed on unchanged.</summary>
    public string[] GeneratorOptions { get; private set; } = [];

    /// <summary>False to skip the folder-mode comparison of the CLI, which starts three processes per run.</summary>
    public bool FolderMode { get; private set; } = true;

    public static BenchmarkOptions Parse(string[] arguments)
    {
        var options = new BenchmarkOptions();
        for (var index = 0; index < arguments.Length; index++)
        {
            var name = arguments[index];
            if (name == "--no-folder-mode")
            {
                options.FolderMode = false;
                continue;
            }

            if (index + 1 >= arguments.Length)
            {
                throw new ArgumentException($"The option {name} needs a value.\n{Usage}");
            }

            var value = arguments[++index];
            switch (name)
            {
                case "--projects":
                    options.Projects = ParseInt(name, value, 1, 500);
                    break;
                case "--files":
                    options.FilesPerProject = ParseInt(name, value, 1, 5000);
                    break;
                case "--runs":
                    options.Runs = ParseInt(name, value, 1, 100);
                    break;
                case "--seed":
                    options.Seed = ParseInt(name, value, int.MinValue, int.MaxValue);
                    break;
                case "--only":
                    options.OnlyAnalyzers = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--work":
                    options.WorkDirectory = value;
                    break;
                case "--plain-share":
                case "--json-net-share":
                    // Checked here, so a bad value fails before the generator runs, with the generator's own message.
                    SecurityGate.SyntheticSolution.ShareOption.Parse(name, value);
                    options.GeneratorOptions = [.. options.GeneratorOptions, name, value];
                    break;
                default:
                    throw new ArgumentException($"Unknown option {name}.\n{Usage}");
            }
        }

        return options;
    }

    private static int ParseInt(string name, string value, int minimum, int maximum)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            throw new ArgumentException($"The option {name} has the invalid value \"{value}\": use a whole number from {minimum} to {maximum}.");
        }

        return number;
    }
}
