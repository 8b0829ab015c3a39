using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SecurityGate.Cli.Inputs;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Commands;

/// <summary>
/// <c>securitygate baseline prune|accept</c>: the serial baseline update of <see cref="BaselineUpdater"/> over gate reports
/// that builds wrote. Without a baseline argument each report updates the baseline it names, so one run covers a solution.
/// </summary>
internal static class BaselineUpdateCommand
{
    public static Command Create(BaselineMode mode, CliContext context)
    {
        var accept = mode == BaselineMode.Accept;
        var reports = ReportCommand.CreateReportsOption();
        var baseline = new Argument<string?>("baseline")
        {
            Description = "The baseline file to update. Default: the baseline that each gate report names, resolved against the repository root.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var lockTimeout = BaselineCommands.CreateLockTimeoutOption();
        var reason = new Option<string?>("--reason")
        {
            Description = "Why the new findings are accepted; recorded in each new baseline entry. Required.",
        };
        var allowInCi = new Option<bool>("--allow-in-ci")
        {
            Description = "Allow accepting findings in a CI build (CI, TF_BUILD or GITHUB_ACTIONS is true). Default: false.",
        };

        var command = accept
            ? new Command("accept", "Make the baseline every new or baselined finding of the gate reports: existing entries keep their reason, new ones get --reason. Rejected in CI unless --allow-in-ci.")
            : new Command("prune", "Remove baseline entries that no gate report matched. Never adds an entry.");
        command.Add(reports);
        command.Add(baseline);
        command.Add(lockTimeout);
        if (accept)
        {
            command.Add(reason);
            command.Add(allowInCi);
        }

        command.SetAction(parseResult =>
        {
            var options = new BaselineUpdateOptions
            {
                Mode = mode,
                Reason = accept ? parseResult.GetValue(reason) : null,
                IsContinuousIntegration = context.IsContinuousIntegration,
                AllowAcceptInContinuousIntegration = accept && parseResult.GetValue(allowInCi),
                SettingNames = CliText.SettingNames,
            };
            return Run(options, parseResult.GetRequiredValue(reports), parseResult.GetValue(baseline), parseResult.GetValue(lockTimeout), context);
        });
        return command;
    }

    private static int Run(BaselineUpdateOptions options, string[] reportValues, string? baseline, double lockTimeoutSeconds, CliContext context)
    {
        var log = new CountingGateLog(new CliLog(context));
        var lockTimeout = BaselineCommands.ToLockTimeout(lockTimeoutSeconds, log);
        if (lockTimeout is null || !BaselineUpdater.CheckAcceptAllowed(options, log))
        {
            return ExitCodes.ConfigurationError;
        }

        options.LockTimeout = lockTimeout.Value;
        var reportPaths = ReportPathResolver.Resolve(reportValues, context, log);
        if (reportPaths is null)
        {
            return ExitCodes.ConfigurationError;
        }

        var updates = baseline is null ? GroupByBaseline(reportPaths, context, log) : new List<BaselineReports> { ForBaseline(context.ResolvePath(baseline), reportPaths) };
        if (updates is null)
        {
            return ExitCodes.ConfigurationError;
        }

        var failed = false;
        foreach (var update in updates)
        {
            options.BaselinePath = update.BaselinePath;
            options.ReportPaths = update.ReportPaths;
            options.ProjectName = update.ProjectName;
            failed |= !BaselineUpdater.Run(options, log);
        }

        return failed ? ExitCodes.ConfigurationError : ExitCodes.Success;
    }

    private static BaselineReports ForBaseline(string baselinePath, IReadOnlyList<string> reportPaths) =>
        new(baselinePath, reportPaths, Path.GetFileName(Path.GetDirectoryName(baselinePath)) ?? baselinePath);

    // Incomplete reports are rejected here already, before any baseline is locked, so a bad set changes no baseline.
    internal static List<BaselineReports>? GroupByBaseline(IReadOnlyList<string> reportPaths, CliContext context, CountingGateLog log)
    {
        var reports = GateReportSet.Load(reportPaths, requireComplete: true, log);
        if (reports is null)
        {
            return null;
        }

        var repositoryRoot = PathUtility.FindRepositoryRoot(context.WorkingDirectory) ?? context.WorkingDirectory;
        return reportPaths
            .Select((path, index) => (Path: path, Report: reports[index]))
            .GroupBy(pair => Path.GetFullPath(Path.Combine(repositoryRoot, pair.Report.Baseline)), StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new BaselineReports(group.Key, group.Select(pair => pair.Path).ToList(), group.First().Report.Project))
            .ToList();
    }

    
}
