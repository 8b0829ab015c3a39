using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>Runs one variant on one compilation: the compile floor or one analyzer set with execution-time logging.</summary>
internal static class AnalyzerRunner
{
    /// <summary>Binds every declaration and method body, the work any build does before analyzers add theirs.</summary>
    public static Timing MeasureFloor(Compilation compilation)
    {
        var timer = Timer.Start();
        var diagnostics = compilation.GetDiagnostics();
        var timing = timer.Stop();

        var firstError = diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        if (firstError is not null)
        {
            // A compilation with errors would bind less than a real build, so its floor would be too low.
            throw new InvalidOperationException($"The generated code does not compile: {firstError}. Check the references in CompilationFactory.");
        }

        return timing;
    }

    /// <summary>
    /// Runs the analyzers over the whole compilation and returns the wall and CPU time (binding included) and each
    /// analyzer's execution time as the analyzer driver logs it.
    /// </summary>
    public static AnalyzerRun MeasureAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Exception? analyzerException = null;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => analyzerException ??= exception,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);

        var timer = Timer.Start();
        var result = withAnalyzers.GetAnalysisResultAsync(default).GetAwaiter().GetResult();
        var timing = timer.Stop();

        if (analyzerException is not null)
        {
            throw new InvalidOperationException("An analyzer threw while it was measured.", analyzerException);
        }

        var times = new Dictionary<DiagnosticAnalyzer, TimeSpan>();
        foreach (var (analyzer, telemetry) in result.AnalyzerTelemetryInfo)
        {
            times[analyzer] = telemetry.ExecutionTime;
        }

        return new AnalyzerRun(timing, times, result.GetAllDiagnostics().Length);
    }
}

/// <summary>One analyzer run: its total time, each analyzer's execution time and the number of diagnostics reported.</summary>
internal sealed record AnalyzerRun(Timing Total, IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> ExecutionTimes, int DiagnosticCount);
