using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SecurityGate.Cli.Inputs;
using SecurityGate.Gate;
using SecurityGate.Gate.Baseline;

namespace SecurityGate.Cli.Commands;

/// <summary><c>securitygate baseline verify|normalize|prune|accept</c>.</summary>
internal static class BaselineCommands
{
    public static Command Create(CliContext context) => new("baseline", "Check, normalize, prune or extend cache-security-baseline.json files.")
    {
        CreateVerify(context),
        CreateNormalize(context),
        BaselineUpdateCommand.Create(BaselineMode.Prune, context),
        BaselineUpdateCommand.Create(BaselineMode.Accept, context),
    };

    /// <summary>The <c>--lock-timeout</c> option shared by the commands that write a baseline.</summary>
    public static Option<double> CreateLockTimeoutOption() => new("--lock-timeout")
    {
        Description = "How long to wait for the baseline's lock file while a build or another tool holds it, in seconds (0 to 3600).",
        DefaultValueFactory = _ => 30,
    };

    /// <summary>Converts a <c>--lock-timeout</c> value. Logs a CSG2006 error and returns null when it is out of range.</summary>
    public static TimeSpan? ToLockTimeout(double seconds, IGateLog log)
    {
        if (double.IsNaN(seconds) || seconds < 0 || seconds > 3600)
        {
            log.Error(new GateMessage(CliCodes.InvalidArgument, CliText.LockTimeoutInvalid(seconds)));
            return null;
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static Argument<string[]> CreatePathsArgument() => new("path")
    {
        Description = "Baseline files, or folders searched recursively for cache-security-baseline.json.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Command CreateVerify(CliContext context)
    {
        var paths = CreatePathsArgument();
        var reports = new Option<string[]>("--reports")
        {
            Description = "A gate report that a build wrote (path or quoted glob, repeatable). With it, a baseline that a report names also fails on entries no report matched (stale).",
        };
        var command = new Command("verify", "Check that each baseline is in canonical form (sorted, one finding per line, LF line ends, no other fields) and, with --reports, holds no stale entries. Exit 1 when one is not, 2 when one is malformed.")
        {
            paths,
            reports,
        };

        command.SetAction(parseResult => Verify(parseResult.GetRequiredValue(paths), parseResult.GetValue(reports) ?? System.Array.Empty<string>(), context));
        return command;
    }

    private static Command CreateNormalize(CliContext context)
    {
        var paths = CreatePathsArgument();
        var lockTimeout = CreateLockTimeoutOption();
        var command = new Command("normalize", "Rewrite each readable baseline in canonical form, under the baseline's lock file and with an atomic rename. A malformed baseline is reported and left unchanged.")
        {
            paths,
            lockTimeout,
        };

        command.SetAction(parseResult => Normalize(parseResult.GetRequiredValue(paths), parseResult.GetValue(lockTimeout), context));
        return command;
    }

    private static int Verify(string[] paths, string[] reportValues, CliContext context)
    {
        var log = new CliLog(context);
        var files = BaselineLocator.Locate(paths, context, log);
        if (files is null)
        {
            return ExitCodes.ConfigurationError;
        }

        var reportsByBaseline = new Dictionary<string, BaselineReports>(System.StringComparer.Ordinal);
        if (reportValues.Length > 0)
        {
            var counting = new CountingGateLog(log);
            var reportPaths = ReportPathResolver.Resolve(reportValues, context, counting);
            var groups = reportPaths is null ? null : BaselineUpdateCommand.GroupByBaseline(reportPaths, context, counting);
            if (groups is null)
            {
                return ExitCodes.ConfigurationError;
            }

            reportsByBaseline = groups.ToDictionary(group => group.BaselinePath, System.StringComparer.Ordinal);
        }

        var exitCode = ExitCodes.Success;
        foreach (var file in files)
        {
            var result = BaselineNormalizer.Verify(file, log);
            if (result == BaselineVerification.Invalid)
            {
                exitCode = ExitCodes.ConfigurationError;
            }
            else if (result == BaselineVerification.NotCanonical && exitCode == ExitCodes.Success)
            {
                exitCode = ExitCodes.Regressions;
            }

            // A stale entry is an error here, as in a strict (CI) build.
            if (result != BaselineVerification.Invalid
                && reportsByBaseline.TryGetValue(Path.GetFullPath(file), out var reports)
                && !StaleEntryCheck.Run(file, reports.ReportPaths, strict: true, reports.ProjectName, log)
                && exitCode == ExitCodes.Success)
            {
                exitCode = ExitCodes.Regressions;
            }
        }

        return exitCode;
    }

    private static int Normalize(string[] paths, double lockTimeoutSeconds, CliContext context)
    {
        var log = new CliLog(context);
        var lockTimeout = ToLockTimeout(lockTimeoutSeconds, log);
        var files = BaselineLocator.Locate(paths, context, log);
        if (files is null || lockTimeout is null)
        {
            return ExitCodes.ConfigurationError;
        }

        var failed = false;
        foreach (var file in files)
        {
            failed |= !BaselineNormalizer.Normalize(file, lockTimeout.Value, log);
        }

        return failed ? ExitCodes.ConfigurationError : ExitCodes.Success;
    }
}
