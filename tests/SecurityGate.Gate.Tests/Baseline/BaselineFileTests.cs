using System.IO;
using System.Linq;
using System.Text;
using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Tests.Infrastructure;
using Snapshooter.NUnit;

namespace SecurityGate.Gate.Tests.Baseline;

public sealed class BaselineFileTests
{
    private const string Line1 = "{\"fingerprint\":\"1/00000000000000000000000000000001\",\"rule\":\"CSG001\",\"member\":\"M:Shop.A.B\",\"path\":\"src/A.cs\",\"reason\":\"initial adoption\"}";
    private const string Line2 = "{\"fingerprint\":\"1/00000000000000000000000000000002\",\"rule\":\"CSG002\",\"member\":\"M:Shop.A.C\",\"path\":\"src/A.cs\",\"reason\":\"initial adoption\"}";
    private const string Line3 = "{\"fingerprint\":\"1/00000000000000000000000000000003\",\"rule\":\"CSG001\",\"member\":\"M:Shop.B.D\",\"path\":\"src/B.cs\",\"reason\":\"accepted for the 2.3 release\"}";

    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new GateWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Format_Entries_IsDeterministicSnapshot()
    {
        var entries = new[]
        {
            new BaselineEntry(Fingerprints.Made(3), "CSG001", "M:Shop.B.D", "src/B.cs", "accepted for the 2.3 release"),
            new BaselineEntry(Fingerprints.Made(2), "CSG002", "M:Shop.A.C", "src/A.cs", "initial adoption"),
            new BaselineEntry(Fingerprints.Made(1), "CSG001", "M:Shop.A.B", "src/A.cs", "initial adoption"),
        };

        var text = Encoding.UTF8.GetString(BaselineFile.Format(entries));

        Assert.That(text, Is.EqualTo(Encoding.UTF8.GetString(BaselineFile.Format(entries.Reverse()))));
        Assert.That(text, Does.Not.Contain("\r"));
        Snapshot.Match(text.Split('\n'));
    }

    [Test]
    public void Format_NoEntries_WritesEmptyFindingsArray()
    {
        var text = Encoding.UTF8.GetString(BaselineFile.Format(Enumerable.Empty<BaselineEntry>()));

        Assert.That(text, Is.EqualTo("{\n  \"schemaVersion\": 1,\n  \"findings\": []\n}\n"));
        Assert.That(BaselineFile.Read(Write(text)).Entries, Is.Empty);
    }

    [Test]
    public void Read_FormattedFile_RoundTrips()
    {
        var entries = new[]
        {
            new BaselineEntry(Fingerprints.Made(1), "CSG001", "M:Shop.A.B", "src/A.cs", "quotes \" and \\ and ünïcode"),
        };

        var document = BaselineFile.Read(Write(Encoding.UTF8.GetString(BaselineFile.Format(entries))));

        Assert.That(document.Errors, Is.Empty);
        Assert.That(document.Entries, Is.EqualTo(entries));
    }

    [Test]
    public void Read_UnionMergeWithMissingComma_ReadsAllEntries()
    {
        var path = Write($"{{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {Line1},\n    {Line2}\n    {Line3}\n  ]\n}}\n");

        var document = BaselineFile.Read(path);

        Assert.That(document.Errors, Is.Empty);
        Assert.That(document.Entries.Select(entry => entry.Fingerprint), Is.EqualTo(new[] { Fingerprints.Made(1), Fingerprints.Made(2), Fingerprints.Made(3) }));
    }

    [Test]
    public void Read_UnionMergeWithExtraCommaAndDuplicateLine_ReadsEachEntryOnce()
    {
        var path = Write($"{{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {Line1},\n    {Line2},\n    {Line2},\n    {Line3},\n  ]\n}}\n");

        var document = BaselineFile.Read(path);

        Assert.That(document.Errors, Is.Empty);
        Assert.That(document.Entries, Has.Count.EqualTo(3));
    }

    [Test]
    public void Read_CrlfLineEnds_Reads()
    {
        var path = Write($"{{\r\n  \"schemaVersion\": 1,\r\n  \"findings\": [\r\n    {Line1}\r\n  ]\r\n}}\r\n");

        var document = BaselineFile.Read(path);

        Assert.That(document.Errors, Is.Empty);
        Assert.That(document.Entries, Has.Count.EqualTo(1));
    }

