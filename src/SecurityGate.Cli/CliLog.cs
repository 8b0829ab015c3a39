using SecurityGate.Gate;

namespace SecurityGate.Cli;

/// <summary>
/// Writes the gate's messages: errors and warnings to standard error in the MSBuild shape
/// <c>file(line,col): error CODE: text</c>, informational lines to standard output.
/// </summary>
internal sealed class CliLog : IGateLog
{
    private readonly CliContext _context;

    public CliLog(CliContext context)
    {
        _context = context;
    }

    public int ErrorCount { get; private set; }

    public void Error(GateMessage message)
    {
        ErrorCount++;
        _context.Error.WriteLine(Format("error", message));
    }

    public void Warning(GateMessage message) => _context.Error.WriteLine(Format("warning", message));

    // Low-importance lines list every baselined finding of a build; the tool prints only the summary lines.
    public void Message(string text, bool important)
    {
        if (important)
        {
            _context.Output.WriteLine(text);
        }
    }

    /// <summary>Formats a message as <c>file(line,col): severity CODE: text</c>, the shape of MSBuild's error list.</summary>
    public static string Format(string severity, GateMessage message)
    {
        if (message.File is null)
        {
            return $"{severity} {message.Code}: {message.Text}";
        }

        var location = message.Line > 0 ? $"{message.File}({message.Line},{message.Column})" : message.File;
        return $"{location}: {severity} {message.Code}: {message.Text}";
    }
}
