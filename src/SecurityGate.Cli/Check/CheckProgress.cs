using System;
using System.Diagnostics;
using System.IO;

namespace SecurityGate.Cli.Check;

/// <summary>
/// A progress line on standard error (<c>Analyzing Storefront, 40 files: 12 s</c>), rewritten in place. It appears only
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

    /// <summary>Shows the project, its number of files and the whole seconds since the check started.</summary>
    public void Report(string project, int files)
    {
        var elapsed = stopwatch.Elapsed;
        if (!enabled || elapsed < delay)
        {
            return;
        }

        var line = $"Analyzing {project}, {files} {(files == 1 ? "file" : "files")}: {(int)elapsed.TotalSeconds} s";
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
