using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class CacheApiTableTests
{
    [Test]
    public void EmbeddedTable_Entries_NameKeyParameters()
    {
        var compilation = CSharpCompilation.Create("References", references: AnalyzerHarness.References);

        Assert.That(CacheApiTable.Entries, Is.Not.Empty);
        foreach (var entry in CacheApiTable.Entries)
        {
            var type = compilation.GetTypeByMetadataName(entry.TypeMetadataName);
            Assert.That(type, Is.Not.Null, $"line {entry.LineNumber}: type {entry.TypeMetadataName} not found");
            var overloads = type!.GetMembers(entry.MethodName).OfType<IMethodSymbol>().ToArray();
            Assert.That(
                overloads.Any(method => method.Parameters.Any(parameter => parameter.Name == entry.KeyParameterName)),
                Is.True,
                $"line {entry.LineNumber}: {entry.DisplayName} has no parameter named {entry.KeyParameterName}");
        }
    }

    [Test]
    public void Parse_CommentsAndBlankLines_Ignored()
    {
        var entries = CacheApiTable.Parse("# comment\n\n  Ns.Cache | Get | key  \r\n");

        Assert.That(entries, Has.Length.EqualTo(1));
        Assert.That(entries[0].TypeMetadataName, Is.EqualTo("Ns.Cache"));
        Assert.That(entries[0].MethodName, Is.EqualTo("Get"));
        Assert.That(entries[0].KeyParameterName, Is.EqualTo("key"));
        Assert.That(entries[0].LineNumber, Is.EqualTo(3));
        Assert.That(entries[0].DisplayName, Is.EqualTo("Cache.Get"));
    }

    [TestCase("Ns.Cache | Get")]
    [TestCase("Ns.Cache | Get | ")]
    [TestCase("Ns.Cache | Get | key | extra")]
    public void Parse_MalformedLine_RejectedWithLineAndFix(string line)
    {
        var error = Assert.Throws<FormatException>(() => CacheApiTable.Parse("# header\n" + line));

        Assert.That(error!.Message, Is.EqualTo(
            $"SecurityGate.Analyzers.CacheApis.txt(2): invalid entry \"{line.Trim()}\"; write \"type metadata name | method name | key parameter name\"."));
    }

    [Test]
    public void Parse_DuplicateEntry_Rejected()
    {
        var error = Assert.Throws<FormatException>(() => CacheApiTable.Parse("Ns.Cache | Get | key\nNs.Cache | Get | id"));

        Assert.That(error!.Message, Is.EqualTo(
            "SecurityGate.Analyzers.CacheApis.txt(2): duplicate entry \"Ns.Cache | Get | id\"; each type and method may appear once."));
    }
}
