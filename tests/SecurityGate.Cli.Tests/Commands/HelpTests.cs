using SecurityGate.Cli.Tests.Infrastructure;

namespace SecurityGate.Cli.Tests.Commands;

public sealed class HelpTests
{
    [TestCase(new[] { "baseline", "verify" }, "folders searched recursively for cache-security-baseline.json")]
    [TestCase(new[] { "baseline", "normalize" }, "--lock-timeout")]
    [TestCase(new[] { "baseline", "normalize" }, "in seconds (0 to 3600)")]
    [TestCase(new[] { "baseline", "prune" }, "--reports")]
    [TestCase(new[] { "baseline", "accept" }, "--reason")]
    [TestCase(new[] { "baseline", "accept" }, "--allow-in-ci")]
    [TestCase(new[] { "report" }, "--format <annotations|markdown|sarif>")]
    [TestCase(new[] { "report" }, "--update-history")]
    [TestCase(new[] { "explain" }, "The rule id, for example CSG001")]
    [TestCase(new[] { "init" }, "The folder to write .cache-security-exclude into")]
    public void Help_Command_DescribesOption(string[] command, string expected)
    {
        var result = CliRunner.Run(TestContext.CurrentContext.TestDirectory, [.. command, "--help"]);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Does.Contain(expected));
    }

    [Test]
    public void Arguments_MissingRequiredOption_ExitTwo()
    {
        var result = CliRunner.Run(TestContext.CurrentContext.TestDirectory, "report", "--format", "sarif");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo("error CSG2006: Option '--reports' is required. Run 'securitygate report --help' for the usage.\n"));
    }
}
