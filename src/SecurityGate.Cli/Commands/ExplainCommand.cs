using System.CommandLine;
using System.IO;
using SecurityGate.Conventions;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Commands;

/// <summary><c>securitygate explain CSGnnn</c>: prints the rule's documentation page, embedded at build time.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var ruleArgument = new Argument<string>("rule-id")
        {
            Description = "The rule id, for example CSG001 (case-insensitive).",
        };

        var command = new Command("explain", "Print a rule's documentation page: what it flags, why, and how to fix or suppress it.")
        {
            ruleArgument,
        };

        command.SetAction(parseResult => Run(parseResult.GetRequiredValue(ruleArgument), context));
        return command;
    }

    private static int Run(string ruleId, CliContext context)
    {
        var id = ruleId.Trim().ToUpperInvariant();
        var page = ReadPage(id);
        if (page is null)
        {
            var text = RuleCatalog.IsRuleId(id) ? CliText.RulePageMissing(id) : CliText.UnknownRule(ruleId);
            new CliLog(context).Error(new GateMessage(CliCodes.UnknownRule, text));
            return ExitCodes.ConfigurationError;
        }

        context.Output.Write(page);
        return ExitCodes.Success;
    }

    /// <summary>Returns the page <c>docs/rules/{id}.md</c> as embedded in the tool, or null when it is not embedded.</summary>
    public static string? ReadPage(string id)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"rules/{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
