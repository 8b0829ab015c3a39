using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>
/// Alternates the compile floor, the SecurityGate analyzers and the CA2300–CA2330 analyzers on one new compilation
/// per generated project, and prints medians over the runs of the times summed over the projects.
/// </summary>
internal static class InProcessBenchmark
{
    private const string Floor = "floor";
    private const string FloorCpu = "floor cpu";
    private const string SecurityGateWall = "securitygate wall";
    private const string SecurityGateCpu = "securitygate cpu";
    private const string DeserializationWall = "ca wall";
    private const string DeserializationCpu = "ca cpu";
    private const string FloorAllocated = "floor allocated";
    private const string SecurityGateAllocated = "securitygate allocated";
    private const string DeserializationAllocated = "ca allocated";

    public static void Run(IReadOnlyList<string> projectFolders, int runs, string[] onlyAnalyzers)
    {
        var securityGate = AnalyzerSets.SecurityGate(onlyAnalyzers);
        var deserialization = AnalyzerSets.Deserialization();
        var factory = new CompilationFactory(AnalyzerSets.DeserializationRuleIds);
        var projects = projectFolders.Select(folder => (Name: Path.GetFileName(folder), Trees: CompilationFactory.Parse(SyntheticSources.CSharpFiles(folder)))).ToList();
        var lines = projects.Sum(project => project.Trees.Sum(tree => tree.GetText().Lines.Count));

        // One unmeasured round first, so JIT compilation and the analyzers' one-time tables fall outside the medians.
        MeasureRound(projects.Take(1).ToList(), factory, securityGate, deserialization, new Medians());

        var medians = new Medians();
        var diagnostics = (SecurityGate: 0, Deserialization: 0);
        for (var run = 0; run < runs; run++)
        {
            diagnostics = MeasureRound(projects, factory, securityGate, deserialization, medians);
            Console.Error.WriteLine($"run {run + 1} of {runs} done");
        }

        Console.WriteLine($"solution: {projects.Count} projects, {projects.Sum(project => project.Trees.Length)} files, {lines:N0} lines, one compilation per project, {factory.ReferenceCount} references");
        Console.WriteLine($"{runs} measured runs after one warm-up; medians of the times summed over the projects; single-threaded compilation and analysis");
        Console.WriteLine();
        PrintAnalyzerTable("SecurityGate analyzers", securityGate, medians);
        PrintAnalyzerTable("CA2300-CA2330 analyzers", deserialization, medians);

        var floor = medians.Of(Floor);
        var securityGateTotal = securityGate.Sum(analyzer => medians.Of(Key(analyzer)));
        var deserializationTotal = deserialization.Sum(analyzer => medians.Of(Key(analyzer)));
        var floorCpu = medians.Of(FloorCpu);
        Console.WriteLine($"compile floor (GetDiagnostics): {Seconds(floor)} wall, {Seconds(floorCpu)} CPU");
        Console.WriteLine($"SecurityGate analyzers: {Seconds(securityGateTotal)} execution time, {Seconds(medians.Of(SecurityGateWall))} wall with binding, {diagnostics.SecurityGate} diagnostics");
        Console.WriteLine($"CA2300-CA2330 analyzers: {Seconds(deserializationTotal)} execution time, {Seconds(medians.Of(DeserializationWall))} wall with binding, {diagnostics.Deserialization} diagnostics");
        Console.WriteLine($"SecurityGate / compile floor: {Percent(securityGateTotal, floor)}");
        Console.WriteLine($"CA2300-CA2330 / compile floor: {Percent(deserializationTotal, floor)}");
        Console.WriteLine($"SecurityGate / CA2300-CA2330: {Ratio(securityGateTotal, deserializationTotal)}");

        // The execution times cover the analyzers' own callbacks only. The driver's work for them (building the
        // operation tree of every method body, dispatching actions) shows in the time above the floor.
        var securityGateOverhead = medians.Of(SecurityGateWall) - floor;
        var deserializationOverhead = medians.Of(DeserializationWall) - floor;
        Console.WriteLine($"wall above the floor: SecurityGate {Seconds(securityGateOverhead)} ({Percent(securityGateOverhead, floor)}), CA2300-CA2330 {Seconds(deserializationOverhead)} ({Percent(deserializationOverhead, floor)})");
        var securityGateCpuOverhead = medians.Of(SecurityGateCpu) - floorCpu;
        var deserializationCpuOverhead = medians.Of(DeserializationCpu) - floorCpu;
        var floorMegabytes = medians.Of(FloorAllocated) / 1e6;
        var securityGateMegabytes = medians.Of(SecurityGateAllocated) / 1e6 - floorMegabytes;
        var deserializationMegabytes = medians.Of(DeserializationAllocated) / 1e6 - floorMegabytes;
        Console.WriteLine($"allocated above the floor ({Megabytes(floorMegabytes)}): SecurityGate {Megabytes(securityGateMegabytes)}, CA2300-CA2330 {Megabytes(deserializationMegabytes)}");
        Console.WriteLine($"CPU above the floor: SecurityGate {Seconds(securityGateCpuOverhead)} ({Percent(securityGateCpuOverhead, floorCpu)}), CA2300-CA2330 {Seconds(deserializationCpuOverhead)} ({Percent(deserializationCpuOverhead, floorCpu)})");
        Console.WriteLine();
    }

