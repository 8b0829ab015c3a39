using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Baseline;

/// <summary>
/// An exclusive lock for one baseline file, so two builds or a build and the CLI never update the baseline at once.
/// The lock is the open handle with <see cref="FileShare.None"/>, which .NET maps to an advisory <c>flock</c> on Unix.
/// The lock file lives in the temporary folder, named after a hash of the baseline's full path, so no stray file
/// appears beside the baseline in the repository.
/// </summary>
internal sealed class BaselineLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;

    private BaselineLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>
    /// Returns the lock file path for a baseline: <c>{temp}/securitygate-locks/{first 32 hex digits of SHA-256 of the full path}.lock</c>.
    /// </summary>
    public static string GetLockPath(string baselinePath)
    {
        var fullPath = Path.GetFullPath(baselinePath);
        using var sha256 = System.Security.Cryptography.SHA256.Create();
        var hash = sha256.ComputeHash(System.Text.Encoding.UTF8.GetBytes(fullPath));
        var name = BitConverter.ToString(hash, 0, 16).Replace("-", string.Empty).ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "securitygate-locks", name + ".lock");
    }

    /// <summary>Takes the lock, retrying until <paramref name="timeout"/> has passed.</summary>
    /// <exception cref="GateInputException">The lock was not free within the timeout, or the lock file cannot be created (CSG1013).</exception>
    public static BaselineLock Acquire(string baselinePath, TimeSpan timeout)
    {
        var lockPath = GetLockPath(baselinePath);
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
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
