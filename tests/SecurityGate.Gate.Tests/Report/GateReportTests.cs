using System.IO;
using SecurityGate.Gate.Tests.Infrastructure;

namespace SecurityGate.Gate.Tests.Report;

public sealed class GateReportTests
{
    private GateWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new GateWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Report_AndBaseline_HoldNoMessageTextOrKeyLiteral()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        var options = _workspace.CreateOptions();
        options.Mode = BaselineMode.Accept;
        options.Reason = "initial adoption";
        GateRunner.Run(options, new RecordingGateLog());
        BaselineUpdater.Run(new BaselineUpdateOptions { Mode = BaselineMode.Accept, BaselinePath = _workspace.BaselinePath, ReportPaths = new[] { _workspace.ReportPath }, Reason = "initial adoption", ProjectName = "Orders" }, new RecordingGateLog());

        var report = File.ReadAllText(_workspace.ReportPath);
        var baseline = File.ReadAllText(_workspace.BaselinePath);

        Assert.That(baseline, Does.Contain(Fingerprints.KeyFor));
        Assert.That(report, Does.Contain(Fingerprints.KeyFor));
        foreach (var text in new[] { "Cache key 'key:order:' has no version prefix", "key:order:", "key:legacy:", "key:old:", _workspace.Root })
        {
            Assert.That(report, Does.Not.Contain(text));
            Assert.That(baseline, Does.Not.Contain(text));
        }
    }

    [Test]
    public void Report_SameInput_IsByteIdentical()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());
        GateRunner.Run(_workspace.CreateOptions(), new RecordingGateLog());
        var first = File.ReadAllBytes(_workspace.ReportPath);

        GateRunner.Run(_workspace.CreateOptions(), new RecordingGateLog());

        Assert.That(File.ReadAllBytes(_workspace.ReportPath), Is.EqualTo(first));
    }

    [Test]
    public void Report_Findings_MatchSnapshot()
    {
        _workspace.WriteSarif(_workspace.LoadSarif());

        GateRunner.Run(_workspace.CreateOptions(), new RecordingGateLog());

        Snapshooter.NUnit.Snapshot.Match(File.ReadAllText(_workspace.ReportPath).Split('\n'));
    }
}
