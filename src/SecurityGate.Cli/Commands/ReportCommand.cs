using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using SecurityGate.Cli.Inputs;
using SecurityGate.Cli.Reports;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Commands;

/// <summary>
/// <c>securitygate report</c>: merges the gate reports of several projects into SARIF, Markdown or workflow annotations.
/// Exit 0 when every report passed and is complete, 1 otherwise, 2 on bad input.
/// </summary>
internal static class ReportCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The <c>--reports</c> option shared with the baseline commands.</summary>
    public static Option<string[]> CreateReportsOption() => new("--reports")
    {
        Description = "A gate report that a build wrote: a file path or a quoted glob such as '**/obj/**/cache-security-report.json', relative to the current folder. Repeat the option for more.",
        Required = true,
    };

    public static Command Create(CliContext context)
    {
        var reports = CreateReportsOption();
        var format = new Option<string>("--format")
        {
            Description = "The output format: sarif (SARIF 2.1.0 for code scanning), markdown (for $GITHUB_STEP_SUMMARY) or annotations (GitHub workflow commands for new findings).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("sarif", "markdown", "annotations");
        var output = new Option<string?>("--output")
        {
            Description = "The file to write, replacing it. Default: standard output.",
        };
        var history = new Option<string?>("--history")
        {
            Description = "A JSON lines file of earlier counts, one run per line; markdown charts it. Read only, unless --update-history.",
        };
        var updateHistory = new Option<bool>("--update-history")
        {
            Description = "Append this run's counts to the --history file. Default: false.",
        };
        var sourceLinkBase = new Option<string?>("--source-link-base")
        {
            Description = "The address that markdown links prefix to a repository-relative path, for example https://github.com/org/repo/blob/<sha>/. Default: from GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA, else relative links.",
        };

        var command = new Command("report", "Merge per-project gate reports into one SARIF log, Markdown summary or set of workflow annotations. Exit 1 when a report failed or is incomplete.")
        {
            reports, format, output, history, updateHistory, sourceLinkBase,
        };

        command.SetAction(parseResult => Run(
            new ReportRequest(
                parseResult.GetRequiredValue(reports),
                parseResult.GetRequiredValue(format),
                parseResult.GetValue(output),
                parseResult.GetValue(history),
                parseResult.GetValue(updateHistory),
                parseResult.GetValue(sourceLinkBase)),
            context));
        return command;
    }

    private static int Run(ReportRequest request, CliContext context)
    {
        var log = new CountingGateLog(new CliLog(context));
        if (request.UpdateHistory && request.History is null)
        {
            log.Error(new GateMessage(CliCodes.InvalidArgument, CliText.UpdateHistoryWithoutHistory()));
            return ExitCodes.ConfigurationError;
        }

        var paths = ReportPathResolver.Resolve(request.Reports, context, log);
        var reports = paths is null ? null : GateReportSet.Load(paths, requireComplete: false, log);
        if (reports is null)
        {
            return ExitCodes.ConfigurationError;
        }

        var merged = new MergedReport(reports);
        var historyPath = request.History is null ? null : context.ResolvePath(request.History);
        List<HistoryCounts> history;
        try
        {
            history = historyPath is null ? new List<HistoryCounts>() : HistoryFile.Read(historyPath);
        }
        catch (GateInputException exception)
        {
            log.Error(exception.GateMessage);
            return ExitCodes.ConfigurationError;
        }

        if (request.UpdateHistory)
        {
            history.Add(merged.Count());
        }

        var text = request.Format switch
        {
            "sarif" => Utf8.GetString(SarifReportWriter.Format(merged, InitCommand.ToolVersion)),
            "markdown" => MarkdownReportWriter.Format(merged, history, request.SourceLinkBase ?? DefaultSourceLinkBase(context)),
            _ => AnnotationWriter.Format(merged),
        };

        if (!Write(text, request.Output, context, log) || !AppendHistory(request, historyPath, merged, log))
        {
            return ExitCodes.ConfigurationError;
        }

        return merged.Passed ? ExitCodes.Success : ExitCodes.Regressions;
    }

    private static bool Write(string text, string? output, CliContext context, CountingGateLog log)
    {
        if (output is null)
        {
            context.Output.Write(text);
            return true;
        }

        var path = context.ResolvePath(output);
        try
        {
            File.WriteAllText(path, text, Utf8);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Error(new GateMessage(CliCodes.FileAccessFailed, CliText.OutputNotWritten(path, exception.Message), path));
            return false;
        }
    }

    private static bool AppendHistory(ReportRequest request, string? historyPath, MergedReport merged, CountingGateLog log)
    {
        if (!request.UpdateHistory || historyPath is null)
        {
            return true;
        }

        try
        {
            HistoryFile.Append(historyPath, merged.Count());
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Error(new GateMessage(CliCodes.FileAccessFailed, CliText.OutputNotWritten(historyPath, exception.Message), historyPath));
            return false;
        }
    }

    private static string DefaultSourceLinkBase(CliContext context)
    {
        var server = context.Environment("GITHUB_SERVER_URL");
        var repository = context.Environment("GITHUB_REPOSITORY");
        var sha = context.Environment("GITHUB_SHA");
        if (string.IsNullOrEmpty(server) || string.IsNullOrEmpty(repository) || string.IsNullOrEmpty(sha))
        {
            return string.Empty;
        }

        return $"{server.TrimEnd('/')}/{repository}/blob/{sha}/";
    }

    private sealed record ReportRequest(string[] Reports, string Format, string? Output, string? History, bool UpdateHistory, string? SourceLinkBase);
}
