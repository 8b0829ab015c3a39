using Microsoft.Build.Utilities;
using SecurityGate.Gate;

namespace SecurityGate.Tasks;

/// <summary>
/// Routes gate messages to the MSBuild log as canonical errors and warnings
/// (<c>file(line,col): error CODE: text</c>, no subcategory, no end position), so IDE error lists
/// and GitHub's dotnet problem matcher pick them up. A message about no file points at the project file, not at the
/// package's targets file in the NuGet cache.
/// </summary>
internal sealed class MSBuildGateLog : IGateLog
{
    private readonly TaskLoggingHelper log;
    private readonly string? projectFile;

    public MSBuildGateLog(TaskLoggingHelper log, string? projectFile)
    {
        this.log = log;
        this.projectFile = projectFile;
    }

    public void Error(GateMessage message)
    {
        // No message arguments are passed, so braces in a quoted key template are printed as they are.
        log.LogError(
            subcategory: null,
            errorCode: message.Code,
            helpKeyword: null,
            helpLink: message.HelpLink,
            file: message.File ?? projectFile,
            lineNumber: message.Line,
            columnNumber: message.Column,
            endLineNumber: 0,
            endColumnNumber: 0,
            message: message.Text);
    }

    public void Warning(GateMessage message)
    {
        log.LogWarning(
            subcategory: null,
            warningCode: message.Code,
            helpKeyword: null,
            helpLink: message.HelpLink,
            file: message.File ?? projectFile,
            lineNumber: message.Line,
            columnNumber: message.Column,
            endLineNumber: 0,
            endColumnNumber: 0,
            message: message.Text);
    }

    public void Message(string text, bool important)
    {
        log.LogMessage(important ? Microsoft.Build.Framework.MessageImportance.High : Microsoft.Build.Framework.MessageImportance.Low, "{0}", text);
    }
}
