using System;

namespace SecurityGate.Gate;

/// <summary>
/// An input of the gate (error log, baseline, exclusion file, gate report) that cannot be used.
/// It carries the finished message, so the catch site only logs it as an error: the gate fails closed.
/// </summary>
internal sealed class GateInputException : Exception
{
    public GateInputException(GateMessage gateMessage)
        : base(gateMessage.Text)
    {
        GateMessage = gateMessage;
    }

    public GateInputException(GateMessage gateMessage, Exception innerException)
        : base(gateMessage.Text, innerException)
    {
        GateMessage = gateMessage;
    }

    public GateMessage GateMessage { get; }
}
