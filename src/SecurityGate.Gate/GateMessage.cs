namespace SecurityGate.Gate;

/// <summary>One error or warning of the gate, in the shape of an MSBuild diagnostic.</summary>
public sealed class GateMessage
{
    /// <summary>Creates a message.</summary>
    public GateMessage(string code, string text, string? file = null, int line = 0, int column = 0, string? helpLink = null)
    {
        Code = code;
        Text = text;
        File = file;
        Line = line;
        Column = column;
        HelpLink = helpLink;
    }

    /// <summary>The diagnostic code: a rule id (<c>CSG001</c>) for a finding, a gate code (<c>CSG1xxx</c>) otherwise.</summary>
    public string Code { get; }

    /// <summary>The message text, one line.</summary>
    public string Text { get; }

    /// <summary>The absolute path of the file the message is about, or null when it concerns the project as a whole.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column in <see cref="File"/>, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The address of the page that documents the rule, or null.</summary>
    public string? HelpLink { get; }

    /// <summary>Formats the message the way MSBuild prints it: <c>file(line,col): CODE: text</c>.</summary>
    public override string ToString()
    {
        if (File is null)
        {
            return $"{Code}: {Text}";
        }

        return Line > 0 ? $"{File}({Line},{Column}): {Code}: {Text}" : $"{File}: {Code}: {Text}";
    }
}