    private static (int SecurityGate, int Deserialization) MeasureRound(
        IReadOnlyList<(string Name, ImmutableArray<SyntaxTree> Trees)> projects,
        CompilationFactory factory,
        ImmutableArray<DiagnosticAnalyzer> securityGate,
        ImmutableArray<DiagnosticAnalyzer> deserialization,
        Medians medians)
    {
        double floor = 0, floorCpu = 0, securityGateWall = 0, securityGateCpu = 0, deserializationWall = 0, deserializationCpu = 0;
        double floorAllocated = 0, securityGateAllocated = 0, deserializationAllocated = 0;
        var executionTimes = new Dictionary<DiagnosticAnalyzer, double>();
        var diagnostics = (SecurityGate: 0, Deserialization: 0);
        foreach (var (name, trees) in projects)
        {
            var floorTiming = AnalyzerRunner.MeasureFloor(factory.Create(name, trees));
            floor += floorTiming.Wall.TotalSeconds;
            floorCpu += floorTiming.Cpu.TotalSeconds;
            floorAllocated += floorTiming.AllocatedBytes;

            var securityGateRun = AnalyzerRunner.MeasureAnalyzers(factory.Create(name, trees), securityGate);
            securityGateWall += securityGateRun.Total.Wall.TotalSeconds;
            securityGateCpu += securityGateRun.Total.Cpu.TotalSeconds;
            securityGateAllocated += securityGateRun.Total.AllocatedBytes;
            diagnostics.SecurityGate += securityGateRun.DiagnosticCount;
            AddTimes(executionTimes, securityGateRun);

            var deserializationRun = AnalyzerRunner.MeasureAnalyzers(factory.Create(name, trees), deserialization);
            deserializationWall += deserializationRun.Total.Wall.TotalSeconds;
            deserializationCpu += deserializationRun.Total.Cpu.TotalSeconds;
            deserializationAllocated += deserializationRun.Total.AllocatedBytes;
            diagnostics.Deserialization += deserializationRun.DiagnosticCount;
            AddTimes(executionTimes, deserializationRun);
        }

        medians.Add(Floor, floor);
        medians.Add(FloorCpu, floorCpu);
        medians.Add(SecurityGateWall, securityGateWall);
        medians.Add(SecurityGateCpu, securityGateCpu);
        medians.Add(DeserializationWall, deserializationWall);
        medians.Add(DeserializationCpu, deserializationCpu);
        medians.Add(FloorAllocated, floorAllocated);
        medians.Add(SecurityGateAllocated, securityGateAllocated);
        medians.Add(DeserializationAllocated, deserializationAllocated);
        foreach (var analyzer in securityGate.Concat(deserialization))
        {
            medians.Add(Key(analyzer), executionTimes.GetValueOrDefault(analyzer));
        }

        return diagnostics;
    }

    private static void AddTimes(Dictionary<DiagnosticAnalyzer, double> totals, AnalyzerRun run)
    {
        foreach (var (analyzer, time) in run.ExecutionTimes)
        {
            totals[analyzer] = totals.GetValueOrDefault(analyzer) + time.TotalSeconds;
        }
    }

    private static void PrintAnalyzerTable(string title, ImmutableArray<DiagnosticAnalyzer> analyzers, Medians medians)
    {
        Console.WriteLine($"| {title} | rules | seconds |");
        Console.WriteLine("|---|---|---:|");
        foreach (var analyzer in analyzers.OrderByDescending(analyzer => medians.Of(Key(analyzer))))
        {
            var rules = string.Join(", ", analyzer.SupportedDiagnostics.Select(descriptor => descriptor.Id).Distinct().Order(StringComparer.Ordinal));
            Console.WriteLine($"| {analyzer.GetType().Name} | {rules} | {medians.Of(Key(analyzer)).ToString("F3", CultureInfo.InvariantCulture)} |");
        }

        Console.WriteLine();
    }

    private static string Key(DiagnosticAnalyzer analyzer) => "analyzer " + analyzer.GetType().FullName;

    private static string Megabytes(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + " MB";

    private static string Seconds(double value) => value.ToString("F3", CultureInfo.InvariantCulture) + " s";

    private static string Percent(double part, double whole) =>
        whole == 0 ? "n/a" : (100 * part / whole).ToString("F2", CultureInfo.InvariantCulture) + " %";

    private static string Ratio(double left, double right) =>
        right == 0 ? "n/a" : (left / right).ToString("F2", CultureInfo.InvariantCulture);
}
