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

        progress.Report("Shop", 9, 40);
        progress.Report("Shop", 10, 40);
        progress.Clear();

        Assert.That(error.ToString(), Is.EqualTo(
            "\rAnalyzing Shop: 9 of 40 files" +
            "\rAnalyzing Shop: 10 of 40 files" +
            "\r" + new string(' ', "Analyzing Shop: 10 of 40 files".Length) + "\r"));
    }

    [Test]
    public void Progress_Redirected_WritesNothing()
    {
        using var error = new StringWriter();
        var progress = new CheckProgress(error, enabled: false, TimeSpan.Zero);

        progress.Report("Shop", 1, 2);
        progress.Clear();

        Assert.That(error.ToString(), Is.Empty);
    }

    [Test]
    public void Progress_BeforeDelay_WritesNothing()
    {
        using var error = new StringWriter();
        var progress = new CheckProgress(error, enabled: true, TimeSpan.FromHours(1));

        progress.Report("Shop", 1, 2);

        Assert.That(error.ToString(), Is.Empty);
    }
}
