using System.Linq;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests.Exclusions;

public sealed class ExclusionFileTests
{
    private const string ExclusionFile = "src/Orders/.cache-security-exclude";

    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp()
    {
        _workspace = new GateWorkspace();
        _workspace.WriteSarif(_workspace.LoadSarif().KeepOnlyUnsuppressed());
    }

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [TestCase("OrderCache.cs | CSG001 | legacy cache removed next quarter")]
    [TestCase("*.cs | * | legacy cache removed next quarter")]
    [TestCase("**/OrderCache.cs | CSG002, csg001 | legacy cache | expires 2026-06-01")]
    [TestCase("./OrderCache.cs|CSG001|legacy cache")]
    public void Exclusion_ValidEntry_ExcludesFinding(string line)
    {
        _workspace.WriteFile(ExclusionFile, "# Orders exclusions\n\n" + line + "\n");

        var (outcome, log) = _workspace.Run();

        Assert.That(log.Errors, Is.Empty);
        Assert.That(outcome.Passed, Is.True);
        Assert.That(outcome.Report.Counts.Excluded, Is.EqualTo(1));
    }

    [Test]
    public void Exclusion_FileAtRepositoryRoot_GlobIsRelativeToItsFolder()
    {
        _workspace.WriteFile(".cache-security-exclude", "src/Orders/** | CSG001 | orders predate the key grammar\n");

        var (outcome, _) = _workspace.Run();

        Assert.That(outcome.Report.Counts.Excluded, Is.EqualTo(1));
    }

    [Test]
    public void Exclusion_FileAboveRepositoryRoot_IsNotRead()
    {
        var options = _workspace.CreateOptions();
        options.RepositoryRoot = _workspace.PathOf("src");
        _workspace.WriteFile(".cache-security-exclude", "src/Orders/** | CSG001 | orders predate the key grammar\n");

        var (outcome, _) = _workspace.Run(options);

        Assert.That(outcome.Report.Counts.Excluded, Is.Zero);
        Assert.That(outcome.Report.Counts.New, Is.EqualTo(1));
    }

    [Test]
    public void Exclusion_OtherRule_DoesNotExclude()
    {
        _workspace.WriteFile(ExclusionFile, "OrderCache.cs | CSG002 | tenant comes from the caller\n");

        var (outcome, _) = _workspace.Run();

        Assert.That(outcome.Report.Counts.New, Is.EqualTo(1));
    }

