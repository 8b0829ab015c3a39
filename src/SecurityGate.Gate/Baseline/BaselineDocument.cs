using System.Collections.Generic;

namespace SecurityGate.Gate.Baseline;

/// <summary>The result of reading a baseline file: its entries and the errors of its malformed lines.</summary>
public sealed class BaselineDocument
{
    /// <summary>Creates the document.</summary>
    public BaselineDocument(string path, bool exists, IReadOnlyList<BaselineEntry> entries, IReadOnlyList<GateMessage> errors)
    {
        Path = path;
        Exists = exists;
        Entries = entries;
        Errors = errors;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>False when there is no file yet, which reads as an empty baseline.</summary>
    public bool Exists { get; }

    /// <summary>The valid entries, exact duplicate lines removed, in file order.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>A CSG1004 error for an unreadable file and for each malformed line. A baseline with errors is never overwritten.</summary>
    public IReadOnlyList<GateMessage> Errors { get; }

    /// <summary>True when the file was read without error.</summary>
    public bool IsValid => Errors.Count == 0;
}
