using System;
using System.Diagnostics;
using System.IO;

namespace SecurityGate.Cli.Check;

/// <summary>
/// A progress line on standard error (<c>Analyzing Storefront: 12 of 40 files</c>), rewritten in place. It appears only
/// when standard error is a terminal and the run has taken longer than the delay (<see cref="DefaultDelay"/>), so
/// redirected output and quick runs stay free of it.
/// </summary>
internal sealed class CheckProgress
{
    /// <summary>The default time after which the line appears: two seconds.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(2);

    private readonly TextWriter error;
    private readonly bool enabled;
    private readonly TimeSpan delay;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private int lastLength;

    public CheckProgress(TextWriter error, bool enabled, TimeSpan? delay = null)
    {
        this.error = error;
        this.enabled = enabled;
        this.delay = delay ?? DefaultDelay;
    }

    public void Report(string project, int done, int total)
    {
        if (!enabled || stopwatch.Elapsed < delay)
        {
            return;
        }

        var line = $"Analyzing {project}: {done} of {total} files";
        error.Write("\r" + line.PadRight(lastLength));
        lastLength = line.Length;
    }

    /// <summary>Clears the line, so the next output starts on an empty line.</summary>
    public void Clear()
    {
        if (lastLength > 0)
        {
            error.Write("\r" + new string(' ', lastLength) + "\r");
            lastLength = 0;
        }
    }
}