    [TestCase("OrderCache.cs | CSG001", "The exclusion entry has 2 fields separated by '|', expected 3 or 4: write '<glob> | <rule ids or *> | <reason> [| expires yyyy-MM-dd]'.")]
    [TestCase("OrderCache.cs | CSG001 | a | expires 2027-01-01 | b", "The exclusion entry has 5 fields separated by '|', expected 3 or 4: write '<glob> | <rule ids or *> | <reason> [| expires yyyy-MM-dd]'.")]
    [TestCase("OrderCache.cs | CSG001 |  ", "The exclusion entry for 'OrderCache.cs' has no reason: write why the findings are excluded in the third field.")]
    [TestCase(" | CSG001 | legacy", "The exclusion entry has an empty glob: write a path pattern relative to this file's folder, for example 'tests/Fixtures/**'.")]
    [TestCase("OrderCache.cs | , | legacy", "The exclusion entry for 'OrderCache.cs' names no rule: write rule ids separated by commas, or * for all rules.")]
    [TestCase("OrderCache.cs | CSG001, CA2100 | legacy", "The exclusion entry for 'OrderCache.cs' names the unknown rule id 'CA2100': use ids of SecurityGate rules (CSG001, CSG002, CSG003, CSG004, CSG010, CSG011, CSG012, CSG020, CSG021, CSG022, CSG023, CSG030, CSG031, CSG040, CSG041) or *.")]
    [TestCase("OrderCache.cs | CSG001 | legacy | expires 2027-13-01", "The exclusion entry for 'OrderCache.cs' has the invalid expiry 'expires 2027-13-01': write 'expires yyyy-MM-dd', for example 'expires 2027-06-30'.")]
    [TestCase("OrderCache.cs | CSG001 | legacy | until 2027-01-01", "The exclusion entry for 'OrderCache.cs' has the invalid expiry 'until 2027-01-01': write 'expires yyyy-MM-dd', for example 'expires 2027-06-30'.")]
    public void Exclusion_MalformedLine_FailsWithCsg1005AtLine(string line, string expected)
    {
        var path = _workspace.WriteFile(ExclusionFile, "# Orders exclusions\n" + line + "\n");

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        var error = log.Errors.Single(message => message.Code == "CSG1005");
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Text, Is.EqualTo(expected));
        Assert.That(outcome.Report.Complete, Is.False);
    }

    [Test]
    public void Exclusion_DuplicateEntry_FailsWithCsg1005AtSecondLine()
    {
        var path = _workspace.WriteFile(ExclusionFile, "OrderCache.cs | CSG001 | legacy\nOrderCache.cs | csg001 | legacy, again\n");

        var (_, log) = _workspace.Run();

        var error = log.Errors.Single(message => message.Code == "CSG1005");
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Text, Is.EqualTo("The exclusion entry for 'OrderCache.cs' duplicates the entry on line 1: remove one of them."));
    }

    [Test]
    public void Exclusion_Expired_FailsWithCsg1006AndNoLongerExcludes()
    {
        var path = _workspace.WriteFile(ExclusionFile, "OrderCache.cs | CSG001 | legacy cache | expires 2026-05-31\n");

        var (outcome, log) = _workspace.Run();

        Assert.That(outcome.Passed, Is.False);
        var error = log.Errors.Single(message => message.Code == "CSG1006");
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Line, Is.EqualTo(1));
        Assert.That(error.Text, Is.EqualTo(
            "The exclusion entry for 'OrderCache.cs' expired on 2026-05-31, so it no longer excludes findings: fix the findings and remove the entry, or set a later expiry date with a new reason."));
        Assert.That(outcome.Report.Counts.New, Is.EqualTo(1));
    }

    [Test]
    public void Exclusion_MatchesProjectFileButNoFinding_WarnsWithCsg1011()
    {
        var path = _workspace.WriteFile(ExclusionFile, "OrderCache.cs | CSG002 | tenant comes from the caller\n");

        var (_, log) = _workspace.Run();

        var warning = log.Warnings.Single();
        Assert.That(warning.Code, Is.EqualTo("CSG1011"));
        Assert.That(warning.File, Is.EqualTo(path));
        Assert.That(warning.Line, Is.EqualTo(1));
        Assert.That(warning.Text, Is.EqualTo("The exclusion entry for 'OrderCache.cs' matches files of this project but no finding: remove the entry."));
    }

    [Test]
    public void Exclusion_UnusedInStrictMode_FailsWithCsg1011()
    {
        _workspace.WriteFile(ExclusionFile, "OrderCache.cs | CSG002 | tenant comes from the caller\n");
        var options = _workspace.CreateOptions();
        options.Strict = true;

        var (outcome, log) = _workspace.Run(options);

        Assert.That(outcome.Passed, Is.False);
        Assert.That(log.Errors.Select(error => error.Code), Does.Contain("CSG1011"));
    }

    [Test]
    public void Exclusion_EntryOfOtherProject_IsNotReported()
    {
        _workspace.WriteFile(".cache-security-exclude", "src/Billing/** | * | billing owns its cache\nsrc/Billing/Old.cs | CSG001 | gone | expires 2020-01-01\n");

        var (_, log) = _workspace.Run();

        Assert.That(log.Warnings, Is.Empty);
        Assert.That(log.Errors.Select(error => error.Code), Is.EqualTo(new[] { "CSG001" }));
    }
}
