using System;
using System.IO;
using SecurityGate.Cli.Check;

namespace SecurityGate.Cli.Tests.Check;

public sealed class CheckProgressTests
{
    [Test]
    public void Progress_Terminal_RewritesOneLine()
    {
        using var error = new StringWriter();
        var progress = new CheckProgress(error, enabled: true, TimeSpan.Zero);

        progress.Report("Shop", 40);
        progress.Report("Shop", 40);
        progress.Clear();

        // The elapsed seconds are 0 here: the two calls come well within the first second.
        Assert.That(error.ToString(), Is.EqualTo(
            "\rAnalyzing Shop, 40 files: 0 s" +
            "\rAnalyzing Shop, 40 files: 0 s" +
            "\r" + new string(' ', "Analyzing Shop, 40 files: 0 s".Length) + "\r"));
    }

    [Test]
    public void Progress_OneFile_Singular()
    {
        using var error = new StringWriter();
        var progress = new CheckProgress(error, enabled: true, TimeSpan.Zero);

        progress.Report("Shop", 1);

        Assert.That(error.ToString(), Is.EqualTo("\rAnalyzing Shop, 1 file: 0 s"));
    }

    [Test]
    public void Progress_Redirected_WritesNothing()
    {
        using var error = new StringWriter();
        var progress = new CheckProgress(error, enabled: false, TimeSpan.Zero);

        progress.Report("Shop", 2);
        progress.Clear();

        Assert.That(error.ToString(), Is.Empty);
    }

    [Test]
    public void Progress_BeforeDelay_WritesNothing()
    {
        using var error = new StringWriter();
        var progress = new CheckProgress(error, enabled: true, TimeSpan.FromHours(1));

        progress.Report("Shop", 2);

        Assert.That(error.ToString(), Is.Empty);
    }
}
