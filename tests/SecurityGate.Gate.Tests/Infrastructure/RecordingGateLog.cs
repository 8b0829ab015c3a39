using System.Collections.Generic;
using System.Linq;

namespace SecurityGate.Gate.Tests.Infrastructure;

/// <summary>An <see cref="IGateLog"/> that records everything, for assertions.</summary>
internal sealed class RecordingGateLog : IGateLog
{
    public List<GateMessage> Errors { get; } = new();

    public List<GateMessage> Warnings { get; } = new();

    public List<(string Text, bool Important)> Messages { get; } = new();

    public IEnumerable<string> ImportantMessages => Messages.Where(message => message.Important).Select(message => message.Text);

    public IEnumerable<string> LowMessages => Messages.Where(message => !message.Important).Select(message => message.Text);

    public void Error(GateMessage message) => Errors.Add(message);

    public void Warning(GateMessage message) => Warnings.Add(message);

    public void Message(string text, bool important) => Messages.Add((text, important));
}
