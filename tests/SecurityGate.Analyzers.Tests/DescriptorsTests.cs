using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using SecurityGate.Analyzers.Tests.Infrastructure;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.Tests;

public sealed class DescriptorsTests
{
    private static readonly DiagnosticDescriptor[] AllDescriptors =
        AllAnalyzers.Create().SelectMany(analyzer => analyzer.SupportedDiagnostics).ToArray();

    private static readonly string[] RuleIdList = RuleCatalog.All.Select(rule => rule.Id).ToArray();

    [Test]
    public void AllAnalyzers_CoverEveryPublicAnalyzerType()
    {
        var analyzerTypes = typeof(Descriptors).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => type.FullName)
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.That(analyzerTypes, Is.EqualTo(AllAnalyzers.Create().Select(analyzer => analyzer.GetType().FullName).OrderBy(name => name, StringComparer.Ordinal)));
    }

    [Test]
    public void Descriptors_CoverEveryCatalogRule()
    {
        // The diagnostics on SecurityGate's own configuration files carry gate codes, not rule ids.
        var configurationCodes = new[] { GateCodes.CacheApiDeclarationInvalid, GateCodes.CacheApiTypeNotFound };
        Assert.That(
            AllDescriptors.Select(descriptor => descriptor.Id).Distinct().Except(configurationCodes),
            Is.EquivalentTo(RuleCatalog.All.Select(rule => rule.Id)));
    }

    [TestCaseSource(nameof(RuleIdList))]
    public void Descriptors_MatchCatalogAndDefaults(string ruleId)
    {
        var rule = RuleCatalog.Find(ruleId)!;
        foreach (var descriptor in AllDescriptors.Where(descriptor => descriptor.Id == ruleId))
        {
            Assert.That(descriptor.Title.ToString(CultureInfo.InvariantCulture), Is.EqualTo(rule.Title));
            Assert.That(descriptor.Category, Is.EqualTo(rule.Category));
            Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(descriptor.IsEnabledByDefault, Is.True);
            Assert.That(descriptor.Description.ToString(CultureInfo.InvariantCulture), Is.Not.Empty);
        }
    }

    [TestCaseSource(nameof(RuleIdList))]
    public void HelpLink_RulePage_NamesRule(string ruleId)
    {
        var rule = RuleCatalog.Find(ruleId)!;
        foreach (var descriptor in AllDescriptors.Where(descriptor => descriptor.Id == ruleId))
        {
            Assert.That(descriptor.HelpLinkUri, Does.EndWith($"docs/rules/{ruleId}.md"));
            Assert.That(descriptor.HelpLinkUri, Is.EqualTo(rule.HelpLink));
        }

        var page = Path.Combine(FindRepositoryRoot(), "docs", "rules", ruleId + ".md");
        Assert.That(File.Exists(page), Is.True, $"{page} is missing");
        Assert.That(File.ReadLines(page).First(), Is.EqualTo($"# {ruleId}: {rule.Title}"));
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SecurityGate.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SecurityGate.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
