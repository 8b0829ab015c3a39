using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Baseline;

/// <summary>
/// An exclusive lock on <c>&lt;baseline&gt;.lock</c>, so two builds or a build and the CLI never update the baseline at once.
/// The lock is the open handle with <see cref="FileShare.None"/>, which .NET maps to an advisory <c>flock</c> on Unix.
/// </summary>
internal sealed class BaselineLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;

    private BaselineLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Returns the lock file path for a baseline.</summary>
    public static string GetLockPath(string baselinePath) => baselinePath + ".lock";

    /// <summary>Takes the lock, retrying until <paramref name="timeout"/> has passed.</summary>
    /// <exception cref="GateInputException">The lock was not free within the timeout, or the lock file cannot be created (CSG1013).</exception>
    public static BaselineLock Acquire(string baselinePath, TimeSpan timeout)
    {
        var lockPath = GetLockPath(baselinePath);
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // NOTE: the lock file is left in place after release: deleting it would let a waiting process lock an unlinked file
                // while a third process creates and locks a new one.
                return new BaselineLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (stopwatch.Elapsed < timeout)
            {
                Thread.Sleep(RetryDelay);
            }
            catch (IOException)
            {
                throw new GateInputException(new GateMessage(GateCodes.BaselineWriteFailed, GateText.BaselineLockTimeout(baselinePath, lockPath, timeout), lockPath));
            }
            catch (UnauthorizedAccessException exception)
            {
                throw new GateInputException(new GateMessage(GateCodes.BaselineWriteFailed, GateText.BaselineNotWritten(baselinePath, exception.Message), lockPath), exception);
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
