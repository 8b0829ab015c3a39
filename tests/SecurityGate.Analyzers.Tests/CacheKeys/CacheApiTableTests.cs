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
        // EasyCaching, LazyCache and CacheManager are not served by this machine's NuGet feed, so the invalidation and
        // stand-in fixtures declare their interfaces. Each gets its own compilation, because both declare EasyCaching.
        var compilations = new[] { "CacheKeys/TagAndPrefixInvalidation.cs", "CacheApis/StandInCacheLibraries.cs" }
            .Select(fixture => CSharpCompilation.Create("References", new[] { CSharpSyntaxTree.ParseText(AnalyzerHarness.ReadFixture(fixture)) }, AnalyzerHarness.References))
            .ToArray();

        Assert.That(CacheApiTable.Entries, Is.Not.Empty);
        foreach (var entry in CacheApiTable.Entries)
        {
            var type = compilations.Select(compilation => compilation.GetTypeByMetadataName(entry.TypeMetadataName)).FirstOrDefault(found => found is not null);
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
    [TestCase("Ns.Cache | Get | key | tag | extra")]
    [TestCase("Ns.Cache | Get | key | ")]
    public void Parse_MalformedLine_RejectedWithLineAndFix(string line)
    {
        var error = Assert.Throws<FormatException>(() => CacheApiTable.Parse("# header\n" + line));

        Assert.That(error!.Message, Is.EqualTo(
            $"SecurityGate.Analyzers.CacheApis.txt(2): invalid entry \"{line.Trim()}\"; write \"type metadata name | method name | parameter name [| kind]\"."));
    }

    [TestCase("Ns.Cache | Get | key | extra", "extra")]
    [TestCase("Ns.Cache | Get | key | Tag", "Tag")]
    [TestCase("Ns.Cache | Get | key | 1", "1")]
    public void Parse_UnknownKind_RejectedWithLineAndFix(string line, string kind)
    {
        var error = Assert.Throws<FormatException>(() => CacheApiTable.Parse("# header\n" + line));

        Assert.That(error!.Message, Is.EqualTo(
            $"SecurityGate.Analyzers.CacheApis.txt(2): invalid kind \"{kind}\" in \"{line}\"; write key, tag, prefix, pattern or value."));
    }

    [TestCase("key", "Key")]
    [TestCase("tag", "Tag")]
    [TestCase("prefix", "Prefix")]
    [TestCase("pattern", "Pattern")]
    public void Parse_KindColumn_Read(string kind, string expected)
    {
        var entries = CacheApiTable.Parse("Ns.Cache | Remove | tag | " + kind);

        Assert.That(entries[0].Kind.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_NoKindColumn_Key()
    {
        var entries = CacheApiTable.Parse("Ns.Cache | Get | key");

        Assert.That(entries[0].Kind, Is.EqualTo(CacheApiKind.Key));
    }

    [Test]
    public void Parse_SameMethodOtherParameter_Accepted()
    {
        var entries = CacheApiTable.Parse("Ns.Cache | RemoveByTag | tag | tag\nNs.Cache | RemoveByTag | tags | tag");

        Assert.That(entries.Select(entry => entry.KeyParameterName), Is.EqualTo(new[] { "tag", "tags" }));
    }

    [Test]
    public void Parse_DuplicateEntry_Rejected()
    {
        var error = Assert.Throws<FormatException>(() => CacheApiTable.Parse("Ns.Cache | Get | key\nNs.Cache | Get | key | key"));

        Assert.That(error!.Message, Is.EqualTo(
            "SecurityGate.Analyzers.CacheApis.txt(2): duplicate entry \"Ns.Cache | Get | key | key\"; each type, method and parameter may appear once."));
    }

    [Test]
    public void EmbeddedTable_KeyAndInvalidationEntries_SplitByKind()
    {
        Assert.That(CacheApiTable.KeyEntries, Is.Not.Empty);
        Assert.That(CacheApiTable.KeyEntries.All(entry => entry.Kind == CacheApiKind.Key), Is.True);
        Assert.That(CacheApiTable.InvalidationEntries.Select(entry => entry.DisplayName + "(" + entry.KeyParameterName + ")"), Is.EqualTo(new[]
        {
            "HybridCache.RemoveByTagAsync(tag)", "HybridCache.RemoveByTagAsync(tags)", "IOutputCacheStore.EvictByTagAsync(tag)",
            "IEasyCachingProvider.RemoveByPrefix(prefix)", "IEasyCachingProvider.RemoveByPrefixAsync(prefix)",
            "IServer.Keys(pattern)", "IServer.KeysAsync(pattern)",
            "IFusionCache.RemoveByTag(tag)", "IFusionCache.RemoveByTag(tags)", "IFusionCache.RemoveByTagAsync(tag)", "IFusionCache.RemoveByTagAsync(tags)",
            "IEasyCachingProviderBase.RemoveByPrefix(prefix)", "IEasyCachingProviderBase.RemoveByPrefixAsync(prefix)",
            "IEasyCachingProviderBase.RemoveByPattern(pattern)", "IEasyCachingProviderBase.RemoveByPatternAsync(pattern)",
        }));
        Assert.That(CacheApiTable.KeyEntries.Length + CacheApiTable.InvalidationEntries.Length, Is.EqualTo(CacheApiTable.Entries.Length));
    }
}