    [TestCase("{\"fingerprint\":\"1/00000000000000000000000000000001\",\"rule\":\"CSG001\",\"member\":\"M:A\",\"path\":\"a.cs\"}", "The baseline line is not a finding entry: the property \"reason\" is missing or not a string. Restore the line from version control, or delete it and accept the finding again with -p:CacheSecurityBaseline=accept.")]
    [TestCase("{\"fingerprint\":\"key:order:42\",\"rule\":\"CSG001\",\"member\":\"M:A\",\"path\":\"a.cs\",\"reason\":\"r\"}", "The baseline line is not a finding entry: the fingerprint 'key:order:42' is not '{version}/{32 lower-case hexadecimal digits}'. Restore the line from version control, or delete it and accept the finding again with -p:CacheSecurityBaseline=accept.")]
    [TestCase("{\"fingerprint\":\"1/00000000000000000000000000000001\",\"rule\":\"CSG001\",\"member\":\"M:A\",\"path\":\"a.cs\",\"reason\":\"\"}", "The baseline line is not a finding entry: the reason is empty. Restore the line from version control, or delete it and accept the finding again with -p:CacheSecurityBaseline=accept.")]
    [TestCase("=======", "The baseline line is not a finding entry: '=======' is neither a finding object nor part of the file's frame. Restore the line from version control, or delete it and accept the finding again with -p:CacheSecurityBaseline=accept.")]
    public void Read_MalformedLine_ReturnsCsg1004AtLine(string line, string expected)
    {
        var path = Write($"{{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {Line1},\n    {line}\n  ]\n}}\n");

        var document = BaselineFile.Read(path);

        var error = document.Errors.Single();
        Assert.That(error.Code, Is.EqualTo("CSG1004"));
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Line, Is.EqualTo(5));
        Assert.That(error.Text, Is.EqualTo(expected));
        Assert.That(document.Entries, Has.Count.EqualTo(1));
    }

    [Test]
    public void Read_BrokenJsonObject_ReturnsCsg1004()
    {
        var path = Write($"{{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {{\"fingerprint\":\"1/0\n  ]\n}}\n");

        var error = BaselineFile.Read(path).Errors.Single();

        Assert.That(error.Line, Is.EqualTo(4));
        Assert.That(error.Text, Does.StartWith("The baseline line is not a finding entry: '{\"fingerprint\":\"1/0' is not a JSON object ("));
    }

    [Test]
    public void Read_MissingClosingBrace_SaysSo()
    {
        var entry = "{\"fingerprint\":\"1/0123456789abcdef0123456789abcdef\",\"rule\":\"CSG001\",\"member\":\"M:A.B\",\"path\":\"a.cs\",\"reason\":\"x\"";
        var path = Write($"{{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {entry}\n  ]\n}}\n");

        var error = BaselineFile.Read(path).Errors.Single();

        Assert.That(error.Line, Is.EqualTo(4));
        Assert.That(error.Text, Does.Contain("is not a JSON object (the object is not complete: a closing brace or a comma is missing)"));
    }

    [Test]
    public void Read_InvalidCharacter_NamesPositionNotJsonLine()
    {
        var path = Write("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {\"fingerprint\": nope}\n  ]\n}\n");

        var error = BaselineFile.Read(path).Errors.Single();

        Assert.That(error.Text, Does.Contain(" at character "));
        Assert.That(error.Text, Does.Not.Contain("line 1"));
    }

    [Test]
    public void Read_OtherSchemaVersion_ReturnsCsg1004()
    {
        var path = Write("{\n  \"schemaVersion\": 2,\n  \"findings\": []\n}\n");

        var error = BaselineFile.Read(path).Errors.Single();

        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Text, Is.EqualTo("The baseline has schema version '2', but this gate reads version 1: update the SecurityGate package to the version that wrote the baseline."));
    }

    [Test]
    public void Read_NoSchemaVersion_ReturnsCsg1004AtLine1()
    {
        var path = Write($"{{\n  \"findings\": [\n    {Line1}\n  ]\n}}\n");

        var error = BaselineFile.Read(path).Errors.Single();

        Assert.That(error.Line, Is.EqualTo(1));
        Assert.That(error.Text, Is.EqualTo("The baseline has no \"schemaVersion\" line: add \"schemaVersion\": 1, after the opening brace."));
    }

    [TestCase(Line1)]
    [TestCase("{ \"fingerprint\": \"1/00000000000000000000000000000001\", \"rule\": \"CSG001\", \"member\": \"M:Shop.A.B\", \"path\": \"src/A.cs\", \"reason\": \"initial adoption\" }")]
    [TestCase("{\"rule\":\"CSG001\",\"fingerprint\":\"1/00000000000000000000000000000001\",\"member\":\"M:Shop.A.B\",\"path\":\"src/A.cs\",\"reason\":\"initial adoption\"}")]
    [TestCase("{\"fingerprint\":\"1/00000000000000000000000000000001\",\"rule\":\"CSG\\u0030\\u00301\",\"member\":\"M:Shop.A.B\",\"path\":\"src\\/A.cs\",\"reason\":\"initial adoption\"}")]
    [TestCase("{\"fingerprint\":\"1/00000000000000000000000000000001\",\"rule\":\"CSG002\",\"member\":\"M:Shop.A.B\",\"path\":\"src/A.cs\",\"reason\":\"initial adoption\",\"rule\":\"CSG001\"}")]
    [TestCase("{\"fingerprint\":\"1/00000000000000000000000000000001\",\"rule\":\"CSG001\",\"member\":\"M:Shop.A.B\",\"path\":\"src/A.cs\",\"reason\":\"initial adoption\",\"note\":[1]}")]
    public void Read_OtherJsonForm_SameEntry(string line)
    {
        var document = BaselineFile.Read(Write("{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    " + line + "\n  ]\n}\n"));

        Assert.That(document.Errors, Is.Empty);
        Assert.That(document.Entries, Is.EqualTo(new[] { new BaselineEntry(Fingerprints.Made(1), "CSG001", "M:Shop.A.B", "src/A.cs", "initial adoption") }));
    }

    [Test]
    public void Read_MissingFile_IsEmptyAndValid()
    {
        var document = BaselineFile.Read(_workspace.BaselinePath);

        Assert.That(document.Exists, Is.False);
        Assert.That(document.IsValid, Is.True);
        Assert.That(document.Entries, Is.Empty);
    }

    private string Write(string text)
    {
        File.WriteAllText(_workspace.BaselinePath, text);
        return _workspace.BaselinePath;
    }
}
