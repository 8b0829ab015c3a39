using System.IO;
using SecurityGate.Cli.Tests.Infrastructure;
using SecurityGate.Conventions;

namespace SecurityGate.Cli.Tests.Commands;

public sealed class ExplainCommandTests
{
    [TestCase("CSG001")]
    [TestCase("CSG002")]
    [TestCase("CSG020")]
    [TestCase("csg021")]
    public void Explain_DocumentedRule_PrintsItsPage(string id)
    {
        var page = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "RulePages", id.ToUpperInvariant() + ".md"));

        var result = CliRunner.Run(TestContext.CurrentContext.TestDirectory, "explain", id);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Is.EqualTo(page));
    }

    [Test]
    public void Explain_UnknownRule_ExitsTwoListingIds()
    {
        var result = CliRunner.Run(TestContext.CurrentContext.TestDirectory, "explain", "CSG999");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"error CSG2003: The rule id 'CSG999' is unknown: use one of {string.Join(", ", System.Linq.Enumerable.Select(RuleCatalog.All, rule => rule.Id))}.\n"));
    }

    [Test]
    public void Explain_AsProcess_PrintsPage()
    {
        var page = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "RulePages", "CSG001.md"));

        var result = CliRunner.Finish(CliRunner.Start(Path.GetTempPath(), "explain", "CSG001"));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Is.EqualTo(page));
    }
}
