using System.CommandLine;
using System.Linq;
using SecurityGate.Cli.Commands;

namespace SecurityGate.Cli;

/// <summary>The root command and the invocation entry point shared by the process and in-process tests.</summary>
internal static class SecurityGateCommand
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Invoke(string[] args, CliContext context)
    {
        var root = new RootCommand("SecurityGate: check code for cache-security findings, manage baselines and turn gate reports into SARIF, Markdown or annotations.")
        {
            BaselineCommands.Create(context),
            ReportCommand.Create(context),
            ExplainCommand.Create(context),
            InitCommand.Create(context),
            CheckCommand.Create(context),
        };

        var parseResult = root.Parse(args);

        // A usage error is a configuration error (exit 2), not a regression (System.CommandLine's default exit code is 1).
        if (parseResult.Errors.Count > 0 && !args.Any(IsHelpOption))
        {
            foreach (var error in parseResult.Errors)
            {
                context.Error.WriteLine($"error {CliCodes.InvalidArgument}: {error.Message} Run 'securitygate {string.Join(' ', CommandPath(parseResult))} --help' for the usage.");
            }

            return ExitCodes.ConfigurationError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error });
    }

    private static bool IsHelpOption(string argument) => argument is "--help" or "-h" or "-?";

    private static string[] CommandPath(ParseResult parseResult)
    {
        var names = new System.Collections.Generic.List<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return names.ToArray();
    }
}
