using SecurityGate.Conventions;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Check;

/// <summary>
/// The gate log of <c>securitygate check</c>: findings and summary lines go to standard output, like the build's
/// error list; the gate's own errors (a malformed baseline, an analyzer exception) go to standard error. It tells the
/// two kinds of errors apart, because regressions exit 1 and input problems exit 2.
/// </summary>
internal sealed class CheckLog : IGateLog
{
    private readonly CliContext context;

    public CheckLog(CliContext context)
    {
        this.context = context;
    }

    /// <summary>Errors for new findings, stale baseline entries and expired or unused exclusions.</summary>
    public int RegressionCount { get; private set; }

    /// <summary>Errors for invalid input or a failed analyzer.</summary>
    public int ConfigurationErrorCount { get; private set; }

    public void Error(GateMessage message)
    {
        if (IsRegression(message.Code))
        {
            RegressionCount++;
            context.Output.WriteLine(CliLog.Format("error", message));
        }
        else
        {
            ConfigurationErrorCount++;
            context.Error.WriteLine(CliLog.Format("error", message));
        }
    }

    public void Warning(GateMessage message) => context.Output.WriteLine(CliLog.Format("warning", message));

    // Low-importance lines list each baselined, excluded or suppressed finding; only summaries are printed.
    public void Message(string text, bool important)
    {
        if (important)
        {
            context.Output.WriteLine(text);
        }
    }

    private static bool IsRegression(string code)
        => RuleCatalog.IsRuleId(code)
            || code == GateCodes.StaleBaselineEntries
            || code == GateCodes.UnusedExclusion
            || code == GateCodes.ExclusionExpired;
}
