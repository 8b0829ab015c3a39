using System;
using NUnit.Framework;
using SecurityGate.SyntheticSolution;

namespace SecurityGate.SyntheticSolution.Tests;

/// <summary>The generator's command line: shares are numbers from 0 to 1, and an invalid one is rejected with its option named.</summary>
public sealed class GeneratorOptionsTests
{
    [Test]
    public void Parse_Shares_ReadsBoth()
    {
        var options = GeneratorOptions.Parse(["--output", "out", "--plain-share", "0.8", "--json-net-share", "0.25"]);

        Assert.That(options.PlainShare, Is.EqualTo(0.8));
        Assert.That(options.JsonNetShare, Is.EqualTo(0.25));
    }

    [TestCase("--plain-share", "1.5")]
    [TestCase("--json-net-share", "-0.1")]
    [TestCase("--finding-share", "half")]
    [TestCase("--plain-share", "NaN")]
    public void Parse_InvalidShare_NamesOption(string option, string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => GeneratorOptions.Parse(["--output", "out", option, value]));

        Assert.That(exception!.Message, Is.EqualTo($"The option {option} has the invalid value \"{value}\": use a number from 0 to 1, for example 0.05."));
    }
}
