using System;

namespace SecurityGate.Runtime;

/// <summary>Thrown by <see cref="SecureMember.Set"/> when a plaintext value would be written into a sensitive member.</summary>
public sealed class SensitiveWriteRejectedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public SensitiveWriteRejectedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SensitiveWriteRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public SensitiveWriteRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
