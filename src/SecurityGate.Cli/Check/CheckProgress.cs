using System.Diagnostics;
using System.IO;

namespace SecurityGate.Cli.Check;

/// <summary>
/// A progress line on standard error (<c>Analyzing Storefront: 12 of 40 files</c>), rewritten in place. It appears only
/// when standard error is a terminal and the run has taken more than <see cref="Delay"/> milliseconds, so redirected
/// output and quick runs stay free of it.
/// </summary>
internal sealed class CheckProgress
{
    /// <summary>The time, in milliseconds, after which the line appears.</summary>
    public const int Delay = 2000;

    private readonly TextWriter error;
    private readonly bool enabled;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private int lastLength;

    public CheckProgress(TextWriter error, bool enabled)
    {
        this.error = error;
        this.enabled = enabled;
    }

    public void Report(string project, int done, int total)
    {
        if (!enabled || stopwatch.ElapsedMilliseconds < Delay)
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
