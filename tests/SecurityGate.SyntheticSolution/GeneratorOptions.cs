using System;
using System.Globalization;

namespace SecurityGate.SyntheticSolution;

/// <summary>The size, seed and finding share of a synthetic solution, parsed from the command line.</summary>
internal sealed class GeneratorOptions
{
    public string OutputDirectory { get; private set; } = string.Empty;

    /// <summary>Number of projects, 1 to 500. Default 10.</summary>
    public int Projects { get; private set; } = 10;

    /// <summary>Number of service files per project, 1 to 5,000. Default 250.</summary>
    public int FilesPerProject { get; private set; } = 250;

    /// <summary>Seed of the random choices; the same seed and sizes give byte-identical files. Default 1.</summary>
    public int Seed { get; private set; } = 1;

    /// <summary>Share of cache calls whose key has no version or no tenant, 0 to 1. Default 0.05.</summary>
    public double FindingShare { get; private set; } = 0.05;

    /// <summary>
    /// Share of files that are plain domain code with no cache or serializer use, 0 to 1. Default 0: every file is a
    /// cache-using service, the densest case for the cache rules.
    /// </summary>
    public double PlainShare { get; private set; }

    /// <summary>
    /// Share of cache-using services that serialize with Json.NET instead of System.Text.Json, 0 to 1. Default 0. The
    /// finding share applies to them as to keys: that share sets <c>TypeNameHandling.Auto</c> and the others <c>None</c>.
    /// </summary>
    public double JsonNetShare { get; private set; }

    /// <summary>The SecurityGate package version the projects reference; none when empty.</summary>
    public string SecurityGateVersion { get; private set; } = string.Empty;

    /// <summary>True to turn on the CA2300–CA2330 deserialization rules of the .NET analyzers as warnings.</summary>
    public bool DeserializationRules { get; private set; }

    public const string Usage =
        "usage: SecurityGate.SyntheticSolution --output DIR [--projects N] [--files N] [--seed N] [--finding-share X] [--plain-share X] [--json-net-share X] [--securitygate-version V] [--deserialization-rules]";

    public static GeneratorOptions Parse(string[] arguments)
    {
        var options = new GeneratorOptions();
        for (var index = 0; index < arguments.Length; index++)
        {
            var name = arguments[index];
            if (name == "--deserialization-rules")
            {
                options.DeserializationRules = true;
                continue;
            }

            if (index + 1 >= arguments.Length)
            {
                throw new ArgumentException($"The option {name} needs a value. {Usage}");
            }

            var value = arguments[++index];
            switch (name)
            {
                case "--output":
                    options.OutputDirectory = value;
                    break;
                case "--projects":
                    options.Projects = ParseInt(name, value, 1, 500);
                    break;
                case "--files":
                    options.FilesPerProject = ParseInt(name, value, 1, 5000);
                    break;
                case "--seed":
                    options.Seed = ParseInt(name, value, int.MinValue, int.MaxValue);
                    break;
                case "--finding-share":
                    options.FindingShare = ShareOption.Parse(name, value);
                    break;
                case "--plain-share":
                    options.PlainShare = ShareOption.Parse(name, value);
                    break;
                case "--json-net-share":
                    options.JsonNetShare = ShareOption.Parse(name, value);
                    break;
                case "--securitygate-version":
                    options.SecurityGateVersion = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {name}. {Usage}");
            }
        }

        if (options.OutputDirectory.Length == 0)
        {
            throw new ArgumentException($"The option --output is missing. {Usage}");
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
