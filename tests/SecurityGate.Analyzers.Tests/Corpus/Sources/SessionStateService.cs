using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using SecurityGate.Runtime;

namespace Contoso.Checkout;

public sealed class CheckoutState
{
    public string CartId { get; set; } = "";

    public string ShippingMethod { get; set; } = "";

    public int Step { get; set; }
}

public sealed class PaymentDraft
{
    public string CartId { get; set; } = "";

    [Sensitive]
    public string CardNumber { get; set; } = "";

    public string CardHolder { get; set; } = "";
}

public sealed class ExportJobState
{
    public string JobId { get; set; } = "";

    public int ExportedRows { get; set; }

    public string StorageConnectionString { get; set; } = "";
}

public sealed class ExportProgress
{
    public string JobId { get; set; } = "";

    public int ExportedRows { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// The checkout flow's server-side state: the ASP.NET Core session for the wizard steps, and checkpoint files for
/// the nightly export so a restarted job resumes where it stopped.
/// </summary>
public sealed class SessionStateService
{
    private readonly IDataProtector protector;
    private readonly ICheckpointStore checkpoints;
    private readonly string checkpointFolder;

    public SessionStateService(IDataProtectionProvider protection, ICheckpointStore checkpoints, string checkpointFolder)
    {
        protector = protection.CreateProtector("Contoso.Checkout.Session");
        this.checkpoints = checkpoints;
        this.checkpointFolder = checkpointFolder;
    }

    public void SaveStep(ISession session, CheckoutState state)
        => session.SetString("checkout", JsonSerializer.Serialize(state));

    public void SaveStepNumber(ISession session, int step) => session.SetInt32("checkout-step", step);

    // Clean: the payment draft is protected before it enters the session.
    public void SavePaymentDraft(ISession session, PaymentDraft draft)
    {
        var sealedDraft = protector.Protect(JsonSerializer.SerializeToUtf8Bytes(draft));
        session.Set("payment", sealedDraft);
    }

    // Wrong: the card number sits in the session store (Redis or SQL) as plain JSON.
    public void SavePaymentDraftUnprotected(ISession session, PaymentDraft draft)
        => session.SetString("payment", JsonSerializer.Serialize(draft)); // expect: CSG011

    // Wrong: the bearer token of the partner API in plain text in the session.
    public void RememberPartnerToken(ISession session, string accessToken)
        => session.SetString("partner-token", accessToken); // expect: CSG011

    public void SaveCheckpoint(ExportProgress progress)
        => File.WriteAllText(Path.Combine(checkpointFolder, progress.JobId + ".json"), JsonSerializer.Serialize(progress));

    // Wrong: the checkpoint file carries the storage connection string.
    public void SaveJobState(ExportJobState state)
        => File.WriteAllText(Path.Combine(checkpointFolder, state.JobId + ".state.json"), JsonSerializer.Serialize(state)); // expect: CSG011

    public Task SaveJobStateAsync(ExportJobState state, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(state));
        return File.WriteAllBytesAsync(Path.Combine(checkpointFolder, state.JobId + ".state"), bytes, cancellationToken); // expect: CSG011
    }

    // Clean: the runtime's checkpoint store encrypts the state and checks its version.
    public async Task<long> SaveJobStateSecurelyAsync(ExportJobState state, long expectedVersion, CancellationToken cancellationToken)
        => await checkpoints.SaveAsync(state.JobId, state, expectedVersion, cancellationToken);

    public ExportProgress? LoadCheckpoint(string jobId)
    {
        var path = Path.Combine(checkpointFolder, jobId + ".json");
        return File.Exists(path) ? JsonSerializer.Deserialize<ExportProgress>(File.ReadAllText(path)) : null;
    }
}
