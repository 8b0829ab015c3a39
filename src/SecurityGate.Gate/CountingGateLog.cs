namespace SecurityGate.Gate;

/// <summary>Forwards to another log and counts errors, so a run's verdict is "no error logged".</summary>
internal sealed class CountingGateLog : IGateLog
{
    private readonly IGateLog _inner;

    public CountingGateLog(IGateLog inner)
    {
        _inner = inner;
    }

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public void Error(GateMessage message)
    {
        ErrorCount++;
        _inner.Error(message);
    }

    public void Warning(GateMessage message) => _inner.Warning(message);

    public void Message(string text, bool important) => _inner.Message(text, important);

    /// <summary>Logs <paramref name="message"/> as an error when <paramref name="asError"/> is true, else as a warning.</summary>
    public void ErrorOrWarning(GateMessage message, bool asError)
    {
        if (asError)
        {
            Error(message);
        }
        else
        {
            Warning(message);
        }
    }
}
