using System;
using System.Linq;
using NUnit.Framework;
using SecurityGate.SyntheticSolution;

namespace SecurityGate.SyntheticSolution.Tests;

/// <summary>The generator writes the same files for the same seed, and its shares shape the mix of files.</summary>
public sealed class ServiceFileWriterTests
{
    private const int FileCount = 40;

    [Test]
    public void Write_SameSeed_SameFiles()
    {
        var first = WriteAll(new ServiceFileWriter(new Random(42), 0.1, 0.3, 0.3));
        var second = WriteAll(new ServiceFileWriter(new Random(42), 0.1, 0.3, 0.3));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Write_DefaultShares_EveryFileUsesCaches()
    {
        var writer = new ServiceFileWriter(new Random(7), 0.05);

        var files = WriteAll(writer);

        Assert.That(files, Has.All.Contains("private readonly IDistributedCache distributed;"));
        Assert.That(files, Has.None.Contains("Newtonsoft.Json"));
        Assert.That(writer.PlainFiles, Is.Zero);
    }

    [Test]
    public void Write_ZeroShares_SameFilesAsDefault()
    {
        var byDefault = WriteAll(new ServiceFileWriter(new Random(9), 0.05));
        var zeroShares = WriteAll(new ServiceFileWriter(new Random(9), 0.05, plainShare: 0, jsonNetShare: 0));

        Assert.That(zeroShares, Is.EqualTo(byDefault));
    }

    [Test]
    public void Write_PlainShareOne_NoCacheOrSerializer()
    {
        var writer = new ServiceFileWriter(new Random(3), 0.5, plainShare: 1);

        var files = WriteAll(writer);

        Assert.That(files, Has.None.Contains("Cache"));
        Assert.That(files, Has.None.Contains("Json"));
        Assert.That(writer.PlainFiles, Is.EqualTo(FileCount));
        Assert.That(writer.FlawedKeys, Is.Zero);
    }

    [Test]
    public void Write_JsonNetShareOne_UsesJsonNet()
    {
        var writer = new ServiceFileWriter(new Random(5), 0, plainShare: 0, jsonNetShare: 1);

        var files = WriteAll(writer);

        Assert.That(files, Has.All.Contains("var dto = JsonConvert.DeserializeObject<"));
        Assert.That(files, Has.All.Contains("var json = JsonConvert.SerializeObject(dto, Settings);"));
        Assert.That(files, Has.All.Contains("TypeNameHandling = TypeNameHandling.None };"));
        Assert.That(writer.FlawedSerializerSettings, Is.Zero);
    }

    [Test]
    public void Write_AllFlawed_SettingsAuto()
    {
        var writer = new ServiceFileWriter(new Random(5), 1, plainShare: 0, jsonNetShare: 1);

        var files = WriteAll(writer);

        Assert.That(files, Has.All.Contains("TypeNameHandling = TypeNameHandling.Auto };"));
        Assert.That(writer.FlawedSerializerSettings, Is.EqualTo(FileCount));
    }

    private static string[] WriteAll(ServiceFileWriter writer) =>
        Enumerable.Range(1, FileCount).Select(index => writer.Write("Synthetic.P001", index)).ToArray();
}
