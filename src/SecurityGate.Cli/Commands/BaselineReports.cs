using System.Collections.Generic;

namespace SecurityGate.Cli.Commands;

/// <summary>A baseline file with the gate reports that name it, and the project name shown in messages.</summary>
internal sealed record BaselineReports(string BaselinePath, IReadOnlyList<string> ReportPaths, string ProjectName);
